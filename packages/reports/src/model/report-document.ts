import type { InputIssue } from "@psea/core";

/**
 * One cell of a report table: plain data only. A suppressed public count is a string such as `"<5"`.
 *
 * @category Report model
 * @example
 * const c: ReportCell = "<5";
 */
export type ReportCell = string | number | boolean | null;

/**
 * A column of a {@link ReportTable}: the row key it reads, its header, and how a renderer aligns it.
 *
 * @category Report model
 * @example
 * const col: ReportColumn = { key: "allegations", label: "Allegations", kind: "count" };
 */
export interface ReportColumn {
  readonly key: string;
  readonly label: string;
  readonly kind?: "text" | "count" | "date" | "percent";
}

/**
 * A table of a report, the unit every renderer (CSV, Markdown, HTML) understands. Rows are an iterable
 * so that a large table (a million public-data rows) can be streamed without building it in memory.
 *
 * @category Report model
 * @example
 * const t: ReportTable = {
 *   id: "allegations", title: "Allegations by month",
 *   columns: [{ key: "month", label: "Month", kind: "date" }, { key: "count", label: "Allegations", kind: "count" }],
 *   rows: [{ month: "2018-06", count: 3 }],
 * };
 */
export interface ReportTable {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: Iterable<Readonly<Record<string, ReportCell>>>;
  /** What a reader must know to read the table right (suppression, counting rule, …). */
  readonly note?: string;
}

/**
 * A headline figure of a report section.
 *
 * @category Report model
 * @example
 * const f: ReportFigure = { label: "Open cases", value: 12 };
 */
export interface ReportFigure {
  readonly label: string;
  readonly value: ReportCell;
  /** A target the figure is read against, such as 100 (%) for training compliance. */
  readonly target?: number;
  readonly unit?: string;
}

/**
 * A chart declared as a Vega-Lite specification with its data inline, so that a host can render it in
 * its own web app and the HTML renderer can turn it into inline SVG. `description` is the chart's text
 * alternative, shown to screen readers and in print.
 *
 * @category Report model
 * @example
 * const chart: ReportChart = {
 *   id: "severity", title: "Findings by severity", description: "3 violations, 1 warning",
 *   vegaLite: { mark: "bar", data: { values: [{ s: "violation", n: 3 }] },
 *     encoding: { x: { field: "s", type: "nominal" }, y: { field: "n", type: "quantitative" } } },
 * };
 */
export interface ReportChart {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly vegaLite: Readonly<Record<string, unknown>>;
}

/**
 * A section of a report: figures, charts and tables, in reading order. Every report kind turns its
 * typed data into sections; the dashboard composes the sections of several reports.
 *
 * @category Report model
 * @example
 * const s: ReportSection = { id: "cases", title: "Cases", figures: [], charts: [], tables: [] };
 */
export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly summary?: string;
  readonly figures: readonly ReportFigure[];
  readonly charts: readonly ReportChart[];
  readonly tables: readonly ReportTable[];
}

/**
 * Who a report is for. Public outputs suppress small counts; internal ones never do.
 *
 * @category Report model
 * @example
 * const a: ReportAudience = "public";
 */
export type ReportAudience = "public" | "internal";

/**
 * Options every report builder takes. `asOf` is required: builders never read the clock.
 *
 * @category Report model
 * @example
 * const o: ReportBuildOptions = { asOf: "2019-06-30", audience: "public" };
 */
export interface ReportBuildOptions {
  readonly asOf: string | Date;
  readonly audience?: ReportAudience;
  /** A host's parameter overlay or a parameter set built with `createParameterSet`. */
  readonly parameters?: unknown;
}

/**
 * What a builder returns: every input issue, or the typed report.
 *
 * @category Report model
 * @example
 * const r: ReportBuildResult<{ n: number }> = { ok: true, report: { n: 1 } };
 */
export type ReportBuildResult<R> =
  | { readonly ok: false; readonly issues: readonly InputIssue[] }
  | { readonly ok: true; readonly report: R };

/**
 * A kind of report: how to build it from a dataset, and how to lay it out as sections for the
 * renderers and the dashboard. The CLI's `psea report <kind>` runs one of these.
 *
 * @category Report model
 * @example
 * const kind: ReportKind<{ n: number }> = {
 *   id: "count", title: "Count",
 *   build: () => ({ ok: true, report: { n: 1 } }),
 *   sections: (r) => [{ id: "count", title: "Count", figures: [{ label: "n", value: r.n }], charts: [], tables: [] }],
 * };
 */
export interface ReportKind<R> {
  readonly id: string;
  readonly title: string;
  readonly build: (input: unknown, options: ReportBuildOptions) => ReportBuildResult<R>;
  readonly sections: (report: R) => readonly ReportSection[];
}
