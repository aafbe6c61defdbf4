import { defineRuleSet } from "@psea/core";
import { campRiskAssessment } from "./camp-risk-assessment";
import { highFactorRegisterEntry } from "./high-factor-register-entry";
import { highRiskLocationPatrol } from "./high-risk-location-patrol";
import { highRiskMitigation } from "./high-risk-mitigation";
import { jointPatrolParticipants } from "./joint-patrol-participants";
import { mitigationFollowUp } from "./mitigation-follow-up";
import { offLimitsListCurrent } from "./off-limits-list";
import { recommendationDueDate } from "./recommendation-due-date";
import { riskEntryOwned } from "./risk-entry-owned";
import { riskEntryScored } from "./risk-entry-scored";
import { riskOwnedByManager } from "./risk-owned-by-manager";

/**
 * SEA risk management (AP Prevention goal 6) as rules, over a mission dataset carrying the risk
 * sections. Combine it with the core's rule sets to check everything at once.
 *
 * @category Risk rules
 * @example
 * import { combineRuleSets } from "@psea/core";
 * import { allRules } from "@psea/core/rules";
 * riskRules.rules.every((r) => r.obligations.includes("AP-P6")); // true
 * combineRuleSets("all-with-risk", "All", [allRules, riskRules]).rules.length === allRules.rules.length + 11; // true
 */
export const riskRules = defineRuleSet({
  id: "minusca-action-plan-2018-2019.risk",
  title: "MINUSCA Action Plan on SEA 2018-2019: risk management (Prevention goal 6)",
  rules: [campRiskAssessment, riskEntryScored, riskEntryOwned, riskOwnedByManager, highRiskMitigation, mitigationFollowUp, offLimitsListCurrent, jointPatrolParticipants, highFactorRegisterEntry, recommendationDueDate, highRiskLocationPatrol],
});

export {
  campRiskAssessment,
  highFactorRegisterEntry,
  highRiskLocationPatrol,
  highRiskMitigation,
  jointPatrolParticipants,
  mitigationFollowUp,
  offLimitsListCurrent,
  recommendationDueDate,
  riskEntryOwned,
  riskEntryScored,
  riskOwnedByManager,
};
