import { defineRule } from "@psea/core";
import { scoreRisk, riskScaleOf } from "../scale/risk-scale";
import { isOpenRisk } from "../schemas/risk-register";
import { RiskDatasetShape } from "../schemas/risk-dataset";
import { goal6 } from "./shared";

/**
 * AP Prevention goal 6 (b): the risk register is maintained, which starts with every open entry
 * scored on the mission's scale. An open entry with no likelihood or impact, or with one off the
 * scale of `riskScale`, is a violation pointing at the field.
 *
 * @category Risk rules
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "scored", title: "Scored", rules: [riskEntryScored] });
 * const riskRegister = [{ id: "R-1", description: "…", category: "security", likelihood: 6, impact: 2, identifiedOn: "2018-02-20" }];
 * const r = evaluate(set, { riskRegister }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.path; // ["riskRegister", 0, "likelihood"]
 */
export const riskEntryScored = defineRule({
  id: "ap.p6.risk-entry-scored",
  title: "Every open risk register entry is scored within the risk scale",
  obligations: ["AP-P6"],
  citation: goal6("(b)"),
  severity: "violation",
  reads: RiskDatasetShape.pick({ riskRegister: true }),
  parameters: ["riskScale", "riskLevelBands"],
  *evaluate({ riskRegister }, { asOf, params }) {
    const scale = riskScaleOf(params);
    for (const [i, entry] of riskRegister.entries()) {
      if (!isOpenRisk(entry, asOf)) continue;
      const s = scoreRisk(entry, scale);
      if (s.ok) continue;
      const field = s.code === "impact-out-of-scale" || (s.code === "unscored" && entry.likelihood !== undefined) ? "impact" : "likelihood";
      yield {
        subject: { kind: "risk", id: entry.id },
        path: ["riskRegister", i, field],
        message: `risk ${entry.id}: ${s.message}`,
        facts: {
          code: s.code,
          likelihood: entry.likelihood ?? null,
          impact: entry.impact ?? null,
          likelihoodLevels: scale.likelihoodLevels,
          impactLevels: scale.impactLevels,
        },
      };
    }
  },
});
