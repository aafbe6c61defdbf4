export * from "./child-status";
export * from "./classify-allegation";
export { ageAtIncident, completedYears, type AgeAtIncident } from "./age-at-incident";
