export type { PathIssue } from "./issues";
export * from "./define-cadence";
export { MAX_CADENCE_WINDOWS, cadenceSchedule, type CadenceWindow, type CadenceScheduleResult } from "./schedule";
export * from "./assess";
export * from "./cadence-rule";
export * from "./rc-report-recipient";
export * from "./minusca-action-plan-2018-2019";
export * from "./dpko-guidelines";
export * from "./rule-set";
