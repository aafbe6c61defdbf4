import { defineRule } from "@psea/core";
import { isOpenMitigation, isOpenRisk } from "../schemas/risk-register";
import { RiskDatasetShape } from "../schemas/risk-dataset";
import { goal6 } from "./shared";

/**
 * AP Prevention goal 6 (d)-(e): a recommendation made on a checklist factor (to the SEA Emergency
 * Action Team or another recipient) is tracked to implementation against a due date. One still
 * awaiting implementation on `asOf` with no `dueOn` is a warning; one past its `dueOn` is a
 * violation. Recommendations on entries not tied to a factor are left to the follow-up window of
 * {@link mitigationFollowUp}.
 *
 * @category Risk rules
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "due", title: "Due", rules: [recommendationDueDate] });
 * const riskRegister = [{ id: "R-1", description: "…", category: "security", campId: "CAMP-1", factor: "perimeter", identifiedOn: "2018-03-10",
 *   mitigations: [{ id: "M-1", recommendation: "Light the perimeter", recommendedOn: "2018-03-12", addressedTo: "sea-emergency-action-team", dueOn: "2018-05-31" }] }];
 * const r = evaluate(set, { camps: [{ id: "CAMP-1", name: "Camp North", officeId: "FO-1" }], riskRegister }, { asOf: "2018-06-30" });
 * r.ok && [r.findings[0]?.severity, r.findings[0]?.explanation.facts.dueOn]; // ["violation", "2018-05-31"]
 */
export const recommendationDueDate = defineRule({
  id: "ap.p6.recommendation-due-date",
  title: "Recommendations on assessed risk factors are implemented by their due dates",
  obligations: ["AP-P6"],
  citation: goal6("(d)-(e)"),
  severity: "violation",
  reads: RiskDatasetShape.pick({ riskRegister: true }),
  parameters: [],
  *evaluate({ riskRegister }, { asOf }) {
    for (const [i, entry] of riskRegister.entries()) {
      if (entry.factor === undefined || !isOpenRisk(entry, asOf)) continue;
      for (const [j, m] of entry.mitigations.entries()) {
        if (!isOpenMitigation(m, asOf)) continue;
        const facts = { riskId: entry.id, factor: entry.factor, addressedTo: m.addressedTo, recommendedOn: m.recommendedOn, dueOn: m.dueOn ?? null, status: m.status };
        if (m.dueOn === undefined) {
          yield {
            subject: { kind: "risk-mitigation", id: m.id },
            path: ["riskRegister", i, "mitigations", j, "dueOn"],
            severity: "warning",
            message: `recommendation ${m.id} on risk ${entry.id}, made on ${m.recommendedOn} to ${m.addressedTo}, has no due date`,
            facts,
          };
        } else if (m.dueOn < asOf) {
          yield {
            subject: { kind: "risk-mitigation", id: m.id },
            path: ["riskRegister", i, "mitigations", j, "status"],
            message: `recommendation ${m.id} on risk ${entry.id}, made on ${m.recommendedOn} to ${m.addressedTo}, was due by ${m.dueOn} and is not implemented`,
            facts,
          };
        }
      }
    }
  },
});
