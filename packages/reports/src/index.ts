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
