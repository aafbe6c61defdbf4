import { describe, expect, it } from "vitest";
import { defineRuleSet, parseDataset, type AllegationInput, type AnyRule, type Finding, type MissionDatasetInput } from "../../../src";
import { adultBeneficiaryDiscretion, adultBeneficiaryDiscretionConditions, bulletinRules, criminalReferralGate, marriageCarveOut } from "../../../src/rules";
import { AS_OF, allegation, datasetWith, findingsOf, run, victim, type VictimInput } from "./support";

// ST/SGB/2003/13 sections 4.4, 4.5 and 5: which victim, allegation and day each exception and gate
// turns on, and the facts each finding carries.

const CHILD = "sgb.3.2b.child-victim";
const RELATIONSHIP = "sgb.3.2d.relationship-with-beneficiary";
type DecisionInput = NonNullable<MissionDatasetInput["discretionDecisions"]>[number];
type ActionInput = NonNullable<AllegationInput["actions"]>[number];

function one(rule: AnyRule, sections: Partial<MissionDatasetInput>, options: { asOf?: string; parameters?: unknown } = {}) {
  return run(datasetWith(sections), { ...options, set: defineRuleSet({ id: "one", title: "one", rules: [rule] }) }).findings;
}

const married = { legallyMarried: true, overAgeOfMajorityInCitizenshipCountry: true } as const;
const child17 = (ref: string, v: Partial<VictimInput> = {}) => victim({ ref, age: { kind: "known", years: 17 }, ...v });

describe("SGB-4.4 marriage carve-out: the victim it turns on", () => {
  it("lowers only the finding of the victim recorded as married, with that victim's facts", () => {
    const a = allegation({ id: "A-1", victims: [child17("V-1"), child17("V-2", { marriageToSubject: married })], conduct: { sexualActivity: "actual", relationship: "ongoing" } });
    const fs = findingsOf(run(datasetWith({ allegations: [a] })), CHILD);
    expect(fs.map((f) => [f.explanation.facts["victimRef"], f.severity])).toEqual([
      ["V-1", "violation"],
      ["V-2", "notice"],
    ]);
    expect(fs[0]!.explanation.exception).toBeUndefined();
    expect(fs[1]!.explanation.exception).toMatchObject({ basis: "facts", facts: { victimRef: "V-2", subjectRef: "S-1" } });
  });

  it("reads the marriage of the allegation the finding is about", () => {
    const plain = allegation({ id: "A-1", victims: [child17("V-1")], conduct: { sexualActivity: "actual", relationship: "ongoing" } });
    const wed = allegation({ id: "A-2", victims: [child17("V-1", { marriageToSubject: married })], conduct: { sexualActivity: "actual", relationship: "ongoing" } });
    const fs = findingsOf(run(datasetWith({ allegations: [plain, wed] })), CHILD);
    expect(fs.map((f) => [f.subject.id, f.severity])).toEqual([
      ["A-1", "violation"],
      ["A-2", "notice"],
    ]);
  });
});

describe("SGB-4.4 and SGB-4.5: an exception lowers only a finding it can tie to a victim of an allegation", () => {
  // The engine hands an exception only the findings of the rule it overrides; `match` is public, and
  // a finding it cannot tie to a victim of an allegation in the data is left as it is, never an error.
  const wed = allegation({ id: "A-1", victims: [child17("V-1", { marriageToSubject: married, beneficiary: true })], conduct: { sexualActivity: "actual", relationship: "ongoing" } });
  const adultCase = allegation({ id: "A-2", victims: [victim({ ref: "V-1", beneficiary: true })], conduct: { sexualActivity: "actual", relationship: "ongoing" } });
  const sections = {
    allegations: [wed, adultCase],
    discretionDecisions: [{ id: "D-1", exception: "SGB-4.5", allegationId: "A-2", victimRef: "V-1", decidedOn: "2018-05-01", decidedBy: "P-HOM" }] as DecisionInput[],
  };
  const r = run(datasetWith(sections));
  const parsed = parseDataset(bulletinRules, datasetWith(sections));
  if (!parsed.ok) throw new Error("the dataset does not parse");
  const data = parsed.value as never;
  const childFinding = findingsOf(r, CHILD)[0]!;
  const relationshipFinding = findingsOf(r, RELATIONSHIP)[0]!;
  const variants = (f: Finding): Finding[] => [
    { ...f, subject: { kind: "mission", id: f.subject.id } },
    { ...f, explanation: { ...f.explanation, facts: { ...f.explanation.facts, victimRef: 1 } } },
    { ...f, subject: { kind: "allegation", id: "A-9" } },
  ];

  it("SGB-4.4: matches the child-victim finding it is given, and no finding of another subject, victim or allegation", () => {
    const ctx = { asOf: AS_OF, params: { staffMemberCategories: ["civilian-staff"] } } as never;
    expect(childFinding.severity).toBe("notice");
    expect(marriageCarveOut.match(childFinding, data, ctx)).toMatchObject({ basis: "facts", facts: { victimRef: "V-1", subjectRef: "S-1" } });
    for (const f of variants(childFinding)) expect(marriageCarveOut.match(f, data, ctx)).toBeUndefined();
  });

  it("SGB-4.5: matches the relationship finding it is given, and no finding of another subject, victim or allegation", () => {
    const ctx = { asOf: AS_OF, params: { discretionDeciderRoles: ["head-of-mission", "head-of-office"] } } as never;
    expect([relationshipFinding.subject.id, relationshipFinding.severity]).toEqual(["A-2", "notice"]);
    expect(adultBeneficiaryDiscretion.match(relationshipFinding, data, ctx)).toEqual({ basis: "decision", decisionId: "D-1", decidedOn: "2018-05-01" });
    for (const f of variants(relationshipFinding)) expect(adultBeneficiaryDiscretion.match(f, data, ctx)).toBeUndefined();
  });
});

describe("SGB-4.5 adult beneficiary discretion: the decision it needs", () => {
  const relationship = (id: string, victims: VictimInput[]) => allegation({ id, victims, conduct: { sexualActivity: "actual", relationship: "ongoing" } });
  const adult = (ref: string) => victim({ ref, beneficiary: true, age: { kind: "known", years: 26 } });
  const decision = (d: Partial<DecisionInput> = {}): DecisionInput => ({ id: "D-5", exception: "SGB-4.5", allegationId: "A-1", victimRef: "V-1", decidedOn: "2018-06-01", decidedBy: "P-HOM", ...d });
  const severities = (sections: Partial<MissionDatasetInput>, asOf = AS_OF) =>
    findingsOf(run(datasetWith(sections), { asOf }), RELATIONSHIP).map((f) => [f.subject.id, f.explanation.facts["victimRef"], f.severity]);

  it("counts a decision recorded on asOf itself, not one recorded the day after", () => {
    const sections = { allegations: [relationship("A-1", [adult("V-1")])], discretionDecisions: [decision({ decidedOn: AS_OF })] };
    expect(severities(sections)).toEqual([["A-1", "V-1", "notice"]]);
    expect(severities(sections, "2018-06-29")).toEqual([["A-1", "V-1", "warning"]]);
  });

  it("lowers only the victim and the allegation the decision names", () => {
    const sections = {
      allegations: [relationship("A-1", [adult("V-1"), adult("V-2")]), relationship("A-2", [adult("V-1")])],
      discretionDecisions: [decision({ allegationId: "A-2", victimRef: "V-1" }), decision({ id: "D-6", allegationId: "A-1", victimRef: "V-2" })],
    };
    expect(severities(sections)).toEqual([
      ["A-1", "V-1", "warning"],
      ["A-1", "V-2", "notice"],
      ["A-2", "V-1", "notice"],
    ]);
    const lowered = findingsOf(run(datasetWith(sections)), RELATIONSHIP).map((f) => f.explanation.exception);
    expect(lowered.map((e) => e && e.basis === "decision" && [e.decisionId, e.decidedOn])).toEqual([undefined, ["D-6", "2018-06-01"], ["D-5", "2018-06-01"]]);
  });

  it("never lowers the warning for a beneficiary possibly a child", () => {
    const possibly = victim({ ref: "V-1", beneficiary: true, age: { kind: "estimated", minYears: 17, maxYears: 19 } });
    const r = run(datasetWith({ allegations: [relationship("A-1", [possibly])], discretionDecisions: [decision()] }));
    expect(findingsOf(r, RELATIONSHIP).map((f) => [f.severity, f.explanation.facts["childStatus"], f.explanation.exception])).toEqual([["warning", "possibly-child", undefined]]);
  });
});

describe("SGB-4.5 discretion conditions: the decisions judged", () => {
  const decision = (d: Partial<DecisionInput>): DecisionInput => ({ id: "D-1", exception: "SGB-4.5", allegationId: "A-1", victimRef: "V-1", decidedOn: "2018-05-01", decidedBy: "P-HOM", ...d });

  it("passes a decision for an adult beneficiary, and judges a child victim of the allegation the decision names", () => {
    const adultCase = allegation({ id: "A-1", victims: [victim({ ref: "V-1", beneficiary: true })] });
    const childCase = allegation({ id: "A-2", victims: [victim({ ref: "V-1", beneficiary: true, age: { kind: "known", years: 16 } })] });
    expect(one(adultBeneficiaryDiscretionConditions, { allegations: [adultCase, childCase], discretionDecisions: [decision({})] })).toEqual([]);
    const fs = one(adultBeneficiaryDiscretionConditions, { allegations: [adultCase, childCase], discretionDecisions: [decision({}), decision({ id: "D-2", allegationId: "A-2" })] });
    expect(fs.map((f) => [f.subject, f.path, f.explanation.facts["decisionId"], f.explanation.facts["ageYears"]])).toEqual([
      [{ kind: "allegation", id: "A-2" }, ["allegations", 1, "victims", 0, "age"], "D-2", 16],
    ]);
  });

  it("shows no age in years for an estimated age, and the threshold that decided it", () => {
    const a = allegation({ id: "A-1", victims: [victim({ ref: "V-1", age: { kind: "estimated", minYears: 17, maxYears: 19 }, beneficiary: true })] });
    const [f, ...rest] = one(adultBeneficiaryDiscretionConditions, { allegations: [a], discretionDecisions: [decision({})] });
    expect(rest).toEqual([]);
    expect(f!.explanation.facts).toEqual({ decisionId: "D-1", victimRef: "V-1", victimInAllegation: true, childStatus: "possibly-child", ageYears: null, childAgeThresholdYears: 18, decidedBy: "P-HOM", deciderMayDecide: true });
  });

  it("reads the age at the incident, not today's", () => {
    const a = allegation({ id: "A-1", incidentDate: "2018-02-20", victims: [victim({ ref: "V-1", beneficiary: true, age: { kind: "date-of-birth", dateOfBirth: "2000-03-01" } })] });
    const [f] = one(adultBeneficiaryDiscretionConditions, { allegations: [a], discretionDecisions: [decision({})] });
    expect(f!.explanation.facts).toMatchObject({ childStatus: "child", ageYears: 17 });
  });
});

describe("SGB-5 criminal referral: the gates of a child case", () => {
  const child = [victim({ ref: "V-1", age: { kind: "known", years: 15 } })];
  const referral = (a: Partial<ActionInput> = {}): ActionInput => ({ kind: "referral-for-criminal-accountability", subjectRef: "S-1", takenOn: "2018-05-20", ...a });
  const childCase = (a: Partial<AllegationInput>) => allegation({ id: "A-1", victims: child, ...a });

  it("passes a child case whose gates were met on the day of the referral", () => {
    const a = childCase({ outcome: { result: "substantiated", decidedOn: "2018-05-20" }, actions: [referral({ legalAffairsConsultedOn: "2018-05-20" })] });
    expect(one(criminalReferralGate, { allegations: [a] })).toEqual([]);
  });

  it("names the outcome gate of a child case decided the day after the referral, or not substantiated", () => {
    const late = childCase({ outcome: { result: "substantiated", decidedOn: "2018-05-21" }, actions: [referral({ legalAffairsConsultedOn: "2018-05-10" })] });
    const [f, ...rest] = one(criminalReferralGate, { allegations: [late] });
    expect(rest).toEqual([]);
    expect(f!.explanation.facts).toEqual({
      actionIndex: 0,
      takenOn: "2018-05-20",
      childCase: true,
      missingGates: ["substantiated-outcome"],
      outcome: "substantiated",
      legalAffairsConsultedOn: "2018-05-10",
      childCaseImmediateReferral: "after-gates",
    });
    const unfounded = childCase({ outcome: { result: "not-substantiated", decidedOn: "2018-05-01" }, actions: [referral({ legalAffairsConsultedOn: "2018-05-10" })] });
    expect(one(criminalReferralGate, { allegations: [unfounded] }).map((g) => g.explanation.facts["missingGates"])).toEqual([["substantiated-outcome"]]);
  });

  it("names the consultation gate of a child case consulted the day after the referral", () => {
    const a = childCase({ outcome: { result: "substantiated", decidedOn: "2018-05-01" }, actions: [referral({ legalAffairsConsultedOn: "2018-05-21" })] });
    const [f, ...rest] = one(criminalReferralGate, { allegations: [a] });
    expect(rest).toEqual([]);
    expect(f!.message).toBe(
      "allegation A-1, a child case, was referred for criminal accountability on 2018-05-20 without legal-affairs-consultation before it; the action plan's immediate referral of child cases is a documented conflict the mission has not adopted",
    );
    expect(f!.explanation.facts).toMatchObject({ missingGates: ["legal-affairs-consultation"], outcome: "substantiated", legalAffairsConsultedOn: "2018-05-21" });
  });

  it("names both missing gates of a child case in one message, joined by 'or'", () => {
    const [f, ...rest] = one(criminalReferralGate, { allegations: [childCase({ actions: [referral()] })] });
    expect(rest).toEqual([]);
    expect(f!.message).toBe(
      "allegation A-1, a child case, was referred for criminal accountability on 2018-05-20 without substantiated-outcome or legal-affairs-consultation before it; the action plan's immediate referral of child cases is a documented conflict the mission has not adopted",
    );
  });

  it("judges each referral of a child case at its own index, and no other action, nor one taken after asOf", () => {
    const a = childCase({
      actions: [{ kind: "administrative-leave", takenOn: "2018-03-01" }, referral({ takenOn: "2018-04-01" }), referral({ takenOn: "2018-07-01" }), referral({ takenOn: AS_OF })],
    });
    const fs = one(criminalReferralGate, { allegations: [a] });
    expect(fs.map((f) => [f.path, f.concern, f.explanation.facts["takenOn"], f.explanation.facts["outcome"], f.explanation.facts["legalAffairsConsultedOn"]])).toEqual([
      [["allegations", 0, "actions", 1], "sgb.5.criminal-referral:1:child-case", "2018-04-01", null, null],
      [["allegations", 0, "actions", 3], "sgb.5.criminal-referral:3:child-case", AS_OF, null, null],
    ]);
  });

  it("classifies each allegation on its own: an adult case after a child case keeps its two gates", () => {
    const kid = childCase({ actions: [referral()] });
    const grownUp = allegation({ id: "A-2", actions: [referral()] });
    const fs = one(criminalReferralGate, { allegations: [kid, grownUp] });
    expect(fs.map((f) => [f.subject.id, f.concern]).sort()).toEqual([
      ["A-1", "sgb.5.criminal-referral:0:child-case"],
      ["A-2", "sgb.5.criminal-referral:0:legal-affairs-consultation"],
      ["A-2", "sgb.5.criminal-referral:0:substantiated-outcome"],
    ]);
  });
});

describe("SGB-5 criminal referral: the gates of an adult case", () => {
  const referral = (a: Partial<ActionInput> = {}): ActionInput => ({ kind: "referral-for-criminal-accountability", subjectRef: "S-1", takenOn: "2018-05-20", ...a });

  it("holds the facts of each missing gate", () => {
    const a = allegation({ id: "A-1", outcome: { result: "substantiated", decidedOn: "2018-05-21" }, actions: [referral({ legalAffairsConsultedOn: "2018-05-21" })] });
    const fs = one(criminalReferralGate, { allegations: [a] });
    const byGate = (gate: string) => fs.filter((f) => f.explanation.facts["gate"] === gate).map((f) => [f.path, f.explanation.facts]);
    expect(fs).toHaveLength(2);
    expect(byGate("substantiated-outcome")).toEqual([[["allegations", 0, "outcome"], { actionIndex: 0, takenOn: "2018-05-20", outcome: "substantiated", outcomeDecidedOn: "2018-05-21", gate: "substantiated-outcome" }]]);
    expect(byGate("legal-affairs-consultation")).toEqual([
      [["allegations", 0, "actions", 0, "legalAffairsConsultedOn"], { actionIndex: 0, takenOn: "2018-05-20", legalAffairsConsultedOn: "2018-05-21", gate: "legal-affairs-consultation" }],
    ]);
    const none = allegation({ id: "A-1", actions: [referral()] });
    const outcomeGate = one(criminalReferralGate, { allegations: [none] }).filter((f) => f.explanation.facts["gate"] === "substantiated-outcome");
    expect(outcomeGate.map((f) => f.explanation.facts)).toEqual([{ actionIndex: 0, takenOn: "2018-05-20", outcome: null, outcomeDecidedOn: null, gate: "substantiated-outcome" }]);
  });

  it("passes the whole bulletin's rule set on an adult case referred after both gates", () => {
    const a = allegation({ id: "A-1", outcome: { result: "substantiated", decidedOn: "2018-05-20" }, actions: [referral({ legalAffairsConsultedOn: "2018-05-20" })] });
    expect(findingsOf(run(datasetWith({ allegations: [a] }), { set: bulletinRules }), "sgb.5.criminal-referral-gate")).toEqual([]);
  });
});
