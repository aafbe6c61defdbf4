import { combineRuleSets, defineRuleSet, evaluate, type AnyRule, type EvaluationResult } from "@psea/core";
import { allRules } from "@psea/core/rules";
import { describe, expect, it } from "vitest";
import { requiredTraining, trainingComplianceRate, trainingRules } from "../src";
import { AS_OF, compliantMission, person } from "./support";

function findings(r: EvaluationResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

const citation = { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 2 (a)" };

describe("AP-P2 required training (ap.p2.required-training)", () => {
  it("AP-P2 passes a mission where everyone took each required course within its window", () => {
    expect(findings(evaluate(trainingRules, compliantMission(), { asOf: AS_OF }))).toEqual([]);
  });

  it("AP-P2 passes a newcomer still inside the induction window", () => {
    const d = compliantMission();
    d.personnel.push(person({ id: "P-NEW", arrivalDate: "2018-06-15", trainings: [] }));
    expect(findings(evaluate(trainingRules, d, { asOf: AS_OF }))).toEqual([]);
  });

  it("AP-P2 fails a person who never took the induction, with the due date and the window", () => {
    const d = compliantMission();
    d.personnel[0] = { ...d.personnel[0]!, trainings: [] };
    const fs = findings(evaluate(trainingRules, d, { asOf: AS_OF }));
    expect(fs.map((f) => f.ruleId)).toEqual(["ap.p2.required-training", "ap.p2.training-compliance-rate"]);
    const f = fs[0]!;
    expect(f).toMatchObject({
      ruleId: "ap.p2.required-training",
      obligationIds: ["AP-P2"],
      severity: "violation",
      subject: { kind: "personnel", id: "P-HOM" },
      path: ["personnel", 0, "trainings"],
      concern: "ap.p2.required-training:sea-induction",
    });
    expect(f.explanation.facts).toEqual({
      courseId: "sea-induction",
      status: "never-taken",
      dueDate: "2018-02-02",
      lastCompletedOn: null,
      windowParameter: "inductionWindow",
      window: "P1M",
      arrivalDate: "2018-01-02",
      officeId: "HQ",
      category: "civilian-staff",
    });
    expect(f.explanation.parameters.find((p) => p.id === "inductionWindow")).toMatchObject({
      value: "P1M",
      effectiveFrom: "2018-01-01",
      layer: "default",
      citation: { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 2 (a)", verify: true },
    });
  });

  it("AP-P2 fails a lapsed refresher as overdue, dated from the last completion", () => {
    const d = compliantMission();
    const fs = findings(evaluate(defineOnly(requiredTraining), d, { asOf: "2018-09-02" }));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      subject: { kind: "personnel", id: "P-VET" },
      path: ["personnel", 2, "trainings"],
      explanation: { facts: { courseId: "sea-refresher", status: "overdue", dueDate: "2018-09-01", lastCompletedOn: "2017-09-01", windowParameter: "refresherPeriod", window: "P1Y" } },
    });
  });

  it("AP-P2 fails a Community Liaison Assistant without the role session", () => {
    const d = compliantMission();
    d.personnel[1] = { ...d.personnel[1]!, trainings: [{ courseId: "sea-induction", completedOn: "2018-01-10" }] };
    const fs = findings(evaluate(defineOnly(requiredTraining), d, { asOf: AS_OF }));
    expect(fs.map((f) => [f.subject.id, f.explanation.facts["courseId"], f.explanation.facts["dueDate"], f.explanation.facts["windowParameter"]])).toEqual([
      ["P-CLA", "sea-community-liaison-assistant", "2018-04-02", "roleTrainingWindow"],
    ]);
  });

  it("AP-P2 no finding for someone who has left, however untrained", () => {
    const d = compliantMission();
    d.personnel.push(person({ id: "P-GONE", arrivalDate: "2017-01-01", departureDate: "2018-03-01", trainings: [] }));
    expect(findings(evaluate(trainingRules, d, { asOf: AS_OF }))).toEqual([]);
  });

  it("AP-P2 takes an overlaid window from the date it is in force", () => {
    const d = compliantMission();
    d.personnel.push(person({ id: "P-NEW", arrivalDate: "2018-05-01", trainings: [] }));
    const parameters = { inductionWindow: [{ value: "P2M", effectiveFrom: "2018-06-01", citation }] };
    expect(findings(evaluate(defineOnly(requiredTraining), d, { asOf: "2018-06-30", parameters }))).toEqual([]);
    const before = findings(evaluate(defineOnly(requiredTraining), d, { asOf: "2018-05-31", parameters: {} }));
    expect(before).toEqual([]);
    const after = findings(evaluate(defineOnly(requiredTraining), d, { asOf: "2018-07-02", parameters }));
    expect(after.map((f) => [f.subject.id, f.explanation.facts["dueDate"], f.explanation.facts["window"]])).toEqual([["P-NEW", "2018-07-01", "P2M"]]);
    expect(after[0]!.explanation.parameters.find((p) => p.id === "inductionWindow")).toMatchObject({ layer: "overlay", value: "P2M" });
  });

  it("AP-P2 reads the course catalogue as data: a host's own course ids and applicability", () => {
    const d = compliantMission();
    const parameters = {
      trainingCourses: [
        {
          value: [{ id: "LMS-042", title: "PSEA e-learning", clause: "Prevention goal 2 (a)", recurrence: "once", window: "inductionWindow", appliesTo: { categories: ["military-contingent"] } }],
          effectiveFrom: "2018-01-01",
          citation,
        },
      ],
    };
    const fs = findings(evaluate(defineOnly(requiredTraining), d, { asOf: AS_OF, parameters }));
    expect(fs.map((f) => [f.subject.id, f.explanation.facts["courseId"]])).toEqual([["P-VET", "LMS-042"]]);
  });

  it("AP-P2 does not run before the plan's parameters are in force, and says why", () => {
    const r = evaluate(trainingRules, compliantMission(), { asOf: "2017-06-30" });
    expect(r.ok && r.ruleErrors.map((e) => [e.ruleId, e.code])).toEqual([
      ["ap.p2.required-training", "parameter-not-in-force"],
      ["ap.p2.training-compliance-rate", "parameter-not-in-force"],
    ]);
  });
});

describe("AP-P2 training compliance rate (ap.p2.training-compliance-rate)", () => {
  it("AP-P2 passes at 100% and fails below the target at mission level, with the rate and target", () => {
    expect(findings(evaluate(defineOnly(trainingComplianceRate), compliantMission(), { asOf: AS_OF }))).toEqual([]);
    const d = compliantMission();
    d.personnel[1] = { ...d.personnel[1]!, trainings: [] };
    const [f, ...rest] = findings(evaluate(defineOnly(trainingComplianceRate), d, { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.p2.training-compliance-rate",
      obligationIds: ["AP-P2"],
      severity: "violation",
      subject: { kind: "mission", id: "MSN" },
      path: ["personnel"],
    });
    expect(f!.explanation.facts).toEqual({
      rate: 2 / 3,
      target: 1,
      population: 3,
      compliant: 2,
      officesBelowTarget: ["FO-1"],
      categoriesBelowTarget: ["civilian-staff"],
    });
    expect(f!.explanation.parameters.find((p) => p.id === "trainingComplianceTarget")).toMatchObject({ value: 1, effectiveFrom: "2018-01-01" });
  });

  it("AP-P2 holds the mission to an overlaid target", () => {
    const d = compliantMission();
    d.personnel[1] = { ...d.personnel[1]!, trainings: [] };
    const parameters = { trainingComplianceTarget: [{ value: 0.6, effectiveFrom: "2018-01-01", citation }] };
    expect(findings(evaluate(defineOnly(trainingComplianceRate), d, { asOf: AS_OF, parameters }))).toEqual([]);
  });

  it("AP-P2 has nothing to measure in a mission with no one on strength", () => {
    const d = compliantMission();
    d.personnel = [];
    expect(findings(evaluate(defineOnly(trainingComplianceRate), d, { asOf: AS_OF }))).toEqual([]);
  });
});

describe("AP-P2 rule set", () => {
  it("AP-P2 combines with the core rules without id clashes", () => {
    const all = combineRuleSets("all", "All", [allRules, trainingRules]);
    expect(all.rules.filter((r) => r.obligations.includes("AP-P2")).map((r) => r.id)).toEqual(["ap.p2.required-training", "ap.p2.training-compliance-rate"]);
  });

  it("AP-P2 rejects an invalid dataset with paths, not a throw", () => {
    const r = evaluate(trainingRules, { mission: compliantMission().mission, personnel: [{ id: "P-1", trainings: [{ courseId: "x", completedOn: "soon" }] }] }, { asOf: AS_OF });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => i.path)).toContainEqual(["personnel", 0, "trainings", 0, "completedOn"]);
  });
});

/** A rule set of one rule, to check it alone. */
function defineOnly(rule: AnyRule) {
  return defineRuleSet({ id: `only-${rule.id}`, title: rule.title, rules: [rule] });
}
