import { defineRule, type FindingDraft, type Rule } from "../engine/define-rule";
import { InputLimitError } from "../engine/input-limit";
import type { FactValue } from "../engine/finding";
import type { ParameterId } from "../parameters/catalogue";
import { addDays } from "../time/iso-date";
import { MissionDatasetShape } from "../vocabulary/dataset";
import type { Mission } from "../vocabulary/mission";
import { assessCadence } from "./assess";
import { datedWindows } from "./dated-windows";
import { CadencePeriod } from "./schedule";
import type { PerEventCadence, PeriodicCadence } from "./define-cadence";

/**
 * What every cadence rule reads: the mission (for its action-plan start) and the recorded occurrences.
 *
 * @category Cadences
 * @example
 * Object.keys(cadenceRuleReads.shape); // ["mission", "cadenceOccurrences"]
 */
export const cadenceRuleReads = MissionDatasetShape.pick({ mission: true, cadenceOccurrences: true });

type CadenceRuleInput = ReturnType<typeof cadenceRuleReads.parse>;

/**
 * Extra context a periodic cadence rule adds to each missed-window finding (such as who the
 * report was due to), computed from the mission and the resolved parameters.
 *
 * @category Cadences
 * @example
 * const parametersOf = (cadenceRuleExtras: CadenceRuleExtras) => cadenceRuleExtras.parameters;
 */
export interface CadenceRuleExtras {
  readonly parameters: readonly ParameterId[];
  readonly describe: (mission: Mission, params: Readonly<Record<string, unknown>>) => {
    readonly facts: Readonly<Record<string, FactValue>>;
    /** Appended to the message, such as "to the IASC Working Group". */
    readonly note: string;
  };
}

/**
 * The id of the rule that checks a cadence.
 *
 * @category Cadences
 * @example
 * cadenceRuleId({ id: "ap.p3.task-force-meeting" }); // "cadence.ap.p3.task-force-meeting"
 */
export function cadenceRuleId(cadence: { readonly id: string }): string {
  return `cadence.${cadence.id}`;
}

function notScheduled(mission: Mission, cadenceId: string): FindingDraft {
  return {
    subject: { kind: "cadence", id: cadenceId },
    path: ["mission", "actionPlanStart"],
    message: `cadence '${cadenceId}' is not scheduled: the mission records no action-plan start date`,
    facts: { cadenceId, missionId: mission.id },
    severity: "notice",
  };
}

function lastDay(exclusiveEnd: string): string {
  return addDays(exclusiveEnd, -1);
}

/**
 * Turns a periodic cadence into a rule: one violation per window since `mission.actionPlanStart`
 * that ended with no occurrence (or none in a required language), with the window, the period and
 * the required and missing languages as facts. Without a start date, one notice says the cadence is
 * not scheduled. Each window is laid out under the period, and judged against the languages, in
 * force on its first day, and its finding cites those values by their own dates: an overlay takes
 * effect from its date and never rewrites the windows before it. Outside the engine (no `paramsOn`)
 * the values resolved for `asOf` serve for every window.
 *
 * @category Cadences
 * @example
 * import { cite } from "@psea/core";
 * import { defineCadence } from "@psea/core/cadences";
 * const rule = periodicCadenceRule(defineCadence({
 *   id: "ap.p3.task-force-meeting", title: "SEA Task Force meetings", obligations: ["AP-P3"],
 *   citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 3"), kind: "periodic", periodParameter: "taskForceMeetingPeriod",
 * }));
 * rule.parameters; // ["taskForceMeetingPeriod"]
 */
export function periodicCadenceRule(cadence: PeriodicCadence, extras?: CadenceRuleExtras): Rule<CadenceRuleInput, ParameterId> {
  const parameters: ParameterId[] = [cadence.periodParameter];
  if (cadence.languagesParameter) parameters.push(cadence.languagesParameter);
  if (extras) parameters.push(...extras.parameters);
  return defineRule({
    id: cadenceRuleId(cadence),
    title: `${cadence.title}: one in every period`,
    obligations: cadence.obligations,
    citation: cadence.citation,
    severity: "violation",
    reads: cadenceRuleReads,
    parameters,
    *evaluate({ mission, cadenceOccurrences }, { asOf, params, paramsOn }) {
      const start = mission.actionPlanStart;
      if (start === undefined) {
        yield notScheduled(mission, cadence.id);
        return;
      }
      const values = params as Readonly<Record<string, unknown>>;
      // Each window is laid out under the period in force on the day it opens, so an overlay from
      // its own date never moves the windows before it. Outside the engine, the asOf value serves.
      const periodId = cadence.periodParameter;
      const periodOn = (d: string): string | undefined => {
        const p = paramsOn ? (paramsOn(d, [periodId])?.values[periodId] as string | undefined) : (values[periodId] as string);
        // An overlay can carry a period that lays out no window (P0W): a rule error, never a schedule.
        if (p !== undefined && !CadencePeriod.safeParse(p).success) throw new Error(`cadence '${cadence.id}': the period in force on ${d} is not usable`);
        return p;
      };
      const laidOut = datedWindows(start, asOf, periodOn);
      // A period not in force on some window's first day: the engine has recorded it as a rule error.
      if (!laidOut) return;
      // The languages are read on the same day as the period, each window's first: a list overlaid
      // from a later date (a language added in 2019) never fails a window that opened before it.
      const languagesId = cadence.languagesParameter;
      const languagesOn = (d: string): readonly string[] | undefined => {
        if (languagesId === undefined) return [];
        return paramsOn ? (paramsOn(d, [languagesId])?.values[languagesId] as readonly string[] | undefined) : (values[languagesId] as readonly string[]);
      };
      const languagesOf = new Map<string, readonly string[]>();
      for (const w of laidOut) {
        const l = languagesOn(w.from);
        // As for the period: no list in force on a window's first day is a rule error the engine has recorded.
        if (l === undefined) return;
        languagesOf.set(w.from, l);
      }
      const period = laidOut[0]?.period ?? periodOn(start);
      const periodChanges = laidOut.filter((w, i) => i > 0 && w.period !== laidOut[i - 1]!.period).map((w) => ({ from: w.from, period: w.period }));
      const periodOf = new Map(laidOut.map((w) => [w.from, w.period]));
      const listed = (l: readonly string[] | undefined) => JSON.stringify(l);
      const languages = laidOut[0] ? languagesOf.get(laidOut[0].from)! : [];
      // Only the windows whose list differs from the one before are changes. Listing more would judge every
      // window alike (each against the list in force on its first day): the filter only saves work.
      // Stryker disable next-line ConditionalExpression: a "change" to the list already in force judges alike (equivalent)
      const languageChanged = (w: { readonly from: string }, i: number) => i > 0 && listed(languagesOf.get(w.from)) !== listed(languagesOf.get(laidOut[i - 1]!.from));
      // Stryker disable next-line MethodExpression: without the filter every window is a "change" to its own list (equivalent)
      const languageChanges = laidOut.filter(languageChanged).map((w) => ({ from: w.from, languages: languagesOf.get(w.from)! }));
      const result = assessCadence(cadence, cadenceOccurrences, { start, asOf, period, periodChanges, languages, languageChanges });
      // Only an unusable period can fail here (the dataset is already valid): the engine records
      // the thrown error as a rule error instead of inventing a schedule.
      const limit = result.ok ? undefined : result.issues.find((i) => i.code === "too-many-windows" || i.code === "date-out-of-range");
      if (limit) throw new InputLimitError({ ...limit, path: ["asOf"] });
      if (!result.ok) throw new Error(`cadence '${cadence.id}': ${result.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      const extra = extras?.describe(mission, values);
      for (const w of result.windows) {
        if (w.status !== "missed") continue;
        const what =
          w.occurrences.length === 0
            ? `none was held between ${w.from} and ${lastDay(w.to)}`
            : `none between ${w.from} and ${lastDay(w.to)} was held in ${w.missingLanguages.join(", ")}`;
        yield {
          subject: { kind: "cadence", id: cadence.id },
          path: ["cadenceOccurrences"],
          message: `${cadence.title}${extra ? ` ${extra.note}` : ""}: ${what} (period ${periodOf.get(w.from) ?? result.period})`,
          // The period and languages in force on the window's first day, by their own dates, even when
          // equal to asOf's values (a value overlaid and later set back): the engine lists a use once.
          ...(paramsOn ? { parameters: paramsOn(w.from, languagesId ? [periodId, languagesId] : [periodId])!.uses } : {}),
          facts: {
            cadenceId: cadence.id,
            from: w.from,
            to: w.to,
            period: periodOf.get(w.from) ?? result.period,
            requiredLanguages: languagesOf.get(w.from)!,
            missingLanguages: w.missingLanguages,
            occurrencesInWindow: w.occurrences.length,
            ...extra?.facts,
          },
        };
      }
    },
  });
}

/**
 * Turns a per-event cadence into a rule: every recorded event of the cadence dated from
 * `mission.actionPlanStart` to `asOf` must carry the required flag; each one without it is a
 * violation located at that record's flag.
 *
 * @category Cadences
 * @example
 * import { cite } from "@psea/core";
 * import { defineCadence } from "@psea/core/cadences";
 * const rule = perEventCadenceRule(defineCadence({
 *   id: "ap.p1.town-hall", title: "Town hall meetings", obligations: ["AP-P1"],
 *   citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 1, activity (d)"), kind: "per-event", requires: "antiSeaMessage",
 * }));
 * rule.id; // "cadence.ap.p1.town-hall"
 */
export function perEventCadenceRule(cadence: PerEventCadence): Rule<CadenceRuleInput, never> {
  return defineRule({
    id: cadenceRuleId(cadence),
    title: `${cadence.title}: each records '${cadence.requires}'`,
    obligations: cadence.obligations,
    citation: cadence.citation,
    severity: "violation",
    reads: cadenceRuleReads,
    parameters: [],
    *evaluate({ mission, cadenceOccurrences }, { asOf }) {
      const start = mission.actionPlanStart;
      if (start === undefined) {
        yield notScheduled(mission, cadence.id);
        return;
      }
      for (const [index, o] of cadenceOccurrences.entries()) {
        if (o.cadenceId !== cadence.id || o.on < start || o.on > asOf || o[cadence.requires] === true) continue;
        yield {
          subject: { kind: "cadence", id: cadence.id },
          path: ["cadenceOccurrences", index, cadence.requires],
          message: `${cadence.title}: the event of ${o.on} does not record '${cadence.requires}'`,
          facts: { cadenceId: cadence.id, on: o.on, requires: cadence.requires, recorded: o[cadence.requires] ?? null },
        };
      }
    },
  });
}
