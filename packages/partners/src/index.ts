/**
 * PSEA capacity assessment of implementing partners for PSEA Policy Kit (DPKO General management
 * (e), ST/SGB/2003/13 section 6, the UN common assessment): standards, scale and bands as dated
 * parameters; the assessment workflow as an xstate machine with persistence; the
 * capacity-strengthening plan followed up as deadlines; the partner rules; and report data.
 *
 * @packageDocumentation
 */
import { cite, type Citation } from "@psea/core";

/**
 * The instrument the partner package implements, beside DPKO General management (e) and SGB section 6.
 *
 * @category Standards
 * @example
 * partnersCitation.document; // "UN-IP-PSEA"
 */
export const partnersCitation: Citation = cite("UN-IP-PSEA", "PSEA capacity assessment of implementing partners", { verify: true });

// Standards, scale and bands.
export { ratingSchemeOn, overallRating, weakStandards, levelOf } from "./scheme/rating-scheme";
export type { CapacityStandard, CapacityLevel, OverallRating, RatingScheme, StandardScore, OverallResult, RatingSchemeResult } from "./scheme/rating-scheme";

// The dataset section.
export { AssessmentStatus, EvidenceItem, StandardRating, ActionPoint, CapacityPlan, PartnerAssessment, PartnerAssessments, PartnerDatasetShape } from "./schemas/partner-assessment";
export type { PartnerAssessmentInput } from "./schemas/partner-assessment";
export { parsePartnerDataset, issuesOf } from "./schemas/parse-partner-dataset";
export type { PartnerDataset, PartnerDatasetResult } from "./schemas/parse-partner-dataset";

// The workflow.
export { assessmentMachine } from "./workflow/machine";
export { AssessmentEvent, assessmentEventTypes } from "./workflow/events";
export type { AssessmentEventType, AssessmentEventOf } from "./workflow/events";
export { AssessmentOpening } from "./workflow/context";
export type { AssessmentContext, AssessmentState, AssessmentOpeningInput } from "./workflow/context";
export type { AssessmentRefusal, AssessmentRefusalCode } from "./workflow/checks";
export { openAssessment, applyAssessmentEvent, applyAssessmentEvents, allowedAssessmentEvents } from "./workflow/apply";
export type { OpenAssessmentResult, OpenAssessmentOptions, ApplyAssessmentEventResult, ApplyAssessmentEventsResult } from "./workflow/apply";
export { toAssessmentRecord } from "./workflow/to-record";
export { createAssessmentReducer, assessmentReducer, createAssessmentStore, replayAssessment, restoreAssessment } from "./workflow/persistence";

// The capacity-strengthening plan.
export { actionPointStatus } from "./plan/action-point-status";
export type { ActionPointStatus, ActionPointDates } from "./plan/action-point-status";
export { followUpWindowsOn, actionPointItems, reassessmentItem, dueItemsOf } from "./plan/due-items";
export type { FollowUpWindows, AssessmentDueItem, FollowedUpAssessment } from "./plan/due-items";

// Rules.
export { partnerRules, assessmentBeforeArrangement, undertakingEvidence, terminationReview, actionPointFollowUp, reassessmentDue } from "./rules";

// Reports.
export { partnerAssessmentSummaries } from "./reports/assessment-summary";
export type { PartnerReportResult, PartnerReportOptions, StandardSummary, ActionPointCounts, PartnerAssessmentSummary, PartnerAssessmentSummaryReport } from "./reports/assessment-summary";
export { partnerPortfolio } from "./reports/portfolio";
export type { OverdueActionPoint, ReassessmentDue, PartnerPortfolio } from "./reports/portfolio";
export { partnerPortfolioSections } from "./reports/portfolio-sections";
export type { PartnerReportSection, PartnerReportCell } from "./reports/portfolio-sections";
