import type { ObligationId } from "../engine/finding";
import { cite, type Citation } from "../parameters/citation";

/**
 * What the action-plan model encodes: obligation AP-MATRIX, the plan's matrix of activities with its
 * January–December status grid, so that reports can cite it like a rule.
 *
 * @category Action plan
 * @example
 * actionPlanModel.obligations; // ["AP-MATRIX"]
 */
export const actionPlanModel: { readonly obligations: readonly ObligationId[]; readonly citation: Citation } = {
  obligations: ["AP-MATRIX"],
  citation: cite("MINUSCA-AP-2018-2019", "Matrix of activities (all three pillars)"),
};
