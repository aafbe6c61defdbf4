import { describe, expect, it } from "vitest";
import type { AllegationInput } from "../../../src";
import { listParameterConflicts } from "../../../src/parameters";
import { allegation, datasetWith, findingsOf, run, victim } from "./support";

const RULE = "sgb.5.criminal-referral-gate";
type ActionInput = NonNullable<AllegationInput["actions"]>[number];

const referral = (a: Partial<ActionInput> = {}): ActionInput => ({
  kind: "referral-for-criminal-accountability",
  subjectRef: "S-1",
  takenOn: "2018-05-20",
  legalAffairsConsultedOn: "2018-05-10",
  ...a,
});
const substantiated = { result: "substantiated", decidedOn: "2018-05-01" } as const;

describe("SGB-5: referral for criminal accountability, gated on substantiation and legal consultation", () => {
  it("SGB-5: passes a referral after a substantiated outcome and a consultation of the Office of Legal Affairs", () => {
    expect(run(datasetWith({ allegations: [allegation({ id: "A-1", outcome: substantiated, actions: [referral()] })] })).findings).toEqual([]);
  });

  it("SGB-5: passes a referral planned after asOf (not yet taken)", () => {
    const a = allegation({ id: "A-1", actions: [referral({ takenOn: "2018-07-05", legalAffairsConsultedOn: undefined })] });
    expect(run(datasetWith({ allegations: [a] })).findings).toEqual([]);
  });

  it("SGB-5: fails a referral without a substantiated outcome", () => {
    const a = allegation({ id: "A-1", actions: [{ kind: "administrative-leave", takenOn: "2018-03-02" }, referral()] });
    expect(run(datasetWith({ allegations: [a] })).findings).toMatchObject([
      {
        ruleId: RULE,
        obligationIds: ["SGB-5"],
        severity: "violation",
        subject: { kind: "allegation", id: "A-1" },
        path: ["allegations", 0, "outcome"],
        explanation: { facts: { gate: "substantiated-outcome", actionIndex: 1, takenOn: "2018-05-20", outcome: null } },
      },
    ]);
  });

  it("SGB-5: fails a referral made before the outcome was decided, or after a not-substantiated one", () => {
    const early = allegation({ id: "A-1", outcome: { result: "substantiated", decidedOn: "2018-06-01" }, actions: [referral()] });
    const unfounded = allegation({ id: "A-2", outcome: { result: "not-substantiated", decidedOn: "2018-05-01" }, actions: [referral()] });
    expect(findingsOf(run(datasetWith({ allegations: [early, unfounded] })), RULE).map((f) => [f.subject.id, f.explanation.facts["outcome"], f.explanation.facts["outcomeDecidedOn"]])).toEqual([
      ["A-1", "substantiated", "2018-06-01"],
      ["A-2", "not-substantiated", "2018-05-01"],
    ]);
  });

  it("SGB-5: fails a referral without, or before, the Office of Legal Affairs consultation", () => {
    const none = allegation({ id: "A-1", outcome: substantiated, actions: [referral({ legalAffairsConsultedOn: undefined })] });
    const late = allegation({ id: "A-2", outcome: substantiated, actions: [referral({ legalAffairsConsultedOn: "2018-05-25" })] });
    expect(run(datasetWith({ allegations: [none, late] })).findings).toMatchObject([
      { ruleId: RULE, path: ["allegations", 0, "actions", 0, "legalAffairsConsultedOn"], explanation: { facts: { gate: "legal-affairs-consultation", legalAffairsConsultedOn: null } } },
      { ruleId: RULE, path: ["allegations", 1, "actions", 0, "legalAffairsConsultedOn"], explanation: { facts: { legalAffairsConsultedOn: "2018-05-25" } } },
    ]);
  });
});

describe("SGB-5: the gates are the UN's", () => {
  it("SGB-5: does not judge a referral a contributing Member State makes itself, and still judges the UN's", () => {
    const contingent = { subjects: [{ ref: "S-1", category: "military-contingent" as const, contributingCountry: "XYZ" }] };
    const byState = allegation({ id: "A-1", ...contingent, actions: [referral({ legalAffairsConsultedOn: undefined, takenBy: "member-state" })] });
    expect(findingsOf(run(datasetWith({ allegations: [byState] })), RULE)).toEqual([]);
    const byUn = allegation({ id: "A-1", ...contingent, actions: [referral({ legalAffairsConsultedOn: undefined, takenBy: "united-nations" })] });
    expect(findingsOf(run(datasetWith({ allegations: [byUn] })), RULE).map((f) => f.explanation.facts["gate"])).toEqual(["legal-affairs-consultation", "substantiated-outcome"]);
  });
});

describe("SGB-5: a child case referred immediately, the action plan's documented conflict", () => {
  const child = [victim({ ref: "V-1", age: { kind: "known", years: 15 } })];
  const immediate = referral({ takenOn: "2018-03-05", legalAffairsConsultedOn: undefined });

  it("SGB-5: fails a child case referred without the bulletin's gates once, not twice, naming the conflict", () => {
    const fs = findingsOf(run(datasetWith({ allegations: [allegation({ id: "A-1", victims: child, actions: [immediate] })] })), RULE);
    expect(fs).toMatchObject([
      {
        ruleId: RULE,
        obligationIds: ["SGB-5"],
        severity: "violation",
        path: ["allegations", 0, "actions", 0],
        concern: "sgb.5.criminal-referral:0:child-case",
        explanation: { facts: { childCase: true, missingGates: ["substantiated-outcome", "legal-affairs-consultation"], childCaseImmediateReferral: "after-gates" } },
      },
    ]);
    expect(listParameterConflicts().find((c) => c.parameterId === "childCaseImmediateReferral")?.conflicts[0]).toMatchObject({
      value: "immediate",
      citation: { document: "MINUSCA-AP-2018-2019", clause: "section C, core principles, bullet 2" },
    });
  });

  it("SGB-5: passes a child case referred after the gates, and records an immediate referral as a notice under the plan's overlay", () => {
    const gated = allegation({ id: "A-1", victims: child, outcome: substantiated, actions: [referral()] });
    expect(findingsOf(run(datasetWith({ allegations: [gated] })), RULE)).toEqual([]);
    const parameters = {
      childCaseImmediateReferral: [{ value: "immediate", effectiveFrom: "2018-01-01", citation: { document: "MINUSCA-AP-2018-2019", clause: "section C, core principles, bullet 2" } }],
    };
    const fs = findingsOf(run(datasetWith({ allegations: [allegation({ id: "A-1", victims: child, actions: [immediate] })] }), { parameters }), RULE);
    expect(fs.map((f) => [f.severity, f.explanation.facts["childCaseImmediateReferral"]])).toEqual([["notice", "immediate"]]);
  });
});

describe("SGB-5: the child case is classified with the SGB-1 parameters in force, overlays included", () => {
  const child = [victim({ ref: "V-1", age: { kind: "known", years: 15 } })];
  const immediate = referral({ takenOn: "2018-03-05", legalAffairsConsultedOn: undefined });
  const parameters = {
    adultBeneficiaryRelationshipClassification: [
      { value: "exploitative-relationship", effectiveFrom: "2018-01-01", citation: { document: "MINUSCA-AP-2018-2019", clause: "non-fraternization policy" } },
    ],
  };

  it("SGB-5: fails a child case referred without the gates and explains it with the mission's relationship classification in force", () => {
    const fs = findingsOf(run(datasetWith({ allegations: [allegation({ id: "A-1", victims: child, actions: [immediate] })] }), { parameters }), RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.explanation.parameters.map((p) => [p.id, p.value, p.effectiveFrom])).toContainEqual([
      "adultBeneficiaryRelationshipClassification",
      "exploitative-relationship",
      "2018-01-01",
    ]);
  });

  it("SGB-5: passes a child case referred after the gates under the same overlay", () => {
    const gated = allegation({ id: "A-1", victims: child, outcome: substantiated, actions: [referral()] });
    expect(findingsOf(run(datasetWith({ allegations: [gated] }), { parameters }), RULE)).toEqual([]);
  });
});
