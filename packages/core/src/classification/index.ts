export { childStatus } from "./child-status";
export type { ChildStatus } from "./child-status";
export { classifyAllegation } from "./classify-allegation";
export type { Classification } from "./classify-allegation";
export { ageAtIncident, completedYears, type AgeAtIncident } from "./age-at-incident";
export { deriveClassifications, type DerivedClassification } from "./derive-classifications";
