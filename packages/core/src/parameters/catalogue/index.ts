import { actionPlanParameters } from "./action-plan";
import { bulletinParameters } from "./bulletin";
import { caseWorkflowParameters } from "./case-workflow";
import { dpkoParameters } from "./dpko-guidelines";
import { investigationParameters } from "./investigations";
import { partnerParameters } from "./partners";
import { publicDataParameters } from "./public-data";
import { riskParameters } from "./risk";
export { riskChecklistFactors } from "./risk";
import { trainingParameters } from "./training";

/**
 * Every policy parameter the kit ships, with its dated values and citations.
 *
 * @category Parameters
 * @example
 * defaultParameters.childAgeThresholdYears.values[0]?.value; // 18
 */
export const defaultParameters = {
  ...bulletinParameters,
  ...dpkoParameters,
  ...actionPlanParameters,
  ...investigationParameters,
  ...caseWorkflowParameters,
  ...riskParameters,
  ...trainingParameters,
  ...partnerParameters,
  ...publicDataParameters,
};

/**
 * The catalogue's type. @category Parameters
 * @example
 * const catalogue: ParameterCatalogue = defaultParameters;
 * catalogue.inductionWindow.title; // "SEA induction window"
 */
export type ParameterCatalogue = typeof defaultParameters;
/**
 * The name of a parameter. @category Parameters
 * @example
 * const parameterId: ParameterId = "inductionWindow";
 */
export type ParameterId = keyof ParameterCatalogue;
/**
 * The value type of a parameter.
 *
 * @category Parameters
 * @example
 * const window: ParameterValue<"inductionWindow"> = "P1M";
 * defaultParameters.inductionWindow.values[0]?.value === window; // true
 */
export type ParameterValue<K extends ParameterId> = ParameterCatalogue[K] extends { schema: { _zod: { output: infer T } } } ? T : never;
