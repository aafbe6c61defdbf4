import { IsoDate, RecordId } from "@psea/core";
import { z } from "zod";
import { strict } from "../schemas/strict";
import { ActionPoint, EvidenceItem } from "../schemas/partner-assessment";

const at = IsoDate.describe("The date of the event (YYYY-MM-DD); events are applied in date order.");

/**
 * An event of the assessment workflow:
 * - `ASSIGNED`: the draft is given to an assessor (draft → assigned);
 * - `STARTED`: the assessor starts (assigned → in progress);
 * - `STANDARD_RATED`: a standard is rated with its evidence (in progress, or rejected for a revision);
 * - `SUBMITTED`: every standard rated, the assessment is submitted (in progress or rejected → submitted);
 * - `REJECTED`: sent back with a comment, which is required (submitted → rejected);
 * - `FINALIZED`: the final determination, with the overall rating (submitted → final);
 * - `CANCELLED`: from draft or in progress;
 * - `PLAN_ADOPTED`: the capacity-strengthening plan, action points for each weak standard (final);
 * - `ACTION_POINT_COMPLETED`: an open action point done (final).
 *
 * @category Workflow
 * @example
 * AssessmentEvent.parse({ type: "REJECTED", at: "2018-02-10", comment: "evidence for training missing" }).type; // "REJECTED"
 * AssessmentEvent.safeParse({ type: "APPROVED", at: "2018-02-10" }).success; // false
 */
export const AssessmentEvent = z.discriminatedUnion("type", [
  strict({ type: z.literal("ASSIGNED"), at, assessor: z.string().trim().min(1).max(200).describe("Who carries out the assessment (a role or a name).") }),
  strict({ type: z.literal("STARTED"), at }),
  strict({
    type: z.literal("STANDARD_RATED"),
    at,
    standardId: RecordId.describe("The standard rated."),
    score: z.number().int().min(0).max(100).describe("Its score on the scale of the assessment."),
    evidence: z.array(EvidenceItem).max(1000).default([]).describe("The evidence the rating rests on."),
  }),
  strict({ type: z.literal("SUBMITTED"), at }),
  // The comment is checked by the machine, so that a missing one is refused with its own reason.
  strict({ type: z.literal("REJECTED"), at, comment: z.string().max(4000).optional().describe("Why the assessment is sent back; required.") }),
  strict({ type: z.literal("FINALIZED"), at }),
  strict({ type: z.literal("CANCELLED"), at, reason: z.string().max(4000).optional().describe("Why the assessment was cancelled.") }),
  strict({
    type: z.literal("PLAN_ADOPTED"),
    at,
    actionPoints: z.array(ActionPoint.omit({ completedOn: true })).min(1).max(1000).describe("One or more action points for each weak standard."),
  }),
  strict({ type: z.literal("ACTION_POINT_COMPLETED"), at, actionPointId: RecordId.describe("The action point completed.") }),
]);
/**
 * The parsed form of {@link AssessmentEvent}.
 *
 * @category Workflow
 * @example
 * const e: AssessmentEvent = { type: "STARTED", at: "2018-01-04" };
 * e.type; // "STARTED"
 */
export type AssessmentEvent = z.infer<typeof AssessmentEvent>;

/**
 * The type of an assessment event.
 *
 * @category Workflow
 * @example
 * const t: AssessmentEventType = "FINALIZED";
 * t; // "FINALIZED"
 */
export type AssessmentEventType = AssessmentEvent["type"];

/**
 * Every event type, in workflow order.
 *
 * @category Workflow
 * @example
 * assessmentEventTypes.length; // 9
 */
export const assessmentEventTypes: readonly AssessmentEventType[] = [
  "ASSIGNED",
  "STARTED",
  "STANDARD_RATED",
  "SUBMITTED",
  "REJECTED",
  "FINALIZED",
  "CANCELLED",
  "PLAN_ADOPTED",
  "ACTION_POINT_COMPLETED",
];

/**
 * The event of one type.
 *
 * @category Workflow
 * @example
 * const e: AssessmentEventOf<"STARTED"> = { type: "STARTED", at: "2018-01-05" };
 * e.type; // "STARTED"
 */
export type AssessmentEventOf<T extends AssessmentEventType> = Extract<AssessmentEvent, { type: T }>;
