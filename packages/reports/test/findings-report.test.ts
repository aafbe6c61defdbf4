import { defineRuleSet, evaluate } from "@psea/core";
import { focalPointGrade } from "@psea/core/rules";
import { describe, expect, it } from "vitest";
import { compliantDataset } from "@psea/test-support";
import { buildFindingsReport, formatPath } from "../src";
import { OPTIONS, sampleEvaluation } from "./support/sample";

describe("buildFindingsReport", () => {
  it("counts findings by severity, by obligation (once under each), by rule and by subject kind", () => {
    const report = buildFindingsReport(sampleEvaluation(), OPTIONS);
    expect(report.totals).toEqual({
      findings: 3,
      rulesEvaluated: 12,
      bySeverity: { violation: 1, warning: 1, notice: 1 },
      byObligation: [
        { key: "AP-P6", count: 2 },
        { key: "DPKO-GM-c", count: 1 },
        { key: "SGB-3.2d", count: 1 },
      ],
      byRule: [
        { key: "ap.p6.formula", count: 1 },
        { key: "dpko.gm-c.focal-point-grade", count: 1 },
        { key: "sgb.3.2d.relationship-with-beneficiary", count: 1 },
      ],
      bySubjectKind: [
        { key: "allegation", count: 2 },
        { key: "personnel", count: 1 },
      ],
    });
  });

  it("carries the metadata passed in, and the evaluation's own date", () => {
    const report = buildFindingsReport(sampleEvaluation(), { title: "T", asOf: "2018-07-01" });
    expect(report).toMatchObject({ format: "psea-findings-report", version: 1, title: "T", asOf: "2018-07-01", evaluatedAsOf: "2018-06-30" });
    expect("generatedFor" in report).toBe(false);
    expect("generatedOn" in report).toBe(false);
  });

  it("lists each finding with a formatted citation, path, facts and parameters with their effective dates", () => {
    const [first] = buildFindingsReport(sampleEvaluation(), OPTIONS).findings;
    expect(first).toEqual({
      number: 1,
      ruleId: "dpko.gm-c.focal-point-grade",
      obligationIds: ["DPKO-GM-c"],
      severity: "violation",
      citation: "DPKO-IG, General management responsibilities (c)",
      subject: { kind: "personnel", id: "P-ALT" },
      path: "roster.alternate.personnelId",
      pathSegments: ["roster", "alternate", "personnelId"],
      message: "the Alternate is at grade P-3, below the minimum P-4",
      concern: "dpko.gm-c.focal-point-grade",
      facts: { role: "alternate", grade: "P-3", comparison: "below" },
      parameters: [
        { id: "focalPointMinimumGrade", value: "P-4", effectiveFrom: "2003-10-15", citation: "DPKO-IG, General management responsibilities (c)", layer: "default" },
        { id: "gradeOrder", value: ["P-3", "P-4", "P-5"], effectiveFrom: "2003-10-15", effectiveTo: "2030-01-01", citation: "DPKO-IG, General management responsibilities (c) [verify]", layer: "overlay" },
      ],
      supersedes: [],
    });
  });

  it("shows the exception that lowered a finding and the findings another replaced", () => {
    const { findings } = buildFindingsReport(sampleEvaluation(), OPTIONS);
    expect(findings[2]!.exception).toEqual({
      exceptionId: "sgb.4.5.adult-beneficiary",
      obligationId: "SGB-4.5",
      citation: "ST/SGB/2003/13, section 4.5",
      basis: "decision",
      decisionId: "D-1",
      decidedOn: "2018-07-01",
      originalSeverity: "violation",
    });
    expect(findings[1]!.supersedes).toEqual([{ ruleId: "ap.p6.general", severity: "notice", citation: "MINUSCA-AP-2018-2019, Prevention goal 6" }]);
  });

  it("keeps conflicts and rule errors", () => {
    const report = buildFindingsReport(sampleEvaluation(), OPTIONS);
    expect(report.conflicts.map((c) => c.findings.map((f) => f.ruleId))).toEqual([["rule.a", "rule.b"]]);
    expect(report.ruleErrors).toEqual([
      { ruleId: "dpko.rc-b.agreement", code: "parameter-not-in-force", parameterId: "rcHomAgreementPeriod", message: "no value of 'rcHomAgreementPeriod' is in force on 2018-06-30" },
      { ruleId: "broken.rule", code: "rule-failed", message: "boom" },
    ]);
  });

  it("never mutates the evaluation and shares no object with it", () => {
    const result = sampleEvaluation();
    const before = JSON.stringify(result);
    const report = buildFindingsReport(result, OPTIONS);
    (report.findings[0]!.facts as Record<string, unknown>)["grade"] = "changed";
    expect(JSON.stringify(result)).toBe(before);
  });

  it("reports a real evaluation (DPKO-GM-c alternate below grade)", () => {
    const d = compliantDataset();
    d.personnel = d.personnel!.map((p) => (p.id === "P-ALT" ? { ...p, grade: "P-3" } : p));
    const result = evaluate(defineRuleSet({ id: "gm-c", title: "GM c", rules: [focalPointGrade] }), d, { asOf: "2018-06-30" });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const report = buildFindingsReport(result, { title: "Roster", asOf: "2018-06-30" });
    expect(report.totals.bySeverity).toEqual({ violation: 1, warning: 0, notice: 0 });
    expect(report.findings[0]).toMatchObject({ ruleId: "dpko.gm-c.focal-point-grade", obligationIds: ["DPKO-GM-c"], path: "roster.alternate.personnelId" });
    expect(report.findings[0]!.parameters.find((p) => p.id === "focalPointMinimumGrade")).toMatchObject({ value: "P-4", effectiveFrom: "2003-10-15" });
  });

  it("reports an empty evaluation with zero totals", () => {
    const result = { ...sampleEvaluation(), findings: [], conflicts: [], ruleErrors: [] };
    const report = buildFindingsReport(result, OPTIONS);
    expect(report.totals).toMatchObject({ findings: 0, bySeverity: { violation: 0, warning: 0, notice: 0 }, byObligation: [], byRule: [], bySubjectKind: [] });
  });
});

describe("formatPath", () => {
  it("joins keys with dots and puts indices in brackets", () => {
    expect(formatPath(["personnel", 3, "grade"])).toBe("personnel[3].grade");
    expect(formatPath(["roster", "fieldFocalPoints", 0, "officeId"])).toBe("roster.fieldFocalPoints[0].officeId");
    expect(formatPath([0, "a"])).toBe("[0].a");
    expect(formatPath([])).toBe("(root)");
  });
});
