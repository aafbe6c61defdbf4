export * from "./obligation";
export * from "./schema";
export * from "./activity-status";
export * from "./parse-action-plan";
export { createTracker, recordStatus, statusOf, planActivities, entryKey } from "./tracker";
export type { ActionPlanTracker, LocatedActivity, RecordStatusResult, StatusEntry, TrackerError } from "./tracker";
export * from "./matrix";
export * from "./minusca-2018-2019";
