import { InputLimitError } from "../engine/input-limit";
import { addDuration } from "../time/duration";
import { MAX_CADENCE_WINDOWS, type CadenceWindow } from "./schedule";

/**
 * A cadence window with the period it was laid out under.
 *
 * @category Cadences
 * @example
 * const w: DatedCadenceWindow = { index: 0, from: "2018-01-01", to: "2018-04-01", period: "P3M" };
 */
export interface DatedCadenceWindow extends CadenceWindow {
  readonly period: string;
}

/**
 * The windows of a cadence from `start` up to the one that contains `asOf`, each laid out under the
 * period in force on the day it opens (`periodOn`). A new period takes effect for the first window
 * that opens on or after its date, anchored there: the window running on that date keeps the old
 * period, and earlier windows never move. `undefined` when no period is in force on a window's first
 * day. Within one period, window ends are counted from that period's first window, so month ends do
 * not drift. Throws {@link InputLimitError}, as `windowsOf` does, past `MAX_CADENCE_WINDOWS` windows
 * or when a window would end after 9999-12-31.
 *
 * @category Cadences
 * @example
 * const periodOn = (d: string) => (d < "2019-01-01" ? "P3M" : "P1M");
 * datedWindows("2018-07-01", "2019-02-15", periodOn)?.map((w) => [w.from, w.period]);
 * // [["2018-07-01", "P3M"], ["2018-10-01", "P3M"], ["2019-01-01", "P1M"], ["2019-02-01", "P1M"]]
 */
export function datedWindows(start: string, asOf: string, periodOn: (date: string) => string | undefined): DatedCadenceWindow[] | undefined {
  const windows: DatedCadenceWindow[] = [];
  if (asOf < start) return windows;
  let anchor = start;
  let current: string | undefined;
  let step = 0;
  for (let index = 0, from = start; ; index++) {
    if (index >= MAX_CADENCE_WINDOWS) {
      throw new InputLimitError({ path: ["asOf"], code: "too-many-windows", message: `expected an asOf within ${MAX_CADENCE_WINDOWS} periods of the cadence's start` });
    }
    const period = periodOn(from);
    if (period === undefined) return undefined;
    if (period !== current) {
      current = period;
      anchor = from;
      step = 0;
    }
    let to: string;
    try {
      to = addDuration(anchor, period, ++step);
    } catch {
      throw new InputLimitError({ path: ["asOf"], code: "date-out-of-range", message: "expected an asOf whose cadence period ends by 9999-12-31" });
    }
    windows.push({ index, from, to, period });
    if (to > asOf) return windows;
    from = to;
  }
}
