import { describe, expect, it } from "vitest";
import { allowedEvents, publicStatus } from "../../src";
import { apply, events, open, opening, refusal, substantiated } from "../support/case-builder";

const needs = { type: "NEEDS_ASSESSED", at: "2018-06-01", victimRef: "V-1", needs: ["emergency-medical", "psychosocial"] } as const;
const consent = { type: "CONSENT_RECORDED", at: "2018-06-01", victimRef: "V-1", services: ["emergency-medical"] } as const;
const medicalReferral = { type: "SERVICE_REFERRAL_MADE", at: "2018-06-01", victimRef: "V-1", service: "emergency-medical", providerId: "SP-CLINIC" } as const;

describe("AP-R1 victim assistance parallel to the investigation", () => {
  it("passes: assistance starts at intake, without waiting for registration or investigation", () => {
    const s = apply(open(), { type: "VRA_ASSIGNED", at: "2018-06-01", advocateRef: "VRA-1" }, needs, consent, medicalReferral);
    expect(s.value).toEqual({ allegation: "intake", victimAssistance: { support: "assisting", paternity: "noClaim" } });
    expect(publicStatus(s)).toBe("preliminary-assessment");
    expect(s.context.assistance.advocate).toEqual({ ref: "VRA-1", assignedOn: "2018-06-01" });
    expect(s.context.assistance.referrals).toEqual([
      { id: "SR-1", victimRef: "V-1", service: "emergency-medical", providerId: "SP-CLINIC", on: "2018-06-01", basis: "consent", status: "pending", statusOn: "2018-06-01" },
    ]);
  });

  it("passes: a recorded override stands in for consent, and the referral says so", () => {
    const s = apply(
      open(),
      needs,
      { type: "CONSENT_OVERRIDE_RECORDED", at: "2018-06-01", victimRef: "V-1", service: "emergency-medical", reason: "child at immediate medical risk", authorisedBy: "CP-OFFICER" },
      medicalReferral,
    );
    expect(s.context.assistance.referrals[0]?.basis).toBe("override");
  });

  it("fails: no referral without recorded consent or override", () => {
    const reason = refusal(apply(open(), needs), medicalReferral);
    expect(reason).toEqual({ code: "guard-failed", message: expect.stringContaining("AP-R1"), path: ["context", "assistance", "consents"] });
  });

  it("fails: consent to one service is not consent to another", () => {
    const reason = refusal(apply(open(), needs, consent), { ...medicalReferral, service: "psychosocial", providerId: "SP-NGO" });
    expect(reason.message).toContain("AP-R1");
  });

  it("AP-R1 passes: a victim withdraws consent; no new referral rests on it, the withdrawal is kept, and consent can be given again", () => {
    const withdrawn = apply(open(), needs, consent, medicalReferral, { type: "CONSENT_WITHDRAWN", at: "2018-06-03", victimRef: "V-1", services: ["emergency-medical"] });
    expect(withdrawn.context.assistance.consents).toEqual([]);
    expect(withdrawn.context.assistance.withdrawals).toEqual([{ victimRef: "V-1", services: ["emergency-medical"], on: "2018-06-03" }]);
    expect(withdrawn.context.assistance.referrals[0]).toMatchObject({ basis: "consent", status: "pending" });
    expect(refusal(withdrawn, { ...medicalReferral, at: "2018-06-04" })).toMatchObject({ code: "guard-failed", path: ["context", "assistance", "consents"] });
    const again = apply(withdrawn, { ...consent, at: "2018-06-05" }, { ...medicalReferral, at: "2018-06-05" });
    expect(again.context.assistance.referrals.map((r) => r.on)).toEqual(["2018-06-01", "2018-06-05"]);
  });

  it("AP-R1 fails: a consent never given, or for another service, cannot be withdrawn", () => {
    const reason = refusal(apply(open(), needs, consent), { type: "CONSENT_WITHDRAWN", at: "2018-06-03", victimRef: "V-1", services: ["legal"] });
    expect(reason).toEqual({ code: "guard-failed", message: expect.stringContaining("AP-R1"), path: ["services"] });
    expect(refusal(apply(open(), needs, consent), { type: "CONSENT_WITHDRAWN", at: "2018-06-03", victimRef: "V-9", services: ["emergency-medical"] }).code).toBe("guard-failed");
  });

  it("tracks referral status and concludes only when no referral is open", () => {
    const s = apply(open(), needs, consent, medicalReferral, { type: "SERVICE_REFERRAL_UPDATED", at: "2018-06-02", referralId: "SR-1", status: "accepted" });
    expect(refusal(s, { type: "ASSISTANCE_CONCLUDED", at: "2018-06-03" })).toMatchObject({ code: "guard-failed", path: ["context", "assistance", "referrals", 0] });
    expect(refusal(s, { type: "SERVICE_REFERRAL_UPDATED", at: "2018-06-02", referralId: "SR-1", status: "accepted" }).path).toEqual(["status"]);
    const done = apply(s, { type: "SERVICE_REFERRAL_UPDATED", at: "2018-06-20", referralId: "SR-1", status: "completed" }, { type: "ASSISTANCE_CONCLUDED", at: "2018-06-21" });
    expect(done.value).toMatchObject({ victimAssistance: { support: "concluded" } });
    expect(apply(done, { type: "ASSISTANCE_RESUMED", at: "2018-07-01" }).context.assistance.conclusions).toEqual([{ concludedOn: "2018-06-21", resumedOn: "2018-07-01" }]);
  });

  it("continues after the allegation is closed", () => {
    const closed = apply(substantiated(), events.repatriated, events.closed);
    expect(allowedEvents(closed)).toEqual(expect.arrayContaining(["NEEDS_ASSESSED", "CONSENT_RECORDED"]));
    const later = "2018-12-01";
    const s = apply(closed, { ...needs, at: later }, { ...consent, at: later }, { ...medicalReferral, at: later });
    expect(s.value).toEqual({ allegation: "closed", victimAssistance: { support: "assisting", paternity: "noClaim" } });
  });
});

describe("AP-E5 service map, Trust Fund and DNA collection", () => {
  it("passes: a referral to a mapped provider offering the service", () => {
    expect(apply(open(), needs, consent, medicalReferral).context.assistance.referrals).toHaveLength(1);
  });

  it("fails: a referral to a provider not on the service map", () => {
    const reason = refusal(apply(open(), needs, consent), { ...medicalReferral, providerId: "SP-UNKNOWN" });
    expect(reason).toEqual({ code: "guard-failed", message: expect.stringContaining("AP-E5"), path: ["providerId"] });
  });

  it("fails: a referral for a service the mapped provider does not offer", () => {
    const reason = refusal(apply(open(), needs, consent), { ...medicalReferral, providerId: "SP-LEGAL" });
    expect(reason).toEqual({ code: "guard-failed", message: expect.stringContaining("AP-E5"), path: ["service"] });
  });

  it("maps a new provider, then refers to it", () => {
    const s = apply(
      open(opening({ serviceMap: [] })),
      needs,
      consent,
      { type: "SERVICE_PROVIDER_MAPPED", at: "2018-06-01", provider: { id: "SP-NEW", name: "Mobile clinic", services: ["emergency-medical"], region: "North" } },
      { ...medicalReferral, providerId: "SP-NEW" },
    );
    expect(s.context.serviceMap).toEqual([{ id: "SP-NEW", name: "Mobile clinic", services: ["emergency-medical"], region: "North" }]);
  });

  it("records Trust Fund support for a mapped provider", () => {
    const s = apply(open(), needs, { type: "TRUST_FUND_SUPPORT_RECORDED", at: "2018-07-01", providerId: "SP-NGO", purpose: "livelihood support", victimRef: "V-1" });
    expect(s.context.assistance.trustFund).toEqual([{ on: "2018-07-01", purpose: "livelihood support", providerId: "SP-NGO", victimRef: "V-1" }]);
    expect(refusal(s, { type: "TRUST_FUND_SUPPORT_RECORDED", at: "2018-07-01", providerId: "SP-X", purpose: "x" }).message).toContain("AP-E5");
  });

  it("passes: a paternity claim is recorded, the DNA sample collection facilitated, and the claim referred to the subject's Member State", () => {
    const s = apply(
      open(),
      { type: "PATERNITY_CLAIM_RECORDED", at: "2018-06-01", victimRef: "V-1" },
      { type: "DNA_SAMPLE_COLLECTED", at: "2018-06-10" },
      { type: "PATERNITY_CLAIM_REFERRED_TO_MEMBER_STATE", at: "2018-06-20", memberState: "XYZ" },
    );
    expect(s.value).toMatchObject({ victimAssistance: { paternity: "referredToMemberState" } });
    expect(s.context.assistance.paternity).toEqual({ victimRef: "V-1", claimRecordedOn: "2018-06-01", dnaSampleCollectedOn: "2018-06-10", referredOn: "2018-06-20", memberState: "XYZ" });
  });

  it("passes (AP-R1 (d)): a claim is referred to the Member State without a DNA sample; the sample is facilitated, not a precondition", () => {
    const claimed = apply(open(), { type: "PATERNITY_CLAIM_RECORDED", at: "2018-06-01", victimRef: "V-1" });
    expect(allowedEvents(claimed)).toContain("PATERNITY_CLAIM_REFERRED_TO_MEMBER_STATE");
    const referred = apply(claimed, { type: "PATERNITY_CLAIM_REFERRED_TO_MEMBER_STATE", at: "2018-06-20", memberState: "XYZ" });
    expect(referred.value).toMatchObject({ victimAssistance: { paternity: "referredToMemberState" } });
    expect(referred.context.assistance.paternity).toEqual({ victimRef: "V-1", claimRecordedOn: "2018-06-01", referredOn: "2018-06-20", memberState: "XYZ" });
    // AP-E5 (e): a sample the Member State asks the mission to help collect after the referral is recorded too, once.
    const sampled = apply(referred, { type: "DNA_SAMPLE_COLLECTED", at: "2018-07-01" });
    expect(sampled.value).toMatchObject({ victimAssistance: { paternity: "referredToMemberState" } });
    expect(sampled.context.assistance.paternity).toEqual({ victimRef: "V-1", claimRecordedOn: "2018-06-01", referredOn: "2018-06-20", memberState: "XYZ", dnaSampleCollectedOn: "2018-07-01" });
    expect(refusal(sampled, { type: "DNA_SAMPLE_COLLECTED", at: "2018-07-02" })).toMatchObject({ code: "guard-failed", path: ["context", "assistance", "paternity", "dnaSampleCollectedOn"] });
  });

  it("fails: the claim is not referred to another Member State than the subject's, with or without a DNA sample, nor twice", () => {
    const claimed = apply(open(), { type: "PATERNITY_CLAIM_RECORDED", at: "2018-06-01", victimRef: "V-1" });
    const elsewhere = { type: "PATERNITY_CLAIM_REFERRED_TO_MEMBER_STATE", at: "2018-06-20", memberState: "ABC" } as const;
    const wrongTarget = { code: "guard-failed", path: ["memberState"], message: expect.stringContaining("XYZ") };
    expect(refusal(claimed, elsewhere)).toMatchObject(wrongTarget);
    const sampled = apply(claimed, { type: "DNA_SAMPLE_COLLECTED", at: "2018-06-10" });
    expect(refusal(sampled, elsewhere)).toMatchObject(wrongTarget);
    // A sample already collected is not collected again before the referral either.
    expect(refusal(sampled, { type: "DNA_SAMPLE_COLLECTED", at: "2018-06-11" }).code).toBe("not-allowed-in-state");
    const referred = apply(sampled, { ...elsewhere, memberState: "XYZ" });
    expect(refusal(referred, { ...elsewhere, memberState: "XYZ", at: "2018-06-21" }).code).toBe("not-allowed-in-state");
    expect(refusal(referred, { type: "DNA_SAMPLE_COLLECTED", at: "2018-06-21" }).code).toBe("guard-failed");
    // No claim, nothing to refer.
    expect(refusal(open(), { ...elsewhere, memberState: "XYZ" }).code).toBe("not-allowed-in-state");
  });
});

describe("assistance and the allegation side by side", () => {
  it("an allegation event never moves the assistance region, and the reverse", () => {
    const s = apply(open(), needs, events.registered);
    expect(s.value).toEqual({ allegation: { preliminaryAssessment: "assessing" }, victimAssistance: { support: "assisting", paternity: "noClaim" } });
  });
});
