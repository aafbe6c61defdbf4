import { z } from "zod";
import { Camp, CampRiskAssessment } from "./camp";
import { JointPatrol } from "./joint-patrol";
import { OffLimitsList } from "./off-limits";
import { RiskRegisterEntry } from "./risk-register";

/**
 * The risk-management sections of a mission dataset. They sit beside the core sections
 * (`mission`, `offices`, `personnel`, …) in the same document; risk rules pick what they read from
 * this shape, and the engine merges it with the core sections they read.
 *
 * @category Risk dataset
 * @example
 * Object.keys(RiskDatasetShape.shape); // ["riskRegister", "camps", "campAssessments", "offLimitsList", "jointPatrols"]
 */
export const RiskDatasetShape = z.object({
  riskRegister: z.array(RiskRegisterEntry).default([]).describe("The mission's SEA risk register."),
  camps: z.array(Camp).default([]).describe("Camps where contingents are quartered."),
  campAssessments: z.array(CampRiskAssessment).default([]).describe("SEA risk assessments of camps."),
  /** Absent means the mission has no off-limits list, which is itself a finding. */
  offLimitsList: OffLimitsList.optional().describe("The mission's off-limits list; absent means the mission has none, which is itself a finding."),
  jointPatrols: z.array(JointPatrol).default([]).describe("Joint patrols around camps and high-risk locations."),
});

/**
 * The parsed risk sections.
 *
 * @category Risk dataset
 * @example
 * const d: RiskDataset = RiskDatasetShape.parse({});
 * d.camps; // []
 */
export type RiskDataset = z.infer<typeof RiskDatasetShape>;

/**
 * The accepted input form of the risk sections, where defaulted sections may be left out.
 *
 * @category Risk dataset
 * @example
 * const d: RiskDatasetInput = { offLimitsList: { updatedOn: "2018-04-01" } };
 * d.offLimitsList?.updatedOn; // "2018-04-01"
 */
export type RiskDatasetInput = z.input<typeof RiskDatasetShape>;
