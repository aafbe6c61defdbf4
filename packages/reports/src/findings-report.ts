import { formatCitation, severityOrder } from "@psea/core";
import type { Conflict, EvaluationResult, FactValue, Finding, ParameterUse, RuleError, Severity, Subject } from "@psea/core";
import { redactIdentities } from "./confidentiality";
import { formatPath } from "./format-path";

/**
 * The result of an evaluation that ran (`ok: true`): what a report is built from.
 *
 * @category Reports
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * import { focalPointAppointed } from "@psea/core/rules";
 * const rules = defineRuleSet({ id: "gm-c", title: "GM (c)", rules: [focalPointAppointed] });
 * const mission = { id: "M", name: "Mission", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const r = evaluate(rules, { mission }, { asOf: "2018-06-30" }); // no Focal Point and no Alternate appointed
 * if (!r.ok) throw new Error("not a mission dataset");
 * const done: CompletedEvaluation = r;
 * done.summary; // { rulesEvaluated: 1, violations: 2, warnings: 0, notices: 0 }
 */
export type CompletedEvaluation = Extract<EvaluationResult, { ok: true }>;

/**
 * A parameter as a finding used it, with the dates it is in force and its source as text.
 *
 * @category Reports
 * @example
 * const p: ReportParameter = { id: "focalPointMinimumGrade", value: "P-4", effectiveFrom: "2003-10-15",
 *   citation: "DPKO-IG, General management responsibilities (c)", layer: "default" };
 */
export interface ReportParameter {
  readonly id: string;
  readonly value: unknown;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly citation: string;
  readonly layer: "default" | "overlay";
}

/**
 * A declared exception that lowered a finding, with what made it apply: the recorded decision of a
 * discretion (SGB 4.5), or the recorded facts of a mandatory carve-out (SGB 4.4).
 *
 * @category Reports
 * @example
 * const e: ReportException = { exceptionId: "sgb.4.5", obligationId: "SGB-4.5", citation: "ST/SGB/2003/13, section 4.5",
 *   basis: "decision", decisionId: "D-1", decidedOn: "2018-07-01", originalSeverity: "violation" };
 */
export type ReportException = {
  readonly exceptionId: string;
  readonly obligationId: string;
  readonly citation: string;
  readonly originalSeverity: Severity;
} & (
  | { readonly basis: "decision"; readonly decisionId: string; readonly decidedOn: string }
  | { readonly basis: "facts"; readonly facts: Readonly<Record<string, FactValue>> }
);

/**
 * One finding as a report shows it: everything needed to act on it without the engine's types.
 *
 * @category Reports
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * import { focalPointGrade } from "@psea/core/rules";
 * const rules = defineRuleSet({ id: "gm-c", title: "GM (c)", rules: [focalPointGrade] });
 * const mission = { id: "M", name: "Mission", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const staff = (id: string, grade: string) => ({ id, grade, category: "civilian-staff", gender: "female", officeId: "HQ", arrivalDate: "2018-01-02" });
 * const roster = { focalPoint: { personnelId: "FP", appointedOn: "2018-01-15" }, alternate: { personnelId: "ALT", appointedOn: "2018-01-15" } };
 * // The Alternate is at P-3, below the minimum grade P-4.
 * const r = evaluate(rules, { mission, personnel: [staff("FP", "P-5"), staff("ALT", "P-3")], roster }, { asOf: "2018-06-30" });
 * if (!r.ok) throw new Error("not a mission dataset");
 * const f: ReportFinding = buildFindingsReport(r, { title: "PSEA compliance", asOf: "2018-06-30" }).findings[0]!;
 * f.path; // "roster.alternate.personnelId"
 * f.subject; // { kind: "personnel", id: "ALT" }
 * f.facts; // { role: "alternate", grade: "P-3", comparedAs: "P-3", via: "scale", comparison: "below" }
 * f.citation; // "DPKO-IG, General management responsibilities (c)"
 */
export interface ReportFinding {
  /** 1-based position in the report, violations first. */
  readonly number: number;
  readonly ruleId: string;
  readonly obligationIds: readonly string[];
  readonly severity: Severity;
  readonly citation: string;
  readonly subject: Subject;
  /** The path as text, such as `roster.alternate.personnelId`. */
  readonly path: string;
  readonly pathSegments: readonly (string | number)[];
  readonly message: string;
  readonly concern: string;
  readonly facts: Readonly<Record<string, FactValue>>;
  readonly parameters: readonly ReportParameter[];
  readonly exception?: ReportException;
  /** Findings of less specific rules this one replaced. */
  readonly supersedes: readonly { readonly ruleId: string; readonly severity: Severity; readonly citation: string }[];
}

/**
 * A count under a key (an obligation id, a rule id, a subject kind).
 *
 * @category Reports
 * @example
 * const t: Tally = { key: "DPKO-GM-c", count: 2 };
 */
export interface Tally {
  readonly key: string;
  readonly count: number;
}

/**
 * The totals of a report. A finding under two obligations counts once under each.
 *
 * @category Reports
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * import { focalPointAppointed } from "@psea/core/rules";
 * const rules = defineRuleSet({ id: "gm-c", title: "GM (c)", rules: [focalPointAppointed] });
 * const mission = { id: "M", name: "Mission", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const r = evaluate(rules, { mission }, { asOf: "2018-06-30" }); // no Focal Point and no Alternate appointed
 * if (!r.ok) throw new Error("not a mission dataset");
 * const totals: ReportTotals = buildFindingsReport(r, { title: "PSEA compliance", asOf: "2018-06-30" }).totals;
 * totals.byObligation; // [{ key: "DPKO-GM-c", count: 2 }]
 * totals.bySubjectKind; // [{ key: "mission", count: 2 }]
 */
export interface ReportTotals {
  readonly findings: number;
  readonly rulesEvaluated: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly byObligation: readonly Tally[];
  readonly byRule: readonly Tally[];
  readonly bySubjectKind: readonly Tally[];
}

/**
 * A rule that could not run, as a report shows it.
 *
 * @category Reports
 * @example
 * const e: ReportRuleError = { ruleId: "dpko.gm-c.focal-point-grade", code: "parameter-not-in-force",
 *   parameterId: "focalPointMinimumGrade", message: "no value of 'focalPointMinimumGrade' is in force on 2001-01-01" };
 */
export interface ReportRuleError {
  readonly ruleId: string;
  readonly code: string;
  readonly message: string;
  readonly parameterId?: string;
}

/**
 * A findings report: plain, serialisable data, free of any victim's or complainant's identity.
 *
 * @category Reports
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * import { focalPointAppointed } from "@psea/core/rules";
 * const rules = defineRuleSet({ id: "gm-c", title: "GM (c)", rules: [focalPointAppointed] });
 * const mission = { id: "M", name: "Mission", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const r = evaluate(rules, { mission }, { asOf: "2018-06-30" }); // no Focal Point and no Alternate appointed
 * if (!r.ok) throw new Error("not a mission dataset");
 * const report: FindingsReport = buildFindingsReport(r, { title: "PSEA compliance", asOf: "2018-06-30" });
 * report.format; // "psea-findings-report"
 * report.findings.map((f) => f.message); // ["no SEA Alternate is appointed", "no SEA Focal Point is appointed"]
 */
export interface FindingsReport {
  readonly format: "psea-findings-report";
  readonly version: 1;
  readonly title: string;
  readonly generatedFor?: string;
  readonly generatedOn?: string;
  /** The date the report speaks for. */
  readonly asOf: string;
  /** The date the evaluation was made as of (normally the same as `asOf`). */
  readonly evaluatedAsOf: string;
  readonly totals: ReportTotals;
  readonly findings: readonly ReportFinding[];
  readonly conflicts: readonly Conflict[];
  readonly ruleErrors: readonly ReportRuleError[];
}

/**
 * Options of {@link buildFindingsReport}. Dates are passed in: building a report never reads the clock.
 *
 * @category Reports
 * @example
 * const options: FindingsReportOptions = { title: "PSEA compliance", asOf: "2018-06-30", generatedFor: "Conduct and Discipline Team" };
 */
export interface FindingsReportOptions {
  readonly title: string;
  readonly asOf: string;
  /** Who the report is for, such as "MINUSCA Conduct and Discipline Team". */
  readonly generatedFor?: string;
  /** The date the report was produced, when a host wants it shown. */
  readonly generatedOn?: string;
}

function byKey(a: Tally, b: Tally): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function tally(keys: readonly string[]): Tally[] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort(byKey);
}

function reportParameter(p: ParameterUse): ReportParameter {
  return {
    id: p.id,
    value: p.value,
    effectiveFrom: p.effectiveFrom,
    ...(p.effectiveTo !== undefined ? { effectiveTo: p.effectiveTo } : {}),
    citation: formatCitation(p.citation),
    layer: p.layer,
  };
}

function reportFinding(f: Finding, index: number): ReportFinding {
  const e = f.explanation.exception;
  return {
    number: index + 1,
    ruleId: f.ruleId,
    obligationIds: [...f.obligationIds],
    severity: f.severity,
    citation: formatCitation(f.citation),
    subject: { kind: f.subject.kind, id: f.subject.id },
    path: formatPath(f.path),
    pathSegments: [...f.path],
    message: f.message,
    concern: f.concern,
    facts: f.explanation.facts,
    parameters: f.explanation.parameters.map(reportParameter),
    ...(e
      ? {
          exception: {
            exceptionId: e.exceptionId,
            obligationId: e.obligationId,
            citation: formatCitation(e.citation),
            originalSeverity: e.originalSeverity,
            ...(e.basis === "decision" ? { basis: e.basis, decisionId: e.decisionId, decidedOn: e.decidedOn } : { basis: e.basis, facts: e.facts }),
          },
        }
      : {}),
    supersedes: (f.explanation.supersedes ?? []).map((s) => ({ ruleId: s.ruleId, severity: s.severity, citation: formatCitation(s.citation) })),
  };
}

function reportRuleError(e: RuleError): ReportRuleError {
  return { ruleId: e.ruleId, code: e.code, message: e.message, ...("parameterId" in e ? { parameterId: e.parameterId } : {}) };
}

/**
 * Builds a findings report from an evaluation that ran: totals by severity, obligation, rule and
 * subject kind, every finding with its citation, facts, parameters (with their effective dates),
 * exception and supersession, and the conflicts and rule errors. Pure: the dates come in through
 * `options`. The result is a fresh copy with every `identity` property removed.
 *
 * @category Reports
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * import { focalPointGrade } from "@psea/core/rules";
 * const rules = defineRuleSet({ id: "gm-c", title: "GM (c)", rules: [focalPointGrade] });
 * const mission = { id: "M", name: "Mission", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const staff = (id: string, grade: string) => ({ id, grade, category: "civilian-staff", gender: "female", officeId: "HQ", arrivalDate: "2018-01-02" });
 * const roster = { focalPoint: { personnelId: "FP", appointedOn: "2018-01-15" }, alternate: { personnelId: "ALT", appointedOn: "2018-01-15" } };
 * // The Alternate is at P-3, below the minimum grade P-4.
 * const r = evaluate(rules, { mission, personnel: [staff("FP", "P-5"), staff("ALT", "P-3")], roster }, { asOf: "2018-06-30" });
 * if (!r.ok) throw new Error("not a mission dataset");
 * const report = buildFindingsReport(r, { title: "PSEA compliance", asOf: "2018-06-30", generatedFor: "Conduct and Discipline Team" });
 * report.totals.bySeverity; // { violation: 1, warning: 0, notice: 0 }
 * report.findings[0]?.message; // "the Alternate is at grade P-3, below the minimum P-4"
 * report.findings[0]?.parameters[0];
 * // { id: "focalPointMinimumGrade", value: "P-4", effectiveFrom: "2003-10-15", citation: "DPKO-IG, General management responsibilities (c)", layer: "default" }
 */
export function buildFindingsReport(result: CompletedEvaluation, options: FindingsReportOptions): FindingsReport {
  const findings = result.findings.map(reportFinding);
  const bySeverity = Object.fromEntries(severityOrder.map((s) => [s, findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  const report: FindingsReport = {
    format: "psea-findings-report",
    version: 1,
    title: options.title,
    ...(options.generatedFor !== undefined ? { generatedFor: options.generatedFor } : {}),
    ...(options.generatedOn !== undefined ? { generatedOn: options.generatedOn } : {}),
    asOf: options.asOf,
    evaluatedAsOf: result.asOf,
    totals: {
      findings: findings.length,
      rulesEvaluated: result.summary.rulesEvaluated,
      bySeverity,
      byObligation: tally(findings.flatMap((f) => f.obligationIds)),
      byRule: tally(findings.map((f) => f.ruleId)),
      bySubjectKind: tally(findings.map((f) => f.subject.kind)),
    },
    findings,
    conflicts: result.conflicts,
    ruleErrors: result.ruleErrors.map(reportRuleError),
  };
  return redactIdentities(report) as FindingsReport;
}
