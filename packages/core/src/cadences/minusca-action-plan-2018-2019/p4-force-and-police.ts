import { cite } from "../../parameters/citation";
import { periodicCadenceRule } from "../cadence-rule";
import { defineCadence } from "../define-cadence";

/**
 * AP-P4 (a): CDT meets the Force Commander every `forceCommanderMeetingPeriod` (weekly).
 *
 * @category Cadences: MINUSCA action plan
 * @example
 * forceCommanderMeetingCadence.periodParameter; // "forceCommanderMeetingPeriod"
 */
export const forceCommanderMeetingCadence = defineCadence({
  id: "ap.p4.force-commander-meeting",
  title: "CDT–Force Commander meetings",
  obligations: ["AP-P4"],
  citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 4, activity (a)"),
  kind: "periodic",
  periodParameter: "forceCommanderMeetingPeriod",
});

/**
 * AP-P4 (b): CDT meets the Police Commissioner every `policeCommissionerMeetingPeriod` (monthly).
 *
 * @category Cadences: MINUSCA action plan
 * @example
 * policeCommissionerMeetingCadence.periodParameter; // "policeCommissionerMeetingPeriod"
 */
export const policeCommissionerMeetingCadence = defineCadence({
  id: "ap.p4.police-commissioner-meeting",
  title: "CDT–Police Commissioner meetings",
  obligations: ["AP-P4"],
  citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 4, activity (b)"),
  kind: "periodic",
  periodParameter: "policeCommissionerMeetingPeriod",
});

/**
 * AP-P4: flags each period without a CDT–Force Commander meeting.
 *
 * @category Cadences: MINUSCA action plan
 * @example
 * forceCommanderMeetingRule.obligations; // ["AP-P4"]
 */
export const forceCommanderMeetingRule = periodicCadenceRule(forceCommanderMeetingCadence);

/**
 * AP-P4: flags each period without a CDT–Police Commissioner meeting.
 *
 * @category Cadences: MINUSCA action plan
 * @example
 * policeCommissionerMeetingRule.obligations; // ["AP-P4"]
 */
export const policeCommissionerMeetingRule = periodicCadenceRule(policeCommissionerMeetingCadence);
