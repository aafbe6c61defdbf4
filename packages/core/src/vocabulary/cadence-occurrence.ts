import { z } from "zod";
import { IsoDate, LanguageCode, RecordId } from "./common";

/**
 * The id of every cadence the kit ships, the ids a mission dataset's `cadenceOccurrences` may name.
 * A test holds this list to the cadence catalogue; an occurrence naming any other id is an input
 * issue (`unknown-cadence`), never silently ignored. A host's own cadence assesses its occurrences
 * with `assessCadence` directly.
 *
 * @category Vocabulary
 * @example
 * kitCadenceIds.includes("ap.p1.radio-broadcast"); // true
 */
export const kitCadenceIds = [
  "ap.p1.radio-broadcast",
  "ap.p1.cdt-newsletter",
  "ap.p1.town-hall",
  "ap.p3.task-force-meeting",
  "ap.p4.force-commander-meeting",
  "ap.p4.police-commissioner-meeting",
  "ap.p6.prevention-meeting",
  "ap.e3.investigation-review-meeting",
  "ap.r1.vra-meeting",
  "dpko.rc-f.annual-report",
] as const;

/**
 * One held occurrence of a recurring obligation: a meeting, a broadcast, a newsletter issue.
 *
 * @category Vocabulary
 * @example
 * CadenceOccurrence.parse({ cadenceId: "ap.p1.radio-broadcast", on: "2018-03-05", languages: ["fr", "sg"] }).languages; // ["fr", "sg"]
 */
export const CadenceOccurrence = z.object({
  cadenceId: RecordId.describe(`The cadence held: in a mission dataset, one of ${kitCadenceIds.join(", ")}.`),
  on: IsoDate.describe("When it was held; it counts in the cadence window that contains this day."),
  languages: z.array(LanguageCode).default([]).describe("The languages it was held in, as ISO 639 codes; checked against the cadence's required languages."),
  reference: z.string().optional().describe("A document that records it, such as minutes or a broadcast log."),
  /** For per-event cadences such as town halls (AP-P1 (d)): the anti-SEA message was reiterated. */
  antiSeaMessage: z.boolean().optional().describe("For per-event cadences such as town halls (AP-P1 (d)): the anti-SEA message was reiterated."),
  recipient: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe("For reports (DPKO RC (f)): who the report was sent to, checked against the recipient the country context requires."),
});
/**
 * @category Vocabulary
 * @example
 * const cadenceIdOf = (cadenceOccurrence: CadenceOccurrence) => cadenceOccurrence.cadenceId;
 */
export type CadenceOccurrence = z.infer<typeof CadenceOccurrence>;
