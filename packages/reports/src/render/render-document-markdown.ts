import type { ReportColumn, ReportTable } from "../model/report-document";
import { displayCell, figureText, readCell, type ReportDocument } from "./document";
import { escapeMarkdown as md } from "./escape";

const align = (c: ReportColumn) => (c.kind === "count" || c.kind === "percent" ? "---:" : "---");

function* tableLines(table: ReportTable): Generator<string> {
  yield `### ${md(table.title)}`;
  yield "";
  if (table.columns.length === 0) return;
  yield `| ${table.columns.map((c) => md(c.label)).join(" | ")} |`;
  yield `| ${table.columns.map(align).join(" | ")} |`;
  let rows = 0;
  for (const row of table.rows) {
    rows++;
    yield `| ${table.columns.map((c) => md(displayCell(readCell(row, c.key)))).join(" | ")} |`;
  }
  if (rows === 0) yield `| ${table.columns.map((_, i) => (i === 0 ? "No rows." : "")).join(" | ")} |`;
  yield "";
  if (table.note !== undefined) {
    yield `_${md(table.note)}_`;
    yield "";
  }
}

/**
 * A report document as GitHub-flavoured Markdown, in chunks of lines: the title and date, then each
 * section with its summary, figures (a list), charts (their title and text alternative) and tables
 * (GFM tables, numbers right-aligned, with their note). Data is escaped only where it would start
 * markup, and bare URLs in data never become links.
 *
 * @category Rendering
 * @example
 * const doc = { title: "Cases", asOf: "2019-06-30", sections: [{ id: "s", title: "Ageing", figures: [{ label: "Open", value: 3 }],
 *   charts: [], tables: [{ id: "t", title: "By stage", columns: [{ key: "stage", label: "Stage" }, { key: "n", label: "Cases", kind: "count" }],
 *   rows: [{ stage: "investigation", n: 3 }] }] }] };
 * [...documentMarkdownChunks(doc)].join("").split("\n").slice(6, 13);
 * // ["- **Open:** 3", "", "### By stage", "", "| Stage | Cases |", "| --- | ---: |", "| investigation | 3 |"]
 */
export function* documentMarkdownChunks(doc: ReportDocument): Generator<string, void, undefined> {
  const lines: string[] = [`# ${md(doc.title)}`, "", `- **As of:** ${md(doc.asOf)}`];
  if (doc.generatedFor !== undefined) lines.push(`- **Prepared for:** ${md(doc.generatedFor)}`);
  if (doc.audience !== undefined) lines.push(`- **Audience:** ${doc.audience}`);
  lines.push("");
  yield `${lines.join("\n")}\n`;
  for (const s of doc.sections) {
    const head = [`## ${md(s.title)}`, ""];
    if (s.summary !== undefined) head.push(md(s.summary), "");
    if (s.figures.length > 0) head.push(...s.figures.map((f) => `- **${md(f.label)}:** ${md(figureText(f))}`), "");
    for (const c of s.charts) head.push(`**${md(c.title)}** (chart): ${md(c.description)}`, "");
    yield `${head.join("\n")}\n`;
    for (const t of s.tables) {
      let buffer = "";
      for (const line of tableLines(t)) {
        buffer += `${line}\n`;
        if (buffer.length >= 64 * 1024) {
          yield buffer;
          buffer = "";
        }
      }
      if (buffer !== "") yield buffer;
    }
  }
}

/**
 * A report document as one Markdown string; see {@link documentMarkdownChunks}.
 *
 * @category Rendering
 * @example
 * renderDocumentMarkdown({ title: "Cases", asOf: "2019-06-30", sections: [] }); // "# Cases\n\n- **As of:** 2019-06-30\n\n"
 */
export function renderDocumentMarkdown(doc: ReportDocument): string {
  let out = "";
  for (const c of documentMarkdownChunks(doc)) out += c;
  return out;
}
