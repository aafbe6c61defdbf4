import type { ObligationId } from "../engine/finding";
import type { Citation } from "../parameters/citation";
import type { ParameterId, ParameterValue } from "../parameters/catalogue";
import type { CadenceOccurrence } from "../vocabulary/cadence-occurrence";

/**
 * A parameter whose value is a string: the only kind that can hold an ISO 8601 period. The value
 * itself is checked as a duration when the cadence is assessed.
 *
 * @category Cadences
 * @example
 * const p: PeriodParameterId = "radioBroadcastPeriod";
 */
export type PeriodParameterId = { [K in ParameterId]: ParameterValue<K> extends string ? K : never }[ParameterId];

/**
 * A parameter whose value is a list of language codes.
 *
 * @category Cadences
 * @example
 * const p: LanguagesParameterId = "radioBroadcastLanguages";
 */
export type LanguagesParameterId = { [K in ParameterId]: ParameterValue<K> extends readonly string[] ? K : never }[ParameterId];

/**
 * A yes/no field of a recorded occurrence that a per-event cadence can require on every event.
 *
 * @category Cadences
 * @example
 * const f: OccurrenceFlag = "antiSeaMessage";
 */
export type OccurrenceFlag = {
  [K in keyof CadenceOccurrence]-?: NonNullable<CadenceOccurrence[K]> extends boolean ? K : never;
}[keyof CadenceOccurrence];

interface CadenceBase {
  /** Matches `CadenceOccurrence.cadenceId` of the occurrences that count for this cadence. */
  readonly id: string;
  readonly title: string;
  readonly obligations: readonly [ObligationId, ...ObligationId[]];
  readonly citation: Citation;
}

/**
 * An obligation to do something once in every period (a weekly broadcast, a monthly meeting).
 *
 * @category Cadences
 * @example
 * const kindOf = (periodicCadence: PeriodicCadence) => periodicCadence.kind;
 */
export interface PeriodicCadence extends CadenceBase {
  readonly kind: "periodic";
  /** The parameter holding the period, so a mission or a later plan can overlay it. */
  readonly periodParameter: PeriodParameterId;
  /** When set, every period's occurrences together must cover each of these languages. */
  readonly languagesParameter?: LanguagesParameterId;
}

/**
 * An obligation attached to each event of a kind, whenever it happens (every town hall).
 *
 * @category Cadences
 * @example
 * const kindOf = (perEventCadence: PerEventCadence) => perEventCadence.kind;
 */
export interface PerEventCadence extends CadenceBase {
  readonly kind: "per-event";
  /** The flag every recorded event must carry as `true`. */
  readonly requires: OccurrenceFlag;
}

/**
 * A recurring obligation.
 *
 * @category Cadences
 * @example
 * const isPeriodic = (cadence: Cadence) => cadence.kind === "periodic";
 */
export type Cadence = PeriodicCadence | PerEventCadence;

/**
 * Declares a recurring obligation. Periods and languages are named parameters, never literals,
 * so the cadence follows the parameter in force (and any host overlay).
 *
 * @category Cadences
 * @example
 * import { cite } from "@psea/core";
 * const c = defineCadence({
 *   id: "example.weekly-radio", title: "Radio broadcasts on SEA", obligations: ["AP-P1"],
 *   citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 1, activity (h)"),
 *   kind: "periodic", periodParameter: "radioBroadcastPeriod", languagesParameter: "radioBroadcastLanguages",
 * });
 * c.kind; // "periodic"
 */
export function defineCadence<const C extends Cadence>(cadence: C): C {
  return cadence;
}
