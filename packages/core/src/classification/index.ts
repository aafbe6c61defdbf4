export * from "./child-status";
export * from "./classify-allegation";
export { ageAtIncident, completedYears, type AgeAtIncident } from "./age-at-incident";
export { deriveClassifications, type DerivedClassification } from "./derive-classifications";
