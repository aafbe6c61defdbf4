import { describe, expect, it } from "vitest";
import { cite, defineRuleSet, type AllegationInput, type MissionDatasetInput } from "../../../src";
import { bulletinRules, nonFraternizationRule } from "../../../src/rules";
import { allegation, datasetWith, findingsOf, run, single, victim, type VictimInput } from "./support";

const RELATIONSHIP = "sgb.3.2d.relationship-with-beneficiary";
const CONDITIONS = "sgb.4.5.discretion-conditions";
type DecisionInput = NonNullable<MissionDatasetInput["discretionDecisions"]>[number];

function relationship(v: Partial<VictimInput> = {}, a: Partial<AllegationInput> = {}): AllegationInput {
  return allegation({
    id: "A-1",
    victims: [victim({ ref: "V-1", beneficiary: true, age: { kind: "known", years: 26 }, ...v })],
    conduct: { sexualActivity: "actual", relationship: "ongoing" },
    ...a,
  });
}
const decision = (d: Partial<DecisionInput> = {}): DecisionInput => ({
  id: "D-5",
  exception: "SGB-4.5",
  allegationId: "A-1",
  victimRef: "V-1",
  decidedOn: "2018-06-01",
  decidedBy: "P-HOM",
  rationale: "long-standing relationship predating the deployment",
  ...d,
});

describe("SGB-4.5: discretion on 3.2(d) for an adult beneficiary, only with a recorded decision", () => {
  it("SGB-4.5: lowers the 3.2(d) warning to a notice for an adult beneficiary with a recorded decision", () => {
    const f = single(run(datasetWith({ allegations: [relationship()], discretionDecisions: [decision()] })));
    expect(f).toMatchObject({
      ruleId: RELATIONSHIP,
      severity: "notice",
      explanation: {
        facts: { childStatus: "adult" },
        exception: { exceptionId: "sgb.4.5.adult-beneficiary-discretion", obligationId: "SGB-4.5", decisionId: "D-5", decidedOn: "2018-06-01", originalSeverity: "warning" },
      },
    });
  });

  it("SGB-4.5: only the head of department, office or mission may decide: anyone else's decision lowers nothing and is a violation", () => {
    // P-FP is the focal point, holding no head's role; P-HOM is the Head of Mission.
    const r = run(datasetWith({ allegations: [relationship()], discretionDecisions: [decision({ decidedBy: "P-FP" })] }));
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      [CONDITIONS, "violation"],
      [RELATIONSHIP, "warning"],
    ]);
    expect(findingsOf(r, CONDITIONS)[0]).toMatchObject({
      obligationIds: ["SGB-4.5"],
      path: ["discretionDecisions", 0, "decidedBy"],
      message: "discretion cannot apply: decision D-5 cites SGB 4.5, which only the head of department, office or mission may exercise, but P-FP holds none of the roles head-of-mission, head-of-office",
      explanation: { facts: { decisionId: "D-5", childStatus: "adult", decidedBy: "P-FP", deciderMayDecide: false } },
    });
    expect(findingsOf(r, CONDITIONS)[0]!.explanation.parameters.map((p) => p.id)).toEqual(["childAgeThresholdYears", "discretionDeciderRoles"]);
    // A head of office may decide, and so may whoever a host's overlay names, from its own date.
    const headOfOffice = datasetWith({ allegations: [relationship()], discretionDecisions: [decision({ decidedBy: "P-FP" })] });
    (headOfOffice.personnel as { id: string; roles?: string[] }[]).find((p) => p.id === "P-FP")!.roles = ["head-of-office"];
    const judged = (r: ReturnType<typeof run>) => r.findings.filter((f) => f.ruleId === RELATIONSHIP || f.ruleId === CONDITIONS).map((f) => [f.ruleId, f.severity]);
    expect(judged(run(headOfOffice))).toEqual([[RELATIONSHIP, "notice"]]);
    const citation = cite("ST/SGB/2003/13", "section 4.5");
    const overlay = { discretionDeciderRoles: [{ value: ["head-of-mission", "scpi-focal-point"], effectiveFrom: "2018-06-15", citation }] };
    const focalPoint = datasetWith({ allegations: [relationship()], discretionDecisions: [decision({ decidedBy: "P-FP" })] });
    (focalPoint.personnel as { id: string; roles?: string[] }[]).find((p) => p.id === "P-FP")!.roles = ["scpi-focal-point"];
    expect(judged(run(focalPoint, { parameters: overlay }))).toEqual([[RELATIONSHIP, "notice"]]);
    expect(judged(run(focalPoint, { parameters: overlay, asOf: "2018-06-14" }))).toEqual([
      [CONDITIONS, "violation"],
      [RELATIONSHIP, "warning"],
    ]);
  });

  it("SGB-4.5: without a decision (or with one after asOf) the warning stays", () => {
    expect(single(run(datasetWith({ allegations: [relationship()] })))).toMatchObject({ ruleId: RELATIONSHIP, severity: "warning" });
    const later = single(run(datasetWith({ allegations: [relationship()], discretionDecisions: [decision({ decidedOn: "2018-07-01" })] })));
    expect([later.severity, later.explanation.exception]).toEqual(["warning", undefined]);
  });

  it("SGB-4.5: a decision for a beneficiary of unknown age cannot apply: violation, and the warnings stay", () => {
    const r = run(datasetWith({ allegations: [relationship({ age: { kind: "unknown" } })], discretionDecisions: [decision()] }));
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      [CONDITIONS, "violation"],
      ["sgb.3.2b.victim-age-unknown", "warning"],
      [RELATIONSHIP, "warning"],
    ]);
    expect(findingsOf(r, CONDITIONS)[0]).toMatchObject({
      obligationIds: ["SGB-4.5"],
      subject: { kind: "allegation", id: "A-1" },
      path: ["allegations", 0, "victims", 0, "age"],
      explanation: { facts: { decisionId: "D-5", victimRef: "V-1", childStatus: "age-unknown", ageYears: null, childAgeThresholdYears: 18 } },
    });
  });

  it("SGB-4.5: a decision for a child cannot apply: violation beside the 3.2(b) violation", () => {
    const r = run(datasetWith({ allegations: [relationship({ age: { kind: "known", years: 17 } })], discretionDecisions: [decision()] }));
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.explanation.facts["childStatus"]])).toEqual([
      ["sgb.3.2b.child-victim", "violation", "child"],
      [CONDITIONS, "violation", "child"],
    ]);
    expect(findingsOf(r, CONDITIONS)[0]!.message).toMatch(/^discretion cannot apply/);
  });

  it("SGB-4.5: a decision naming a victim not in the allegation cannot apply", () => {
    const r = run(datasetWith({ allegations: [relationship()], discretionDecisions: [decision({ victimRef: "V-2" })] }));
    expect(findingsOf(r, CONDITIONS)).toMatchObject([{ path: ["discretionDecisions", 0, "victimRef"], explanation: { facts: { victimInAllegation: false, childStatus: null } } }]);
    expect(findingsOf(r, RELATIONSHIP).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("SGB-4.5: lowers only the bulletin's warning: a non-fraternization profile binding the category still applies", () => {
    const profile = nonFraternizationRule({
      id: "mission.non-fraternization",
      citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 2 (e)", { verify: true }),
      categories: ["formed-police-unit"],
    });
    const set = defineRuleSet({ id: "p", title: "p", rules: [...bulletinRules.rules, profile], exceptions: bulletinRules.exceptions });
    const a = relationship({}, { subjects: [{ ref: "S-1", category: "formed-police-unit", contributingCountry: "XYZ" }] });
    const f = single(run(datasetWith({ allegations: [a], discretionDecisions: [decision()] }), { set }));
    expect(f).toMatchObject({
      ruleId: "mission.non-fraternization",
      severity: "violation",
      explanation: { supersedes: [{ ruleId: RELATIONSHIP, severity: "notice" }] },
    });
  });
});
