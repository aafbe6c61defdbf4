import { addDuration } from "@psea/core";
import { courseApplies, onStrength, type TrainingCourse, type TrainingSubject, type TrainingWindows } from "./courses";

/**
 * Where a person stands on one course as of a date.
 * - `compliant`: completed, and for a periodic course the last completion is still current;
 * - `due`: not (currently) completed, but the window has not closed: the due date is `asOf` or later;
 * - `overdue`: completed before, but a periodic course has lapsed past its due date;
 * - `never-taken`: no completion on record and the window has closed;
 * - `not-required`: the course does not apply to the person, or the person is not on strength.
 *
 * @category Training
 * @example
 * const s: TrainingStatus = "never-taken";
 * s; // "never-taken"
 */
export type TrainingStatus = "compliant" | "due" | "overdue" | "never-taken" | "not-required";

/**
 * A status with the dates that decided it. `dueDate` is the deadline now running: for a
 * periodic course that is compliant, the date the next completion is due.
 *
 * @category Training
 * @example
 * const r: TrainingStatusResult = { status: "due", dueDate: "2018-04-01", lastCompletedOn: null };
 * r.dueDate; // "2018-04-01"
 */
export interface TrainingStatusResult {
  readonly status: TrainingStatus;
  readonly dueDate: string | null;
  readonly lastCompletedOn: string | null;
}

/**
 * Whether a status counts against compliance: the window closed with no current completion.
 *
 * @category Training
 * @example
 * isBehind("due"); // false
 * isBehind("overdue"); // true
 */
export function isBehind(status: TrainingStatus): boolean {
  return status === "overdue" || status === "never-taken";
}

/** Adds a duration to a date; `undefined` for a value outside the types, so callers never throw. @internal */
export type DueDateFn = (date: string, duration: string) => string | undefined;

function safeAdd(date: string, duration: string): string | undefined {
  try {
    return addDuration(date, duration);
  } catch {
    return undefined;
  }
}

/**
 * A memoised {@link DueDateFn} for one report: arrival and completion dates repeat across a mission,
 * so 100,000 people need only a few thousand date computations.
 *
 * @internal
 */
export function createDueDates(): DueDateFn {
  const cache = new Map<string, string | undefined>();
  return (date, duration) => {
    const key = `${date}/${duration}`;
    if (cache.has(key)) return cache.get(key);
    const value = safeAdd(date, duration);
    cache.set(key, value);
    return value;
  };
}

const NOT_REQUIRED: TrainingStatusResult = { status: "not-required", dueDate: null, lastCompletedOn: null };

/** The latest completion of a course on or before `asOf`; later records do not exist yet as of that date. */
function lastCompletion(person: TrainingSubject, courseId: string, asOf: string): string | undefined {
  let last: string | undefined;
  for (const t of person.trainings ?? []) {
    if (t.courseId === courseId && t.completedOn <= asOf && (last === undefined || t.completedOn > last)) last = t.completedOn;
  }
  return last;
}

/** {@link trainingStatus} with the date arithmetic supplied, so a report can share one cache. @internal */
export function statusWith(person: TrainingSubject, course: TrainingCourse, asOf: string, windows: TrainingWindows, add: DueDateFn): TrainingStatusResult {
  if (!onStrength(person, asOf) || !courseApplies(person, course)) return NOT_REQUIRED;
  const window = windows[course.window];
  const last = lastCompletion(person, course.id, asOf);
  const lastCompletedOn = last ?? null;
  if (course.recurrence === "once") {
    const due = add(person.arrivalDate, window);
    if (last !== undefined) return { status: "compliant", dueDate: due ?? null, lastCompletedOn };
    // A window that cannot be computed cannot be shown to be open.
    return { status: due !== undefined && asOf <= due ? "due" : "never-taken", dueDate: due ?? null, lastCompletedOn };
  }
  // A completion from before arrival may still be current, but never moves the first deadline earlier
  // than a person with no record at all would get: adding a record can only help.
  const anchor = last !== undefined && last > person.arrivalDate ? last : person.arrivalDate;
  const due = add(anchor, window);
  const lastDue = last !== undefined ? add(last, window) : undefined;
  if (lastDue !== undefined && asOf <= lastDue) return { status: "compliant", dueDate: due ?? lastDue, lastCompletedOn };
  if (due !== undefined && asOf <= due) return { status: "due", dueDate: due, lastCompletedOn };
  return { status: last !== undefined ? "overdue" : "never-taken", dueDate: due ?? null, lastCompletedOn };
}

/**
 * The status of one person on one course as of a date (Prevention goal 2). A `once` course is due
 * within its window of arrival; a `periodic` one within its window of the last completion (the
 * first time, of arrival). Completions dated after `asOf` are ignored. Pure; never throws: a date
 * or window outside its type leaves the window unprovable, so an untaken course counts as never taken.
 *
 * @category Training
 * @example
 * const windows = { inductionWindow: "P1M", refresherPeriod: "P1Y", roleTrainingWindow: "P3M" };
 * const [induction, refresher] = seaCourses;
 * const person = { category: "civilian-staff", arrivalDate: "2018-03-01", trainings: [{ courseId: "sea-refresher", completedOn: "2018-03-10" }] };
 * trainingStatus(person, induction, "2018-03-15", windows); // { status: "due", dueDate: "2018-04-01", lastCompletedOn: null }
 * trainingStatus(person, induction, "2018-04-02", windows).status; // "never-taken"
 * trainingStatus(person, refresher, "2019-03-10", windows); // { status: "compliant", dueDate: "2019-03-10", lastCompletedOn: "2018-03-10" }
 * trainingStatus(person, refresher, "2019-03-11", windows).status; // "overdue"
 */
export function trainingStatus(person: TrainingSubject, course: TrainingCourse, asOf: string, windows: TrainingWindows): TrainingStatusResult {
  return statusWith(person, course, asOf, windows, safeAdd);
}
