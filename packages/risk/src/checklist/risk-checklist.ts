import { IsoDate } from "@psea/core";
import { z } from "zod";
import { AvailabilityLevel, ControlLevel } from "./risk-factor";

/**
 * Where an answer comes from. A reference names a document or record, never a person: notes on
 * people belong in the case file, not in a risk assessment.
 *
 * @category Risk checklist
 * @example
 * FactorEvidence.parse({ source: "site-visit", reference: "Visit report 2018-03", observedOn: "2018-03-09" }).source; // "site-visit"
 * FactorEvidence.safeParse({ source: "site-visit", note: "…" }).success; // false
 */
export const FactorEvidence = z
  .strictObject({
    source: z
      .enum(["site-visit", "interview", "document", "patrol-report", "records", "other"])
      .describe("How the answer was established: a site visit, an interview, a document, a patrol report, the mission's records, or otherwise."),
    reference: z.string().min(1).max(200).optional().describe("The document, report or record the answer rests on; never a person's name."),
    observedOn: IsoDate.optional().describe("The day the answer was observed or the record read, when not the assessment's own date."),
  })
  .describe("The evidence behind an answer.");
/**
 * @category Risk checklist
 * @example
 * const e: FactorEvidence = { source: "records" };
 */
export type FactorEvidence = z.infer<typeof FactorEvidence>;

const factor = <A extends z.ZodType>(answer: A, description: string) => z.strictObject({ answer, evidence: FactorEvidence }).describe(description);

/**
 * The allegation history of a location: allegations concerning the location and the unit quartered
 * there since a date, against the personnel on strength there. It is scored as a rate per 1,000 and
 * is never counted by contributing country: the checklist has no field for one.
 *
 * @category Risk checklist
 * @example
 * AllegationHistory.parse({ allegations: 2, personnelOnStrength: 800, since: "2017-03-01" }).allegations; // 2
 * AllegationHistory.safeParse({ allegations: 2, personnelOnStrength: 800, since: "2017-03-01", contingent: "XYZ" }).success; // false
 */
export const AllegationHistory = z
  .strictObject({
    allegations: z.number().int().min(0).describe("SEA allegations concerning the location and its unit since `since`."),
    personnelOnStrength: z.number().int().min(1).describe("Personnel on strength at the location, the denominator of the rate per 1,000."),
    since: IsoDate.describe("The first day the allegations are counted from."),
  })
  .describe("Allegations at this location and unit, against its personnel on strength; never per contributing country.");
/**
 * @category Risk checklist
 * @example
 * const h: AllegationHistory = { allegations: 0, personnelOnStrength: 150, since: "2017-06-01" };
 */
export type AllegationHistory = z.infer<typeof AllegationHistory>;

/**
 * The SEA risk-factor checklist recorded with a camp's risk assessment (Prevention goal 6 (c)): one
 * typed answer per factor, each with its evidence. Every factor is answered: a factor left out is an
 * input issue, never a silent zero.
 *
 * @category Risk checklist
 * @example
 * const e = { source: "site-visit" } as const;
 * const checklist = RiskChecklist.parse({
 *   communityProximity: { answer: 300, evidence: e }, perimeter: { answer: "poor", evidence: e },
 *   movementControl: { answer: "fair", evidence: e }, alcoholAvailability: { answer: "restricted", evidence: e },
 *   welfareFacilities: { answer: "good", evidence: e }, nonFraternizationBriefings: { answer: true, evidence: e },
 *   complaintMechanismReachable: { answer: true, evidence: e }, offLimitsPlacesNearby: { answer: false, evidence: e },
 *   womenAndChildrenOnCamp: { answer: false, evidence: e }, monthsSinceRotation: { answer: 4, evidence: e },
 *   allegationHistory: { answer: { allegations: 0, personnelOnStrength: 600, since: "2017-06-01" }, evidence: { source: "records" } },
 * });
 * checklist.perimeter.answer; // "poor"
 * RiskChecklist.safeParse({ ...checklist, perimeter: undefined }).success; // false
 */
export const RiskChecklist = z
  .strictObject({
    communityProximity: factor(z.number().min(0).describe("Metres to the nearest community, IDP site or market."), "Distance to the nearest community, IDP site or market."),
    perimeter: factor(ControlLevel, "Perimeter, fencing and lighting."),
    movementControl: factor(ControlLevel, "Curfew and movement control, night movements included."),
    alcoholAvailability: factor(AvailabilityLevel, "Alcohol availability at or near the camp."),
    welfareFacilities: factor(ControlLevel, "Welfare and recreation facilities."),
    nonFraternizationBriefings: factor(z.boolean().describe("Whether non-fraternization briefings were given."), "Non-fraternization briefings given to the personnel."),
    complaintMechanismReachable: factor(z.boolean().describe("Whether the community can reach a complaint mechanism."), "A complaint mechanism reachable by the community."),
    offLimitsPlacesNearby: factor(z.boolean().describe("Whether off-limits places are near the camp."), "Off-limits places nearby."),
    womenAndChildrenOnCamp: factor(z.boolean().describe("Whether women or children are employed or present on the camp."), "Women and children employed or present on the camp."),
    monthsSinceRotation: factor(z.number().min(0).describe("Months since the unit's last rotation."), "Time since the unit's last rotation."),
    allegationHistory: factor(AllegationHistory, "The location's allegation history, per 1,000 personnel on strength."),
  })
  .describe("The SEA risk-factor checklist of a camp risk assessment: every factor answered, with its evidence.");
/**
 * @category Risk checklist
 * @example
 * const answer: RiskChecklist["perimeter"]["answer"] = "good";
 */
export type RiskChecklist = z.infer<typeof RiskChecklist>;
/**
 * The accepted input form of a checklist (the same as its output: nothing is defaulted).
 *
 * @category Risk checklist
 * @example
 * const answer: RiskChecklistInput["nonFraternizationBriefings"]["answer"] = true;
 */
export type RiskChecklistInput = z.input<typeof RiskChecklist>;
