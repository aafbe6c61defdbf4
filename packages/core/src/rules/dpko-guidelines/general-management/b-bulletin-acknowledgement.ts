import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import { isOnStrength } from "../../../vocabulary/personnel";

/**
 * DPKO General management (b): the Head of Mission ensures all mission personnel receive a copy of
 * the bulletin. Everyone on strength on `asOf` (arrived by then, not yet departed) must carry a
 * dated acknowledgement of receipt on or before `asOf`; one finding per person. A single pass over
 * personnel, so it stays linear for missions of 100,000 records.
 *
 * @category Rules: DPKO guidelines
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "gm-b", title: "GM (b)", rules: [bulletinAcknowledgement] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const offices = [{ id: "HQ", name: "HQ", region: "Capital", kind: "headquarters", significantStaffPresence: true }];
 * const personnel = [{ id: "P-1", category: "civilian-staff", gender: "female", officeId: "HQ", arrivalDate: "2018-01-02" }];
 * const r = evaluate(set, { mission, offices, personnel }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.path; // ["personnel", 0, "bulletinAcknowledgedOn"]
 */
export const bulletinAcknowledgement = defineRule({
  id: "dpko.gm-b.bulletin-acknowledgement",
  title: "Every member of personnel on strength has acknowledged receipt of the bulletin",
  obligations: ["DPKO-GM-b"],
  citation: cite("DPKO-IG", "General management responsibilities (b)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ personnel: true }),
  parameters: [],
  *evaluate({ personnel }, { asOf }) {
    for (let i = 0; i < personnel.length; i++) {
      const p = personnel[i]!;
      if (!isOnStrength(p, asOf)) continue;
      const ack = p.bulletinAcknowledgedOn;
      if (ack !== undefined && ack <= asOf) continue;
      yield {
        subject: { kind: "personnel", id: p.id },
        path: ["personnel", i, "bulletinAcknowledgedOn"],
        message:
          ack === undefined
            ? `${p.id} is on strength since ${p.arrivalDate} with no acknowledgement of receipt of the bulletin`
            : `${p.id}'s acknowledgement of the bulletin is dated ${ack}, after ${asOf}`,
        facts: { arrivalDate: p.arrivalDate, bulletinAcknowledgedOn: ack ?? null, category: p.category, officeId: p.officeId },
      };
    }
  },
});
