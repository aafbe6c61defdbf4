/**
 * Typed PSEA report builders and renderers: a plain-data findings report built from an evaluation,
 * rendered as JSON, CSV, Markdown or a standalone HTML page with SVG charts. Pure (no file system,
 * no clock) and confidential: no output ever carries a victim's or complainant's identity.
 *
 * @packageDocumentation
 */
export * from "./confidentiality";
export * from "./format-path";
export * from "./findings-report";
export * from "./render/escape";
export * from "./render/describe";
export * from "./render/svg-bar-chart";
export * from "./render/render-json";
export * from "./render/render-csv";
export * from "./render/render-markdown";
export * from "./render/render-html";
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
