import { join } from "node:path";
import { normalizeAsOf } from "@psea/core";
import {
  collectIdentityValues,
  documentJsonChunks,
  documentMarkdownChunks,
  maskIdentityValues,
  renderDocumentHtml,
  tableCsvChunks,
  type ReportDocument,
  type ReportSection,
  type ReportTable,
} from "@psea/reports";
import type { CommandArgs } from "./commands/command";
import { stringOption } from "./commands/command";
import type { InputProblem } from "./input";
import type { CliIo } from "./io";

/**
 * The output formats of `psea report`; `jsonl` (JSON Lines: the report, then one line per finding)
 * is for the findings report.
 *
 * @category CLI
 * @example
 * REPORT_FORMATS; // ["json", "csv", "md", "html", "jsonl"]
 */
export const REPORT_FORMATS = ["json", "csv", "md", "html", "jsonl"] as const;

/**
 * An output format of `psea report`.
 *
 * @category CLI
 * @example
 * const f: ReportFormat = "csv";
 */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * A file name part made from an id: lower-case letters, digits and dashes only, so an id from the
 * data can never climb out of the output directory.
 *
 * @category CLI
 * @example
 * safeFileStem("public-data"); // "public-data"
 * safeFileStem("../../etc/passwd"); // "etc-passwd"
 */
export function safeFileStem(id: string): string {
  const stem = id.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return stem === "" ? "report" : stem.slice(0, 80);
}

/**
 * A mask for report output: every identity value of the dataset, collected once, replaced by
 * `[redacted]` wherever it appears (see `maskIdentityValues` of `@psea/reports`).
 *
 * @category CLI
 * @example
 * const mask = identityMask({ victims: [{ identity: { name: "Jane Roe" } }] });
 * mask({ note: "Jane Roe" }); // { note: "[redacted]" }
 */
export function identityMask(dataset: unknown): <T>(value: T) => T {
  // Collected once: a small source keeps each masking call from walking the whole dataset again.
  const source = { identity: collectIdentityValues(dataset) };
  return (value) => maskIdentityValues(value, source);
}

function maskedTable(table: ReportTable, mask: <T>(value: T) => T): ReportTable {
  const head = mask({ ...table, rows: [] });
  // Rows are masked one at a time as they are read: a million-row table is never copied whole.
  const rows: Iterable<Readonly<Record<string, string | number | boolean | null>>> = {
    *[Symbol.iterator]() {
      for (const row of table.rows) yield mask(row);
    },
  };
  return { ...head, rows };
}

/**
 * A document with every identity value of the dataset masked, tables' rows lazily.
 *
 * @category CLI
 * @example
 * const mask = identityMask({ identity: { name: "Jane Roe" } });
 * const doc = maskDocument({ title: "Jane Roe", asOf: "2019-06-30", sections: [] }, mask);
 * doc.title; // "[redacted]"
 */
export function maskDocument(doc: ReportDocument, mask: <T>(value: T) => T): ReportDocument {
  const sections: ReportSection[] = doc.sections.map((s) => ({ ...mask({ ...s, tables: [] }), tables: s.tables.map((t) => maskedTable(t, mask)) }));
  return { ...mask({ ...doc, sections: [] }), sections };
}

/**
 * One file (or standard output) a report is written to: a name and its chunks.
 *
 * @category CLI
 * @example
 * const o: ReportOutput = { name: "cases.json", chunks: ["{}\n"] };
 */
export interface ReportOutput {
  readonly name: string;
  readonly chunks: Iterable<string> | AsyncIterable<string>;
}

async function* lazy(make: () => Promise<string>): AsyncGenerator<string> {
  yield await make();
}

function* csvTables(tables: readonly ReportTable[], bom: boolean): Generator<string> {
  for (const [i, t] of tables.entries()) {
    if (i > 0) yield "\r\n";
    yield* tableCsvChunks(t, { bom: bom && i === 0 });
  }
}

/**
 * The outputs of a report document in a format: one file for JSON, Markdown and HTML
 * (`<kind>.json`, …), and for CSV one file per table (`<kind>-<table>.csv`), or, when `single` is
 * set (standard output), every table one after the other separated by an empty line; no output at
 * all for CSV when no table matches.
 *
 * @category CLI
 * @example
 * const doc = { kind: "cases", title: "Cases", asOf: "2019-06-30", sections: [{ id: "s", title: "S", figures: [], charts: [],
 *   tables: [{ id: "ageing", title: "Ageing", columns: [{ key: "n", label: "N" }], rows: [{ n: 1 }] }] }] };
 * documentOutputs(doc, "csv", { bom: true, single: false }).map((o) => o.name); // ["cases-ageing.csv"]
 * documentOutputs(doc, "json", { bom: true, single: false }).map((o) => o.name); // ["cases.json"]
 */
export function documentOutputs(doc: ReportDocument, format: Exclude<ReportFormat, "jsonl">, options: { readonly bom: boolean; readonly single: boolean; readonly table?: string }): ReportOutput[] {
  const stem = safeFileStem(doc.kind ?? doc.title);
  if (format === "json") return [{ name: `${stem}.json`, chunks: documentJsonChunks(doc) }];
  if (format === "md") return [{ name: `${stem}.md`, chunks: documentMarkdownChunks(doc) }];
  if (format === "html") return [{ name: `${stem}.html`, chunks: lazy(() => renderDocumentHtml(doc)) }];
  const tables = doc.sections.flatMap((s) => s.tables).filter((t) => options.table === undefined || t.id === options.table);
  // No table (none in the report, or none of the id asked for) is no output, to standard output too.
  if (options.single) return tables.length === 0 ? [] : [{ name: `${stem}.csv`, chunks: csvTables(tables, options.bom) }];
  const used = new Set<string>();
  return tables.map((t) => {
    let name = `${stem}-${safeFileStem(t.id)}`;
    for (let n = 2; used.has(name); n++) name = `${stem}-${safeFileStem(t.id)}-${n}`;
    used.add(name);
    return { name: `${name}.csv`, chunks: tableCsvChunks(t, { bom: options.bom }) };
  });
}

/**
 * Writes outputs to a directory (`io.writeFile`) or, for `-`, to standard output. Returns the paths written.
 *
 * @category CLI
 * @example
 * const out: string[] = [];
 * const io: CliIo = { readFile: () => "", stdout: (t) => out.push(t), stderr: () => {}, now: () => new Date(0) };
 * const written = writeOutputs(io, "-", [{ name: "a.json", chunks: ["{}\n"] }]);
 * written instanceof Promise; // true: it resolves to [] and out is ["{}\n"]
 */
export async function writeOutputs(io: CliIo, out: string, outputs: readonly ReportOutput[]): Promise<string[]> {
  if (out === "-") {
    for (const o of outputs) {
      if (io.writeStdout) await io.writeStdout(o.chunks);
      else for await (const c of o.chunks) io.stdout(c);
    }
    return [];
  }
  if (!io.writeFile) throw new Error("this host cannot write files; use --out -");
  const paths: string[] = [];
  for (const o of outputs) {
    const path = join(out, o.name);
    await io.writeFile(path, o.chunks);
    paths.push(path);
  }
  return paths;
}

/**
 * What `--as-of` expects, said instead of repeating the value received (an argument may hold anything).
 *
 * @category CLI
 * @example
 * AS_OF_EXPECTED; // "expected a calendar date as YYYY-MM-DD, such as 2019-06-30"
 */
export const AS_OF_EXPECTED = "expected a calendar date as YYYY-MM-DD, such as 2019-06-30";

/**
 * Reads `--as-of`: the date given, or today from the injected clock (and says so).
 *
 * @category CLI
 * @example
 * const io: CliIo = { readFile: () => "", stdout: () => {}, stderr: () => {}, now: () => new Date(Date.UTC(2019, 5, 30)) };
 * resolveAsOf({ "as-of": "2019-06-30" }, io); // { ok: true, asOf: "2019-06-30", fromClock: false }
 * resolveAsOf({}, io); // { ok: true, asOf: "2019-06-30", fromClock: true }
 * resolveAsOf({ "as-of": "June" }, io).ok; // false
 */
export function resolveAsOf(values: CommandArgs["values"], io: CliIo): { ok: true; asOf: string; fromClock: boolean } | { ok: false; issue: InputProblem } {
  const given = stringOption(values, "as-of");
  if (given !== undefined) {
    const asOf = normalizeAsOf(given);
    return asOf
      ? { ok: true, asOf, fromClock: false }
      : { ok: false, issue: { input: "arguments", path: ["--as-of"], code: "invalid-as-of", message: AS_OF_EXPECTED } };
  }
  const today = normalizeAsOf(io.now());
  return today
    ? { ok: true, asOf: today, fromClock: true }
    : { ok: false, issue: { input: "arguments", path: ["--as-of"], code: "invalid-as-of", message: "no --as-of given and the clock gave no valid date" } };
}
