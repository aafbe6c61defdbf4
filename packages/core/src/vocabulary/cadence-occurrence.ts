import { z } from "zod";
import { IsoDate, LanguageCode, RecordId } from "./common";

/**
 * One held occurrence of a recurring obligation: a meeting, a broadcast, a newsletter issue.
 *
 * @category Vocabulary
 * @example
 * CadenceOccurrence.parse({ cadenceId: "ap.p1.radio-broadcast", on: "2018-03-05", languages: ["fr", "sg"] }).languages; // ["fr", "sg"]
 */
export const CadenceOccurrence = z.object({
  cadenceId: RecordId,
  on: IsoDate,
  languages: z.array(LanguageCode).default([]),
  reference: z.string().optional(),
  /** For per-event cadences such as town halls (AP-P1 (d)): the anti-SEA message was reiterated. */
  antiSeaMessage: z.boolean().optional(),
  recipient: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe("For reports (DPKO RC (f)): who the report was sent to, checked against the recipient the country context requires."),
});
/** @category Vocabulary */
export type CadenceOccurrence = z.infer<typeof CadenceOccurrence>;
