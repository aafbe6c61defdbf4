import { IDENTITY_KEY } from "../confidentiality";
import type { ReportAudience, ReportCell, ReportFigure, ReportSection } from "../model/report-document";

/**
 * A report ready to render: its title, date and sections (from a {@link ReportKind}'s `sections`).
 * The JSON, CSV, Markdown and HTML renderers of sections all take one.
 *
 * @category Rendering
 * @example
 * const doc: ReportDocument = {
 *   kind: "count", title: "Open cases", asOf: "2019-06-30",
 *   sections: [{ id: "cases", title: "Cases", figures: [{ label: "Open cases", value: 12 }], charts: [], tables: [] }],
 * };
 */
export interface ReportDocument {
  /** The report kind's id, such as `public-data`. */
  readonly kind?: string;
  readonly title: string;
  readonly asOf: string;
  readonly audience?: ReportAudience;
  /** Who the report is for, such as "MINUSCA Conduct and Discipline Team". */
  readonly generatedFor?: string;
  readonly sections: readonly ReportSection[];
}

/**
 * A figure's value as display text: its value, its unit, and its target when it has one.
 *
 * @category Rendering
 * @example
 * figureText({ label: "Trained", value: 87.5, unit: "%", target: 100 }); // "87.5% (target 100%)"
 * figureText({ label: "Open cases", value: 12 }); // "12"
 * figureText({ label: "Victims", value: "<5" }); // "<5"
 */
export function figureText(figure: ReportFigure): string {
  const unit = figure.unit ?? "";
  const glue = unit === "%" || unit === "" ? "" : " ";
  const value = `${displayCell(figure.value)}${figure.value === null ? "" : `${glue}${unit}`}`;
  return figure.target !== undefined ? `${value} (target ${figure.target}${glue}${unit})` : value;
}

/**
 * A table cell as display text: `null` as an em dash, booleans as yes/no, numbers in full. A
 * value that is not a cell (an object a host left in a row) shows as an em dash, never as its content.
 *
 * @category Rendering
 * @example
 * displayCell(null); // "—"
 * displayCell(true); // "yes"
 * displayCell(1234); // "1234"
 * displayCell({ name: "x" } as never); // "—"
 */
export function displayCell(value: ReportCell | undefined): string {
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "—";
  return typeof value === "string" ? value : "—";
}

/**
 * The cell of a row under a column key: absent for a key the row does not own, and always absent
 * under `identity`, so a column can never print a victim's or complainant's identity.
 *
 * @category Rendering
 * @example
 * readCell({ month: "2018-06", identity: "x" }, "month"); // "2018-06"
 * readCell({ month: "2018-06", identity: "x" }, "identity"); // undefined
 */
export function readCell(row: Readonly<Record<string, ReportCell>>, key: string): ReportCell | undefined {
  return key !== IDENTITY_KEY && Object.hasOwn(row, key) ? row[key] : undefined;
}
