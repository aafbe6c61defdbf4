import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";

/**
 * DPKO General management (e): managers inform non-UN partners of the bulletin's standards. An
 * arrangement started on or before `asOf` with no record by then that the partner was informed is a
 * warning: the written undertaking (a violation when missing) is the decisive evidence, this the
 * record that should precede it.
 *
 * @category Rules: DPKO guidelines
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "gm-e", title: "GM (e)", rules: [informedOfStandards] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const partnerAgreements = [{ id: "PA-1", partnerName: "NGO", partnerKind: "ngo", startDate: "2018-02-01", writtenUndertakingOn: "2018-01-20" }];
 * const r = evaluate(set, { mission, partnerAgreements }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.severity; // "warning"
 */
export const informedOfStandards = defineRule({
  id: "dpko.gm-e.informed-of-standards",
  title: "Non-UN partners are recorded as informed of the bulletin's standards",
  obligations: ["DPKO-GM-e"],
  citation: cite("DPKO-IG", "General management responsibilities (e)"),
  severity: "warning",
  reads: MissionDatasetShape.pick({ partnerAgreements: true }),
  parameters: [],
  *evaluate({ partnerAgreements }, { asOf }) {
    for (const [i, a] of partnerAgreements.entries()) {
      if (a.startDate > asOf) continue;
      const on = a.informedOfStandardsOn;
      if (on !== undefined && on <= asOf) continue;
      yield {
        subject: { kind: "partner-agreement", id: a.id },
        path: ["partnerAgreements", i, "informedOfStandardsOn"],
        message: `no record that ${a.partnerName} was informed of the bulletin's standards by ${asOf}`,
        facts: { startDate: a.startDate, informedOfStandardsOn: on ?? null, partnerKind: a.partnerKind },
      };
    }
  },
});
