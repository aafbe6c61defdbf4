import { redactIdentities } from "../confidentiality";
import type { FindingsReport, ReportFinding } from "../findings-report";
import type { ReportFigure, ReportSection, ReportTable } from "../model/report-document";
import { renderChartSvg } from "./chart-svg";
import { describeException } from "./describe";
import { displayCell, figureText, readCell, type ReportDocument } from "./document";
import { escapeHtml as h } from "./escape";
import { PAGE_CSP, PAGE_STYLE } from "./page-style";

/**
 * Options of {@link renderDocumentHtml} and {@link renderDashboardHtml}.
 *
 * @category Rendering
 * @example
 * const options: HtmlRenderOptions = { maxTableRows: 50 };
 */
export interface HtmlRenderOptions {
  /** Rows shown per table before the rest is left to the CSV (default: all for a report, 50 on the dashboard). */
  readonly maxTableRows?: number;
}

interface Counter {
  charts: number;
}

function figuresHtml(figures: readonly ReportFigure[]): string {
  if (figures.length === 0) return "";
  const items = figures.map((f) => {
    const target = f.target !== undefined ? `<small>target ${h(String(f.target))}${h(f.unit === "%" ? "%" : f.unit ? ` ${f.unit}` : "")}</small>` : "";
    const { target: _target, ...plain } = f;
    const value = figureText(plain);
    return `<div class="figure"><dt>${h(f.label)}</dt><dd>${h(value)}${target}</dd></div>`;
  });
  return `<dl class="figures">${items.join("")}</dl>`;
}

function tableHtml(table: ReportTable, maxRows: number): string {
  const numeric = table.columns.map((c) => c.kind === "count" || c.kind === "percent");
  const head = table.columns.map((c, i) => `<th scope="col"${numeric[i] ? ` class="num"` : ""}>${h(c.label)}</th>`).join("");
  const body: string[] = [];
  let total = 0;
  for (const row of table.rows) {
    total++;
    if (total > maxRows) continue;
    const cells = table.columns.map((c, i) => `<td${numeric[i] ? ` class="num"` : ""}>${h(displayCell(readCell(row, c.key)))}</td>`);
    body.push(`<tr>${cells.join("")}</tr>`);
  }
  if (total === 0) body.push(`<tr><td colspan="${Math.max(1, table.columns.length)}">No rows.</td></tr>`);
  const notes: string[] = [];
  if (total > maxRows) notes.push(`Showing the first ${maxRows} of ${total} rows; the CSV holds them all.`);
  if (table.note !== undefined) notes.push(table.note);
  return [
    `<div class="table-wrap"><table><caption>${h(table.title)}</caption>`,
    `<thead><tr>${head}</tr></thead><tbody>${body.join("")}</tbody></table></div>`,
    ...notes.map((n) => `<p class="note">${h(n)}</p>`),
  ].join("");
}

async function sectionHtml(section: ReportSection, level: 2 | 3, anchor: string, counter: Counter, maxRows: number): Promise<string> {
  const parts = [`<section id="${anchor}"><h${level}>${h(section.title)}</h${level}>`];
  if (section.summary !== undefined) parts.push(`<p>${h(section.summary)}</p>`);
  parts.push(figuresHtml(section.figures));
  if (section.charts.length > 0) {
    const charts: string[] = [];
    for (const chart of section.charts) {
      counter.charts++;
      const svg = await renderChartSvg(chart, { idPrefix: `chart-${counter.charts}` });
      charts.push(`<figure class="chart-figure">${svg}<figcaption><strong>${h(chart.title)}.</strong> ${h(chart.description)}</figcaption></figure>`);
    }
    parts.push(`<div class="charts">${charts.join("")}</div>`);
  }
  for (const t of section.tables) parts.push(tableHtml(t, maxRows));
  parts.push(`</section>`);
  return parts.join("");
}

function page(title: string, body: readonly string[]): string {
  return [
    `<!doctype html>`,
    `<html lang="en">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${h(title)}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    `</head>`,
    `<body>`,
    ...body.filter((s) => s !== ""),
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}

function metaLine(doc: { asOf: string; generatedFor?: string | undefined; audience?: string | undefined }): string {
  const bits = [`As of ${h(doc.asOf)}`];
  if (doc.generatedFor !== undefined) bits.push(`prepared for ${h(doc.generatedFor)}`);
  if (doc.audience !== undefined) bits.push(`${h(doc.audience)} edition`);
  return `<p class="meta">${bits.join(" · ")}</p>`;
}

/**
 * A report document as one standalone HTML page: inline CSS, no script and no external asset (a
 * Content-Security-Policy forbids both), each chart drawn as inline SVG with Vega (see
 * {@link renderChartSvg}) and its description printed under it, tables that scroll inside their
 * box on a phone, and A4 landscape print. Every value from the data is escaped.
 *
 * @category Rendering
 * @example
 * const doc = { title: "Cases", asOf: "2019-06-30", sections: [{ id: "s", title: "Ageing", figures: [{ label: "Open", value: 3 }],
 *   charts: [], tables: [] }] };
 * const page = renderDocumentHtml(doc);
 * page instanceof Promise; // true: it resolves to "<!doctype html>…<h1>Cases</h1>…"
 */
export async function renderDocumentHtml(doc: ReportDocument, options: HtmlRenderOptions = {}): Promise<string> {
  const safe = redactIdentities({ ...doc, sections: [] });
  const counter: Counter = { charts: 0 };
  const maxRows = options.maxTableRows ?? Number.POSITIVE_INFINITY;
  const sections: string[] = [];
  for (const [i, s] of doc.sections.entries()) sections.push(await sectionHtml(s, 2, `section-${i + 1}`, counter, maxRows));
  return page(doc.title, [`<header><h1>${h(safe.title)}</h1>${metaLine(doc)}</header>`, `<main>`, ...sections, `</main>`]);
}

/**
 * What the dashboard shows: headline figures, then each report's sections, then the findings as
 * an appendix grouped by obligation.
 *
 * @category Rendering
 * @example
 * const input: DashboardInput = { title: "PSEA dashboard", asOf: "2019-06-30", reports: [] };
 */
export interface DashboardInput {
  readonly title: string;
  readonly asOf: string;
  readonly generatedFor?: string;
  /** The figures at the top (default: the first figure of each report, after the findings' totals). */
  readonly headline?: readonly ReportFigure[];
  readonly reports: readonly ReportDocument[];
  /** The findings, listed in the appendix grouped by obligation. */
  readonly findings?: FindingsReport;
}

function findingRow(f: ReportFinding): string {
  return [
    `<tr>`,
    `<td class="num">${f.number}</td>`,
    `<td class="sev-cell"><span class="sev sev-${h(f.severity)}">${h(f.severity)}</span></td>`,
    `<td><code>${h(f.ruleId)}</code><br><small>${h(f.citation)}</small></td>`,
    `<td>${h(f.subject.kind)} <code>${h(f.subject.id)}</code></td>`,
    // A lowered finding says which exception lowered it and on what basis, as the table and Markdown do.
    `<td>${h(f.message)}${f.exception ? `<br><small class="exception">exception ${h(describeException(f.exception))}</small>` : ""}</td>`,
    `</tr>`,
  ].join("");
}

/**
 * The findings grouped by obligation (a finding under two obligations is listed under each), in
 * the order of the obligation ids.
 *
 * @category Rendering
 * @example
 * const f = (number: number, obligationIds: string[]) => ({ number, obligationIds }) as unknown as ReportFinding;
 * findingsByObligation([f(1, ["SGB-3.2b"]), f(2, ["AP-P2", "SGB-3.2b"])]).map(([o, list]) => `${o}: ${list.map((x) => x.number)}`);
 * // ["AP-P2: 2", "SGB-3.2b: 1,2"]
 */
export function findingsByObligation(findings: readonly ReportFinding[]): [string, ReportFinding[]][] {
  const groups = new Map<string, ReportFinding[]>();
  for (const f of findings) for (const o of f.obligationIds.length > 0 ? f.obligationIds : ["(none)"]) (groups.get(o) ?? groups.set(o, []).get(o)!).push(f);
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function appendixHtml(report: FindingsReport, anchor: string): string {
  const groups = findingsByObligation(report.findings);
  const parts = [`<section class="appendix" id="${anchor}"><h2>Appendix: findings by obligation</h2>`];
  parts.push(`<p>${report.totals.findings} findings as of ${h(report.evaluatedAsOf)}, under ${groups.length} obligations. Each finding names its rule, citation and subject, and the exception that lowered it; the JSON and CSV give its facts and parameters.</p>`);
  for (const [i, [obligation, list]] of groups.entries()) {
    parts.push(
      `<section id="${anchor}-${i + 1}"><h3>${h(obligation)} <small>(${list.length})</small></h3>`,
      `<div class="table-wrap"><table><thead><tr><th scope="col" class="num">#</th><th scope="col">Severity</th><th scope="col">Rule and citation</th><th scope="col">Subject</th><th scope="col">Message</th></tr></thead>`,
      `<tbody>${list.map(findingRow).join("")}</tbody></table></div></section>`,
    );
  }
  parts.push(`</section>`);
  return parts.join("");
}

/**
 * The dashboard: one standalone HTML page a Head of Mission can open, print (A4 landscape) or read
 * on a phone, with no script and no external asset. Headline figures come first, then each
 * report's sections (charts as inline SVG drawn by Vega, with title, axes, legend and a printed
 * text alternative; tables cut at `maxTableRows`, 50 by default), then the findings as an appendix
 * grouped by obligation. Every value from the data is escaped and `identity` properties are
 * dropped.
 *
 * @category Rendering
 * @example
 * const page = renderDashboardHtml({ title: "PSEA dashboard", asOf: "2019-06-30", reports: [] });
 * page instanceof Promise; // true: it resolves to the page's HTML
 */
export async function renderDashboardHtml(input: DashboardInput, options: HtmlRenderOptions = {}): Promise<string> {
  const counter: Counter = { charts: 0 };
  const maxRows = options.maxTableRows ?? 50;
  const findings = input.findings === undefined ? undefined : (redactIdentities(input.findings) as FindingsReport);
  const headline =
    input.headline ??
    [
      ...(findings
        ? [
            { label: "Violations", value: findings.totals.bySeverity.violation },
            { label: "Warnings", value: findings.totals.bySeverity.warning },
          ]
        : []),
      ...input.reports.flatMap((r) => r.sections.find((s) => s.figures.length > 0)?.figures.slice(0, 1) ?? []),
    ];
  const toc: string[] = [];
  const body: string[] = [];
  for (const [i, report] of input.reports.entries()) {
    const anchor = `report-${i + 1}`;
    toc.push(`<li><a href="#${anchor}">${h(report.title)}</a></li>`);
    const parts = [`<section class="report" id="${anchor}"><h2>${h(report.title)}</h2>`];
    for (const [j, s] of report.sections.entries()) parts.push(await sectionHtml(s, 3, `${anchor}-${j + 1}`, counter, maxRows));
    parts.push(`</section>`);
    body.push(parts.join(""));
  }
  if (findings) {
    toc.push(`<li><a href="#appendix">Appendix: findings by obligation</a></li>`);
    body.push(appendixHtml(findings, "appendix"));
  }
  return page(input.title, [
    `<header><h1>${h(input.title)}</h1>${metaLine(input)}</header>`,
    toc.length > 0 ? `<nav class="toc" aria-label="Contents"><ol>${toc.join("")}</ol></nav>` : "",
    `<main>`,
    headline.length > 0 ? `<section class="headline" aria-label="Headline figures">${figuresHtml(redactIdentities(headline))}</section>` : "",
    ...body,
    `</main>`,
  ]);
}
