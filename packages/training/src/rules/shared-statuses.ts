import { sharedIndex, type Personnel } from "@psea/core";
import type { TrainingCourse, TrainingWindows } from "../courses";
import { createDueDates, statusWith, type DueDateFn, type TrainingStatus } from "../status";

/** The statuses in the order of {@link TrainingStatuses.codes}. @internal */
export const statusCodes: readonly TrainingStatus[] = ["compliant", "due", "overdue", "never-taken", "not-required"];

/** Every person's status on every course, one byte each (person-major, in course order). @internal */
export interface TrainingStatuses {
  readonly codes: Uint8Array;
  /** The date arithmetic the statuses were computed with, to recompute a full result cheaply. */
  readonly add: DueDateFn;
}

/**
 * Every person's status on every course, computed once per evaluation and shared by the AP-P2
 * rules: both read the same statuses, so a mission's training is assessed once. Kept as one byte
 * per person and course; a rule recomputes the dated result only for the few it reports.
 *
 * @internal
 */
export function sharedStatuses(personnel: readonly Personnel[], courses: readonly TrainingCourse[], windows: TrainingWindows, asOf: string): TrainingStatuses {
  // Stryker disable next-line StringLiteral: within one evaluation both AP-P2 rules pass the same asOf, courses and windows, so any one key names the same statuses
  const key = `training-status\u0000${asOf}\u0000${JSON.stringify(courses)}\u0000${JSON.stringify(windows)}`;
  return sharedIndex(personnel, key, () => {
    const add = createDueDates();
    const n = courses.length;
    const codes = new Uint8Array(personnel.length * n);
    for (let i = 0; i < personnel.length; i++) {
      const p = personnel[i]!;
      for (let c = 0; c < n; c++) codes[i * n + c] = statusCodes.indexOf(statusWith(p, courses[c]!, asOf, windows, add).status);
    }
    return { codes, add };
  });
}
