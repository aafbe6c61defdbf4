import { addDuration, defineRule } from "@psea/core";
import { isOpenMitigation, isOpenRisk } from "../schemas/risk-register";
import { RiskDatasetShape } from "../schemas/risk-dataset";
import { goal6 } from "./shared";

/**
 * AP Prevention goal 6 (e): follow-up on the implementation of recommendations from risk
 * assessments. A recommendation on an open risk still open (`open` or `in-progress`, or implemented
 * only after `asOf`) beyond `mitigationFollowUpWindow` from when it was made is a warning: the
 * window is the kit's reading, marked [verify].
 *
 * @category Risk rules
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "follow-up", title: "Follow-up", rules: [mitigationFollowUp] });
 * const riskRegister = [{ id: "R-1", description: "…", category: "security", identifiedOn: "2018-02-20",
 *   mitigations: [{ id: "M-1", recommendation: "…", recommendedOn: "2018-03-01", addressedTo: "sea-emergency-action-team", status: "in-progress" }] }];
 * const r = evaluate(set, { riskRegister }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.explanation.facts.dueOn; // "2018-06-01"
 */
export const mitigationFollowUp = defineRule({
  id: "ap.p6.mitigation-follow-up",
  title: "Mitigation recommendations are implemented or decided within the follow-up window",
  obligations: ["AP-P6"],
  citation: goal6("(e)"),
  severity: "warning",
  reads: RiskDatasetShape.pick({ riskRegister: true }),
  parameters: ["mitigationFollowUpWindow"],
  *evaluate({ riskRegister }, { asOf, params }) {
    for (const [i, entry] of riskRegister.entries()) {
      if (!isOpenRisk(entry, asOf)) continue;
      for (const [j, m] of entry.mitigations.entries()) {
        if (!isOpenMitigation(m, asOf)) continue;
        const dueOn = addDuration(m.recommendedOn, params.mitigationFollowUpWindow);
        if (dueOn >= asOf) continue;
        yield {
          subject: { kind: "risk-mitigation", id: m.id },
          path: ["riskRegister", i, "mitigations", j, "status"],
          message: `recommendation ${m.id} on risk ${entry.id}, made on ${m.recommendedOn} to ${m.addressedTo}, is still ${m.status === "implemented" ? "not implemented" : m.status} past ${dueOn}`,
          facts: { riskId: entry.id, recommendedOn: m.recommendedOn, dueOn, status: m.status, addressedTo: m.addressedTo },
        };
      }
    }
  },
});
