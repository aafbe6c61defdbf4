import { z } from "zod";

/**
 * How an activity stood in a month of the tracking grid (AP-MATRIX).
 *
 * @category Action plan
 * @example
 * ActivityStatus.options; // ["not-started", "ongoing", "completed", "delayed", "cancelled"]
 */
export const ActivityStatus = z.enum(["not-started", "ongoing", "completed", "delayed", "cancelled"]);
/**
 * @category Action plan
 * @example
 * const activityStatus: ActivityStatus = "ongoing";
 */
export type ActivityStatus = z.infer<typeof ActivityStatus>;

/**
 * One status to record: an activity, a month (1 = January … 12 = December) of a year, a status
 * and an optional comment.
 *
 * @category Action plan
 * @example
 * StatusUpdate.safeParse({ activityId: "P1.h", year: 2018, month: 13, status: "ongoing" }).success; // false
 */
export const StatusUpdate = z.object({
  activityId: z.string().trim().min(1),
  year: z.number().int().min(1900).max(9999),
  month: z.number().int().min(1).max(12),
  status: ActivityStatus,
  comment: z.string().trim().min(1).optional(),
});
/**
 * @category Action plan
 * @example
 * const statusOf = (statusUpdate: StatusUpdate) => statusUpdate.status;
 */
export type StatusUpdate = z.infer<typeof StatusUpdate>;
