import { z } from "zod";
import { InputLimitError } from "../engine/input-limit";
import { addDuration, IsoDuration } from "../time/duration";
import { IsoDate } from "../vocabulary/common";
import { toPathIssues, type PathIssue } from "./issues";

/**
 * One period of a cadence: from `from` (inclusive) to `to` (exclusive), both `YYYY-MM-DD`.
 *
 * @category Cadences
 * @example
 * const indexOf = (cadenceWindow: CadenceWindow) => cadenceWindow.index;
 */
export interface CadenceWindow {
  /** 0 for the first period after the start. */
  readonly index: number;
  readonly from: string;
  readonly to: string;
}

/**
 * The result of {@link cadenceSchedule}.
 *
 * @category Cadences
 * @example
 * const isOkTrue = (cadenceScheduleResult: CadenceScheduleResult) => cadenceScheduleResult.ok === true;
 */
export type CadenceScheduleResult =
  | { readonly ok: true; readonly windows: readonly CadenceWindow[] }
  | { readonly ok: false; readonly issues: readonly PathIssue[] };

/**
 * An ISO 8601 calendar period longer than zero: a zero period would give windows that never end.
 *
 * @category Cadences
 * @example
 * CadencePeriod.safeParse("P2W").success; // true
 * CadencePeriod.safeParse("P0D").success; // false
 */
export const CadencePeriod = IsoDuration.refine(
  // zod runs refinements even after the pattern failed: stay silent on what the pattern rejects.
  (d) => !IsoDuration.safeParse(d).success || /[1-9]/.test(d),
  { message: "a cadence period must be longer than zero", params: { code: "empty-period" } },
);

/**
 * The most windows a cadence is enumerated over: a daily cadence for about 27 years. An `asOf` or
 * a period that would need more is an input issue (`too-many-windows`), never a hang.
 *
 * @category Cadences
 * @example
 * MAX_CADENCE_WINDOWS; // 10000
 */
export const MAX_CADENCE_WINDOWS = 10_000;

const ScheduleInput = z.object({ period: CadencePeriod, start: IsoDate, asOf: IsoDate });

/**
 * The windows [from, to) of a cadence that have begun by `asOf`: window k runs from
 * `start + k·period` to `start + (k+1)·period`. Each bound is computed from `start`, never from
 * the previous window, so month-end starts do not drift (a cadence started on 31 January keeps
 * returning to the 31st whenever the month has one). The windows tile [start, asOf] with no gap
 * or overlap; the last one contains `asOf` and is still open. Before `start` there are none.
 *
 * @category Cadences
 * @example
 * const r = cadenceSchedule("P1M", "2018-01-31", "2018-03-31");
 * r.ok && r.windows.map((w) => w.to); // ["2018-02-28", "2018-03-31", "2018-04-30"]
 * cadenceSchedule("P0D", "2018-01-01", "2018-02-01").ok; // false
 */
export function cadenceSchedule(period: unknown, start: unknown, asOf: unknown): CadenceScheduleResult {
  const parsed = ScheduleInput.safeParse({ period, start, asOf });
  if (!parsed.success) return { ok: false, issues: toPathIssues(parsed.error) };
  try {
    return { ok: true, windows: windowsOf(parsed.data.period, parsed.data.start, parsed.data.asOf) };
  } catch (e) {
    if (e instanceof InputLimitError) return { ok: false, issues: [e.issue] };
    throw e;
  }
}

/**
 * {@link cadenceSchedule} on values already validated (a non-zero period, ISO dates). Throws an
 * {@link InputLimitError} past {@link MAX_CADENCE_WINDOWS} windows, or when a window would end after
 * 9999-12-31.
 *
 * @category Cadences
 * @example
 * windowsOf("P1W", "2018-01-01", "2018-01-08").length; // 2
 */
export function windowsOf(period: string, start: string, asOf: string): CadenceWindow[] {
  const windows: CadenceWindow[] = [];
  if (asOf < start) return windows;
  for (let index = 0, from = start; ; index++) {
    if (index >= MAX_CADENCE_WINDOWS) {
      throw new InputLimitError({ path: ["asOf"], code: "too-many-windows", message: `expected an asOf within ${MAX_CADENCE_WINDOWS} periods of the cadence's start` });
    }
    let to: string;
    try {
      to = addDuration(start, period, index + 1);
    } catch {
      throw new InputLimitError({ path: ["asOf"], code: "date-out-of-range", message: "expected an asOf whose cadence period ends by 9999-12-31" });
    }
    windows.push({ index, from, to });
    if (to > asOf) return windows;
    from = to;
  }
}
