export { actionPlanModel } from "./obligation";
export {
  ActionPlan,
  ActionPlanActivity,
  ActionPlanGoal,
  ActionPlanPartners,
  ActionPlanPillar,
  ExpectedResult,
  PillarId,
  pillarLetter,
} from "./schema";
export type { ActionPlanInput } from "./schema";
export { ActivityStatus, StatusUpdate } from "./activity-status";
export { parseActionPlan } from "./parse-action-plan";
export type { ParseActionPlanResult } from "./parse-action-plan";
export { createTracker, recordStatus, activityStatusOn, planActivities, trackerEntryKey } from "./tracker";
export type { ActionPlanTracker, LocatedActivity, RecordStatusResult, StatusEntry, TrackerError } from "./tracker";
export { trackerMatrix, trackerMonthSummary } from "./matrix";
export type { ActionPlanMatrix, MatrixCell, MatrixRow, MonthSummary } from "./matrix";
export {
  minuscaActionPlan2018_2019,
  minuscaEnforcement,
  minuscaPrevention,
  minuscaRemedial,
} from "./minusca-2018-2019";
