/**
 * Typed PSEA report builders and renderers: a plain-data findings report built from an evaluation,
 * rendered as JSON, CSV, Markdown or a standalone HTML page with SVG charts. Pure (no file system,
 * no clock) and confidential: no output ever carries a victim's or complainant's identity.
 *
 * @packageDocumentation
 */
export { collectIdentityValues, IDENTITY_KEY, maskIdentityValues, REDACTED, redactIdentities } from "./confidentiality";
export type { WithoutIdentity } from "./confidentiality";
export { formatPath } from "./format-path";
export { buildFindingsReport } from "./findings-report";
export type {
  CompletedEvaluation,
  FindingsReport,
  FindingsReportOptions,
  ReportException,
  ReportFinding,
  ReportParameter,
  ReportRuleError,
  ReportTotals,
  Tally,
} from "./findings-report";
export { describeException, describeFacts, describeParameter, describeSupersedes } from "./render/describe";
export { renderSvgBarChart } from "./render/svg-bar-chart";
export type { Bar, BarChartOptions } from "./render/svg-bar-chart";
export { renderJson, renderJsonChunks, renderJsonLines, renderJsonLinesChunks } from "./render/render-json";
export { CSV_COLUMNS, renderCsv, renderCsvChunks } from "./render/render-csv";
export { renderMarkdown, renderMarkdownChunks } from "./render/render-markdown";
export { renderHtml } from "./render/render-html";
export { findingsSections, SEVERITY_COLORS } from "./findings-sections";
export { jsonChunks, type JsonChunkOptions } from "./render/json-chunks";
export { writeChunks, collectChunks, type TextChunks } from "./render/write-chunks";
export { cellText, csvChunks, renderTableCsv, tableCsvChunks, UTF8_BOM, type CsvOptions } from "./render/csv-table";
export { displayCell, figureText, readCell, type ReportDocument } from "./render/document";
export { documentJsonChunks, renderDocumentJson } from "./render/render-document-json";
export { documentMarkdownChunks, renderDocumentMarkdown } from "./render/render-document-markdown";
export { chartSpec, renderChartSvg, type ChartSvgOptions } from "./render/chart-svg";
export {
  findingsByObligation,
  renderDashboardHtml,
  renderDocumentHtml,
  type DashboardInput,
  type HtmlRenderOptions,
} from "./render/render-document-html";
export type {
  ReportAudience,
  ReportBuildOptions,
  ReportBuildResult,
  ReportCell,
  ReportChart,
  ReportColumn,
  ReportFigure,
  ReportKind,
  ReportSection,
  ReportTable,
} from "./model/report-document";

// Report builders: typed report data, and each report kind's layout as sections.
export { reportIssue, issuesFromZod, buildContext, parameterOf } from "./builders/issues";
export type { BuildContext } from "./builders/issues";
export { caseStages, CaseRecord, ReportDataset, parseReportDataset } from "./builders/report-dataset";
export type { CaseStage, ReportDatasetInput } from "./builders/report-dataset";
export { crossTab, suppressCrossTab } from "./builders/cross-tab";
export type { CrossTab, CrossTabKey, PublicCount, SuppressionSeed } from "./builders/cross-tab";
export { barChart, heatMap, crossTabTable } from "./builders/charts";
export { publicPersonnelCodes, publicPersonnelLabels, uniformedCodes, publicPersonnelCode } from "./builders/public-data/personnel-codes";
export type { PublicPersonnelCode } from "./builders/public-data/personnel-codes";
export {
  victimGroups,
  victimGroupLabels,
  publicEntities,
  publicEntityLabels,
  publicEntity,
  actionGroups,
  interimActionKinds,
  actionGroup,
} from "./builders/public-data/public-vocabulary";
export type { VictimGroup, PublicEntity, ActionGroup } from "./builders/public-data/public-vocabulary";
export { PublicDataFilters, COUNTING_RULE, countAllegation, buildPublicData } from "./builders/public-data/public-data-report";
export type { PublicDataOptions, PublicNature, PublicAllegationRecord, CompletedInvestigations, PublicDataReport } from "./builders/public-data/public-data-report";
export { publicDataSections, publicDataReport } from "./builders/public-data/public-data-kind";
export { kitRules, buildComplianceScorecard, complianceScorecardSections, complianceScorecardReport } from "./builders/scorecard";
export type { ObligationStatus, SeverityCounts, ScorecardLine, MissedCadence, ScorecardChange, ComplianceScorecard, ScorecardOptions } from "./builders/scorecard";
export { buildPrevention, preventionSections, preventionReport } from "./builders/prevention";
export type { GroupRate, OverdueTraining, RankedRisk, OverdueMitigation, RegionCoverage, PreventionReport } from "./builders/prevention";
export { buildRcAnnualReport, rcAnnualSections, rcAnnualReport } from "./builders/rc-annual";
export type { RcAnnualOptions, RcAnnualReport } from "./builders/rc-annual";
export { citedActivities, buildActionPlanMatrix, actionPlanMatrixSections, actionPlanMatrixReport } from "./builders/action-plan-matrix";
export type { ActivityLink, MatrixActivity, ActionPlanMatrixReport, ActionPlanMatrixOptions } from "./builders/action-plan-matrix";
export { ageBands, buildCasesReport, casesSections, casesReport } from "./builders/cases-report";
export type { AgeBand, OpenCase, OverdueDeadline, ServiceTracking, ServiceMapCell, CasesReport } from "./builders/cases-report";
export { reportedClassification } from "./builders/reported-classification";
export type { ReportedClassification } from "./builders/reported-classification";
export { reportKinds, isReportKindId, buildReport } from "./builders/registry";
export type { ReportOf, ReportKindId, BuiltReport } from "./builders/registry";
export { partnerPortfolioReport } from "./builders/partner-portfolio";
export { riskScoringReport } from "./builders/risk-scoring";
