import { severityOrder, type Severity } from "@psea/core";
import { redactIdentities } from "../confidentiality";
import type { FindingsReport, ReportFinding, Tally } from "../findings-report";
import { describeException, describeParameter, describeSupersedes } from "./describe";
import { displayValue, escapeHtml as h } from "./escape";
import { renderSvgBarChart } from "./svg-bar-chart";

const severityColor: Record<Severity, string> = { violation: "#b42318", warning: "#b54708", notice: "#175cd3" };

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2939;max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.25rem}h2{margin-top:2rem;border-bottom:1px solid #d0d5dd;padding-bottom:.25rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.meta dt{font-weight:600}dl.meta dd{margin:0}
.charts{display:flex;flex-wrap:wrap;gap:2rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #d0d5dd;padding:.35rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f2f4f7}td.num{text-align:right}td.sev-cell{width:1%;white-space:nowrap;overflow-wrap:normal}
.sev{display:inline-block;white-space:nowrap;line-height:1.4;font-weight:600;text-transform:uppercase;font-size:.75rem;padding:.1rem .4rem;border-radius:.25rem;color:#fff}
.sev-violation{background:${severityColor.violation}}.sev-warning{background:${severityColor.warning}}.sev-notice{background:${severityColor.notice}}
ul.detail{margin:.25rem 0 0;padding-left:1.1rem}code{font-size:.85em}
@media print{.charts{break-inside:avoid}}
`.trim();

function tallyTable(heading: string, rows: readonly Tally[]): string {
  if (rows.length === 0) return "";
  const body = rows.map((r) => `<tr><td>${h(r.key)}</td><td class="num">${r.count}</td></tr>`).join("");
  return `<table><thead><tr><th>${h(heading)}</th><th>Findings</th></tr></thead><tbody>${body}</tbody></table>`;
}

function findingRow(f: ReportFinding): string {
  const details: string[] = [];
  for (const [k, v] of Object.entries(f.facts)) details.push(`<li>${h(k)}: <code>${h(displayValue(v))}</code></li>`);
  for (const p of f.parameters) details.push(`<li>parameter ${h(describeParameter(p))}</li>`);
  if (f.exception) details.push(`<li>exception ${h(describeException(f.exception))}</li>`);
  if (f.supersedes.length > 0) details.push(`<li>supersedes ${h(describeSupersedes(f.supersedes))}</li>`);
  return [
    `<tr id="finding-${f.number}">`,
    `<td class="num">${f.number}</td>`,
    `<td class="sev-cell"><span class="sev sev-${h(f.severity)}">${h(f.severity)}</span></td>`,
    `<td><code>${h(f.ruleId)}</code><br>${h(f.obligationIds.join(", "))}<br><small>${h(f.citation)}</small></td>`,
    `<td>${h(f.subject.kind)} <code>${h(f.subject.id)}</code><br><small><code>${h(f.path)}</code></small></td>`,
    `<td>${h(f.message)}${details.length > 0 ? `<ul class="detail">${details.join("")}</ul>` : ""}</td>`,
    `</tr>`,
  ].join("");
}

/**
 * The report as one standalone HTML page: inline CSS, no script and no external asset (a
 * Content-Security-Policy forbids both), SVG bar charts of findings by severity and by obligation,
 * and every value from the data HTML-escaped.
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
 * const page = renderHtml(report);
 * page.startsWith("<!doctype html>"); // true
 * page.includes("<svg"); // true
 */
export function renderHtml(report: FindingsReport): string {
  const r = redactIdentities(report) as FindingsReport;
  const meta = [`<dt>As of</dt><dd>${h(r.asOf)}</dd>`];
  if (r.evaluatedAsOf !== r.asOf) meta.push(`<dt>Evaluated as of</dt><dd>${h(r.evaluatedAsOf)}</dd>`);
  if (r.generatedFor !== undefined) meta.push(`<dt>Prepared for</dt><dd>${h(r.generatedFor)}</dd>`);
  if (r.generatedOn !== undefined) meta.push(`<dt>Generated on</dt><dd>${h(r.generatedOn)}</dd>`);
  meta.push(`<dt>Rules evaluated</dt><dd>${r.totals.rulesEvaluated}</dd>`, `<dt>Findings</dt><dd>${r.totals.findings}</dd>`);

  const bySeverity = renderSvgBarChart({
    title: "Findings by severity",
    bars: severityOrder.map((s) => ({ label: s, value: r.totals.bySeverity[s], color: severityColor[s] })),
  });
  const byObligation = renderSvgBarChart({
    title: "Findings by obligation",
    bars: r.totals.byObligation.map((t) => ({ label: t.key, value: t.count })),
  });

  const sections = [
    `<h1>${h(r.title)}</h1>`,
    `<dl class="meta">${meta.join("")}</dl>`,
    `<h2>Summary</h2>`,
    `<div class="charts"><figure>${bySeverity}</figure><figure>${byObligation}</figure></div>`,
    tallyTable("Obligation", r.totals.byObligation),
    tallyTable("Rule", r.totals.byRule),
    tallyTable("Subject kind", r.totals.bySubjectKind),
    `<h2>Findings</h2>`,
    r.findings.length === 0
      ? `<p>No findings.</p>`
      : `<table><thead><tr><th>#</th><th>Severity</th><th>Rule, obligations, citation</th><th>Subject, path</th><th>Message and explanation</th></tr></thead><tbody>${r.findings.map(findingRow).join("")}</tbody></table>`,
  ];
  if (r.conflicts.length > 0) {
    const items = r.conflicts.map(
      (c) => `<li>${h(c.subject.kind)} <code>${h(c.subject.id)}</code>, ${h(c.concern)}: ${h(c.findings.map((x) => `${x.ruleId} (${x.severity})`).join(", "))}. ${h(c.message)}</li>`,
    );
    sections.push(`<h2>Conflicts between rules</h2><ul>${items.join("")}</ul>`);
  }
  if (r.ruleErrors.length > 0) {
    sections.push(`<h2>Rules that could not run</h2><ul>${r.ruleErrors.map((e) => `<li><code>${h(e.ruleId)}</code> (${h(e.code)}): ${h(e.message)}</li>`).join("")}</ul>`);
  }
  return [
    `<!doctype html>`,
    `<html lang="en">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${h(r.title)}</title>`,
    `<style>${STYLE}</style>`,
    `</head>`,
    `<body>`,
    ...sections.filter((s) => s !== ""),
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}
