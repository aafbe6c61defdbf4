import { addDuration, addWorkingDays } from "@psea/core";

/**
 * A period a deadline runs for: an ISO calendar duration, or a count of working days (Monday to Friday).
 *
 * @category Deadlines
 * @example
 * const w: DeadlineWindow = { workingDays: 10 };
 */
export type DeadlineWindow = string | { readonly workingDays: number };

function computeWindow(from: string, window: DeadlineWindow): string | undefined {
  // Both validate `from` and the window (a RangeError for a malformed or out-of-range one).
  // A count read from stored or overlaid data may be anything: only a whole number is a count.
  if (typeof window !== "string" && !Number.isSafeInteger((window as { workingDays?: unknown } | undefined)?.workingDays)) return undefined;
  try {
    return typeof window === "string" ? addDuration(from, window) : addWorkingDays(from, window.workingDays);
  }
  // Stryker disable next-line BlockStatement: an emptied catch returns undefined, as this one does
  catch {
    return undefined;
  }
}

// Date arithmetic (parse, add, format) costs microseconds, and deadlines are opened
// from a few periods over a few thousand dates: each answer is computed once. Bounded, like any
// cache keyed by data.
const MAX_ENTRIES = 16_384;
const byWindow = new Map<string | number, Map<string, string | undefined>>();
let cached = 0;

/**
 * The date a window that starts on `from` ends on, or `undefined` if either is malformed.
 *
 * @category Deadlines
 * @example
 * addWindow("2018-06-01", "P6M"); // "2018-12-01"
 * addWindow("2018-06-01", { workingDays: 10 }); // "2018-06-15"
 */
export function addWindow(from: string, window: DeadlineWindow): string | undefined {
  // A calendar period by its text, a count of working days by its number.
  // Stryker disable all: the cache below changes how fast an answer comes, never the answer (caches.test.ts
  // holds every cached answer to the uncached computation); a mutant that bypasses or resizes it is equivalent.
  const key = typeof window === "string" ? window : typeof window?.workingDays === "number" ? window.workingDays : undefined;
  if (key === undefined || typeof from !== "string") return computeWindow(from, window);
  let byDate = byWindow.get(key);
  if (byDate === undefined) byWindow.set(key, (byDate = new Map()));
  const known = byDate.get(from);
  if (known !== undefined || byDate.has(from)) return known;
  if (++cached > MAX_ENTRIES) {
    byWindow.clear();
    cached = 1;
    byWindow.set(key, byDate);
    byDate.clear();
  }
  // Stryker restore all
  const answer = computeWindow(from, window);
  byDate.set(from, answer);
  return answer;
}
