import { describe, expect, it } from "vitest";
import { allowedEvents, publicStatus } from "../../src";
import { apply, conduct, events, open, opening, refusal } from "../support/case-builder";

const rumour = (missionPersonnelMayBeInvolved: boolean) => open(opening({ intake: { channel: "rumour", missionPersonnelMayBeInvolved } }));

describe("DPKO-RC-e rumoured allegations", () => {
  // Closed for other reasons, with its action: all a closure needs but the liaison.
  const decided = (s: ReturnType<typeof rumour>) =>
    apply(s, events.registered, { type: "OUTCOME_DECIDED", at: "2018-06-10", result: "closed-other" }, { type: "ACTION_TAKEN", at: "2018-06-11", kind: "no-action-warranted" });

  it("passes: a rumour is registered and processed at once, its deadlines running, whether or not the liaison is recorded yet", () => {
    const s = apply(rumour(true), events.registered);
    expect(s.value).toMatchObject({ allegation: { preliminaryAssessment: "assessing" } });
    expect(s.context.registeredOn).toBe("2018-06-02");
    expect(s.context.deadlines.map((d) => d.kind)).toEqual(expect.arrayContaining(["headquarters-notification", "assessment"]));
    const liaised = apply(rumour(true), { type: "HEAD_OF_MISSION_LIAISON_RECORDED", at: "2018-06-01" }, events.registered);
    expect(liaised.context.intake.headOfMissionLiaisonOn).toBe("2018-06-01");
  });

  it("fails: a rumour that may involve mission personnel does not close until the liaison with the Head of Mission is recorded, at any stage", () => {
    const s = decided(rumour(true));
    expect(refusal(s, events.closed)).toEqual({
      code: "guard-failed",
      message: expect.stringContaining("DPKO-RC-e"),
      path: ["context", "intake", "headOfMissionLiaisonOn"],
    });
    const closed = apply(s, { type: "HEAD_OF_MISSION_LIAISON_RECORDED", at: "2018-06-12" }, events.closed);
    expect(closed.value).toMatchObject({ allegation: "closed" });
    expect(closed.context.intake.headOfMissionLiaisonOn).toBe("2018-06-12");
  });

  it("passes: a rumour that cannot involve mission personnel needs no liaison to close", () => {
    expect(apply(decided(rumour(false)), events.closed).value).toMatchObject({ allegation: "closed" });
  });
});

describe("preliminary assessment", () => {
  const registered = () => apply(open(), events.registered);

  it("classifies from the facts with the child flag and the threshold parameter used", () => {
    const s = apply(registered(), events.assessedSerious);
    const [a] = s.context.assessments;
    expect(a).toMatchObject({
      round: 1,
      completedOn: "2018-06-05",
      seriousness: "serious",
      urgent: false,
      classification: { kind: "classified", nature: "sexual-abuse", type: "sexual-activity-with-minor", child: "child" },
      childAgeThreshold: { id: "childAgeThresholdYears", value: 18, effectiveFrom: "2003-10-15" },
    });
    expect(s.value).toMatchObject({ allegation: "evidencePreservation" });
  });

  it("SGB-3.2a passes: a non-SEA matter may be assessed as not serious", () => {
    const s = apply(registered(), { ...events.assessedSerious, conduct: conduct.none, seriousness: "not-serious" });
    expect(s.context.assessments[0]).toMatchObject({ seriousness: "not-serious", classification: { kind: "undetermined" } });
  });

  const adultBeneficiary = () => ({ victims: [{ ref: "V-1", age: { kind: "known" as const, years: 24 }, sex: "female" as const, beneficiary: true }] });
  const consensual = { sexualActivity: "actual", relationship: "ongoing" } as const;

  it("SGB-1-SE passes: a consensual relationship with an adult beneficiary is a 3.2(d) matter and may be assessed as not serious", () => {
    const s = apply(open(opening(adultBeneficiary())), events.registered, { ...events.assessedSerious, conduct: consensual, seriousness: "not-serious" });
    expect(s.context.assessments[0]).toMatchObject({ seriousness: "not-serious", classification: { kind: "discouraged-relationship", standard: "SGB-3.2d" } });
  });

  it("SGB-1-SE fails: under a non-fraternization overlay the same relationship is an exploitative relationship, never not serious", () => {
    const parameters = {
      adultBeneficiaryRelationshipClassification: [
        { value: "exploitative-relationship", effectiveFrom: "2018-01-01", citation: { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 2 (e)", verify: true } },
      ],
    };
    const registeredWithOverlay = apply(open(opening({ ...adultBeneficiary(), parameters })), events.registered);
    const reason = refusal(registeredWithOverlay, { ...events.assessedSerious, conduct: consensual, seriousness: "not-serious" });
    expect(reason).toMatchObject({ code: "guard-failed", path: ["seriousness"] });
    expect(reason.message).toContain("exploitative-relationship");
    const serious = apply(registeredWithOverlay, { ...events.assessedSerious, conduct: consensual });
    expect(serious.context.assessments[0]?.classification).toMatchObject({ kind: "classified", type: "exploitative-relationship" });
  });

  it("SGB-3.2a fails: SEA is serious misconduct and is never assessed as not serious", () => {
    const reason = refusal(registered(), { ...events.assessedSerious, seriousness: "not-serious" });
    expect(reason).toEqual({ code: "guard-failed", message: expect.stringContaining("SGB-3.2a"), path: ["seriousness"] });
    expect(reason.message).toContain("sexual-activity-with-minor");
  });

  it("waits for information under review and comes back to assessment", () => {
    const waiting = apply(registered(), { type: "INFORMATION_REQUESTED", at: "2018-06-03", from: "CBCM" });
    expect(publicStatus(waiting)).toBe("under-review");
    expect(allowedEvents(waiting)).toContain("INFORMATION_RECEIVED");
    expect(allowedEvents(waiting)).not.toContain("ASSESSMENT_COMPLETED");
    const back = apply(waiting, { type: "INFORMATION_RECEIVED", at: "2018-06-04" });
    expect(back.value).toMatchObject({ allegation: { preliminaryAssessment: "assessing" } });
    expect(back.context.informationRequests).toEqual([{ requestedOn: "2018-06-03", from: "CBCM", receivedOn: "2018-06-04" }]);
  });

  it("records subjects and victims identified later, one category per case", () => {
    const s = apply(
      open(opening({ subjects: [], victims: [] })),
      { type: "SUBJECT_RECORDED", at: "2018-06-01", subject: { ref: "S-1", category: "civilian-staff" } },
      events.registered,
      { type: "VICTIM_RECORDED", at: "2018-06-03", victim: { ref: "V-9", age: { kind: "unknown" }, sex: "unknown" } },
    );
    expect(s.context.subjects).toEqual([{ ref: "S-1", category: "civilian-staff", recordedOn: "2018-06-01" }]);
    expect(s.context.victims.map((v) => v.ref)).toEqual(["V-9"]);
    const withIdentity = apply(s, { type: "VICTIM_RECORDED", at: "2018-06-03", victim: { ref: "V-10", age: { kind: "unknown" }, sex: "male", identity: { name: "Secret Name" } } });
    expect(JSON.stringify(withIdentity)).not.toContain("Secret");
    const reason = refusal(s, { type: "SUBJECT_RECORDED", at: "2018-06-03", subject: { ref: "S-2", category: "military-contingent", contributingCountry: "XYZ" } });
    expect(reason).toMatchObject({ code: "guard-failed", path: ["subject", "category"] });
  });
});
