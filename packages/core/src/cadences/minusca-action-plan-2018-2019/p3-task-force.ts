import { cite } from "../../parameters/citation";
import { periodicCadenceRule } from "../cadence-rule";
import { defineCadence } from "../define-cadence";

/**
 * AP-P3: the standing SEA Task Force meets every `taskForceMeetingPeriod` (monthly).
 *
 * @category Cadences: MINUSCA action plan
 * @example
 * taskForceCadence.obligations; // ["AP-P3"]
 */
export const taskForceCadence = defineCadence({
  id: "ap.p3.task-force-meeting",
  title: "SEA Task Force meetings",
  obligations: ["AP-P3"],
  citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 3, comments (monthly meetings to be held)"),
  kind: "periodic",
  periodParameter: "taskForceMeetingPeriod",
});

/**
 * AP-P3: flags each period without a SEA Task Force meeting.
 *
 * @category Cadences: MINUSCA action plan
 * @example
 * taskForceRule.id; // "cadence.ap.p3.task-force-meeting"
 */
export const taskForceRule = periodicCadenceRule(taskForceCadence);
