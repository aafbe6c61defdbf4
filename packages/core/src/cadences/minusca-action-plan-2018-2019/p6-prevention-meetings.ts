import { cite } from "../../parameters/citation";
import { periodicCadenceRule } from "../cadence-rule";
import { defineCadence } from "../define-cadence";

/**
 * AP-P6 (f): SEA prevention meetings led by the Force, every `preventionMeetingPeriod` (weekly).
 *
 * @category Cadences: MINUSCA action plan
 * @example
 * preventionMeetingCadence.obligations; // ["AP-P6"]
 */
export const preventionMeetingCadence = defineCadence({
  id: "ap.p6.prevention-meeting",
  title: "SEA prevention meetings",
  obligations: ["AP-P6"],
  citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6, activity (f)"),
  kind: "periodic",
  periodParameter: "preventionMeetingPeriod",
});

/**
 * AP-P6: flags each period without a SEA prevention meeting.
 *
 * @category Cadences: MINUSCA action plan
 * @example
 * preventionMeetingRule.id; // "cadence.ap.p6.prevention-meeting"
 */
export const preventionMeetingRule = periodicCadenceRule(preventionMeetingCadence);
