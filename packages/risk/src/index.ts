/**
 * SEA risk management for PSEA Policy Kit (action plan, Prevention goal 6): the risk register and
 * its scale, camp risk assessments, mitigation follow-up, the off-limits list and joint patrols.
 *
 * @packageDocumentation
 */
import { cite, type Citation } from "@psea/core";

/**
 * The clause the risk package implements.
 *
 * @category Risk
 * @example
 * riskCitation.clause; // "Prevention goal 6"
 */
export const riskCitation: Citation = cite("MINUSCA-AP-2018-2019", "Prevention goal 6");

export * from "./schemas/risk-register";
export * from "./schemas/camp";
export * from "./schemas/off-limits";
export * from "./schemas/joint-patrol";
export * from "./schemas/risk-dataset";
export * from "./parse-risk-dataset";
export * from "./scale/risk-scale";
export * from "./rules";
export * from "./evaluate-risk";
export { AvailabilityLevel, ControlLevel, RiskFactorId, riskFactors } from "./checklist/risk-factor";
export { AllegationHistory, FactorEvidence, RiskChecklist, type RiskChecklistInput } from "./checklist/risk-checklist";
export { scoringModelOf, scoringModelOn, scoringParameterIds, toParameterSet, type ScoringModel, type ScoringParameterId } from "./scoring/scoring-model";
export { allegationRate, factorPoints, scoreChecklist, type ChecklistScore, type DimensionScore, type FactorScore } from "./scoring/score-checklist";
export {
  scoreAssessments,
  type RiskScores,
  type RiskScoresResult,
  type RiskTrend,
  type ScoreAssessmentsOptions,
  type ScoredAssessment,
  type UnscoredAssessment,
} from "./scoring/score-assessments";
export { trackRecommendations, type TrackedRecommendation } from "./scoring/track-recommendations";
export { latestChecklists } from "./rules/latest-checklist";
export {
  buildRiskScoringReport,
  riskScoringReport,
  type FactorHeatCell,
  type LocationTrend,
  type MatrixHeatCell,
  type RankedLocation,
  type RiskScoringReport,
} from "./report/risk-scoring-report";
export { riskScoringSections, type RiskReportSection } from "./report/risk-scoring-sections";
