/**
 * SEA training, bulletin-acknowledgement and pledge compliance for PSEA Policy Kit (MINUSCA action
 * plan, Prevention goal 2): a course catalogue as data, per-person course status, a compliance
 * report with rates against the target, and the `AP-P2` rules.
 *
 * @packageDocumentation
 */
import { cite, type Citation } from "@psea/core";

/**
 * The clause the training package implements.
 *
 * @category Training
 * @example
 * trainingCitation.clause; // "Prevention goal 2"
 */
export const trainingCitation: Citation = cite("MINUSCA-AP-2018-2019", "Prevention goal 2");

export { seaCourses, trainingWindowParameters, courseApplies, onStrength } from "./courses";
export type { TrainingCourse, TrainingWindowParameter, TrainingWindows, TrainingSubject } from "./courses";
export { trainingStatus, isBehind } from "./status";
export type { TrainingStatus, TrainingStatusResult } from "./status";
export { meetsTarget } from "./rates";
export type { ComplianceRate, RateBreakdown } from "./rates";
export type { TrainingRow, StatusCounts } from "./assess";
export { reportParameterIds } from "./parameters";
export { complianceReport } from "./report";
export type { ComplianceReport, ComplianceReportOptions, TrainingCompliance } from "./report";
export { trainingRules, requiredTraining, trainingComplianceRate } from "./rules";
