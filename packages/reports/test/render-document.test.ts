import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../src/render/escape";
import {
  buildFindingsReport,
  chartSpec,
  findingsByObligation,
  renderChartSvg,
  renderDashboardHtml,
  renderDocumentHtml,
  renderDocumentJson,
  renderDocumentMarkdown,
  renderHtml,
  renderTableCsv,
  type ReportDocument,
} from "../src";
import { casesKind, hostileKind } from "@psea/test-support";
import { OPTIONS, sampleEvaluation } from "./support/sample";

function docOf(kind: typeof hostileKind | typeof casesKind, input: unknown = {}): ReportDocument {
  const built = kind.build(input, { asOf: "2019-06-30" });
  if (!built.ok) throw new Error("fixture did not build");
  return { kind: kind.id, title: kind.title, asOf: "2019-06-30", sections: (kind.sections as (r: unknown) => ReportDocument["sections"])(built.report) };
}

const cases = docOf(casesKind, { allegations: [{ id: "A-1", receivedOn: "2019-01-04" }, { id: "A-2", receivedOn: "2019-01-20" }] });
const hostile = docOf(hostileKind);

describe("Markdown of report documents", () => {
  it("writes GFM tables with numbers right-aligned and figures as a list", () => {
    const md = renderDocumentMarkdown(cases);
    expect(md).toContain("- **Allegations:** 2");
    expect(md).toContain("| Month | Allegations |\n| --- | ---: |\n| 2019-01 | 2 |");
    expect(md).toContain("**Allegations by month received** (chart): 2019-01: 2");
  });

  it("escapes only what starts markup, and never turns a bare URL into a link", () => {
    expect(escapeMarkdown("Côte d'Ivoire (CIV): 3.5% done, see https://example.org")).toBe("Côte d'Ivoire (CIV): 3.5% done, see https\\://example.org");
    expect(escapeMarkdown("www.un.org/sea")).toBe("www\\.un.org/sea");
    expect(escapeMarkdown("a_b c*d e|f [g](h) `i`")).toBe("a_b c\\*d e\\|f \\[g](h) \\`i\\`");
    const md = renderDocumentMarkdown(hostile);
    expect(md).not.toMatch(/(?<!\\)<(script|img|\/svg)/);
    expect(md).not.toContain("https://example.org");
    expect(md).toContain("https\\://example.org");
  });
});

describe("CSV and JSON of report documents", () => {
  it("CSV: the column labels, then the rows, a BOM first unless asked not to", () => {
    const table = cases.sections[0]!.tables[0]!;
    expect(renderTableCsv(table)).toBe("\uFEFFMonth,Allegations\r\n2019-01,2\r\n");
    expect(renderTableCsv(table, { bom: false })).toBe("Month,Allegations\r\n2019-01,2\r\n");
  });

  it("JSON: the document with its rows", () => {
    const json = JSON.parse(renderDocumentJson(cases));
    expect(json).toMatchObject({ format: "psea-report", version: 1, kind: "cases", asOf: "2019-06-30" });
    expect(json.sections[0].tables[0].rows).toEqual([{ month: "2019-01", allegations: 2 }]);
  });
});

describe("HTML of report documents and charts", () => {
  it("every text from the data is escaped, in the page and in the SVG", async () => {
    const page = await renderDocumentHtml(hostile);
    expect(page).not.toMatch(/<script|<img|<\/svg><script/i);
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page.match(/<\/svg>/g)).toHaveLength(1);
  });

  it("a chart carries role img, an aria-label, a title and a description", async () => {
    const chart = cases.sections[0]!.charts[0]!;
    const svg = await renderChartSvg(chart, { idPrefix: "c1" });
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="Allegations by month received"[^>]*aria-describedby="c1-desc"/);
    expect(svg).toContain('<title id="c1-title">Allegations by month received</title><desc id="c1-desc">2019-01: 2</desc>');
    expect(svg).toContain("Month");
  });

  it("a long title is wrapped into lines and the view is sized to hold it, not cut to a fixed width", async () => {
    const title = "Findings by source document and severity, for every document the rule set encodes";
    const spec = chartSpec({ id: "t", title, description: "d", vegaLite: { title, width: "container", mark: "bar" } });
    const lines = (spec["title"] as { text: string[] }).text;
    expect(lines.join(" ")).toBe(title);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(36);
    expect(spec).toMatchObject({ width: 300, autosize: { type: "pad", contains: "padding" }, title: { anchor: "start", frame: "group" } });
    // A title object keeps its own settings; its text is wrapped the same way.
    expect(chartSpec({ id: "t", title: "T", description: "d", vegaLite: { title: { text: title, color: "#333" } } })["title"]).toEqual({ anchor: "start", frame: "group", color: "#333", text: lines });
    // A word longer than a line keeps a line of its own.
    expect((chartSpec({ id: "t", title: `a ${"x".repeat(50)} b`, description: "d", vegaLite: {} })["title"] as { text: string[] }).text).toEqual(["a", "x".repeat(50), "b"]);
  });

  it("a spec that would fetch data or make links is cleaned, and one Vega cannot draw gives a placeholder", async () => {
    const spec = chartSpec({ id: "x", title: "X", description: "d", vegaLite: { data: { url: "file:///etc/passwd" }, mark: "bar", encoding: { href: { field: "u" } } } });
    expect(JSON.stringify(spec)).not.toMatch(/url|href|passwd/);
    const svg = await renderChartSvg({ id: "x", title: "Broken <x>", description: "d", vegaLite: { mark: 42 } });
    expect(svg).toContain("could not be drawn");
    expect(svg).toContain("Broken &lt;x&gt;");
  });
});

describe("the findings page and appendix", () => {
  it("the severity badge cannot wrap letter by letter", () => {
    const page = renderHtml(buildFindingsReport(sampleEvaluation(), OPTIONS));
    expect(page).toMatch(/\.sev\{display:inline-block;white-space:nowrap;/);
    expect(page).toContain('<td class="sev-cell"><span class="sev sev-violation">violation</span></td>');
  });

  it("the appendix shows the exception that lowered a finding, and its basis", async () => {
    const report = buildFindingsReport(sampleEvaluation(), OPTIONS);
    const page = await renderDashboardHtml({ title: "Findings", asOf: "2018-06-30", reports: [], findings: report });
    expect(page).toContain('<small class="exception">exception sgb.4.5.adult-beneficiary (SGB-4.5; ST/SGB/2003/13, section 4.5) applied by decision D-1 of 2018-07-01; was violation</small>');
  });

  it("groups findings by obligation, a finding under two obligations in each", () => {
    const report = buildFindingsReport(sampleEvaluation(), OPTIONS);
    const groups = findingsByObligation(report.findings);
    expect(groups.map(([o]) => o)).toEqual([...groups.map(([o]) => o)].sort());
    expect(groups.reduce((n, [, list]) => n + list.length, 0)).toBe(report.findings.reduce((n, f) => n + f.obligationIds.length, 0));
  });
});
