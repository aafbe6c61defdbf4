import { IsoDate, RecordId } from "@psea/core";
import { defaultParameters } from "@psea/core/parameters";
import { z } from "zod";
import { strict } from "../schemas/strict";
import type { OverallResult, RatingScheme } from "../scheme/rating-scheme";
import type { ActionPoint, AssessmentStatus, StandardRating } from "../schemas/partner-assessment";

/**
 * The record an assessment keeps, as plain JSON data: who and what is assessed, the scheme it is
 * rated with (fixed when it is opened, so a later overlay never re-rates it), the ratings, the
 * history of submissions and rejections, the final determination and the plan. Dates as `YYYY-MM-DD`.
 *
 * @category Workflow
 * @example
 * const opened = openAssessment({ id: "PCA-1", partnerId: "IP-1", createdOn: "2018-01-02" });
 * opened.ok && opened.state.context.scheme.standards.length; // 6
 */
export interface AssessmentContext {
  readonly id: string;
  readonly partnerId: string;
  readonly agreementIds: readonly string[];
  readonly createdOn: string;
  /** The date of the latest event; a later event may not be dated before it. */
  readonly lastEventOn: string;
  readonly scheme: RatingScheme;
  readonly assessor: string | null;
  readonly ratings: readonly StandardRating[];
  readonly submittedOn: readonly string[];
  readonly rejections: readonly { readonly on: string; readonly comment: string }[];
  readonly finalizedOn: string | null;
  /** The overall result at the final determination. */
  readonly overall: OverallResult | null;
  readonly cancelled: { readonly on: string; readonly reason: string | null } | null;
  readonly plan: { readonly adoptedOn: string; readonly actionPoints: readonly ActionPoint[] } | null;
}

/**
 * A state of the assessment workflow: the stage and the record.
 *
 * @category Workflow
 * @example
 * const opened = openAssessment({ id: "PCA-1", partnerId: "IP-1", createdOn: "2018-01-02" });
 * opened.ok && opened.state.value; // "draft"
 */
export interface AssessmentState {
  readonly value: AssessmentStatus;
  readonly context: AssessmentContext;
}

const scheme = z.object({
  standards: defaultParameters.partnerCapacityStandards.schema,
  scale: defaultParameters.partnerCapacityScale.schema,
  bands: defaultParameters.partnerRatingBands.schema,
});

/**
 * What an assessment is opened with. Without a `scheme`, the standards, scale and bands in force
 * on `createdOn` are taken (the defaults, or the overlay the reducer was made with).
 *
 * @category Workflow
 * @example
 * AssessmentOpening.parse({ id: "PCA-1", partnerId: "IP-1", createdOn: "2018-01-02" }).agreementIds; // []
 */
export const AssessmentOpening = strict({
  id: RecordId.describe("The assessment's id."),
  partnerId: RecordId.describe("The partner assessed."),
  agreementIds: z.array(RecordId).max(1000).default([]).describe("The partner agreements the assessment covers."),
  createdOn: IsoDate.describe("When the assessment is opened."),
  scheme: scheme.optional().describe("The standards, scale and bands to rate with; by default those in force on createdOn."),
});
/**
 * The parsed form of {@link AssessmentOpening}.
 *
 * @category Workflow
 * @example
 * const o: AssessmentOpening = AssessmentOpening.parse({ id: "PCA-1", partnerId: "IP-1", createdOn: "2018-01-02" });
 * o.agreementIds; // []
 */
export type AssessmentOpening = z.infer<typeof AssessmentOpening>;
/**
 * The accepted input form of an opening, where defaulted fields may be left out.
 *
 * @category Workflow
 * @example
 * const input: AssessmentOpeningInput = { id: "PCA-1", partnerId: "IP-1", createdOn: "2018-01-02" };
 * input.agreementIds; // undefined
 */
export type AssessmentOpeningInput = z.input<typeof AssessmentOpening>;
