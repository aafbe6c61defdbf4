import { allRules } from "@psea/core/rules";
import { describe, expect, it } from "vitest";
import { buildComplianceScorecard, complianceScorecardReport, kitRules, type ComplianceScorecard } from "../../src";
import { AS_OF, compliantDataset } from "@psea/test-support";

function build(input: unknown, options: Parameters<typeof buildComplianceScorecard>[1]): ComplianceScorecard {
  const r = buildComplianceScorecard(input, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
}

const RADIO = "ap.p1.radio-broadcast";
const withoutRadioWeekOf = (from: string, to: string) => {
  const d = compliantDataset();
  const before = d.cadenceOccurrences!.length;
  d.cadenceOccurrences = d.cadenceOccurrences!.filter((o) => !(o.cadenceId === RADIO && o.on >= from && o.on <= to));
  expect(d.cadenceOccurrences.length).toBe(before - 1);
  return d;
};

describe("buildComplianceScorecard", () => {
  it("shows every obligation met on a compliant mission", () => {
    const r = build(compliantDataset(), { asOf: AS_OF, ruleSet: allRules });
    expect(r.totals).toMatchObject({ violation: 0, warning: 0 });
    expect(r.obligations.length).toBeGreaterThan(10);
    expect(r.obligations.every((l) => l.status === "met")).toBe(true);
    expect(r.documents.every((d) => d.status === "met")).toBe(true);
    expect(r.change).toBeNull();
  });

  it("counts a finding against its obligation and source document, with the citation", () => {
    const d = compliantDataset();
    d.personnel = d.personnel!.map((p) => (p.id === "P-ALT" ? { ...p, grade: "P-3" } : p));
    const r = build(d, { asOf: AS_OF, ruleSet: allRules });
    const line = r.obligations.find((l) => l.id === "DPKO-GM-c")!;
    expect(line).toMatchObject({ status: "findings", counts: { violation: 1, warning: 0, notice: 0 }, missedCadenceOccurrences: 0 });
    expect(line.citations).toHaveLength(1);
    expect(line.citations[0]).toMatch(/^DPKO-IG, /);
    expect(r.documents.find((x) => x.document === "DPKO-IG")).toMatchObject({ status: "findings", counts: { violation: 1 } });
    expect(r.obligations.filter((l) => l.status === "findings").map((l) => l.id)).toEqual(["DPKO-GM-c"]);
  });

  it("counts a missed cadence occurrence and shows the change between two as-of dates", () => {
    const d = withoutRadioWeekOf("2018-03-05", "2018-03-11");
    const r = build(d, { asOf: AS_OF, compareWith: "2018-03-01", ruleSet: allRules });
    expect(r.obligations.find((l) => l.id === "AP-P1")).toMatchObject({ status: "findings", missedCadenceOccurrences: 1 });
    expect(r.cadences.find((c) => c.cadenceId === RADIO)).toMatchObject({ missed: 1, lastMissedFrom: "2018-03-05", obligations: ["AP-P1"] });
    expect(r.change).toMatchObject({ from: "2018-03-01", to: AS_OF, newFindings: 1, resolvedFindings: 0 });
    expect(r.change!.obligations.find((c) => c.id === "AP-P1")).toEqual({ id: "AP-P1", before: "met", after: "findings", violationsBefore: 0, violationsAfter: 1, newFindings: 1, resolvedFindings: 0 });
  });

  it("lists an obligation no rule encodes as not assessed", () => {
    const r = build(compliantDataset(), { asOf: AS_OF, ruleSet: allRules, obligations: ["AP-Z9"] });
    expect(r.obligations.find((l) => l.id === "AP-Z9")).toMatchObject({ status: "not-assessed", rules: 0 });
  });

  it("checks against every rule of the kit by default", () => {
    const r = build(compliantDataset(), { asOf: AS_OF });
    expect(r.ruleSet).toBe(kitRules.id);
    expect(r.totals.rulesEvaluated).toBe(kitRules.rules.length);
  });

  it("returns issues with paths and codes and no received value", () => {
    const secret = "SECRET-CANARY-7";
    const r = buildComplianceScorecard({ mission: { id: secret, name: 5 }, personnel: [{ id: secret }] }, { asOf: AS_OF, compareWith: secret });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain(secret);
    const r2 = buildComplianceScorecard({ mission: { id: secret, name: 5 } }, { asOf: AS_OF });
    expect(!r2.ok && r2.issues.some((i) => i.path.join(".") === "mission.name")).toBe(true);
    expect(JSON.stringify(r2)).not.toContain(secret);
  });

  it("lays out sections with a chart by source document and severity", () => {
    const r = complianceScorecardReport.build(compliantDataset(), { asOf: AS_OF });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = complianceScorecardReport.sections(r.report);
    expect(s.map((x) => x.id)).toEqual(["scorecard.summary", "scorecard.obligations"]);
    expect(s[0]!.charts[0]!.vegaLite).toMatchObject({ encoding: { color: { title: "Severity" } } });
  });
});
