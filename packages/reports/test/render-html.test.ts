import { describe, expect, it } from "vitest";
import { buildFindingsReport, renderHtml, renderSvgBarChart } from "../src";
import { escapeHtml } from "../src/render/escape";
import { OPTIONS, sampleEvaluation } from "./support/sample";

describe("renderHtml", () => {
  const page = renderHtml(buildFindingsReport(sampleEvaluation(), OPTIONS));

  it("is a standalone page: inline style, no script, no external asset", () => {
    expect(page.startsWith("<!doctype html>\n<html lang=\"en\">")).toBe(true);
    expect(page).toContain("<style>");
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<link\b/i);
    expect(page).not.toMatch(/\b(src|href)=/i);
  });

  it("escapes a message containing <script>, quotes and ampersands", () => {
    expect(page).toContain("a relationship with a beneficiary, &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more, &quot;quoted&quot;");
    expect(page).toContain("<dd>Conduct &amp; Discipline &lt;Team&gt;</dd>");
  });

  it("draws SVG bar charts of findings by severity and by obligation", () => {
    expect(page.match(/<svg /g)).toHaveLength(2);
    expect(page).toContain("<title>Findings by severity</title>");
    expect(page).toContain("<title>violation: 1</title>");
    expect(page).toContain("<title>Findings by obligation</title>");
    expect(page).toContain("<title>AP-P6: 2</title>");
  });

  it("shows each finding with citation, subject, path, facts, parameters, exception and supersession", () => {
    expect(page).toContain('<tr id="finding-1">');
    expect(page).toContain("<code>dpko.gm-c.focal-point-grade</code><br>DPKO-GM-c<br><small>DPKO-IG, General management responsibilities (c)</small>");
    expect(page).toContain("personnel <code>P-ALT</code><br><small><code>roster.alternate.personnelId</code></small>");
    expect(page).toContain("<li>grade: <code>P-3</code></li>");
    expect(page).toContain("<li>parameter focalPointMinimumGrade = P-4 (in force from 2003-10-15;");
    expect(page).toContain("<li>exception sgb.4.5.adult-beneficiary (SGB-4.5; ST/SGB/2003/13, section 4.5) applied by decision D-1 of 2018-07-01; was violation</li>");
    expect(page).toContain("<li>supersedes ap.p6.general (notice;");
  });

  it("lists conflicts and rules that could not run", () => {
    expect(page).toContain("<h2>Conflicts between rules</h2>");
    expect(page).toContain("rule.a (violation), rule.b (warning)");
    expect(page).toContain("<h2>Rules that could not run</h2>");
    expect(page).toContain("<code>broken.rule</code> (rule-failed): boom");
  });

  it("says so when there are no findings", () => {
    const empty = renderHtml(buildFindingsReport({ ...sampleEvaluation(), findings: [], conflicts: [], ruleErrors: [] }, OPTIONS));
    expect(empty).toContain("<p>No findings.</p>");
    expect(empty).not.toContain("Conflicts between rules");
  });
});

describe("renderSvgBarChart", () => {
  it("scales bars to the largest value and escapes labels", () => {
    const svg = renderSvgBarChart({ title: "A & B", bars: [{ label: "<x>", value: 4 }, { label: "y", value: 2 }], width: 560 });
    expect(svg).toContain('aria-label="A &amp; B"');
    expect(svg).toContain("&lt;x&gt;");
    const widths = [...svg.matchAll(/<rect [^>]*width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([342, 171]);
  });

  it("refuses a colour that is not a plain colour token", () => {
    const svg = renderSvgBarChart({ title: "t", bars: [{ label: "a", value: 1, color: '"/><script>' }] });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain('fill="#5b6b7a"');
  });

  it("draws zero, negative and non-finite values as empty bars", () => {
    const svg = renderSvgBarChart({ title: "t", bars: [{ label: "a", value: 0 }, { label: "b", value: -3 }, { label: "c", value: Number.NaN }] });
    expect([...svg.matchAll(/<rect [^>]*width="(\d+)"/g)].map((m) => m[1])).toEqual(["0", "0", "0"]);
  });

  it("says there are no findings when there are no bars", () => {
    expect(renderSvgBarChart({ title: "t", bars: [] })).toContain("No findings");
  });
});

describe("escapeHtml", () => {
  it("escapes the five characters that matter", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});
