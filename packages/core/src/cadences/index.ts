export type { PathIssue } from "./issues";
export { defineCadence } from "./define-cadence";
export type {
  Cadence,
  LanguagesParameterId,
  OccurrenceFlag,
  PerEventCadence,
  PeriodicCadence,
  PeriodParameterId,
} from "./define-cadence";
export { MAX_CADENCE_WINDOWS, cadenceSchedule, type CadenceWindow, type CadenceScheduleResult } from "./schedule";
export { datedWindows, type DatedCadenceWindow } from "./dated-windows";
export { assessCadence } from "./assess";
export type { AssessCadenceOptions, AssessedWindow, CadenceAssessment, CadenceWindowStatus } from "./assess";
export { cadenceRuleId, cadenceRuleReads, perEventCadenceRule, periodicCadenceRule } from "./cadence-rule";
export type { CadenceRuleExtras } from "./cadence-rule";
export { rcReportRecipient, recipientForContext } from "./rc-report-recipient";
export type { CountryContext, RcReportRecipientResult } from "./rc-report-recipient";
export {
  forceCommanderMeetingCadence,
  forceCommanderMeetingRule,
  investigationReviewCadence,
  investigationReviewRule,
  newsletterCadence,
  newsletterRule,
  policeCommissionerMeetingCadence,
  policeCommissionerMeetingRule,
  preventionMeetingCadence,
  preventionMeetingRule,
  radioBroadcastCadence,
  radioBroadcastRule,
  taskForceCadence,
  taskForceRule,
  townHallCadence,
  townHallRule,
  vraMeetingCadence,
  vraMeetingRule,
} from "./minusca-action-plan-2018-2019";
export { rcAnnualReportCadence, rcAnnualReportRule } from "./dpko-guidelines";
export { cadenceCatalogue, cadenceRules } from "./rule-set";
