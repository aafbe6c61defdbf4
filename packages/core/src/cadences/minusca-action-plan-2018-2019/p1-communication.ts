import { cite } from "../../parameters/citation";
import { perEventCadenceRule, periodicCadenceRule } from "../cadence-rule";
import { defineCadence } from "../define-cadence";

/**
 * AP-P1 (h): radio broadcasts on SEA, every `radioBroadcastPeriod` (weekly), in each of
 * `radioBroadcastLanguages` (French and Sango).
 *
 * @category Cadences: MINUSCA action plan
 * @example
 * radioBroadcastCadence.periodParameter; // "radioBroadcastPeriod"
 */
export const radioBroadcastCadence = defineCadence({
  id: "ap.p1.radio-broadcast",
  title: "Radio broadcasts on SEA",
  obligations: ["AP-P1"],
  citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 1, activity (h)"),
  kind: "periodic",
  periodParameter: "radioBroadcastPeriod",
  languagesParameter: "radioBroadcastLanguages",
});

/**
 * AP-P1 (c): the CDT newsletter through which anti-SEA messages are issued, in French and English.
 *
 * The plan contradicts itself on the period: activity (c) says a *quarterly* newsletter, expected
 * result (vi) a *monthly* one. `newsletterPeriod` encodes the activity (P3M) and records the
 * result as a conflict, visible through `listParameterConflicts()`; a mission held to the result
 * overlays `newsletterPeriod` with `P1M`.
 *
 * @category Cadences: MINUSCA action plan
 * @example
 * import { listParameterConflicts } from "@psea/core/parameters";
 * listParameterConflicts().find((c) => c.parameterId === newsletterCadence.periodParameter)?.conflicts[0]?.value; // "P1M"
 */
export const newsletterCadence = defineCadence({
  id: "ap.p1.cdt-newsletter",
  title: "CDT newsletter issues",
  obligations: ["AP-P1"],
  citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 1, activity (c) and expected result (vi)"),
  kind: "periodic",
  periodParameter: "newsletterPeriod",
  languagesParameter: "newsletterLanguages",
});

/**
 * AP-P1 (d): anti-SEA messages are reiterated in every town hall meeting. Town halls happen when
 * they happen; each one recorded under this cadence must have `antiSeaMessage: true`.
 *
 * @category Cadences: MINUSCA action plan
 * @example
 * townHallCadence.requires; // "antiSeaMessage"
 */
export const townHallCadence = defineCadence({
  id: "ap.p1.town-hall",
  title: "Town hall meetings",
  obligations: ["AP-P1"],
  citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 1, activity (d) and expected result (iii)"),
  kind: "per-event",
  requires: "antiSeaMessage",
});

/**
 * AP-P1: flags each week without a radio broadcast in French and in Sango.
 *
 * @category Cadences: MINUSCA action plan
 * @example
 * radioBroadcastRule.obligations; // ["AP-P1"]
 */
export const radioBroadcastRule = periodicCadenceRule(radioBroadcastCadence);

/**
 * AP-P1: flags each newsletter period without an issue in French and in English.
 *
 * @category Cadences: MINUSCA action plan
 * @example
 * newsletterRule.parameters; // ["newsletterPeriod", "newsletterLanguages"]
 */
export const newsletterRule = periodicCadenceRule(newsletterCadence);

/**
 * AP-P1: flags each recorded town hall where the anti-SEA message was not reiterated.
 *
 * @category Cadences: MINUSCA action plan
 * @example
 * townHallRule.id; // "cadence.ap.p1.town-hall"
 */
export const townHallRule = perEventCadenceRule(townHallCadence);
