import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";

/**
 * AP Prevention goal 5 (a): every CBCM has representatives of the community groups in
 * `cbcmRequiredMemberGroups` (youth, women, local authorities, local organizations). A CBCM
 * established on or before `asOf` that lacks any of them is a warning naming the missing groups;
 * Community Liaison Assistants are individuals and are not checked.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "p5", title: "P5", rules: [cbcmComposition] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const complaintMechanisms = [{ id: "C-1", region: "North", kind: "cbcm", functional: true, establishedOn: "2018-02-15", members: ["youth", "women"] }];
 * const r = evaluate(set, { mission, complaintMechanisms }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.explanation.facts.missing; // ["local-authorities", "local-organizations"]
 */
export const cbcmComposition = defineRule({
  id: "ap.p5.cbcm-composition",
  title: "Every CBCM has members from each required community group",
  obligations: ["AP-P5"],
  citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 5 (a)"),
  severity: "warning",
  reads: MissionDatasetShape.pick({ complaintMechanisms: true }),
  parameters: ["cbcmRequiredMemberGroups"],
  *evaluate({ complaintMechanisms }, { asOf, params }) {
    for (const [i, m] of complaintMechanisms.entries()) {
      if (m.kind !== "cbcm" || m.establishedOn > asOf) continue;
      const missing = params.cbcmRequiredMemberGroups.filter((g) => !m.members.includes(g));
      if (missing.length === 0) continue;
      yield {
        subject: { kind: "complaint-mechanism", id: m.id },
        path: ["complaintMechanisms", i, "members"],
        message: `CBCM ${m.id} (${m.region}) has no member representing ${missing.join(", ")}`,
        facts: { region: m.region, missing, members: m.members },
      };
    }
  },
});
