import type { ActionPlan } from "../schema";
import { minuscaEnforcement } from "./enforcement";
import { minuscaPrevention } from "./prevention";
import { minuscaRemedial } from "./remedial";

/**
 * The MINUSCA Action Plan on Sexual Exploitation and Abuse 2018-2019, as typed data: the three
 * pillars with every goal, activity, expected result, partner and comment of its matrix.
 * Transcribed from a garbled two-column extraction: where the source cannot be read, the text keeps
 * the readable words with "…" and the item is marked illegible (`illegible`, `titleIllegible`,
 * `statusIllegible`, `partners.illegible`); the pillar files say how each spot was read. A mission
 * can copy and edit it for its own plan. AP-MATRIX.
 *
 * @category Action plan
 * @example
 * minuscaActionPlan2018_2019.pillars.map((p) => p.goals.length); // [6, 5, 1]
 */
export const minuscaActionPlan2018_2019: ActionPlan = {
  id: "MINUSCA-AP-2018-2019",
  mission: "MINUSCA",
  period: { from: "2018-01-01", to: "2019-12-31" },
  pillars: [minuscaPrevention, minuscaEnforcement, minuscaRemedial],
};

export { minuscaEnforcement, minuscaPrevention, minuscaRemedial };
