import { combineRuleSets } from "../engine/rule-set";
import { cadenceRules } from "../cadences/rule-set";
import { actionPlanRules } from "./minusca-action-plan";
import { bulletinRules } from "./sgb-2003-13";
import { dpkoGuidelinesRules } from "./dpko-guidelines";

/**
 * Every rule the kit ships, from every source document.
 *
 * @category Rules
 * @example
 * allRules.rules.length > 0; // true
 */
export const allRules = combineRuleSets("all", "All PSEA rules", [bulletinRules, dpkoGuidelinesRules, actionPlanRules, cadenceRules]);

export * from "./sgb-2003-13";
export * from "./dpko-guidelines";
export * from "./minusca-action-plan";
