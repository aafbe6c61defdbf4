// A fast-check property over every renderer and format: canaries planted in identity properties of
// generated report documents (figures, rows, chart data, anywhere) and of findings' facts never
// reach any output, JSON, CSV, Markdown, HTML or the dashboard.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildFindingsReport,
  documentJsonChunks,
  documentMarkdownChunks,
  renderCsv,
  renderDashboardHtml,
  renderDocumentHtml,
  renderHtml,
  renderJson,
  renderMarkdown,
  tableCsvChunks,
  type FindingsReport,
  type ReportDocument,
  type ReportSection,
} from "../src";
import { OPTIONS, sampleEvaluation } from "./support/sample";

const CANARY = "CANARY-7f3e";
// Canaries in the forms an identity takes: a name, a contact, an address, free notes.
const identityArb = fc.record(
  {
    name: fc.string({ maxLength: 8 }).map((s) => `${s} ${CANARY}-name`),
    contact: fc.constant(`${CANARY}@contact.example`),
    address: fc.constant(`1 ${CANARY} Street`),
    notes: fc.string({ maxLength: 8 }).map((s) => `${CANARY} ${s}`),
  },
  { requiredKeys: ["name"] },
);
// Text from the data, of any kind, that is not a canary.
const textArb = fc.string({ maxLength: 12 }).filter((s) => !s.includes("CANARY"));
const cellArb = fc.oneof(textArb, fc.integer(), fc.constant(null), fc.boolean());

const sectionArb: fc.Arbitrary<ReportSection> = fc
  .record({
    id: textArb,
    title: textArb,
    summary: textArb,
    figure: fc.record({ label: textArb, value: cellArb, identity: identityArb }),
    rows: fc.array(fc.record({ a: cellArb, b: cellArb, identity: identityArb }), { maxLength: 4 }),
    chartRows: fc.array(fc.record({ label: textArb, n: fc.nat(50), identity: identityArb }), { minLength: 1, maxLength: 3 }),
    identity: identityArb,
  })
  .map((r) => ({
    // Identities where the types have no room for them: a host's mistake the renderers must survive.
    id: r.id,
    title: r.title,
    summary: r.summary,
    identity: r.identity,
    figures: [r.figure],
    charts: [
      {
        id: "c",
        title: r.title,
        description: r.summary,
        identity: r.identity,
        vegaLite: { data: { values: r.chartRows }, mark: "bar", encoding: { x: { field: "label", type: "nominal" }, y: { field: "n", type: "quantitative" } } },
      },
    ],
    tables: [{ id: "t", title: r.title, columns: [{ key: "a", label: "A" }, { key: "b", label: "B", kind: "count" as const }, { key: "identity", label: "Identity" }], rows: r.rows }],
  }) as unknown as ReportSection);

const docArb: fc.Arbitrary<ReportDocument> = fc.record({ title: textArb, asOf: fc.constant("2019-06-30"), sections: fc.array(sectionArb, { minLength: 1, maxLength: 2 }) });

function findingsWithCanaries(identity: object): FindingsReport {
  const report = buildFindingsReport(sampleEvaluation(), OPTIONS);
  // A host that put an identity into a finding's facts by mistake.
  return { ...report, findings: report.findings.map((f) => ({ ...f, facts: { ...f.facts, identity: identity as never } })) };
}

const join = (chunks: Iterable<string>) => [...chunks].join("");

describe("no renderer lets an identity through (canary property)", () => {
  it("report documents: JSON, CSV of every table, Markdown", () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const outputs = [join(documentJsonChunks(doc)), join(documentMarkdownChunks(doc)), ...doc.sections.flatMap((s) => s.tables.map((t) => join(tableCsvChunks(t))))];
        for (const o of outputs) expect(o).not.toContain(CANARY);
      }),
      { numRuns: 200 },
    );
  });

  it("report documents and the dashboard: HTML with charts drawn by Vega", async () => {
    await fc.assert(
      fc.asyncProperty(docArb, identityArb, async (doc, identity) => {
        const findings = findingsWithCanaries(identity);
        for (const page of [await renderDocumentHtml(doc), await renderDashboardHtml({ title: doc.title, asOf: doc.asOf, reports: [doc], findings })]) {
          expect(page).not.toContain(CANARY);
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it("findings reports: JSON, CSV, Markdown, HTML", () => {
    fc.assert(
      fc.property(identityArb, (identity) => {
        const report = findingsWithCanaries(identity);
        for (const o of [renderJson(report), renderCsv(report), renderMarkdown(report), renderHtml(report)]) expect(o).not.toContain(CANARY);
      }),
      { numRuns: 50 },
    );
  });
});
