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

export {
  isOpenMitigation,
  isOpenRisk,
  Mitigation,
  MitigationRecipient,
  MitigationStatus,
  RiskCategory,
  RiskRegisterEntry,
} from "./schemas/risk-register";
export { Camp, CampRiskAssessment } from "./schemas/camp";
export { OffLimitsList, OffLimitsPlace } from "./schemas/off-limits";
export { JointPatrol, PatrolParticipant } from "./schemas/joint-patrol";
export { RiskDatasetShape } from "./schemas/risk-dataset";
export type { RiskDataset, RiskDatasetInput } from "./schemas/risk-dataset";
export { checkRiskReferences, parseRiskDataset } from "./parse-risk-dataset";
export type { RiskDatasetResult } from "./parse-risk-dataset";
export { defaultRiskScale, resolveRiskScale, RiskLevel, riskScaleOf, scoreRisk } from "./scale/risk-scale";
export type { RiskScale, RiskScore } from "./scale/risk-scale";
export {
  campRiskAssessment,
  highFactorRegisterEntry,
  highRiskLocationPatrol,
  highRiskMitigation,
  jointPatrolParticipants,
  mitigationFollowUp,
  offLimitsListCurrent,
  recommendationDueDate,
  riskEntryOwned,
  riskEntryScored,
  riskOwnedByManager,
  riskRules,
} from "./rules";
export { evaluateRisk } from "./evaluate-risk";
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
