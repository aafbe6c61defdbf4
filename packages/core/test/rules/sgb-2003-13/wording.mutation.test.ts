import { describe, expect, it } from "vitest";
import { MissionDatasetShape, defineRuleSet, type AllegationInput, type AnyRule, type MissionDatasetInput } from "../../../src";
import { defaultParameterSet, resolveParameter } from "../../../src/parameters";
import { adultBeneficiaryDiscretionConditions, beneficiaryRelationship, childVictim, concernReported, criminalReferralGate, exchangeForSex, focalPointOutreach, managerPreventionLinks, nonFraternizationRule, partnerFailureTerminationReview, recordedClassification, substantiatedClosedWithoutAction, victimAgeUnknown } from "../../../src/rules";
import { person } from "@psea/test-support";
import { AS_OF, allegation, datasetWith, partnerAgreement, run, victim, type PartnerAgreementInput } from "./support";

// ST/SGB/2003/13: the wording of each rule's finding, its concern, and the first and last day each
// rule judges. Each rule runs alone, so a finding is that rule's.

function one(rule: AnyRule, sections: Partial<MissionDatasetInput>, options: { asOf?: string; parameters?: unknown } = {}) {
  return run(datasetWith(sections), { ...options, set: defineRuleSet({ id: "one", title: "one", rules: [rule] }) }).findings;
}

describe("SGB-1 recorded classification", () => {
  it("words a recorded field that disagrees with the facts, under a concern per field", () => {
    const a = allegation({ id: "A-1", conduct: { sexualActivity: "actual", physicalIntrusion: "actual", force: true }, recorded: { nature: "sexual-exploitation" } });
    const [f, ...rest] = one(recordedClassification, { allegations: [a] });
    expect(rest).toEqual([]);
    expect(f!.message).toBe("allegation A-1 is recorded as sexual-exploitation, but its facts make it sexual-abuse");
    expect(f!.concern).toBe("sgb.1.classification:nature");
  });

  it("words an undetermined allegation with its reason and what it recorded", () => {
    const a = allegation({ id: "A-2", conduct: { sexualActivity: "actual" }, recorded: { type: "rape" } });
    const [f] = one(recordedClassification, { allegations: [a] });
    expect(f!.message).toMatch(/^allegation A-2 is undetermined: .+; record the facts that decide it$/);
    expect(f!.explanation.facts).toMatchObject({ derived: "undetermined", recordedNature: null, recordedType: "rape" });
    expect(typeof f!.explanation.facts["reason"]).toBe("string");
    expect(f!.message).toContain(String(f!.explanation.facts["reason"]));
    expect(f!.concern).toBe("sgb.1.classification:undetermined");
  });

  it("words a relationship with an adult beneficiary recorded as exploitation, for each recorded field only", () => {
    const a = allegation({ id: "A-1", victims: [victim({ ref: "V-1", beneficiary: true })], conduct: { sexualActivity: "actual", relationship: "ongoing" }, recorded: { type: "exploitative-relationship" } });
    const [f, ...rest] = one(recordedClassification, { allegations: [a] });
    expect(rest).toEqual([]);
    expect(f!.path).toEqual(["allegations", 0, "recorded", "type"]);
    expect(f!.message).toBe(
      "allegation A-1 is recorded as exploitative-relationship, but its facts make it a relationship with an adult beneficiary that SGB 3.2(d) strongly discourages, not sexual exploitation or abuse",
    );
    expect(f!.concern).toBe("sgb.1.classification:type");
    expect(f!.explanation.facts).toMatchObject({ field: "type", recorded: "exploitative-relationship", derived: "discouraged-relationship" });
    // The facts that make it a discouraged relationship are named, not only the conclusion.
    expect((f!.explanation.facts["basis"] as unknown[]).length).toBeGreaterThan(0);
  });
});

describe("SGB-3.2a final action", () => {
  const closed = (a: Partial<AllegationInput>) => allegation({ id: "A-1", outcome: { result: "substantiated", decidedOn: "2018-05-01" }, closedOn: "2018-06-01", ...a });

  it("words a substantiated allegation closed with no subject", () => {
    const [f] = one(substantiatedClosedWithoutAction, { allegations: [closed({ subjects: [], actions: [{ kind: "dismissal", takenOn: "2018-05-20" }] })] });
    expect(f!.message).toBe("allegation A-1 was closed substantiated on 2018-06-01 with no subject recorded, so no final action can be shown");
    expect(f!.path).toEqual(["allegations", 0, "subjects"]);
    expect(f!.concern).toBe("sgb.3.2a.final-action");
    expect(f!.explanation.facts).toEqual({ closedOn: "2018-06-01", outcome: "substantiated", subjects: 0, recordedActions: ["dismissal"] });
  });

  it("words a subject without a final action, with the actions appropriate to the category, and judges a closing on asOf", () => {
    const a = closed({ closedOn: AS_OF, actions: [{ kind: "administrative-leave", takenOn: "2018-03-01" }] });
    const [f] = one(substantiatedClosedWithoutAction, { allegations: [a] });
    expect(f!.message).toMatch(/^allegation A-1 was closed substantiated on 2018-06-30 without a final action appropriate to civilian-staff \(.+\) or a referral for criminal accountability for subject S-1$/);
    expect(f!.concern).toBe("sgb.3.2a.final-action:S-1");
    expect(one(substantiatedClosedWithoutAction, { allegations: [a] }, { asOf: "2018-06-29" })).toEqual([]);
  });

  it("counts an action naming no subject only when there is a single subject, and never one taken after asOf", () => {
    const two = closed({
      subjects: [
        { ref: "S-1", category: "civilian-staff" },
        { ref: "S-2", category: "civilian-staff" },
      ],
      actions: [{ kind: "dismissal", takenOn: "2018-05-20" }],
    });
    expect(one(substantiatedClosedWithoutAction, { allegations: [two] }).map((f) => f.explanation.facts["subjectRef"])).toEqual(["S-1", "S-2"]);
    const late = closed({ actions: [{ kind: "dismissal", takenOn: "2018-07-01" }] });
    expect(one(substantiatedClosedWithoutAction, { allegations: [late] }).map((f) => f.explanation.facts["recordedActions"])).toEqual([[]]);
    const onAsOf = closed({ actions: [{ kind: "dismissal", takenOn: AS_OF }] });
    expect(one(substantiatedClosedWithoutAction, { allegations: [onAsOf] })).toEqual([]);
  });
});

describe("SGB-3.2b child victim and age unknown", () => {
  it("words a child of known age, with the threshold and nothing about consent or belief when neither is recorded", () => {
    const a = allegation({ id: "A-1", victims: [victim({ ref: "V-1", age: { kind: "known", years: 16 } })] });
    const [f] = one(childVictim, { allegations: [a] });
    expect(f!.message).toBe("victim V-1 was 16 at the time of the incident, under the child age threshold of 18; the case may be referred to judicial authorities");
    expect(f!.concern).toBe("sgb.3.2b.child-victim:V-1");
    expect(f!.path).toEqual(["allegations", 0, "victims", 0, "age"]);
    expect(f!.explanation.facts).toMatchObject({ victimRef: "V-1", childStatus: "child", ageYears: 16, localAgeOfConsentYears: null, outcome: null });
  });

  it("words a child of an estimated age range wholly under the threshold", () => {
    const a = allegation({ id: "A-1", victims: [victim({ ref: "V-1", age: { kind: "estimated", minYears: 14, maxYears: 16 } })] });
    const [f] = one(childVictim, { allegations: [a] });
    expect(f!.message).toBe("victim V-1 was at most 16 (estimated 14-16) at the time of the incident, under the child age threshold of 18; the case may be referred to judicial authorities");
    expect(f!.explanation.facts["ageYears"]).toBe(16);
  });

  it("words an unknown age and an estimated range straddling the threshold, each under its own concern", () => {
    const a = allegation({
      id: "A-1",
      victims: [victim({ ref: "V-1", age: { kind: "unknown" } }), victim({ ref: "V-2", age: { kind: "estimated", minYears: 16, maxYears: 20 } })],
    });
    const fs = one(victimAgeUnknown, { allegations: [a] });
    expect(fs.map((f) => [f.message, f.concern, f.path])).toEqual([
      [
        "victim V-1: age unknown: never treated as adult; establish whether the victim was under 18 at the time of the incident",
        "sgb.3.2b.victim-age-unknown:V-1",
        ["allegations", 0, "victims", 0, "age"],
      ],
      [
        "victim V-2: estimated 16-20, possibly a child: never treated as adult; establish whether the victim was under 18 at the time of the incident",
        "sgb.3.2b.victim-age-unknown:V-2",
        ["allegations", 0, "victims", 1, "age"],
      ],
    ]);
    expect(fs[1]!.explanation.facts).toMatchObject({ minYears: 16, maxYears: 20, childStatus: "possibly-child" });
    expect(fs[0]!.explanation.facts).not.toHaveProperty("minYears");
  });
});

describe("SGB-3.2c exchange for sex", () => {
  it("words an exchange, naming assistance due to beneficiaries when it is one", () => {
    const a = allegation({ id: "A-1", conduct: { sexualActivity: "actual", exchange: ["money", "assistance"] } });
    const [f] = one(exchangeForSex, { allegations: [a] });
    expect(f!.message).toBe("allegation A-1: exchange of money, assistance for sex is prohibited, including assistance due to beneficiaries");
    expect(f!.path).toEqual(["allegations", 0, "conduct", "exchange"]);
    expect(f!.concern).toBe("sgb.3.2c.exchange-for-sex");
    expect(f!.explanation.facts).toMatchObject({ exchange: ["money", "assistance"], assistanceDueToBeneficiaries: true });
    const [g] = one(exchangeForSex, { allegations: [allegation({ id: "A-1", conduct: { sexualActivity: "actual", exchange: ["money"] } })] });
    expect(g!.message).toBe("allegation A-1: exchange of money for sex is prohibited");
  });

  it("words a solicitation with no exchange", () => {
    const [f] = one(exchangeForSex, { allegations: [allegation({ id: "A-1", conduct: { sexualActivity: "none", solicitation: true } })] });
    expect(f!.message).toBe("allegation A-1: transactional sex solicited is prohibited");
    expect(f!.path).toEqual(["allegations", 0, "conduct", "solicitation"]);
  });
});

describe("SGB-3.2d relationships with beneficiaries", () => {
  const relationship = (a: Partial<AllegationInput> = {}) =>
    allegation({ id: "A-1", victims: [victim({ ref: "V-1", beneficiary: true })], conduct: { sexualActivity: "actual", relationship: "ongoing" }, ...a });

  it("words the discouraged relationship, under the victim's concern", () => {
    const [f] = one(beneficiaryRelationship, { allegations: [relationship()] });
    expect(f!.message).toBe("allegation A-1: a sexual relationship with victim V-1, a beneficiary of assistance, is strongly discouraged (inherently unequal power dynamics)");
    expect(f!.concern).toBe("sgb.3.2d.relationship-with-beneficiary:V-1");
    expect(f!.path).toEqual(["allegations", 0, "victims", 0, "beneficiary"]);
  });

  it("words a non-fraternization prohibition naming the bound categories once each", () => {
    const rule = nonFraternizationRule({ id: "mission.non-fraternization", categories: ["military-contingent"], citation: { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 2 (e)" } });
    const a = relationship({
      subjects: [
        { ref: "S-1", category: "military-contingent", contributingCountry: "XYZ" },
        { ref: "S-2", category: "military-contingent", contributingCountry: "XYZ" },
        { ref: "S-3", category: "civilian-staff" },
      ],
    });
    const [f] = one(rule, { allegations: [a] });
    expect(f!.message).toBe("allegation A-1: a sexual relationship with victim V-1, a beneficiary of assistance, is prohibited for military-contingent");
    expect(f!.explanation.facts["boundCategories"]).toEqual(["military-contingent"]);
    expect(rule.title).toBe("No sexual relationship with a beneficiary of assistance (military-contingent)");
    expect(one(rule, { allegations: [relationship()] })).toEqual([]);
  });
});

describe("SGB-3.2e and 3.2f", () => {
  it("words a manager with neither pledge nor training, under a concern per link", () => {
    const d = { personnel: [person({ id: "P-M", roles: ["manager", "supervisor"] })] };
    const fs = one(managerPreventionLinks, d);
    expect(fs.map((f) => [f.message, f.concern, f.path])).toEqual([
      ["P-M (manager, supervisor) has not signed the SEA pledge", "sgb.3.2f.manager-prevention-links:pledge", ["personnel", 0, "pledgeSignedOn"]],
      ["P-M (manager, supervisor) has completed no SEA training", "sgb.3.2f.manager-prevention-links:training", ["personnel", 0, "trainings"]],
    ]);
  });

  it("counts a pledge and a training dated asOf, not the day after", () => {
    const d = { personnel: [person({ id: "P-M", roles: ["manager"], pledgeSignedOn: AS_OF, trainings: [{ courseId: "sea-induction", completedOn: AS_OF }] })] };
    expect(one(managerPreventionLinks, d)).toEqual([]);
    expect(one(managerPreventionLinks, d, { asOf: "2018-06-29" }).map((f) => f.explanation.facts["missingLink"])).toEqual(["pledge", "training"]);
  });

  it("judges a concern from the day someone became aware of it, and a report made on asOf", () => {
    const concern = { id: "CN-1", personnelId: "P-FP", becameAwareOn: AS_OF, reportedOn: AS_OF, channelId: "hotline-4044" };
    expect(one(concernReported, { concerns: [concern] })).toEqual([]);
    const [f] = one(concernReported, { concerns: [{ ...concern, reportedOn: "2018-07-01" }] });
    expect(f!.message).toBe("concern CN-1, known to P-FP since 2018-06-30, has not been reported");
    expect(f!.subject).toEqual({ kind: "concern", id: "CN-1" });
    expect(f!.concern).toBe("sgb.3.2e.concern-reported");
    expect(one(concernReported, { concerns: [{ ...concern, becameAwareOn: "2018-07-01", reportedOn: undefined }] })).toEqual([]);
  });
});

describe("SGB-4.3 focal point outreach", () => {
  it("words each audience not informed, under its own concern, and counts a communication issued on asOf", () => {
    const c = { id: "C-1", title: "Focal points", issuedOn: AS_OF, issuer: "network" as const, audience: ["staff" as const], topics: ["focal-points" as const, "reporting" as const], languages: ["fr"] };
    const fs = one(focalPointOutreach, { communications: [c] });
    expect(fs.map((f) => [f.concern, f.explanation.facts["audience"], f.explanation.facts["communicationsToAudience"]])).toEqual([
      ["sgb.4.3.focal-point-outreach:local-population", "local-population", 0],
    ]);
    expect(fs[0]!.message).toMatch(/^no communication issued by 2018-06-30 informs the local-population audience of the focal point and how to reach it \(topics .+\)$/);
    expect(fs[0]!.subject).toEqual({ kind: "mission", id: "MSN" });
    expect(fs[0]!.path).toEqual(["communications"]);
    expect(one(focalPointOutreach, { communications: [c] }, { asOf: "2018-06-29" }).map((f) => f.explanation.facts["audience"]).sort()).toEqual(["local-population", "staff"]);
  });

  it("needs every topic in one communication to the audience", () => {
    const c = { id: "C-1", title: "Focal points", issuedOn: "2018-05-01", issuer: "network" as const, audience: ["staff" as const, "local-population" as const], topics: ["reporting" as const], languages: ["fr"] };
    expect(one(focalPointOutreach, { communications: [c] }).map((f) => f.explanation.facts["communicationsToAudience"])).toEqual([1, 1]);
  });
});

describe("SGB-4.5 discretion conditions", () => {
  it("words a decision for a child, a victim of unknown age, and a victim not in the allegation", () => {
    const a = allegation({
      id: "A-1",
      victims: [victim({ ref: "V-1", age: { kind: "known", years: 16 }, beneficiary: true }), victim({ ref: "V-2", age: { kind: "unknown" }, beneficiary: true })],
    });
    const decision = (id: string, victimRef: string) => ({ id, exception: "SGB-4.5" as const, allegationId: "A-1", victimRef, decidedOn: AS_OF, decidedBy: "P-HOM" });
    const fs = one(adultBeneficiaryDiscretionConditions, { allegations: [a], discretionDecisions: [decision("D-1", "V-1"), decision("D-2", "V-2"), decision("D-3", "V-9")] });
    expect(fs.map((f) => [f.message, f.concern])).toEqual([
      ["discretion cannot apply: decision D-1 cites SGB 4.5, which is open only for an adult beneficiary, but victim V-1 is a child (under 18)", "sgb.4.5.discretion-conditions:D-1"],
      ["discretion cannot apply: decision D-2 cites SGB 4.5, which is open only for an adult beneficiary, but victim V-2 is of unknown age", "sgb.4.5.discretion-conditions:D-2"],
      ["discretion cannot apply: decision D-3 cites SGB 4.5 for victim V-9, who is not a victim of allegation A-1", "sgb.4.5.discretion-conditions:D-3"],
    ]);
    expect(fs.map((f) => f.path)).toEqual([
      ["allegations", 0, "victims", 0, "age"],
      ["allegations", 0, "victims", 1, "age"],
      ["discretionDecisions", 2, "victimRef"],
    ]);
    expect(fs.map((f) => [f.explanation.facts["victimInAllegation"], f.explanation.facts["childStatus"], f.explanation.facts["ageYears"]])).toEqual([
      [true, "child", 16],
      [true, "age-unknown", null],
      [false, null, null],
    ]);
    expect(one(adultBeneficiaryDiscretionConditions, { allegations: [a], discretionDecisions: [decision("D-1", "V-1")] }, { asOf: "2018-06-29" })).toEqual([]);
  });

  it("words a decision for a victim possibly a child", () => {
    const a = allegation({ id: "A-1", victims: [victim({ ref: "V-1", age: { kind: "estimated", minYears: 17, maxYears: 19 }, beneficiary: true })] });
    const [f] = one(adultBeneficiaryDiscretionConditions, { allegations: [a], discretionDecisions: [{ id: "D-1", exception: "SGB-4.5", allegationId: "A-1", victimRef: "V-1", decidedOn: "2018-05-01", decidedBy: "P-HOM" }] });
    expect(f!.message).toBe(
      "discretion cannot apply: decision D-1 cites SGB 4.5, which is open only for an adult beneficiary, but victim V-1 is possibly a child (an estimated age reaching under 18)",
    );
  });
});

describe("SGB-5 criminal referral", () => {
  const referral = { kind: "referral-for-criminal-accountability" as const, subjectRef: "S-1", takenOn: "2018-05-20" };

  it("words both missing gates of an adult case, under a concern per gate and action", () => {
    const fs = one(criminalReferralGate, { allegations: [allegation({ id: "A-1", actions: [referral] })] });
    expect(fs).toHaveLength(2);
    const outcome = fs.find((f) => f.explanation.facts["gate"] === "substantiated-outcome");
    const legal = fs.find((f) => f.explanation.facts["gate"] === "legal-affairs-consultation");
    expect(outcome!.message).toBe("allegation A-1 was referred for criminal accountability on 2018-05-20 without a substantiated outcome before it");
    expect(outcome!.concern).toBe("sgb.5.criminal-referral:0:substantiated-outcome");
    expect(legal!.message).toBe("allegation A-1 was referred for criminal accountability on 2018-05-20 without consulting the Office of Legal Affairs before it");
    expect(legal!.concern).toBe("sgb.5.criminal-referral:0:legal-affairs-consultation");
    expect(legal!.path).toEqual(["allegations", 0, "actions", 0, "legalAffairsConsultedOn"]);
  });

  it("accepts gates met on the day of the referral, and judges a referral taken on asOf", () => {
    const a = allegation({ id: "A-1", outcome: { result: "substantiated", decidedOn: AS_OF }, actions: [{ ...referral, takenOn: AS_OF, legalAffairsConsultedOn: AS_OF }] });
    expect(one(criminalReferralGate, { allegations: [a] })).toEqual([]);
    const b = allegation({ id: "A-1", actions: [{ ...referral, takenOn: AS_OF }] });
    expect(one(criminalReferralGate, { allegations: [b] })).toHaveLength(2);
  });

  it("words a child case referred without its gates, by default and where the mission adopted immediate referral", () => {
    const child = allegation({ id: "A-1", victims: [victim({ ref: "V-1", age: { kind: "known", years: 15 } })], actions: [{ ...referral, legalAffairsConsultedOn: "2018-05-10" }] });
    const [f] = one(criminalReferralGate, { allegations: [child] });
    expect(f!.severity).toBe("violation");
    expect(f!.message).toBe(
      "allegation A-1, a child case, was referred for criminal accountability on 2018-05-20 without substantiated-outcome before it; the action plan's immediate referral of child cases is a documented conflict the mission has not adopted",
    );
    expect(f!.concern).toBe("sgb.5.criminal-referral:0:child-case");
    expect(f!.path).toEqual(["allegations", 0, "actions", 0]);
    expect(f!.explanation.facts).toMatchObject({ childCase: true, missingGates: ["substantiated-outcome"], legalAffairsConsultedOn: "2018-05-10" });
    const parameters = { childCaseImmediateReferral: [{ value: "immediate", effectiveFrom: "2018-01-01", citation: { document: "MINUSCA-AP-2018-2019", clause: "Response goal 1" } }] };
    const bare = allegation({ id: "A-1", victims: [victim({ ref: "V-1", age: { kind: "known", years: 15 } })], actions: [referral] });
    const [g] = one(criminalReferralGate, { allegations: [bare] }, { parameters });
    expect(g!.severity).toBe("notice");
    expect(g!.message).toBe(
      "allegation A-1, a child case, was referred to judicial authorities on 2018-05-20 without substantiated-outcome or legal-affairs-consultation, as the mission's action plan allows (a documented conflict with SGB section 5)",
    );
  });
});

describe("SGB-6 partner failures", () => {

  it("words uncovered failures once per kind, and a review that covers them as a notice", () => {
    const failures = [
      { kind: "prevention", recordedOn: "2018-03-01" },
      { kind: "prevention", recordedOn: "2018-04-01" },
    ] as PartnerAgreementInput["failures"];
    const [f] = one(partnerFailureTerminationReview, { partnerAgreements: [partnerAgreement({ failures })] });
    expect(f!.message).toBe("grounds for termination: review the arrangement with Partner NGO (recorded failure: prevention)");
    expect(f!.concern).toBe("sgb.6.termination-review");
    expect(f!.explanation.facts).toMatchObject({ failureKinds: ["prevention"], lastFailureRecordedOn: "2018-04-01", uncoveredFailureKinds: ["prevention"], reviewOpenedOn: null, reviewDecision: null });
    const reviewed = partnerAgreement({ failures, terminationReview: { openedOn: "2018-05-01", decision: "pending" } });
    const [g] = one(partnerFailureTerminationReview, { partnerAgreements: [reviewed] });
    expect(g!.severity).toBe("notice");
    expect(g!.message).toBe("grounds for termination of the arrangement with Partner NGO: termination review opened on 2018-05-01 (pending)");
    expect(g!.path).toEqual(["partnerAgreements", 0, "terminationReview"]);
    expect(g!.explanation.facts).toMatchObject({ reviewOpenedOn: "2018-05-01", reviewDecision: "pending", uncoveredFailureKinds: [] });
  });

  it("judges an agreement ending after asOf, not one ended on asOf, and a failure recorded on asOf", () => {
    const failures = [{ kind: "prevention", recordedOn: AS_OF }] as PartnerAgreementInput["failures"];
    expect(one(partnerFailureTerminationReview, { partnerAgreements: [partnerAgreement({ failures, endDate: "2018-07-01" })] })).toHaveLength(1);
    expect(one(partnerFailureTerminationReview, { partnerAgreements: [partnerAgreement({ failures, endDate: AS_OF })] })).toEqual([]);
    expect(one(partnerFailureTerminationReview, { partnerAgreements: [partnerAgreement({ failures })] }, { asOf: "2018-06-29" })).toEqual([]);
  });

  it("leaves a failure after a decided review uncovered, and ignores a review opened after asOf", () => {
    const failures = [
      { kind: "prevention", recordedOn: "2018-03-01" },
      { kind: "investigation", recordedOn: "2018-06-01" },
    ] as PartnerAgreementInput["failures"];
    const decided = partnerAgreement({ failures, terminationReview: { openedOn: "2018-05-01", decision: "continued" } });
    const [f] = one(partnerFailureTerminationReview, { partnerAgreements: [decided] });
    expect(f!.explanation.facts["uncoveredFailureKinds"]).toEqual(["investigation"]);
    const future = partnerAgreement({ failures, terminationReview: { openedOn: "2018-07-01", decision: "pending" } });
    const [g] = one(partnerFailureTerminationReview, { partnerAgreements: [future] });
    expect(g!.explanation.facts).toMatchObject({ reviewOpenedOn: null, uncoveredFailureKinds: ["prevention", "investigation"] });
  });
});

describe("SGB-3.2d a non-fraternization directive binding several categories", () => {
  it("names each bound category caught, in its title and message, and keeps the facts of the relationship", () => {
    const rule = nonFraternizationRule({ id: "mission.non-fraternization", categories: ["military-contingent", "formed-police-unit"], citation: { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 2 (e)" } });
    expect(rule.title).toBe("No sexual relationship with a beneficiary of assistance (military-contingent, formed-police-unit)");
    expect(rule.obligations).toEqual(["SGB-3.2d"]);
    expect(rule.parameters).toEqual(["childAgeThresholdYears"]);
    const a = allegation({
      id: "A-1",
      victims: [victim({ ref: "V-1", beneficiary: true })],
      conduct: { sexualActivity: "actual", relationship: "ongoing" },
      subjects: [
        { ref: "S-1", category: "military-contingent", contributingCountry: "XYZ" },
        { ref: "S-2", category: "formed-police-unit", contributingCountry: "XYZ" },
        { ref: "S-3", category: "civilian-staff" },
      ],
    });
    const [f, ...rest] = one(rule, { allegations: [a] });
    expect(rest).toEqual([]);
    expect(f!.message).toBe("allegation A-1: a sexual relationship with victim V-1, a beneficiary of assistance, is prohibited for military-contingent, formed-police-unit");
    expect(f!.explanation.facts).toMatchObject({
      victimRef: "V-1",
      beneficiary: true,
      relationship: "ongoing",
      subjectCategories: ["military-contingent", "formed-police-unit", "civilian-staff"],
      boundCategories: ["military-contingent", "formed-police-unit"],
    });
  });
});

describe("SGB-3.2e a concern reported through no channel, or one the mission does not have", () => {
  const concern = { id: "CN-1", personnelId: "P-FP", becameAwareOn: "2018-05-01", reportedOn: "2018-05-02" };

  it("words a report that records no channel", () => {
    const [f, ...rest] = one(concernReported, { concerns: [concern] });
    expect(rest).toEqual([]);
    expect(f!.message).toBe("concern CN-1 was reported on 2018-05-02 without recording the channel used");
    expect(f!.path).toEqual(["concerns", 0, "channelId"]);
    expect(f!.concern).toBe("sgb.3.2e.concern-reported");
    expect(f!.explanation.facts).toMatchObject({ personnelId: "P-FP", becameAwareOn: "2018-05-01", reported: true, reportedOn: "2018-05-02", channelId: null });
  });

  it("words a report through a channel that is not one of the mission's", () => {
    const [f, ...rest] = one(concernReported, { concerns: [{ ...concern, channelId: "rumour-mill" }] });
    expect(rest).toEqual([]);
    expect(f!.message).toBe("concern CN-1 was reported on 2018-05-02 through 'rumour-mill', which is not an established reporting channel of the mission");
    expect(f!.concern).toBe("sgb.3.2e.concern-reported");
    expect(f!.explanation.facts["channelId"]).toBe("rumour-mill");
  });
});

describe("SGB-3.2a final action: what is judged and how the actions are listed", () => {
  const closed = (a: Partial<AllegationInput>) => allegation({ id: "A-1", outcome: { result: "substantiated", decidedOn: "2018-05-01" }, closedOn: "2018-06-01", ...a });

  it("lists the actions appropriate to the category, separated by commas, in the message", () => {
    const [f] = one(substantiatedClosedWithoutAction, { allegations: [closed({ actions: [] })] });
    const appropriate = (f!.explanation.facts["appropriateActions"] as string[]).slice(0, -1);
    expect(appropriate.length).toBeGreaterThan(1);
    expect(f!.message).toContain(`civilian-staff (${appropriate.join(", ")}) or a referral`);
  });

  it("does not count, for the single subject, an action naming another subject", () => {
    const a = closed({ actions: [{ kind: "dismissal", takenOn: "2018-05-20", subjectRef: "S-9" }] });
    // The dataset parse refuses such an action (unknown-reference); the rule, run on its own, still counts it for no one.
    const allegations = MissionDatasetShape.pick({ allegations: true }).parse({ allegations: [a] });
    const finalActions = resolveParameter(defaultParameterSet, "finalActionsByCategory", AS_OF);
    if (!finalActions.ok) throw new Error("finalActionsByCategory is not in force");
    const drafts = [...substantiatedClosedWithoutAction.evaluate(allegations as never, { asOf: AS_OF, params: { finalActionsByCategory: finalActions.value } } as never)];
    expect(drafts.map((f) => f.facts?.["subjectRef"])).toEqual(["S-1"]);
  });

  it("asks nothing of an allegation closed with another outcome", () => {
    const a = closed({ outcome: { result: "not-substantiated", decidedOn: "2018-05-01" }, actions: [] });
    expect(one(substantiatedClosedWithoutAction, { allegations: [a] })).toEqual([]);
  });
});

describe("SGB-3.2b a victim whose age at the incident cannot be computed", () => {
  it("words a date of birth with no incident date", () => {
    const a = allegation({ id: "A-1", incidentDate: undefined, victims: [victim({ ref: "V-1", age: { kind: "date-of-birth", dateOfBirth: "2000-06-15" } })] });
    const [f, ...rest] = one(victimAgeUnknown, { allegations: [a] });
    expect(rest).toEqual([]);
    expect(f!.message).toMatch(/^victim V-1: age at the incident unknown \(no incident date\): never treated as adult; establish whether the victim was under \d+ at the time of the incident$/);
    expect(f!.explanation.facts["ageBasis"]).toBe("no-incident-date");
  });
});
