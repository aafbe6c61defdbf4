import { severityOrder } from "@psea/core";
import { redactIdentities } from "../confidentiality";
import type { FindingsReport, ReportFinding, Tally } from "../findings-report";
import { describeException, describeFacts, describeParameter, describeSupersedes } from "./describe";
import { escapeMarkdown as md } from "./escape";

function tallyTable(heading: string, rows: readonly Tally[]): string[] {
  if (rows.length === 0) return [];
  return [`| ${md(heading)} | Findings |`, "| --- | ---: |", ...rows.map((r) => `| ${md(r.key)} | ${r.count} |`), ""];
}

function findingSection(f: ReportFinding): string[] {
  const lines = [
    `### ${f.number}. ${md(f.severity)}: ${md(f.ruleId)}`,
    "",
    `- **Message:** ${md(f.message)}`,
    `- **Obligations:** ${md(f.obligationIds.join(", "))}`,
    `- **Citation:** ${md(f.citation)}`,
    `- **Subject:** ${md(f.subject.kind)} ${md(f.subject.id)}`,
    `- **Path:** ${md(f.path)}`,
  ];
  if (Object.keys(f.facts).length > 0) lines.push(`- **Facts:** ${md(describeFacts(f.facts))}`);
  for (const p of f.parameters) lines.push(`- **Parameter:** ${md(describeParameter(p))}`);
  if (f.exception) lines.push(`- **Exception:** ${md(describeException(f.exception))}`);
  if (f.supersedes.length > 0) lines.push(`- **Supersedes:** ${md(describeSupersedes(f.supersedes))}`);
  lines.push("");
  return lines;
}

/**
 * The report as Markdown: metadata, totals by severity and obligation, then one section per
 * finding. Every value from the data is escaped, so a message cannot inject markup or HTML.
 * The same text as {@link renderMarkdownChunks}, joined.
 *
 * @category Rendering
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * import { focalPointAppointed } from "@psea/core/rules";
 * const rules = defineRuleSet({ id: "gm-c", title: "GM (c)", rules: [focalPointAppointed] });
 * const mission = { id: "M", name: "Mission", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const r = evaluate(rules, { mission }, { asOf: "2018-06-30" }); // no Focal Point and no Alternate appointed
 * if (!r.ok) throw new Error("not a mission dataset");
 * const report = buildFindingsReport(r, { title: "PSEA compliance", asOf: "2018-06-30" });
 * const text = renderMarkdown(report);
 * text.startsWith("# PSEA compliance\n"); // true
 * text.includes("| violation | 2 |"); // true
 * text.includes("### 1. violation: dpko.gm-c.focal-point-appointed"); // true
 */
export function renderMarkdown(report: FindingsReport): string {
  let out = "";
  for (const c of renderMarkdownChunks(report)) out += c;
  return out;
}

function* markdownLines(report: FindingsReport): Generator<string, void, undefined> {
  // Findings are redacted one at a time, as they are written: a million findings are never copied at once.
  const { findings, ...rest } = report;
  const r = redactIdentities(rest) as Omit<FindingsReport, "findings">;
  const lines = [`# ${md(r.title)}`, "", `- **As of:** ${md(r.asOf)}`];
  if (r.evaluatedAsOf !== r.asOf) lines.push(`- **Evaluated as of:** ${md(r.evaluatedAsOf)}`);
  if (r.generatedFor !== undefined) lines.push(`- **Prepared for:** ${md(r.generatedFor)}`);
  if (r.generatedOn !== undefined) lines.push(`- **Generated on:** ${md(r.generatedOn)}`);
  lines.push(`- **Rules evaluated:** ${r.totals.rulesEvaluated}`, `- **Findings:** ${r.totals.findings}`, "", "## Summary", "");
  lines.push(...tallyTable("Severity", severityOrder.map((s) => ({ key: s, count: r.totals.bySeverity[s] }))));
  lines.push(...tallyTable("Obligation", r.totals.byObligation));
  lines.push(...tallyTable("Rule", r.totals.byRule));
  lines.push(...tallyTable("Subject kind", r.totals.bySubjectKind));
  lines.push("## Findings", "");
  yield* lines;
  if (findings.length === 0) yield* ["No findings.", ""];
  for (const f of findings) yield* findingSection(redactIdentities(f) as ReportFinding);
  const tail: string[] = [];
  if (r.conflicts.length > 0) {
    tail.push("## Conflicts between rules", "");
    for (const c of r.conflicts) {
      const between = c.findings.map((x) => `${x.ruleId} (${x.severity})`).join(", ");
      tail.push(`- ${md(c.subject.kind)} ${md(c.subject.id)}, ${md(c.concern)}: ${md(between)}. ${md(c.message)}`);
    }
    tail.push("");
  }
  if (r.ruleErrors.length > 0) {
    tail.push("## Rules that could not run", "");
    for (const e of r.ruleErrors) tail.push(`- ${md(e.ruleId)} (${md(e.code)}): ${md(e.message)}`);
    tail.push("");
  }
  yield* tail;
}

/**
 * {@link renderMarkdown} in chunks of about 64 KB, written as it goes: hand them to `writeChunks`
 * to stream a report of any size to a file without building one string.
 *
 * @category Rendering
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * import { focalPointAppointed } from "@psea/core/rules";
 * const rules = defineRuleSet({ id: "gm-c", title: "GM (c)", rules: [focalPointAppointed] });
 * const mission = { id: "M", name: "Mission", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const r = evaluate(rules, { mission }, { asOf: "2018-06-30" });
 * if (!r.ok) throw new Error("not a mission dataset");
 * const report = buildFindingsReport(r, { title: "PSEA compliance", asOf: "2018-06-30" });
 * [...renderMarkdownChunks(report)].join("") === renderMarkdown(report); // true
 */
export function* renderMarkdownChunks(report: FindingsReport): Generator<string, void, undefined> {
  let buffer = "";
  let first = true;
  for (const line of markdownLines(report)) {
    buffer += first ? line : `\n${line}`;
    first = false;
    if (buffer.length >= 64 * 1024) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer !== "") yield buffer;
}
