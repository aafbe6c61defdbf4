import { describe, expect, it } from "vitest";
import { publicStatus } from "../../src";
import { apply, conduct, events, open, opening, refusal, substantiated, underTccInvestigation } from "../support/case-builder";

const decided = (result: "substantiated" | "not-substantiated" | "closed-other") => apply(underTccInvestigation(), events.report, { ...events.substantiated, result });
const staffCase = (refs: readonly string[] = ["S-1"]) =>
  apply(
    open(opening({ subjects: refs.map((ref) => ({ ref, category: "civilian-staff" as const })) })),
    events.registered,
    { ...events.assessedSerious, conduct: conduct.transactionalAdult },
    events.evidencePreserved,
    { type: "REFERRED_FOR_INVESTIGATION", at: "2018-06-07", entity: "oios" },
    events.report,
    events.substantiated,
  );

describe("decisions", () => {
  it("reads the decision as the public status", () => {
    expect(publicStatus(decided("substantiated"))).toBe("substantiated");
    expect(publicStatus(decided("not-substantiated"))).toBe("not-substantiated");
    expect(publicStatus(decided("closed-other"))).toBe("closed-for-other-reasons");
  });

  it("before a report, the only decision is closure for other reasons, which discharges the running timeline", () => {
    const s = underTccInvestigation();
    expect(refusal(s, { ...events.substantiated, at: "2018-07-01" })).toMatchObject({ code: "guard-failed", path: ["result"] });
    const closed = apply(s, { ...events.substantiated, at: "2018-07-01", result: "closed-other" });
    expect(closed.value).toMatchObject({ allegation: "accountability" });
    expect(closed.context.investigations[0]?.endedOn).toBe("2018-07-01");
    expect(closed.context.deadlines.find((d) => d.kind === "investigation")?.resolution).toEqual({ kind: "discharged", on: "2018-07-01", by: "OUTCOME_DECIDED" });
  });

  it("a substantiated finding needs a recorded subject", () => {
    const s = apply(
      open(opening({ subjects: [] })),
      events.registered,
      events.assessedSerious,
      events.evidencePreserved,
      { type: "REFERRED_FOR_INVESTIGATION", at: "2018-06-07", entity: "oios" },
      events.report,
    );
    expect(refusal(s, events.substantiated)).toMatchObject({ code: "guard-failed", path: ["context", "subjects"] });
  });
});

describe("SGB-3.2a actions by personnel category", () => {
  it("passes: a substantiated case against a contingent member closes with repatriation", () => {
    const s = apply(substantiated(), events.repatriated, events.closed);
    expect(s.value).toMatchObject({ allegation: "closed" });
    expect(s.context.closedOn).toBe("2018-11-01");
    expect(publicStatus(s)).toBe("substantiated");
  });

  it("passes: a substantiated case against staff closes with dismissal", () => {
    const s = apply(staffCase(), { type: "ACTION_TAKEN", at: "2018-10-20", kind: "dismissal", subjectRef: "S-1" }, events.closed);
    expect(s.value).toMatchObject({ allegation: "closed" });
  });

  it("fails: with two subjects, an action naming neither covers neither; each needs its own", () => {
    const two = staffCase(["S-1", "S-2"]);
    const unnamed = apply(two, { type: "ACTION_TAKEN", at: "2018-10-20", kind: "dismissal" });
    expect(refusal(unnamed, events.closed)).toMatchObject({ code: "guard-failed", path: ["context", "actions"] });
    const one = apply(two, { type: "ACTION_TAKEN", at: "2018-10-20", kind: "dismissal", subjectRef: "S-1" });
    expect(refusal(one, events.closed)?.message).toContain("subject S-2");
    const both = apply(one, { type: "ACTION_TAKEN", at: "2018-10-21", kind: "dismissal", subjectRef: "S-2" }, events.closed);
    expect(both.value).toMatchObject({ allegation: "closed" });
  });

  it("fails: repatriation is not an action for civilian staff", () => {
    const reason = refusal(staffCase(), { ...events.repatriated });
    expect(reason).toEqual({ code: "guard-failed", message: expect.stringContaining("SGB-3.2a"), path: ["kind"] });
    expect(reason.message).toContain("dismissal");
  });

  it("fails: a substantiated case does not close on an administrative measure alone", () => {
    const s = apply(substantiated(), { type: "ACTION_TAKEN", at: "2018-10-20", kind: "administrative-measure" });
    const reason = refusal(s, events.closed);
    expect(reason).toEqual({ code: "guard-failed", message: expect.stringContaining("SGB-3.2a"), path: ["context", "actions"] });
    expect(reason.message).toContain("S-1 (military-contingent)");
  });

  it("fails: 'no action warranted' is no answer to a substantiated allegation", () => {
    expect(refusal(substantiated(), { type: "ACTION_TAKEN", at: "2018-10-20", kind: "no-action-warranted" })).toMatchObject({
      code: "guard-failed",
      message: expect.stringContaining("SGB-3.2a"),
    });
  });

  it("fails: sanctions follow only a substantiated finding", () => {
    expect(refusal(decided("not-substantiated"), events.repatriated)).toMatchObject({ code: "guard-failed", path: ["kind"] });
  });

  it("withheld payments go to the Trust Fund for uniformed personnel only", () => {
    const s = apply(substantiated(), { type: "ACTION_TAKEN", at: "2018-10-20", kind: "payments-withheld-to-trust-fund", subjectRef: "S-1" });
    expect(s.context.actions.at(-1)).toMatchObject({ kind: "payments-withheld-to-trust-fund", interim: false });
    expect(refusal(staffCase(), { type: "ACTION_TAKEN", at: "2018-10-20", kind: "payments-withheld-to-trust-fund" })).toMatchObject({ code: "guard-failed", path: ["kind"] });
  });

  it("records interim measures pending the outcome, and suspends payments only for uniformed personnel", () => {
    const s = apply(underTccInvestigation(), { type: "INTERIM_MEASURE_TAKEN", at: "2018-06-20", kind: "suspension-of-payments", subjectRef: "S-1" });
    expect(s.context.actions).toEqual([expect.objectContaining({ id: "ACT-1", kind: "suspension-of-payments", interim: true, takenOn: "2018-06-20" })]);
    const staff = apply(open(opening({ subjects: [{ ref: "S-1", category: "civilian-staff" }] })), events.registered);
    expect(apply(staff, { type: "INTERIM_MEASURE_TAKEN", at: "2018-06-03", kind: "administrative-leave" }).context.actions[0]?.kind).toBe("administrative-leave");
    expect(refusal(staff, { type: "INTERIM_MEASURE_TAKEN", at: "2018-06-03", kind: "suspension-of-payments" })).toMatchObject({ code: "guard-failed", path: ["kind"] });
  });
});

describe("SGB-5 referral for criminal accountability", () => {
  const referral = { type: "CRIMINAL_REFERRAL_MADE", at: "2018-10-25", to: "contributing-country", country: "XYZ", subjectRef: "S-1" } as const;

  it("passes: substantiated, after a recorded consultation with the Office of Legal Affairs", () => {
    const s = apply(substantiated(), { type: "LEGAL_AFFAIRS_CONSULTED", at: "2018-10-22" }, referral, events.closed);
    expect(s.context.actions[0]).toMatchObject({
      kind: "referral-for-criminal-accountability",
      legalAffairsConsultedOn: "2018-10-22",
      referredTo: { to: "contributing-country", country: "XYZ" },
    });
    expect(s.value).toMatchObject({ allegation: "closed" });
  });

  it("fails: no referral without the consultation", () => {
    const reason = refusal(substantiated(), referral);
    expect(reason).toEqual({ code: "guard-failed", message: expect.stringContaining("SGB-5"), path: ["context", "legalAffairsConsultations"] });
  });

  it("fails: no referral when the allegation is not substantiated", () => {
    const s = apply(decided("not-substantiated"), { type: "LEGAL_AFFAIRS_CONSULTED", at: "2018-10-22" });
    expect(refusal(s, referral)).toEqual({ code: "guard-failed", message: expect.stringContaining("SGB-5"), path: ["context", "outcome"] });
  });
});

describe("DPKO-GM-d no closure without a decision and an action", () => {
  it("passes: a not-substantiated case closes with its recorded action", () => {
    const s = apply(decided("not-substantiated"), { type: "ACTION_TAKEN", at: "2018-10-20", kind: "no-action-warranted" }, events.closed);
    expect(s.value).toMatchObject({ allegation: "closed" });
    expect(publicStatus(s)).toBe("not-substantiated");
  });

  it("fails: a decided case with no recorded action does not close", () => {
    const reason = refusal(decided("not-substantiated"), events.closed);
    expect(reason).toEqual({ code: "guard-failed", message: expect.stringContaining("DPKO-GM-d"), path: ["context", "actions"] });
  });

  it("fails: an interim measure is not the action a closure needs", () => {
    const s = apply(decided("closed-other"), { type: "INTERIM_MEASURE_TAKEN", at: "2018-10-16", kind: "suspension-of-payments" });
    expect(refusal(s, events.closed).message).toContain("DPKO-GM-d");
  });

  it("fails: no stage before the decision takes a closure", () => {
    for (const s of [open(), underTccInvestigation(), apply(underTccInvestigation(), events.report)]) {
      expect(refusal(s, events.closed).code).toBe("not-allowed-in-state");
    }
  });
});

describe("AP-E4 recommendations tracked to effect", () => {
  const recommended = () =>
    apply(
      underTccInvestigation(),
      events.report,
      { type: "RECOMMENDATIONS_RECORDED", at: "2018-10-05", recommendations: [{ ref: "R-1", action: "repatriation", subjectRef: "S-1" }, { ref: "R-2", action: "exclusion-from-future-service" }] },
      events.substantiated,
    );

  it("passes: each recommendation is effected by an action or recorded as not implemented", () => {
    const s = apply(
      recommended(),
      { ...events.repatriated, recommendationRef: "R-1" },
      { type: "RECOMMENDATION_NOT_IMPLEMENTED", at: "2018-10-21", ref: "R-2", reason: "already excluded by the contributing country" },
      events.closed,
    );
    expect(s.context.recommendations.map((r) => [r.ref, r.effectedBy ?? r.notImplemented?.reason])).toEqual([
      ["R-1", "ACT-1"],
      ["R-2", "already excluded by the contributing country"],
    ]);
    expect(s.value).toMatchObject({ allegation: "closed" });
  });

  it("fails: a recommendation left open keeps the case from closing", () => {
    const s = apply(recommended(), { ...events.repatriated, recommendationRef: "R-1" });
    expect(refusal(s, events.closed)).toEqual({ code: "guard-failed", message: expect.stringContaining("AP-E4"), path: ["context", "recommendations", 1] });
  });
});

describe("reopening", () => {
  it("a closed case reopens into a new round that needs its own decision and action", () => {
    const closed = apply(substantiated(), events.repatriated, events.closed);
    const s = apply(closed, { type: "CASE_REOPENED", at: "2019-01-10", reason: "new evidence" });
    expect(s.value).toMatchObject({ allegation: { preliminaryAssessment: "assessing" } });
    expect(s.context.round).toBe(2);
    expect(s.context.outcome).toBeNull();
    expect(s.context.closedOn).toBeNull();
    expect(s.context.priorOutcomes).toEqual([{ result: "substantiated", decidedOn: "2018-10-15", round: 1, closedOn: "2018-11-01", reopenedOn: "2019-01-10", reopenReason: "new evidence" }]);
    const again = apply(
      s,
      { ...events.assessedSerious, at: "2019-01-11" },
      // The new round needs its own evidence step.
      { ...events.evidencePreserved, at: "2019-01-12" },
      { type: "REFERRED_FOR_INVESTIGATION", at: "2019-01-13", entity: "troop-contributing-country" },
      { ...events.tccWillInvestigate, at: "2019-01-14" },
      { ...events.report, at: "2019-03-01" },
      { ...events.substantiated, at: "2019-03-02" },
    );
    expect(refusal(again, { ...events.closed, at: "2019-03-03" }).message).toContain("DPKO-GM-d");
    expect(apply(again, { ...events.repatriated, at: "2019-03-03" }, { ...events.closed, at: "2019-03-04" }).value).toMatchObject({ allegation: "closed" });
  });
});
