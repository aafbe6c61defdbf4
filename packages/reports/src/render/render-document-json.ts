import { redactIdentities } from "../confidentiality";
import type { ReportSection } from "../model/report-document";
import type { ReportDocument } from "./document";
import { jsonChunks } from "./json-chunks";

function* rowsOf(rows: ReportSection["tables"][number]["rows"]): Generator<unknown> {
  for (const row of rows) yield redactIdentities(row);
}

/**
 * A report document as pretty-printed JSON chunks (`{ format: "psea-report", version: 1, kind,
 * title, asOf, audience, sections }`), every table's rows read from their iterable as they are
 * written: a million rows never sit in one string. Identity properties are removed at any depth.
 *
 * @category Rendering
 * @example
 * const doc = { kind: "count", title: "Count", asOf: "2019-06-30",
 *   sections: [{ id: "s", title: "S", figures: [], charts: [], tables: [
 *     { id: "t", title: "T", columns: [{ key: "n", label: "N" }], rows: [{ n: 1 }, { n: 2 }] }] }] };
 * JSON.parse([...documentJsonChunks(doc)].join("")).sections[0].tables[0].rows; // [{ n: 1 }, { n: 2 }]
 */
export function* documentJsonChunks(doc: ReportDocument): Generator<string, void, undefined> {
  const sections = doc.sections.map((s) => ({
    ...(redactIdentities({ ...s, tables: [] }) as object),
    tables: s.tables.map((t) => ({ ...(redactIdentities({ ...t, rows: [] }) as object), rows: { [Symbol.iterator]: () => rowsOf(t.rows) } })),
  }));
  yield* jsonChunks({
    format: "psea-report",
    version: 1,
    ...(doc.kind !== undefined ? { kind: doc.kind } : {}),
    title: doc.title,
    asOf: doc.asOf,
    ...(doc.audience !== undefined ? { audience: doc.audience } : {}),
    ...(doc.generatedFor !== undefined ? { generatedFor: doc.generatedFor } : {}),
    sections,
  });
}

/**
 * A report document as one JSON string; see {@link documentJsonChunks} for large reports.
 *
 * @category Rendering
 * @example
 * const doc = { title: "Count", asOf: "2019-06-30", sections: [] };
 * JSON.parse(renderDocumentJson(doc)); // { format: "psea-report", version: 1, title: "Count", asOf: "2019-06-30", sections: [] }
 */
export function renderDocumentJson(doc: ReportDocument): string {
  let out = "";
  for (const c of documentJsonChunks(doc)) out += c;
  return out;
}
