import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, fieldFocalPoints, focalPointGender, focalPointGrade, type EvaluationResult } from "../../../src";
import { AS_OF, compliantDataset, person } from "../../support/dataset";

const roster = defineRuleSet({ id: "gm-c", title: "DPKO-GM-c", rules: [focalPointGrade, focalPointGender, fieldFocalPoints] });

function findings(r: EvaluationResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.findings;
}

describe("DPKO-GM-c focal point roster", () => {
  it("passes a roster with a P-5 woman and a P-4 alternate and a field focal point", () => {
    expect(findings(evaluate(roster, compliantDataset(), { asOf: AS_OF }))).toEqual([]);
  });

  it("fails an alternate below P-4, naming the grade and the parameter with its date", () => {
    const d = compliantDataset();
    d.personnel = d.personnel!.map((p) => (p.id === "P-ALT" ? { ...p, grade: "P-3" } : p));
    const [f, ...rest] = findings(evaluate(roster, d, { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "dpko.gm-c.focal-point-grade",
      obligationIds: ["DPKO-GM-c"],
      severity: "violation",
      subject: { kind: "personnel", id: "P-ALT" },
      path: ["roster", "alternate", "personnelId"],
      explanation: { facts: { grade: "P-3", comparison: "below" } },
    });
    expect(f!.explanation.parameters.find((p) => p.id === "focalPointMinimumGrade")).toMatchObject({ value: "P-4", effectiveFrom: "2003-10-15" });
  });

  it("never lets a grade off the professional scale meet the minimum", () => {
    const d = compliantDataset();
    d.personnel = d.personnel!.map((p) => (p.id === "P-FP" ? { ...p, grade: "FS-7" } : p));
    expect(findings(evaluate(roster, d, { asOf: AS_OF })).map((f) => f.explanation.facts["comparison"])).toEqual(["not-comparable"]);
  });

  it("fails when neither focal point nor alternate is a woman", () => {
    const d = compliantDataset();
    d.personnel = d.personnel!.map((p) => (p.id === "P-FP" ? { ...p, gender: "male" } : p));
    expect(findings(evaluate(roster, d, { asOf: AS_OF })).map((f) => f.ruleId)).toEqual(["dpko.gm-c.focal-point-gender"]);
  });

  it("fails an office with significant staff presence and no field focal point", () => {
    const d = compliantDataset();
    d.offices = [...d.offices!, { id: "FO-2", name: "Field Office Two", region: "East", kind: "field-office", significantStaffPresence: true }];
    d.personnel = [...d.personnel!, person({ id: "P-X", officeId: "FO-2" })];
    const fs = findings(evaluate(roster, d, { asOf: AS_OF }));
    expect(fs.map((f) => [f.ruleId, f.subject.id])).toEqual([["dpko.gm-c.field-focal-points", "FO-2"]]);
  });

  it("takes an overlaid minimum grade from the date it is in force", () => {
    const parameters = {
      focalPointMinimumGrade: [{ value: "P-5", effectiveFrom: "2018-06-01", citation: { document: "DPKO-IG", clause: "General management responsibilities (c)" } }],
    };
    expect(findings(evaluate(roster, compliantDataset(), { asOf: "2018-05-31", parameters }))).toEqual([]);
    const after = findings(evaluate(roster, compliantDataset(), { asOf: "2018-06-01", parameters }));
    expect(after.map((f) => f.subject.id)).toEqual(["P-ALT"]);
    expect(after[0]!.explanation.parameters[0]).toMatchObject({ layer: "overlay", value: "P-5" });
  });
});
