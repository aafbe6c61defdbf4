import { IsoDate, RecordId } from "@psea/core";
import { z } from "zod";

/**
 * A place out of bounds for UN personnel.
 *
 * @category Off-limits list
 * @example
 * OffLimitsPlace.parse({ id: "OL-1", name: "Bar X", location: "Quartier Y", addedOn: "2018-01-15", reason: "transactional sex reported" }).id; // "OL-1"
 */
export const OffLimitsPlace = z.object({
  id: RecordId.describe("The place's id, unique on the list."),
  name: z.string().min(1).describe("The establishment or area's name."),
  location: z.string().min(1).describe("Where it is, in words."),
  addedOn: IsoDate.describe("When it was put on the list."),
  reason: z.string().min(1).describe("Why it is off limits, without identifying a victim or complainant."),
});
/**
 * @category Off-limits list
 * @example
 * const p: OffLimitsPlace = { id: "OL-1", name: "Bar X", location: "Quartier Y", addedOn: "2018-01-15", reason: "…" };
 */
export type OffLimitsPlace = z.infer<typeof OffLimitsPlace>;

/**
 * The mission's off-limits list, updated at least every `offLimitsReviewPeriod` (Prevention goal 6 (i)).
 *
 * @category Off-limits list
 * @example
 * OffLimitsList.parse({ updatedOn: "2018-04-01" }).places; // []
 */
export const OffLimitsList = z.object({
  updatedOn: IsoDate.describe("When the list was last updated; checked for recency against a parameter."),
  places: z.array(OffLimitsPlace).default([]).describe("The places personnel may not visit."),
});
/**
 * @category Off-limits list
 * @example
 * const l: OffLimitsList = { updatedOn: "2018-04-01", places: [] };
 */
export type OffLimitsList = z.infer<typeof OffLimitsList>;
