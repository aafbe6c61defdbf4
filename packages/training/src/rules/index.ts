import { defineRuleSet } from "@psea/core";
import { trainingComplianceRate } from "./p2-compliance-rate";
import { requiredTraining } from "./p2-required-training";

/**
 * The training rules of the MINUSCA action plan (Prevention goal 2), for `evaluate` alone or
 * combined with `allRules` through `combineRuleSets`.
 *
 * @category Rules
 * @example
 * trainingRules.rules.map((r) => r.id); // ["ap.p2.required-training", "ap.p2.training-compliance-rate"]
 * trainingRules.rules.every((r) => r.obligations.includes("AP-P2")); // true
 */
export const trainingRules = defineRuleSet({
  id: "training",
  title: "SEA training compliance (MINUSCA action plan, Prevention goal 2)",
  rules: [requiredTraining, trainingComplianceRate],
});

export { requiredTraining, trainingComplianceRate };
