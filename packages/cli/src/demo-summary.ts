import type { FindingsReport, ReportFinding } from "@psea/reports";

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const padStart = (s: string | number, n: number) => String(s).padStart(n);

/**
 * The findings worth reading first: the first finding of each rule, violations before warnings and
 * notices (the report's order), so one noisy rule does not hide the others.
 *
 * @category CLI
 * @example
 * topFindings({ findings: [] } as unknown as FindingsReport, 10); // []
 */
export function topFindings(report: FindingsReport, limit: number): ReportFinding[] {
  const seen = new Set<string>();
  const out: ReportFinding[] = [];
  for (const f of report.findings) {
    if (seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    out.push(f);
    if (out.length === limit) break;
  }
  return out;
}

/**
 * A plain-text summary of a findings report for the terminal: counts by severity and by
 * obligation, then the first finding of each rule with its subject, message and citation. Built
 * only from the report, which carries no victim's or complainant's identity.
 *
 * @category CLI
 * @example
 * const report = { totals: { findings: 0, rulesEvaluated: 1, bySeverity: { violation: 0, warning: 0, notice: 0 }, byObligation: [], byRule: [], bySubjectKind: [] },
 *   findings: [], conflicts: [], ruleErrors: [] } as unknown as FindingsReport;
 * findingsSummary(report).split("\n").slice(0, 2); // ["Findings by severity (0 in all)", "  violation      0"]
 */
export function findingsSummary(report: FindingsReport, limit = 12): string {
  const t = report.totals;
  const lines: string[] = [
    `Findings by severity (${t.findings} in all)`,
    ...(["violation", "warning", "notice"] as const).map((s) => `  ${pad(s, 10)} ${padStart(t.bySeverity[s], 5)}`),
    "",
    "Findings by obligation",
    ...[...t.byObligation].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)).map((x) => `  ${pad(x.key, 10)} ${padStart(x.count, 5)}`),
    "",
    "Top findings (the first of each rule)",
  ];
  for (const [i, f] of topFindings(report, limit).entries()) {
    lines.push(`  ${padStart(i + 1, 2)}. [${f.severity}] ${f.obligationIds.join(", ")}  ${f.subject.kind} ${f.subject.id}`, `      ${f.message}`, `      cite: ${f.citation}`);
  }
  if (report.conflicts.length > 0) lines.push("", `Conflicts between rules: ${report.conflicts.length}`);
  if (report.ruleErrors.length > 0) lines.push("", `Rules that could not run: ${report.ruleErrors.length}`, ...report.ruleErrors.map((e) => `  ${e.ruleId}: ${e.code}`));
  return `${lines.join("\n")}\n`;
}
