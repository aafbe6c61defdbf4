import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFindingsReport, jsonChunks, renderCsvChunks, renderJsonChunks, tableCsvChunks, type FindingsReport, type ReportTable } from "../src";
import { OPTIONS, sampleEvaluation } from "./support/sample";

describe("jsonChunks", () => {
  it("writes the text JSON.stringify writes, indented or not, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect([...jsonChunks(v)].join("")).toBe(`${JSON.stringify(v, null, 2)}\n`);
        expect([...jsonChunks(v, { indent: 0 })].join("")).toBe(`${JSON.stringify(v)}\n`);
      }),
      { numRuns: 300 },
    );
  });

  it("writes any iterable as an array, a bigint as a string and a cycle as a marker, without throwing", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic["self"] = cyclic;
    expect([...jsonChunks({ rows: new Set([1, 2]), big: 10n, cyclic }, { indent: 0 })].join("")).toBe('{"rows":[1,2],"big":"10","cyclic":{"a":1,"self":"[circular]"}}\n');
  });
});

describe("a million rows in chunks", () => {
  it("a findings report too large for one string is written as JSON in bounded chunks, without a RangeError", () => {
    const base = buildFindingsReport(sampleEvaluation(), OPTIONS);
    const one = JSON.stringify(base.findings[0], null, 2).length;
    // References to one finding: cheap to hold, and just more text than one JavaScript string can hold
    // (2^29 characters), which is where JSON.stringify of the whole report throws a RangeError.
    const count = Math.ceil(2 ** 29 / one) + 1_000;
    const report: FindingsReport = { ...base, findings: Array.from({ length: count }, () => base.findings[0]!) };
    let total = 0;
    let largest = 0;
    for (const chunk of renderJsonChunks(report)) {
      total += chunk.length;
      largest = Math.max(largest, chunk.length);
    }
    expect(total).toBeGreaterThan(2 ** 29);
    expect(largest).toBeLessThan(128 * 1024);
  }, 300_000);

  it("a findings report's CSV comes in bounded chunks, one line per finding", () => {
    const base = buildFindingsReport(sampleEvaluation(), OPTIONS);
    const report: FindingsReport = { ...base, findings: Array.from({ length: 100_000 }, () => base.findings[1]!) };
    let lines = 0;
    let largest = 0;
    for (const chunk of renderCsvChunks(report)) {
      largest = Math.max(largest, chunk.length);
      for (let i = chunk.indexOf("\r\n"); i >= 0; i = chunk.indexOf("\r\n", i + 2)) lines++;
    }
    expect(lines).toBe(100_001);
    expect(largest).toBeLessThan(128 * 1024);
  }, 120_000);

  it("a table's rows are read as the CSV is written: a generator of a million rows is never held", () => {
    let produced = 0;
    function* rows() {
      for (let i = 0; i < 1_000_000; i++) {
        produced++;
        yield { month: `2019-${String((i % 12) + 1).padStart(2, "0")}`, n: i % 7 === 0 ? "<5" : i };
      }
    }
    const table: ReportTable = { id: "t", title: "T", columns: [{ key: "month", label: "Month" }, { key: "n", label: "N", kind: "count" }], rows: rows() };
    const chunks = tableCsvChunks(table);
    const first = chunks.next();
    expect(first.done).toBe(false);
    expect(first.value!.startsWith("\uFEFFMonth,N\r\n2019-01,<5\r\n")).toBe(true);
    // One chunk needs only the rows that fill it.
    expect(produced).toBeLessThan(10_000);
    let lines = first.value!.split("\r\n").length - 1;
    for (const c of chunks) lines += c.split("\r\n").length - 1;
    expect(lines).toBe(1_000_001);
  }, 120_000);
});
