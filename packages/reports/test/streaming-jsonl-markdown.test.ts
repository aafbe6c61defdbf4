import { describe, expect, it } from "vitest";
import { buildFindingsReport, redactIdentities, renderJsonLines, renderJsonLinesChunks, renderMarkdown, renderMarkdownChunks, type FindingsReport } from "../src";
import { OPTIONS, sampleEvaluation } from "./support/sample";

describe("streaming Markdown", () => {
  it("writes in chunks the text renderMarkdown returns", () => {
    const report = buildFindingsReport(sampleEvaluation(), OPTIONS);
    expect([...renderMarkdownChunks(report)].join("")).toBe(renderMarkdown(report));
  });

  it("keeps each chunk bounded for a report with many findings", () => {
    const base = buildFindingsReport(sampleEvaluation(), OPTIONS);
    const findings = Array.from({ length: 3_000 }, () => base.findings[0]!);
    const report: FindingsReport = { ...base, findings };
    let chunks = 0;
    for (const c of renderMarkdownChunks(report)) {
      chunks++;
      expect(c.length).toBeLessThan(70 * 1024);
    }
    expect(chunks).toBeGreaterThan(1);
  });
});

describe("JSON Lines", () => {
  it("writes the report without its findings, then one redacted finding a line", () => {
    const report = buildFindingsReport(sampleEvaluation(), OPTIONS);
    const text = renderJsonLines(report);
    expect([...renderJsonLinesChunks(report)].join("")).toBe(text);
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]!["record"]).toBe("report");
    expect(lines[0]!["findings"]).toBeUndefined();
    expect(lines.slice(1).map((l) => l["record"])).toEqual(report.findings.map(() => "finding"));
    expect(lines.slice(1).map(({ record: _r, ...f }) => f)).toEqual(JSON.parse(JSON.stringify(redactIdentities(report.findings))));
  });
});
