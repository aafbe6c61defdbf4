import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";

/**
 * DPKO General management (e): "when entering into" a cooperative arrangement, managers inform the
 * non-UN partner of the bulletin's standards. An arrangement started on or before `asOf` whose
 * partner is not recorded as informed by its start date (never, or only later) is a warning: the
 * written undertaking (a violation when missing or late) is the decisive evidence, this the record
 * that should precede it.
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
      // The start is on or before asOf, so informed after the start also covers not informed by asOf.
      const on = a.informedOfStandardsOn;
      if (on !== undefined && on <= a.startDate) continue;
      yield {
        subject: { kind: "partner-agreement", id: a.id },
        path: ["partnerAgreements", i, "informedOfStandardsOn"],
        message:
          on !== undefined && on <= asOf
            ? `${a.partnerName} was informed of the bulletin's standards on ${on}, after the arrangement started on ${a.startDate}`
            : `no record that ${a.partnerName} was informed of the bulletin's standards by ${asOf}`,
        facts: { startDate: a.startDate, informedOfStandardsOn: on ?? null, partnerKind: a.partnerKind },
      };
    }
  },
});
