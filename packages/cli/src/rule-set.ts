import { combineRuleSets, type RuleSet } from "@psea/core";
import { allRules } from "@psea/core/rules";
import { partnerRules } from "@psea/partners";
import { riskRules } from "@psea/risk";
import { trainingRules } from "@psea/training";

/**
 * Every rule the kit ships, the default of `psea validate` and `psea rules`: `allRules` of
 * `@psea/core` (the bulletin, the DPKO guidelines, the action plan and its cadences), then
 * `trainingRules` of `@psea/training` (AP-P2), `riskRules` of `@psea/risk` (AP-P6) and
 * `partnerRules` of `@psea/partners` (DPKO-GM-e and SGB-6, reading the `partnerAssessments`
 * section). The core cannot depend on the others, so they are combined here, where a host meets them.
 *
 * @category CLI
 * @example
 * import { evaluate } from "@psea/core";
 * import { allRules } from "@psea/core/rules";
 * import { riskRules } from "@psea/risk";
 * import { trainingRules } from "@psea/training";
 * import { partnerRules } from "@psea/partners";
 * pseaRuleSet.id; // "psea"
 * pseaRuleSet.rules.length === allRules.rules.length + trainingRules.rules.length + riskRules.rules.length + partnerRules.rules.length; // true
 * pseaRuleSet.rules.filter((r) => r.obligations.includes("AP-P2")).map((r) => r.id); // ["ap.p2.required-training", "ap.p2.training-compliance-rate"]
 * // One pass checks a mission against all of them: with no off-limits list on record, AP-P6 is violated.
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const r = evaluate(pseaRuleSet, { mission }, { asOf: "2018-06-30" });
 * r.ok && r.findings.find((f) => f.ruleId === "ap.p6.off-limits-list")?.message; // "the mission has no off-limits list"
 */
export const pseaRuleSet: RuleSet = combineRuleSets("psea", "Every rule of the PSEA Policy Kit", [allRules, trainingRules, riskRules, partnerRules]);
