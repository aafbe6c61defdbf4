import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";

/**
 * DPKO General management (e) and ST/SGB/2003/13 section 6: before entering a cooperative
 * arrangement with a non-UN entity or individual, managers receive a written undertaking that the
 * bulletin's standards are accepted. An arrangement started on or before `asOf` with no undertaking
 * recorded, or with one dated after its start, is a violation.
 *
 * @category Rules: DPKO guidelines
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "gm-e", title: "GM (e)", rules: [writtenUndertaking] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const partnerAgreements = [{ id: "PA-1", partnerName: "NGO", partnerKind: "ngo", startDate: "2018-02-01",
 *   informedOfStandardsOn: "2018-01-10", writtenUndertakingOn: "2018-03-01" }];
 * const r = evaluate(set, { mission, partnerAgreements }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.explanation.facts; // { startDate: "2018-02-01", writtenUndertakingOn: "2018-03-01", partnerKind: "ngo" }
 */
export const writtenUndertaking = defineRule({
  id: "dpko.gm-e.written-undertaking",
  title: "Cooperative arrangements start only after a written undertaking to the bulletin's standards",
  obligations: ["DPKO-GM-e"],
  citation: cite("DPKO-IG", "General management responsibilities (e)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ partnerAgreements: true }),
  parameters: [],
  *evaluate({ partnerAgreements }, { asOf }) {
    for (const [i, a] of partnerAgreements.entries()) {
      if (a.startDate > asOf) continue;
      // Dated after the start (which is on or before asOf) also covers an undertaking not yet received by asOf.
      const on = a.writtenUndertakingOn;
      if (on !== undefined && on <= a.startDate) continue;
      yield {
        subject: { kind: "partner-agreement", id: a.id },
        path: ["partnerAgreements", i, "writtenUndertakingOn"],
        message:
          on === undefined
            ? `arrangement with ${a.partnerName} started on ${a.startDate} with no written undertaking to the bulletin's standards`
            : `arrangement with ${a.partnerName} started on ${a.startDate}, before its written undertaking of ${on}`,
        facts: { startDate: a.startDate, writtenUndertakingOn: a.writtenUndertakingOn ?? null, partnerKind: a.partnerKind },
      };
    }
  },
});
