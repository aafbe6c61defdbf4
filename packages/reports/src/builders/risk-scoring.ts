import { buildRiskScoringReport, riskScoringSections, type RiskScoringReport } from "@psea/risk";
import type { ReportKind } from "../model/report-document";

/**
 * Camp and location SEA risk scores from their assessment checklists (action plan Prevention goal 6),
 * from `@psea/risk`: the ranking, the heat maps and the trend, with the recommendations' follow-up.
 *
 * @category Report builders
 * @example
 * riskScoringReport.id; // "risk"
 */
export const riskScoringReport: ReportKind<RiskScoringReport> = {
  id: "risk",
  title: "SEA risk by camp and location",
  build: (input, options) => buildRiskScoringReport(input, options.parameters === undefined ? { asOf: options.asOf } : { asOf: options.asOf, parameters: options.parameters }),
  sections: (report) => riskScoringSections(report),
};
