import type { InputIssue } from "@psea/core";
import type { ReportBuildOptions, ReportKind, ReportSection } from "../model/report-document";
import { actionPlanMatrixReport, type ActionPlanMatrixReport } from "./action-plan-matrix";
import { casesReport, type CasesReport } from "./cases-report";
import { reportIssue } from "./issues";
import { preventionReport, type PreventionReport } from "./prevention";
import { publicDataReport } from "./public-data/public-data-kind";
import type { PublicDataReport } from "./public-data/public-data-report";
import { rcAnnualReport, type RcAnnualReport } from "./rc-annual";
import { complianceScorecardReport, type ComplianceScorecard } from "./scorecard";
import type { PartnerPortfolio } from "@psea/partners";
import type { RiskScoringReport } from "@psea/risk";
import { partnerPortfolioReport } from "./partner-portfolio";
import { riskScoringReport } from "./risk-scoring";

/**
 * The typed report of each report kind, by the id `psea report <kind>` takes.
 *
 * @category Report builders
 * @example
 * const r: ReportOf["scorecard"]["kind"] = "scorecard";
 */
export interface ReportOf {
  readonly "public-data": PublicDataReport;
  readonly "rc-annual": RcAnnualReport;
  readonly "action-plan": ActionPlanMatrixReport;
  readonly scorecard: ComplianceScorecard;
  readonly prevention: PreventionReport;
  readonly cases: CasesReport;
  readonly partners: PartnerPortfolio;
  readonly risk: RiskScoringReport;
}

/**
 * An id of {@link reportKinds}.
 *
 * @category Report builders
 * @example
 * const id: ReportKindId = "public-data";
 */
export type ReportKindId = keyof ReportOf;

/**
 * Every report kind the kit ships, by the id `psea report <kind>` takes.
 *
 * @category Report builders
 * @example
 * Object.keys(reportKinds); // ["public-data", "rc-annual", "action-plan", "scorecard", "prevention", "cases", "partners", "risk"]
 * reportKinds["rc-annual"].title; // "Resident Coordinator annual report (DPKO-RC-f)"
 */
export const reportKinds: { readonly [K in ReportKindId]: ReportKind<ReportOf[K]> } = Object.freeze({
  "public-data": publicDataReport,
  "rc-annual": rcAnnualReport,
  "action-plan": actionPlanMatrixReport,
  scorecard: complianceScorecardReport,
  prevention: preventionReport,
  cases: casesReport,
  partners: partnerPortfolioReport,
  risk: riskScoringReport,
});

/**
 * Whether a string is the id of a report kind.
 *
 * @category Report builders
 * @example
 * isReportKindId("cases"); // true
 * isReportKindId("toString"); // false
 */
export function isReportKindId(id: unknown): id is ReportKindId {
  return typeof id === "string" && Object.hasOwn(reportKinds, id);
}

/**
 * What {@link buildReport} returns: the kind's typed report with its sections, or every issue.
 *
 * @category Report builders
 * @example
 * const r: BuiltReport = { ok: false, issues: [] };
 */
export type BuiltReport =
  | { readonly [K in ReportKindId]: { readonly ok: true; readonly kind: K; readonly report: ReportOf[K]; readonly sections: readonly ReportSection[] } }[ReportKindId]
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

/**
 * Builds a report of a kind by id and lays it out: what `psea report <kind>` runs. Options beyond
 * {@link ReportBuildOptions} (filters, year, compareWith, …) reach the kind's builder.
 *
 * @category Report builders
 * @example
 * buildReport("no-such-kind", {}, { asOf: "2019-01-01" }); // { ok: false, issues: [{ path: ["kind"], code: "unknown-report-kind", message: "no report kind has this id" }] }
 * const r = buildReport("cases", { mission: { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] } }, { asOf: "2019-01-01" });
 * r.ok && r.sections.length; // 3
 */
export function buildReport(kind: string, input: unknown, options: ReportBuildOptions): BuiltReport {
  if (!isReportKindId(kind)) return { ok: false, issues: [reportIssue(["kind"], "unknown-report-kind")] };
  const k = reportKinds[kind] as ReportKind<unknown>;
  const r = k.build(input, options);
  if (!r.ok) return r;
  return { ok: true, kind, report: r.report, sections: k.sections(r.report) } as BuiltReport;
}
