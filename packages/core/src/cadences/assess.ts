import { z } from "zod";
import { InputLimitError } from "../engine/input-limit";
import { addDays } from "../time/iso-date";
import { CadenceOccurrence } from "../vocabulary/cadence-occurrence";
import { IsoDate, LanguageCode } from "../vocabulary/common";
import { toPathIssues, type PathIssue } from "./issues";
import { datedWindows } from "./dated-windows";
import { CadencePeriod, type CadenceWindow } from "./schedule";

/**
 * How a window of a cadence stands: `held` (an occurrence, in every required language), `missed`
 * (the window has ended without one) or `open` (not yet held, still running on `asOf`).
 *
 * @category Cadences
 * @example
 * const s: CadenceWindowStatus = "missed";
 */
export type CadenceWindowStatus = "held" | "missed" | "open";

/**
 * One window of a cadence with what happened in it.
 *
 * @category Cadences
 * @example
 * const statusOf = (assessedWindow: AssessedWindow) => assessedWindow.status;
 */
export interface AssessedWindow extends CadenceWindow {
  readonly status: CadenceWindowStatus;
  /** The occurrences dated inside the window, sorted by date. */
  readonly occurrences: readonly CadenceOccurrence[];
  /**
   * Required languages no occurrence of the window was held in: of the list in force on the window's
   * first day (see {@link AssessCadenceOptions.languageChanges}). Empty when held.
   */
  readonly missingLanguages: readonly string[];
}

/**
 * The result of {@link assessCadence}.
 *
 * @category Cadences
 * @example
 * const isOkTrue = (cadenceAssessment: CadenceAssessment) => cadenceAssessment.ok === true;
 */
export type CadenceAssessment =
  | {
      readonly ok: true;
      readonly cadenceId: string;
      readonly period: string;
  /**
   * Later periods, each in force from its date: a window opening on or after `from` is laid out
   * under `period` (see {@link datedWindows}), so earlier windows keep the period they had.
   */
  readonly periodChanges?: readonly { readonly from: string; readonly period: string }[];
      /** The last day on which the next occurrence still counts for its window. */
      readonly nextDue: string;
      readonly windows: readonly AssessedWindow[];
      /** How many windows were missed. */
      readonly missed: number;
    }
  | { readonly ok: false; readonly issues: readonly PathIssue[] };

/**
 * Options of {@link assessCadence}. The period and languages are values already resolved from the
 * cadence's parameters (the cadence rules do this through the engine, on each window's first day).
 *
 * @category Cadences
 * @example
 * const opts: AssessCadenceOptions = {
 *   start: "2018-12-17", asOf: "2019-01-13", period: "P1W", languages: ["fr", "sg"],
 *   languageChanges: [{ from: "2019-01-01", languages: ["fr", "sg", "en"] }],
 * };
 * opts.languageChanges?.[0]?.from; // "2019-01-01"
 */
export interface AssessCadenceOptions {
  readonly start: string;
  readonly asOf: string;
  /** The period in force on `start`. */
  readonly period: string;
  /**
   * Later periods, each in force from its date: a window opening on or after `from` is laid out
   * under `period` (see {@link datedWindows}), so earlier windows keep the period they had.
   */
  readonly periodChanges?: readonly { readonly from: string; readonly period: string }[];
  /** The languages in force on `start`: every window's occurrences together must cover each. None by default. */
  readonly languages?: readonly string[];
  /**
   * Later language lists, each in force from its date: a window opening on or after `from` is judged
   * against `languages`. As for the period, the window running on that date keeps the list it opened
   * under, and earlier windows are never judged against a list that came after them.
   */
  readonly languageChanges?: readonly { readonly from: string; readonly languages: readonly string[] }[];
}

const Options = z.object({
  start: IsoDate,
  asOf: IsoDate,
  period: CadencePeriod,
  periodChanges: z.array(z.object({ from: IsoDate, period: CadencePeriod })).optional(),
  languages: z.array(LanguageCode).optional(),
  languageChanges: z.array(z.object({ from: IsoDate, languages: z.array(LanguageCode) })).optional(),
});

/** The value of the last change from on or before `date`, else `initial`. `changes` are sorted by date. */
function inForceOn<T>(changes: readonly { readonly from: string; readonly value: T }[], initial: T, date: string): T {
  let value = initial;
  for (const c of changes) if (c.from <= date) value = c.value;
  return value;
}

function compareOccurrences(a: CadenceOccurrence, b: CadenceOccurrence): number {
  // A total order on content, so the result never depends on the order records were given in.
  return (
    a.on.localeCompare(b.on) ||
    a.languages.join(",").localeCompare(b.languages.join(",")) ||
    (a.reference ?? "").localeCompare(b.reference ?? "") ||
    String(a.antiSeaMessage).localeCompare(String(b.antiSeaMessage))
  );
}

function lastDayOf(exclusiveEnd: string): string {
  return addDays(exclusiveEnd, -1);
}

/**
 * Assesses a periodic cadence as of a date: every window since `start`, whether it was held,
 * missed or is still open, and the next due date. Only occurrences with the cadence's id count.
 * A window is held when its occurrences together cover every required language (a French and a
 * Sango broadcast in the same week hold a French-and-Sango cadence). Like the period, the required
 * languages can change over time (`languageChanges`): each window is judged against the list in
 * force on its first day, so a language added later never fails a window that opened before it.
 * Occurrences outside [start, asOf] are ignored. Input is validated, never mutated; problems come
 * back with paths.
 *
 * @category Cadences
 * @example
 * const r = assessCadence(
 *   { id: "radio" },
 *   [{ cadenceId: "radio", on: "2018-01-03", languages: ["fr", "sg"] }, { cadenceId: "radio", on: "2018-01-10", languages: ["fr"] }],
 *   { start: "2018-01-01", asOf: "2018-01-22", period: "P1W", languages: ["fr", "sg"] },
 * );
 * r.ok && r.windows.map((w) => w.status); // ["held", "missed", "missed", "open"]
 * r.ok && r.windows[1]?.missingLanguages; // ["sg"]
 * r.ok && r.nextDue; // "2018-01-28"
 * // English is required from 2019-01-01: weeks opened before then are judged without it (the week
 * // running on that day included), the first week opening after it with it.
 * const weekly = ["2018-12-18", "2018-12-25", "2019-01-01", "2019-01-08"].map((on) => ({ cadenceId: "radio", on, languages: ["fr", "sg"] }));
 * const s = assessCadence({ id: "radio" }, weekly, {
 *   start: "2018-12-17", asOf: "2019-01-14", period: "P1W", languages: ["fr", "sg"],
 *   languageChanges: [{ from: "2019-01-01", languages: ["fr", "sg", "en"] }],
 * });
 * s.ok && s.windows.map((w) => w.status); // ["held", "held", "held", "missed", "open"]
 * s.ok && s.windows[3]?.missingLanguages; // ["en"]
 */
export function assessCadence(cadence: { readonly id: string }, occurrences: unknown, options: unknown): CadenceAssessment {
  const opts = Options.safeParse(options);
  const occ = z.array(CadenceOccurrence).safeParse(occurrences);
  const issues = [...(opts.success ? [] : toPathIssues(opts.error, ["options"])), ...(occ.success ? [] : toPathIssues(occ.error, ["occurrences"]))];
  if (!opts.success || !occ.success) return { ok: false, issues };
  const { start, asOf, period, periodChanges = [], languages = [], languageChanges = [] } = opts.data;
  const byFrom = (a: { from: string }, b: { from: string }) => a.from.localeCompare(b.from);
  const periods = periodChanges.map((c) => ({ from: c.from, value: c.period })).sort(byFrom);
  const languageLists = languageChanges.map((c) => ({ from: c.from, value: c.languages })).sort(byFrom);
  const periodOn = (d: string) => inForceOn(periods, period, d);
  // Each window is judged against the languages in force on its first day, as it is laid out under
  // the period in force then: a later list never reaches back to windows that opened before it.
  const languagesOn = (d: string) => [...new Set(inForceOn(languageLists, languages, d))];
  let laidOut: CadenceWindow[];
  try {
    laidOut = datedWindows(start, asOf, periodOn)!;
  } catch (e) {
    if (e instanceof InputLimitError) return { ok: false, issues: [{ ...e.issue, path: ["options", ...e.issue.path] }] };
    throw e;
  }

  const relevant = occ.data.filter((o) => o.cadenceId === cadence.id && o.on >= start && o.on <= asOf).sort(compareOccurrences);
  const windows: AssessedWindow[] = [];
  let next = 0;
  for (const w of laidOut) {
    const inside: CadenceOccurrence[] = [];
    while (next < relevant.length && relevant[next]!.on < w.to) inside.push(relevant[next++]!);
    const covered = new Set(inside.flatMap((o) => o.languages));
    const missingLanguages = languagesOn(w.from).filter((l) => !covered.has(l));
    const held = inside.length > 0 && missingLanguages.length === 0;
    const status: CadenceWindowStatus = held ? "held" : w.to <= asOf ? "missed" : "open";
    windows.push({ ...w, status, occurrences: inside, missingLanguages });
  }

  // Forward-looking: a missed window cannot be made good, so the next due date is the end of the
  // running window, or of the one after it once the running one is held.
  const current = windows.at(-1);
  let nextDue: string;
  try {
    const dueWindow = !current ? datedWindows(start, start, periodOn)![0]! : current.status === "held" ? datedWindows(start, current.to, periodOn)!.at(-1)! : current;
    nextDue = lastDayOf(dueWindow.to);
  } catch (e) {
    // The window after a held one can be one window too many, or end after the calendar: say which.
    if (e instanceof InputLimitError && e.issue.code === "too-many-windows") return { ok: false, issues: [{ ...e.issue, path: ["options", ...e.issue.path] }] };
    return { ok: false, issues: [{ path: ["options", "asOf"], code: "date-out-of-range", message: "expected an asOf whose next cadence period ends by 9999-12-31" }] };
  }
  return { ok: true, cadenceId: cadence.id, period, nextDue, windows, missed: windows.filter((w) => w.status === "missed").length };
}
