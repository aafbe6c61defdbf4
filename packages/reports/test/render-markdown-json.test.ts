import { describe, expect, it } from "vitest";
import { buildFindingsReport, renderJson, renderMarkdown } from "../src";
import { escapeMarkdown } from "../src/render/escape";
import { OPTIONS, sampleEvaluation } from "./support/sample";

describe("renderMarkdown", () => {
  const text = renderMarkdown(buildFindingsReport(sampleEvaluation(), OPTIONS));

  it("has the title, metadata and summary tables", () => {
    expect(text.startsWith("# MINUSCA PSEA compliance\n")).toBe(true);
    expect(text).toContain("- **As of:** 2018-06-30");
    expect(text).toContain("- **Prepared for:** Conduct & Discipline \\<Team>");
    expect(text).toContain("| Severity | Findings |\n| --- | ---: |\n| violation | 1 |\n| warning | 1 |\n| notice | 1 |");
    expect(text).toContain("| AP-P6 | 2 |");
  });

  it("has one section per finding with its explanation", () => {
    expect(text).toContain("### 1. violation: dpko.gm-c.focal-point-grade");
    expect(text).toContain("- **Citation:** DPKO-IG, General management responsibilities (c)");
    expect(text).toContain("- **Path:** roster.alternate.personnelId");
    expect(text).toContain("- **Facts:** role: alternate; grade: P-3; comparison: below");
    expect(text).toContain("- **Parameter:** focalPointMinimumGrade = P-4 (in force from 2003-10-15;");
    expect(text).toContain("- **Exception:** sgb.4.5.adult-beneficiary");
    expect(text).toContain("- **Supersedes:** ap.p6.general");
  });

  it("escapes markup in messages and keeps each on one line", () => {
    expect(text).toContain('- **Message:** a relationship with a beneficiary, \\<script>alert("x")\\</script> & more, "quoted" second line');
    expect(text).not.toMatch(/(?<!\\)<script>/);
  });

  it("lists conflicts and rule errors", () => {
    expect(text).toContain("## Conflicts between rules");
    expect(text).toContain("## Rules that could not run\n\n- dpko.rc-b.agreement (parameter-not-in-force):");
  });
});

describe("escapeMarkdown", () => {
  it("escapes table pipes and emphasis", () => {
    expect(escapeMarkdown("a|b *c* _d_")).toBe("a\\|b \\*c\\* \\_d\\_");
  });
});

describe("renderJson", () => {
  it("is the report as parseable, indented JSON", () => {
    const report = buildFindingsReport(sampleEvaluation(), OPTIONS);
    const json = renderJson(report);
    expect(json.startsWith('{\n  "format": "psea-findings-report",')).toBe(true);
    expect(JSON.parse(json)).toEqual(report);
  });
});
