import { describe, expect, it } from "vitest";
import { MissionDatasetShape, cite, defineException, defineRule, defineRuleSet, evaluate, type EvaluationResult } from "../../src";
import { allRules, fieldFocalPoints } from "../../src/rules";
import { AS_OF, compliantDataset } from "@psea/test-support";

const reads = MissionDatasetShape.pick({ mission: true, offices: true });

/** Flags every field office; the concern is shared so other rules can disagree about it. */
const strict = defineRule({
  id: "test.strict",
  title: "Strict",
  obligations: ["AP-P5"],
  citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 5"),
  severity: "violation",
  reads,
  parameters: [],
  *evaluate({ offices }) {
    for (const [i, o] of offices.entries())
      if (o.kind === "field-office") yield { subject: { kind: "office", id: o.id }, path: ["offices", i], message: "strict", concern: "office-check" };
  },
});
const lenient = defineRule({ ...strict, id: "test.lenient", severity: "warning", supersedes: [] });
const superseding = defineRule({ ...strict, id: "test.superseding", severity: "violation", supersedes: ["test.lenient"] });

const ok = (r: EvaluationResult) => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
};

describe("evaluate", () => {
  it("rejects a missing or invalid asOf instead of reading the clock", () => {
    expect(evaluate(defineRuleSet({ id: "s", title: "s", rules: [strict] }), compliantDataset(), { asOf: "2018-02-30" })).toEqual({
      ok: false,
      issues: [{ path: ["asOf"], code: "invalid-as-of", message: expect.any(String) }],
    });
  });

  it("names the field and the code of every input problem", () => {
    const d = compliantDataset();
    (d.offices![0] as Record<string, unknown>)["significantStaffPresence"] = "yes";
    const r = evaluate(defineRuleSet({ id: "s", title: "s", rules: [strict] }), d, { asOf: AS_OF });
    expect(r).toMatchObject({ ok: false, issues: [{ path: ["offices", 0, "significantStaffPresence"], code: "invalid_type" }] });
  });

  it("reports dangling references and duplicate ids with their own codes", () => {
    const d = compliantDataset();
    d.personnel = [{ ...d.personnel![0]!, officeId: "NOWHERE" }, ...d.personnel!.slice(1), d.personnel![1]!];
    const r = evaluate(defineRuleSet({ id: "s", title: "s", rules: [fieldFocalPoints] }), d, { asOf: AS_OF });
    expect(r).toMatchObject({
      ok: false,
      issues: [
        { path: ["personnel", 4, "id"], code: "duplicate-id" },
        { path: ["personnel", 0, "officeId"], code: "unknown-reference", message: "expected the id of an office of this dataset" },
      ],
    });
  });

  it("reports a subject or victim ref used twice in one allegation, and a ref naming no one there", () => {
    const d = compliantDataset();
    const subject = { ref: "S-1", category: "civilian-staff" as const };
    const victim = { ref: "V-1", age: { kind: "known" as const, years: 30 }, sex: "female" as const };
    d.allegations = [
      {
        id: "A-1",
        receivedOn: "2018-06-01",
        intake: { channel: "hotline" },
        subjects: [subject, { ...subject }],
        victims: [{ ...victim, marriageToSubject: { subjectRef: "S-9", legallyMarried: true, overAgeOfMajorityInCitizenshipCountry: true } }, { ...victim }],
        conduct: { sexualActivity: "actual" },
        actions: [{ kind: "repatriation", takenOn: "2018-07-01", subjectRef: "S-9" }],
      },
    ];
    const r = evaluate(allRules, d, { asOf: AS_OF });
    expect(r.ok ? [] : r.issues.map((i) => [i.path.join("."), i.code, i.message])).toEqual([
      ["allegations.0.subjects.1.ref", "duplicate-id", "duplicate ref among the subjects: each must be unique within the allegation"],
      ["allegations.0.victims.1.ref", "duplicate-id", "duplicate ref among the victims: each must be unique within the allegation"],
      ["allegations.0.victims.0.marriageToSubject.subjectRef", "unknown-reference", "expected the ref of a subject of this allegation"],
      ["allegations.0.actions.0.subjectRef", "unknown-reference", "expected the ref of a subject of this allegation"],
    ]);
  });

  it("reports two rules that disagree on one concern as a conflict, keeping both findings", () => {
    const r = ok(evaluate(defineRuleSet({ id: "s", title: "s", rules: [lenient, strict] }), compliantDataset(), { asOf: AS_OF }));
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["test.strict", "violation"],
      ["test.lenient", "warning"],
    ]);
    expect(r.conflicts).toEqual([
      {
        subject: { kind: "office", id: "FO-1" },
        concern: "office-check",
        findings: [
          { ruleId: "test.strict", severity: "violation" },
          { ruleId: "test.lenient", severity: "warning" },
        ],
        message: expect.stringContaining("no exception or supersession is declared"),
      },
    ]);
  });

  it("lets a declared supersession replace a finding, and shows the replaced one", () => {
    const r = ok(evaluate(defineRuleSet({ id: "s", title: "s", rules: [lenient, superseding] }), compliantDataset(), { asOf: AS_OF }));
    expect(r.conflicts).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: "test.superseding", explanation: { supersedes: [{ ruleId: "test.lenient", severity: "warning" }] } });
  });

  it("resolves an exception's parameters as of the date; one not in force lowers nothing and is a rule error", () => {
    const ex = defineException({
      id: "test.dated-exception",
      title: "Dated exception",
      obligation: "SGB-4.4",
      citation: cite("ST/SGB/2003/13", "section 4.4"),
      overrides: "test.strict",
      lowersTo: "notice",
      reads,
      parameters: ["staffMemberCategories"],
      match: (f, _input, { params }) => (params.staffMemberCategories.includes("civilian-staff") ? { basis: "facts", facts: { office: f.subject.id } } : undefined),
    });
    const set = defineRuleSet({ id: "s", title: "s", rules: [strict], exceptions: [ex] });
    const lowered = ok(evaluate(set, compliantDataset(), { asOf: AS_OF }));
    expect(lowered.findings.map((f) => f.severity)).toEqual(["notice"]);
    expect(lowered.findings[0]!.explanation.exception).toMatchObject({ exceptionId: "test.dated-exception", basis: "facts", facts: { office: "FO-1" }, originalSeverity: "violation" });
    expect(lowered.findings[0]!.explanation.parameters.map((p) => p.id)).toContain("staffMemberCategories");
    // The bulletin's parameters start on 2003-10-15: before it, none is in force.
    const early = ok(evaluate(set, compliantDataset(), { asOf: "2003-01-01" }));
    expect(early.findings.map((f) => f.severity)).toEqual(["violation"]);
    expect(early.ruleErrors).toMatchObject([{ code: "parameter-not-in-force", ruleId: "test.dated-exception" }]);
  });

  it("reports an exception that throws as a rule error and leaves the finding standing", () => {
    const ex = defineException({
      id: "test.throwing-exception",
      title: "Throwing",
      obligation: "SGB-4.5",
      citation: cite("ST/SGB/2003/13", "section 4.5"),
      overrides: "test.strict",
      lowersTo: "notice",
      reads,
      match: () => {
        throw new Error("broken host exception");
      },
    });
    const r = ok(evaluate(defineRuleSet({ id: "s", title: "s", rules: [strict], exceptions: [ex] }), compliantDataset(), { asOf: AS_OF }));
    expect(r.findings.map((f) => f.severity)).toEqual(["violation"]);
    expect(r.ruleErrors).toEqual([{ code: "rule-failed", ruleId: "test.throwing-exception", message: "the exception failed on this input and lowered nothing" }]);
  });

  it("applies a declared exception only where a decision matches, and shows both rules", () => {
    const ex = defineException({
      id: "test.exception",
      title: "Exception",
      obligation: "SGB-4.5",
      citation: cite("ST/SGB/2003/13", "section 4.5"),
      overrides: "test.strict",
      lowersTo: "notice",
      reads,
      match: (f) => (f.subject.id === "FO-1" ? { basis: "decision", decisionId: "D-1", decidedOn: "2018-03-01" } : undefined),
    });
    const d = compliantDataset();
    d.offices = [...d.offices!, { id: "FO-2", name: "Two", region: "East", kind: "field-office", significantStaffPresence: false }];
    const r = ok(evaluate(defineRuleSet({ id: "s", title: "s", rules: [strict], exceptions: [ex] }), d, { asOf: AS_OF }));
    expect(r.findings.map((f) => [f.subject.id, f.severity])).toEqual([
      ["FO-2", "violation"],
      ["FO-1", "notice"],
    ]);
    expect(r.findings[1]!.explanation.exception).toEqual({
      exceptionId: "test.exception",
      obligationId: "SGB-4.5",
      citation: { document: "ST/SGB/2003/13", clause: "section 4.5" },
      basis: "decision",
      decisionId: "D-1",
      decidedOn: "2018-03-01",
      originalSeverity: "violation",
    });
    expect(r.findings[1]!.ruleId).toBe("test.strict");
  });

  it("turns a parameter not in force into a typed rule error, and runs the other rules", () => {
    const dated = defineRule({ ...strict, id: "test.dated", parameters: ["childAgeThresholdYears"] });
    const r = ok(evaluate(defineRuleSet({ id: "s", title: "s", rules: [dated, strict] }), compliantDataset(), { asOf: "2001-01-01" }));
    expect(r.ruleErrors).toEqual([
      { code: "parameter-not-in-force", parameterId: "childAgeThresholdYears", asOf: "2001-01-01", ruleId: "test.dated", message: expect.any(String) },
    ]);
    expect(r.findings.map((f) => f.ruleId)).toEqual(["test.strict"]);
  });

  it("keeps a failing rule from taking the others down", () => {
    const broken = defineRule({
      ...strict,
      id: "test.broken",
      evaluate() {
        throw new Error("bug in rule");
      },
    });
    const r = ok(evaluate(defineRuleSet({ id: "s", title: "s", rules: [broken, strict] }), compliantDataset(), { asOf: AS_OF }));
    expect(r.ruleErrors).toEqual([{ code: "rule-failed", ruleId: "test.broken", message: "the rule failed on this input and reported nothing" }]);
    expect(r.summary).toEqual({ rulesEvaluated: 2, violations: 1, warnings: 0, notices: 0 });
  });

  it("rejects duplicate rule ids and exceptions against unknown rules when a set is defined", () => {
    expect(() => defineRuleSet({ id: "s", title: "s", rules: [strict, strict] })).toThrow(/duplicate id/);
    const ex = defineException({ id: "x", title: "x", obligation: "SGB-4.4", citation: cite("ST/SGB/2003/13", "4.4"), overrides: "nope", lowersTo: "notice", reads, match: () => undefined });
    expect(() => defineRuleSet({ id: "s", title: "s", rules: [strict], exceptions: [ex] })).toThrow(/unknown rule/);
  });
});
