import type { ParameterValue } from "@psea/core";
import { riskChecklistFactors } from "@psea/core/parameters";
import { z } from "zod";

type Points = ParameterValue<"riskFactorPoints">;

/**
 * The factors of a camp's SEA risk-assessment checklist, in the order an assessment lists them. They
 * are the keys of the `riskFactorWeights` and `riskFactorPoints` parameters.
 *
 * @category Risk checklist
 * @example
 * RiskFactorId.options.length; // 11
 * RiskFactorId.parse("alcoholAvailability"); // "alcoholAvailability"
 */
export const RiskFactorId = z
  // One list, kept in core beside the weights and points that are keyed by it.
  .enum(riskChecklistFactors satisfies readonly (keyof Points)[])
  .describe("A factor of the camp SEA risk-assessment checklist.");
/**
 * @category Risk checklist
 * @example
 * const f: RiskFactorId = "perimeter";
 */
export type RiskFactorId = z.infer<typeof RiskFactorId>;

/**
 * How well a control is in place (perimeter, fencing and lighting; curfew and movement control;
 * welfare and recreation facilities), worst first.
 *
 * @category Risk checklist
 * @example
 * ControlLevel.options; // ["poor", "fair", "good"]
 */
export const ControlLevel = z
  .enum(["poor", "fair", "good"] satisfies readonly (keyof Points["perimeter"]["points"])[])
  .describe("How well the control is in place: poor, fair or good.");
/**
 * @category Risk checklist
 * @example
 * const l: ControlLevel = "fair";
 */
export type ControlLevel = z.infer<typeof ControlLevel>;

/**
 * How readily alcohol is to be had by personnel at or near the camp, least first.
 *
 * @category Risk checklist
 * @example
 * AvailabilityLevel.options; // ["none", "restricted", "unrestricted"]
 */
export const AvailabilityLevel = z
  .enum(["none", "restricted", "unrestricted"] satisfies readonly (keyof Points["alcoholAvailability"]["points"])[])
  .describe("How readily it is to be had: none, restricted or unrestricted.");
/**
 * @category Risk checklist
 * @example
 * const a: AvailabilityLevel = "restricted";
 */
export type AvailabilityLevel = z.infer<typeof AvailabilityLevel>;

/**
 * What each factor asks, the kind of its answer and the dimension of the scale it is meant for
 * (the `riskFactorWeights` parameter decides the dimension in force).
 *
 * @category Risk checklist
 * @example
 * riskFactors.allegationHistory.answer; // "number"
 * riskFactors.perimeter.label; // "perimeter, fencing and lighting"
 */
export const riskFactors: { readonly [F in RiskFactorId]: { readonly label: string; readonly answer: Points[F]["kind"]; readonly question: string } } = {
  communityProximity: { label: "distance to the nearest community, IDP site or market", answer: "number", question: "How far, in metres, is the nearest community, IDP site or market?" },
  perimeter: { label: "perimeter, fencing and lighting", answer: "ordinal", question: "How well are the perimeter fenced and lit?" },
  movementControl: { label: "curfew and movement control", answer: "ordinal", question: "How well are curfew and movement in and out, night movements included, controlled?" },
  alcoholAvailability: { label: "alcohol availability", answer: "ordinal", question: "How readily is alcohol available to personnel at or near the camp?" },
  welfareFacilities: { label: "welfare and recreation facilities", answer: "ordinal", question: "How well do welfare and recreation facilities serve the personnel?" },
  nonFraternizationBriefings: { label: "non-fraternization briefings given", answer: "boolean", question: "Have the personnel been given non-fraternization briefings?" },
  complaintMechanismReachable: { label: "complaint mechanism reachable by the community", answer: "boolean", question: "Can the community around the camp reach a complaint mechanism?" },
  offLimitsPlacesNearby: { label: "off-limits places nearby", answer: "boolean", question: "Are places on the off-limits list near the camp?" },
  womenAndChildrenOnCamp: { label: "women and children employed or present on the camp", answer: "boolean", question: "Are women or children employed or present on the camp?" },
  monthsSinceRotation: { label: "time since the unit's last rotation", answer: "number", question: "How many months ago did the unit quartered at the camp last rotate?" },
  allegationHistory: {
    label: "allegation history of the location (per 1,000 personnel on strength)",
    answer: "number",
    question: "How many SEA allegations concern this location and its unit, against how many personnel on strength?",
  },
};
