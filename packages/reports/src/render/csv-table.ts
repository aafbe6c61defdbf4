import type { ReportCell, ReportTable } from "../model/report-document";
import { readCell } from "./document";
import { csvCell } from "./csv-cell";

/**
 * The byte order mark a CSV file starts with by default: without it, spreadsheets read UTF-8 as a
 * legacy code page and garble accented names (Bangui, Côte d'Ivoire).
 *
 * @category Rendering
 * @example
 * UTF8_BOM; // "\uFEFF"
 */
export const UTF8_BOM = "\uFEFF";

/**
 * Options of the CSV renderers.
 *
 * @category Rendering
 * @example
 * const options: CsvOptions = { bom: false };
 */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (default `true`). */
  readonly bom?: boolean;
}

const CHUNK = 64 * 1024;

/**
 * A report cell as CSV text (before quoting): numbers as they are, `null` as an empty cell.
 *
 * @category Rendering
 * @example
 * cellText(3); // "3"
 * cellText(null); // ""
 * cellText("<5"); // "<5"
 */
export function cellText(value: ReportCell | undefined): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return String(value);
  // Anything that is not a cell (an object left in a row) is written empty, never as its content.
  return typeof value === "string" ? value : "";
}

/**
 * Rows of text cells as CSV chunks (RFC 4180: CRLF line ends, quoted when needed, formula
 * starts made inert), about 64 KB each, read from the iterable one row at a time: memory stays
 * flat whatever the number of rows.
 *
 * @category Rendering
 * @example
 * [...csvChunks([["a", "b"], ["1", "=2"]], { bom: false })].join(""); // "a,b\r\n1,'=2\r\n"
 */
export function* csvChunks(rows: Iterable<readonly string[]>, options: CsvOptions = {}): Generator<string, void, undefined> {
  let buffer = options.bom === false ? "" : UTF8_BOM;
  for (const row of rows) {
    let line = "";
    for (let i = 0; i < row.length; i++) line += (i === 0 ? "" : ",") + csvCell(row[i]!);
    buffer += `${line}\r\n`;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer !== "") yield buffer;
}


/**
 * A report table as CSV chunks: a header row of the column labels, then one line per row, read
 * from the table's iterable as it is written. Pipe it to a file with {@link writeChunks}.
 *
 * @category Rendering
 * @example
 * const table = { id: "t", title: "T", columns: [{ key: "m", label: "Month" }, { key: "n", label: "Allegations" }],
 *   rows: [{ m: "2018-06", n: 3 }, { m: "2018-07", n: "<5" }] };
 * [...tableCsvChunks(table, { bom: false })].join(""); // "Month,Allegations\r\n2018-06,3\r\n2018-07,<5\r\n"
 */
export function* tableCsvChunks(table: ReportTable, options: CsvOptions = {}): Generator<string, void, undefined> {
  // What csvChunks does for rows of text, written out here so that no array is built per row: the
  // writer is a hot loop over up to a million rows.
  const keys = table.columns.map((c) => c.key);
  let buffer = `${options.bom === false ? "" : UTF8_BOM}${table.columns.map((c) => csvCell(c.label)).join(",")}\r\n`;
  for (const row of table.rows) {
    let line = keys.length === 0 ? "" : csvCell(cellText(readCell(row, keys[0]!)));
    for (let i = 1; i < keys.length; i++) line += `,${csvCell(cellText(readCell(row, keys[i]!)))}`;
    buffer += `${line}\r\n`;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer !== "") yield buffer;
}

/**
 * A report table as one CSV string (with a BOM unless `bom: false`). For large tables prefer
 * {@link tableCsvChunks}.
 *
 * @category Rendering
 * @example
 * const table = { id: "t", title: "T", columns: [{ key: "m", label: "Month" }], rows: [{ m: "2018-06" }] };
 * renderTableCsv(table); // "\uFEFFMonth\r\n2018-06\r\n"
 */
export function renderTableCsv(table: ReportTable, options: CsvOptions = {}): string {
  let out = "";
  for (const c of tableCsvChunks(table, options)) out += c;
  return out;
}
