import { defineRuleSet, evaluate, type AnyRule, type EvaluationResult } from "@psea/core";
import { describe, expect, it } from "vitest";
import { requiredTraining, trainingComplianceRate, trainingRules } from "../src";
import { AS_OF, compliantMission, person } from "./support";

// The messages and facts of the AP-P2 findings, read by Conduct and Discipline Teams as written.

function findings(r: EvaluationResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

function only(rule: AnyRule) {
  return defineRuleSet({ id: `only-${rule.id}`, title: rule.title, rules: [rule] });
}

const citation = { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 2 (d)" };

describe("AP-P2 required training: what the finding says", () => {
  it("a course never taken: who, which course, by when, and the window from arrival", () => {
    const d = compliantMission();
    d.personnel[0] = { ...d.personnel[0]!, trainings: [] };
    const [f] = findings(evaluate(only(requiredTraining), d, { asOf: AS_OF }));
    expect(f?.message).toBe("P-HOM has not taken sea-induction, due by 2018-02-02 (inductionWindow P1M from arrival on 2018-01-02)");
  });

  it("a lapsed refresher: the last completion and the new due date", () => {
    const [f] = findings(evaluate(only(requiredTraining), compliantMission(), { asOf: "2018-09-02" }));
    expect(f?.message).toBe("P-VET's sea-refresher has lapsed: last completed 2017-09-01, due again by 2018-09-01 (refresherPeriod P1Y)");
  });

  it("one finding per person and course behind, each at its own path", () => {
    const d = compliantMission();
    d.personnel[1] = { ...d.personnel[1]!, trainings: [] };
    d.personnel[2] = { ...d.personnel[2]!, trainings: [] };
    const fs = findings(evaluate(only(requiredTraining), d, { asOf: AS_OF }));
    expect(fs.map((f) => [f.path, f.explanation.facts["courseId"], f.concern])).toEqual([
      [["personnel", 1, "trainings"], "sea-induction", "ap.p2.required-training:sea-induction"],
      [["personnel", 1, "trainings"], "sea-community-liaison-assistant", "ap.p2.required-training:sea-community-liaison-assistant"],
      [["personnel", 2, "trainings"], "sea-induction", "ap.p2.required-training:sea-induction"],
      [["personnel", 2, "trainings"], "sea-refresher", "ap.p2.required-training:sea-refresher"],
    ]);
  });
});

describe("AP-P2 compliance rate: what the finding says", () => {
  it("counts and rounds the rate down, so a rate short of the target never reads as the target", () => {
    const d = compliantMission();
    d.personnel[1] = { ...d.personnel[1]!, trainings: [] };
    const [f] = findings(evaluate(only(trainingComplianceRate), d, { asOf: AS_OF }));
    // 2 of 3 is 66.67%: printed as 66.6, never rounded up.
    expect(f?.message).toBe("2 of 3 personnel (66.6%) are up to date with required SEA training, below the target of 100%");
  });

  it("prints an overlaid target, and a rate just under it, without reaching it", () => {
    const d = compliantMission();
    for (let i = 0; i < 1996; i++) d.personnel.push(person({ id: `P-${i}` }));
    d.personnel.push(person({ id: "P-LATE", trainings: [] }));
    // 1,999 of 2,000 up to date is 99.95%, below a target of 99.96%.
    const parameters = { trainingComplianceTarget: [{ value: 0.9996, effectiveFrom: "2018-01-01", citation }] };
    const [f] = findings(evaluate(only(trainingComplianceRate), d, { asOf: AS_OF, parameters }));
    expect(f?.message).toBe("1999 of 2000 personnel (99.9%) are up to date with required SEA training, below the target of 100%");
    const lower = { trainingComplianceTarget: [{ value: 0.999, effectiveFrom: "2018-01-01", citation }] };
    expect(findings(evaluate(only(trainingComplianceRate), d, { asOf: AS_OF, parameters: lower }))).toEqual([]);
  });

  it("prints the target as a whole percentage", () => {
    const d = compliantMission();
    d.personnel[1] = { ...d.personnel[1]!, trainings: [] };
    const parameters = { trainingComplianceTarget: [{ value: 0.9, effectiveFrom: "2018-01-01", citation }] };
    const [f] = findings(evaluate(only(trainingComplianceRate), d, { asOf: AS_OF, parameters }));
    expect(f?.message).toBe("2 of 3 personnel (66.6%) are up to date with required SEA training, below the target of 90%");
  });

  it("lists only the offices and categories below the target", () => {
    const d = compliantMission();
    d.personnel[2] = { ...d.personnel[2]!, trainings: [] }; // the contingent member, in FO-1
    const [f] = findings(evaluate(only(trainingComplianceRate), d, { asOf: AS_OF }));
    expect(f?.explanation.facts).toMatchObject({ officesBelowTarget: ["FO-1"], categoriesBelowTarget: ["military-contingent"] });
  });
});

describe("AP-P2 compliance rate: who is counted", () => {
  it("leaves out of the population anyone with no course required on asOf, such as someone who has left", () => {
    const d = compliantMission();
    d.personnel[1] = { ...d.personnel[1]!, trainings: [] };
    d.personnel.push(person({ id: "P-GONE", arrivalDate: "2017-01-01", departureDate: "2018-03-01", trainings: [] }));
    const [f] = findings(evaluate(only(trainingComplianceRate), d, { asOf: AS_OF }));
    expect(f?.explanation.facts).toMatchObject({ population: 3, compliant: 2 });
  });

  it("has nothing to measure when everyone listed has left", () => {
    const d = compliantMission();
    d.personnel = [person({ id: "P-GONE", arrivalDate: "2017-01-01", departureDate: "2018-03-01", trainings: [] })];
    expect(findings(evaluate(only(trainingComplianceRate), d, { asOf: AS_OF }))).toEqual([]);
  });

  it("judges each person on each course in their own place: a later person's record never stands for an earlier one's", () => {
    const d = compliantMission();
    // The first person untrained, the others up to date: only the first is behind, on the induction only.
    d.personnel[0] = { ...d.personnel[0]!, trainings: [] };
    const fs = findings(evaluate(trainingRules, d, { asOf: AS_OF }));
    expect(fs.map((f) => [f.ruleId, f.subject.id, f.explanation.facts["courseId"] ?? f.explanation.facts["compliant"]])).toEqual([
      ["ap.p2.required-training", "P-HOM", "sea-induction"],
      ["ap.p2.training-compliance-rate", "MSN", 2],
    ]);
  });
});

describe("AP-P2 required training: a due date that cannot be computed", () => {
  it("words a course never taken whose window runs past the last representable date", () => {
    const d = compliantMission();
    d.personnel = [person({ id: "P-LAST", arrivalDate: "9999-12-15", trainings: [] })];
    const fs = findings(evaluate(only(requiredTraining), d, { asOf: "9999-12-31" }));
    // The refresher's first period, a year from arrival, cannot be computed either.
    expect(fs.map((x) => x.explanation.facts["courseId"])).toEqual(["sea-induction", "sea-refresher"]);
    const [f] = fs;
    expect(f?.message).toBe("P-LAST has not taken sea-induction, due by an undeterminable date (inductionWindow P1M from arrival on 9999-12-15)");
    expect(f?.explanation.facts).toMatchObject({ status: "never-taken", dueDate: null, lastCompletedOn: null });
  });
});
