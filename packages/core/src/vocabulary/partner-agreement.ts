import { z } from "zod";
import { IsoDate, RecordId } from "./common";

/**
 * A cooperative arrangement with a non-UN entity or individual (SGB section 6, DPKO General management e).
 *
 * @category Vocabulary
 * @example
 * PartnerAgreement.parse({
 *   id: "PA-1", partnerName: "Partner NGO", partnerKind: "ngo",
 *   startDate: "2018-02-01", writtenUndertakingOn: "2018-01-20",
 * }).failures; // []
 */
export const PartnerAgreement = z.object({
  id: RecordId.describe("The agreement's id, unique among partner agreements."),
  partnerName: z.string().min(1).describe("The partner organization or contractor, never a victim or complainant."),
  partnerKind: z.enum(["ngo", "contractor", "consultant", "government", "other"]).describe("What kind of entity the partner is."),
  startDate: IsoDate.describe("First day of the arrangement."),
  endDate: IsoDate.optional().describe("Last day of the arrangement; absent while it runs."),
  informedOfStandardsOn: IsoDate.optional().describe("When the partner was informed of the bulletin's standards of conduct (SGB section 6)."),
  /** The written undertaking that the bulletin's standards are accepted. */
  writtenUndertakingOn: IsoDate.optional().describe("When the partner gave its written undertaking to accept the bulletin's standards (SGB section 6)."),
  failures: z
    .array(
      z.object({
        kind: z.enum(["prevention", "investigation", "corrective-action"]).describe("What the partner failed to do: prevent, investigate or take corrective action."),
        recordedOn: IsoDate.describe("When the failure was recorded."),
        description: z.string().optional().describe("What happened, without identifying a victim or complainant."),
      }),
    )
    .default([])
    .describe("The partner's recorded failures to take preventive measures, investigate or take corrective action (SGB section 6)."),
  terminationReview: z
    .object({
      openedOn: IsoDate.describe("When the review was opened."),
      decision: z.enum(["pending", "terminated", "continued"]).describe("The review's decision so far."),
    })
    .optional()
    .describe("The review of the arrangement that a recorded failure calls for (SGB section 6)."),
});
/**
 * @category Vocabulary
 * @example
 * const idOf = (partnerAgreement: PartnerAgreement) => partnerAgreement.id;
 */
export type PartnerAgreement = z.infer<typeof PartnerAgreement>;
