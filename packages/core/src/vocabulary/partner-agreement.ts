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
  id: RecordId,
  partnerName: z.string().min(1),
  partnerKind: z.enum(["ngo", "contractor", "consultant", "government", "other"]),
  startDate: IsoDate,
  endDate: IsoDate.optional(),
  informedOfStandardsOn: IsoDate.optional(),
  /** The written undertaking that the bulletin's standards are accepted. */
  writtenUndertakingOn: IsoDate.optional(),
  failures: z
    .array(
      z.object({
        kind: z.enum(["prevention", "investigation", "corrective-action"]),
        recordedOn: IsoDate,
        description: z.string().optional(),
      }),
    )
    .default([]),
  terminationReview: z.object({ openedOn: IsoDate, decision: z.enum(["pending", "terminated", "continued"]) }).optional(),
});
/** @category Vocabulary */
export type PartnerAgreement = z.infer<typeof PartnerAgreement>;
