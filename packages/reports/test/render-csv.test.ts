import { describe, expect, it } from "vitest";
import { buildFindingsReport, CSV_COLUMNS, renderCsv, renderCsvChunks } from "../src";
import { csvCell } from "../src/render/csv-cell";
import { OPTIONS, sampleEvaluation } from "./support/sample";
import { parseCsv } from "@psea/test-support";

describe("csvCell", () => {
  it("leaves plain text alone", () => {
    expect(csvCell("DPKO-GM-c")).toBe("DPKO-GM-c");
  });

  it("quotes commas, quotes and line breaks per RFC 4180, doubling quotes", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("one\ntwo")).toBe('"one\ntwo"');
    expect(csvCell("one\r\ntwo")).toBe('"one\r\ntwo"');
  });

  it("makes cells that a spreadsheet would run as a formula inert", () => {
    for (const start of ["=", "+", "-", "@", "\t"]) expect(csvCell(`${start}1+1`).startsWith(`'${start}`)).toBe(true);
    expect(csvCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvCell("a=1")).toBe("a=1");
  });
});

describe("renderCsv", () => {
  const csv = renderCsv(buildFindingsReport(sampleEvaluation(), OPTIONS), { bom: false });
  const rows = parseCsv(csv);

  it("has a header row and one row per finding, with CRLF line ends", () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it("writes a finding's fields, parameters with their effective dates and citation", () => {
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row).toMatchObject({
      number: "1",
      severity: "violation",
      rule_id: "dpko.gm-c.focal-point-grade",
      obligation_ids: "DPKO-GM-c",
      citation: "DPKO-IG, General management responsibilities (c)",
      subject_kind: "personnel",
      subject_id: "P-ALT",
      path: "roster.alternate.personnelId",
      message: "the Alternate is at grade P-3, below the minimum P-4",
    });
    expect(JSON.parse(row["facts"]!)).toEqual({ role: "alternate", grade: "P-3", comparison: "below" });
    expect(row["parameters"]).toContain("focalPointMinimumGrade = P-4 (in force from 2003-10-15; DPKO-IG, General management responsibilities (c); default)");
    expect(row["parameters"]).toContain("from 2003-10-15 until 2030-01-01");
  });

  it("round-trips a message with quotes, commas, a line break and markup exactly", () => {
    expect(rows[3]![8]).toBe('a relationship with a beneficiary, <script>alert("x")</script> & more, "quoted"\nsecond line');
    expect(rows[3]![3]).toBe("SGB-3.2d; AP-P6");
    expect(rows[3]![12]).toBe("sgb.4.5.adult-beneficiary (SGB-4.5; ST/SGB/2003/13, section 4.5) applied by decision D-1 of 2018-07-01; was violation");
  });

  it("neutralises a formula in a message", () => {
    expect(rows[2]![8]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[2]![13]).toBe("ap.p6.general (notice; MINUSCA-AP-2018-2019, Prevention goal 6)");
  });

  it("is only the header for a report without findings", () => {
    const empty = renderCsv(buildFindingsReport({ ...sampleEvaluation(), findings: [] }, OPTIONS));
    expect(empty).toBe(`\uFEFF${CSV_COLUMNS.join(",")}\r\n`);
  });

  it("starts with a UTF-8 byte order mark unless asked not to, and streams the same text in chunks", () => {
    const report = buildFindingsReport(sampleEvaluation(), OPTIONS);
    expect(renderCsv(report).startsWith("\uFEFFnumber,")).toBe(true);
    expect(renderCsv(report, { bom: false })).toBe(csv);
    expect([...renderCsvChunks(report, { bom: false })].join("")).toBe(csv);
  });
});
