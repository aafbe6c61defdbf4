import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, type EvaluationResult, type MissionDatasetInput } from "../../../src";
import { fieldFocalPoints, focalPointAppointed, focalPointGender, focalPointGrade } from "../../../src/rules";
import { AS_OF, compliantDataset, person } from "@psea/test-support";

const roster = defineRuleSet({ id: "gm-c", title: "DPKO-GM-c", rules: [focalPointAppointed, focalPointGrade, focalPointGender, fieldFocalPoints] });

function findings(r: EvaluationResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.findings;
}

function withGrade(id: string, grade: string | undefined): MissionDatasetInput {
  const d = compliantDataset();
  d.personnel = d.personnel!.map((p) => {
    if (p.id !== id) return p;
    const { grade: _old, ...rest } = p;
    return grade === undefined ? rest : { ...rest, grade };
  });
  return d;
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

  it("never lets a grade with no place on the scale meet the minimum (a General Service grade has no equivalent)", () => {
    const d = withGrade("P-FP", "GS-7");
    const fs = findings(evaluate(roster, d, { asOf: AS_OF }));
    expect(fs.map((f) => [f.ruleId, f.explanation.facts["comparison"], f.explanation.facts["grade"]])).toEqual([["dpko.gm-c.focal-point-grade", "not-comparable", "GS-7"]]);
    expect(fs[0]!.message).toBe("the Focal Point's grade (GS-7) has no place on the grade scale and cannot be shown to be at or above P-4");
    const none = findings(evaluate(roster, withGrade("P-FP", undefined), { asOf: AS_OF }));
    expect(none.map((f) => [f.explanation.facts["comparison"], f.explanation.facts["grade"]])).toEqual([["not-comparable", null]]);
  });

  it("normalises grade spellings: P4 and D1 are P-4 and D-1", () => {
    expect(findings(evaluate(roster, withGrade("P-ALT", "P4"), { asOf: AS_OF }))).toEqual([]);
    expect(findings(evaluate(roster, withGrade("P-ALT", " d1 "), { asOf: AS_OF }))).toEqual([]);
    expect(findings(evaluate(roster, withGrade("P-ALT", "p3"), { asOf: AS_OF })).map((f) => f.explanation.facts["grade"])).toEqual(["P-3"]);
  });

  it("compares grades off the P/D scale through the equivalence parameter, both ways", () => {
    expect(findings(evaluate(roster, withGrade("P-FP", "FS-7"), { asOf: AS_OF }))).toEqual([]);
    expect(findings(evaluate(roster, withGrade("P-FP", "NO-D"), { asOf: AS_OF }))).toEqual([]);
    const fs = findings(evaluate(roster, withGrade("P-FP", "FS6"), { asOf: AS_OF }));
    expect(fs.map((f) => f.explanation.facts)).toEqual([{ role: "focalPoint", grade: "FS-6", comparedAs: "P-3", via: "equivalence", comparison: "below" }]);
    expect(fs[0]!.message).toBe("the Focal Point is at grade FS-6 (compared as P-3), below the minimum P-4");
    // A host overlays its own equivalences from a date.
    const citation = { document: "DPKO-IG", clause: "General management responsibilities (c)" };
    const parameters = { gradeEquivalents: [{ value: { "FS-6": "P-4" }, effectiveFrom: "2018-06-01", citation }] };
    expect(findings(evaluate(roster, withGrade("P-FP", "FS-6"), { asOf: AS_OF, parameters }))).toEqual([]);
    expect(findings(evaluate(roster, withGrade("P-FP", "FS-6"), { asOf: "2018-05-31", parameters }))).toHaveLength(1);
  });

  it("reports a minimum grade missing from the grade order as a parameter error, never a pass", () => {
    const citation = { document: "DPKO-IG", clause: "General management responsibilities (c)" };
    const parameters = { focalPointMinimumGrade: [{ value: "P-9", effectiveFrom: "2018-01-01", citation }] };
    const r = evaluate(roster, compliantDataset(), { asOf: AS_OF, parameters });
    if (!r.ok) throw new Error("invalid input");
    expect(r.findings).toEqual([]);
    expect(r.ruleErrors).toEqual([
      {
        code: "parameter-inconsistent",
        ruleId: "dpko.gm-c.focal-point-grade",
        parameterIds: ["focalPointMinimumGrade", "gradeOrder"],
        message: "the minimum grade P-9 is not in the grade order",
      },
    ]);
  });

  it("fails a role with no appointment, or one that takes effect after asOf, and passes it from that date", () => {
    const d = compliantDataset();
    const { focalPoint: _none, ...withoutFocalPoint } = d.roster!;
    d.roster = withoutFocalPoint;
    const missing = findings(evaluate(roster, d, { asOf: AS_OF }));
    expect(missing.map((f) => [f.ruleId, f.subject.id, f.path, f.message])).toEqual([
      ["dpko.gm-c.focal-point-appointed", "MSN", ["roster", "focalPoint"], "no SEA Focal Point is appointed"],
      ["dpko.gm-c.focal-point-gender", "MSN", ["roster"], "0 of the Focal Point and Alternate are women; at least 1 must be"],
    ]);
    // Only the alternate, a man, is in post: the gender rule counts the pair in post.
    const later = compliantDataset();
    later.roster = { ...later.roster!, focalPoint: { personnelId: "P-FP", appointedOn: "2018-07-01" } };
    expect(findings(evaluate(roster, later, { asOf: AS_OF })).map((f) => [f.ruleId, f.path])).toEqual([
      ["dpko.gm-c.focal-point-appointed", ["roster", "focalPoint", "appointedOn"]],
      ["dpko.gm-c.focal-point-gender", ["roster"]],
    ]);
    expect(findings(evaluate(roster, later, { asOf: "2018-07-01" }))).toEqual([]);
  });

  it("fails an appointee who is not on strength, and does not judge their grade", () => {
    const d = compliantDataset();
    d.personnel = d.personnel!.map((p) => (p.id === "P-ALT" ? { ...p, grade: "P-2", departureDate: "2018-05-01" } : p));
    expect(findings(evaluate(roster, d, { asOf: AS_OF })).map((f) => [f.ruleId, f.subject.id, f.explanation.facts])).toEqual([
      ["dpko.gm-c.focal-point-appointed", "P-ALT", { role: "alternate", arrivalDate: "2018-01-02", departureDate: "2018-05-01" }],
    ]);
    expect(findings(evaluate(roster, d, { asOf: "2018-04-30" })).map((f) => f.ruleId)).toEqual(["dpko.gm-c.focal-point-grade"]);
  });

  it("fails one person holding both roles", () => {
    const d = compliantDataset();
    d.roster = { ...d.roster!, alternate: { personnelId: "P-FP", appointedOn: "2018-01-15" } };
    expect(findings(evaluate(roster, d, { asOf: AS_OF })).map((f) => [f.ruleId, f.subject.id, f.explanation.facts])).toEqual([
      ["dpko.gm-c.focal-point-appointed", "P-FP", { focalPoint: "P-FP", alternate: "P-FP" }],
    ]);
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
