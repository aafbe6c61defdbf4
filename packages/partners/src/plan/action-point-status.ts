import { addDuration } from "@psea/core";

/**
 * Where an action point stands on a date: `completed` on or before it; otherwise `overdue` after its
 * due date, `due` within the notice window before it, `open` before that.
 *
 * @category Capacity plan
 * @example
 * const s: ActionPointStatus = "overdue";
 * s; // "overdue"
 */
export type ActionPointStatus = "completed" | "open" | "due" | "overdue";

/**
 * What {@link actionPointStatus} reads of an action point.
 *
 * @category Capacity plan
 * @example
 * const p: ActionPointDates = { dueDate: "2018-09-30" };
 * p.dueDate; // "2018-09-30"
 */
export interface ActionPointDates {
  readonly dueDate: string;
  readonly completedOn?: string | undefined;
}

function minusWindow(date: string, window: string): string | undefined {
  try {
    // The window runs back from the due date.
    return addDuration(date, window, -1);
  } catch {
    return undefined;
  }
}

/**
 * The status of an action point on `asOf`, with `window` (an ISO 8601 duration, by default the
 * `partnerActionPointNoticeWindow` parameter) the notice before its due date. A completion dated
 * after `asOf` has not happened yet. Pure; never throws (an unreadable window gives no `due` notice).
 *
 * @category Capacity plan
 * @example
 * actionPointStatus({ dueDate: "2018-09-30" }, "2018-08-15", "P30D"); // "open"
 * actionPointStatus({ dueDate: "2018-09-30" }, "2018-09-15", "P30D"); // "due"
 * actionPointStatus({ dueDate: "2018-09-30" }, "2018-10-01", "P30D"); // "overdue"
 * actionPointStatus({ dueDate: "2018-09-30", completedOn: "2018-10-05" }, "2018-10-05", "P30D"); // "completed"
 */
export function actionPointStatus(point: ActionPointDates, asOf: string, window: string): ActionPointStatus {
  if (point.completedOn !== undefined && point.completedOn <= asOf) return "completed";
  if (asOf > point.dueDate) return "overdue";
  const opens = minusWindow(point.dueDate, window);
  return opens !== undefined && asOf >= opens ? "due" : "open";
}
