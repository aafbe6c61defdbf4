export { cite, formatCitation, sourceDocuments } from "./citation";
export type { Citation, SourceDocument } from "./citation";
export { defineParameter } from "./types";
export type { DatedValue, ParameterConflict, ParameterDefinition, ParameterUse } from "./types";
export { defaultParameters, riskChecklistFactors } from "./catalogue";
export type { ParameterCatalogue, ParameterId, ParameterValue } from "./catalogue";
export { createParameterSet, defaultParameterSet, listParameterConflicts, resolveParameter } from "./parameter-set";
export type { OverlayIssue, ParameterError, ParameterSet } from "./parameter-set";
export { minuscaMissionProfile, type MissionProfile } from "./profiles/minusca";
