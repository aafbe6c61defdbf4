import { cite } from "@psea/core";
import { describe, expect, it } from "vitest";
import { deadlineKinds, dueItems, exampleCase, restoreCaseState, serializeCase, type CaseState } from "../../src";
import { apply, at, events, open, opening, RECEIVED_ON, underTccInvestigation } from "../support/case-builder";

const kinds = (s: CaseState, asOf: string) => dueItems(s, asOf).map((d) => [d.deadlineId, d.status, d.dueOn]);
const deadline = (s: CaseState, id: string) => s.context.deadlines.find((d) => d.id === id);

describe("AP-E3 (a) and (b): assessment, referral and report review as deadlines of the case", () => {
  it("AP-E3 registration puts the assessment on record, owed from the receipt; completing it in time meets it and opens the referral", () => {
    const registered = apply(open(), events.registered, events.hqNotified);
    expect(deadline(registered, "assessment:1")).toMatchObject({
      kind: "assessment",
      obligationIds: ["AP-E3"],
      citation: { document: "MINUSCA-AP-2018-2019", clause: "Enforcement goal 3 (a), timely assessment of allegations" },
      startedOn: RECEIVED_ON,
      dueOn: "2018-06-15",
      parameter: { id: "assessmentTimeline", value: "P2W", effectiveFrom: "2018-01-01", layer: "default" },
    });
    const assessed = apply(registered, events.assessedSerious);
    expect(deadline(assessed, "assessment:1")?.resolution).toEqual({ kind: "met", on: at.assessed, by: "ASSESSMENT_COMPLETED" });
    expect(deadline(assessed, "referral:1")).toMatchObject({ kind: "referral", obligationIds: ["AP-E3"], startedOn: at.assessed, dueOn: "2018-06-12", parameter: { id: "referralTimeline" } });
    // The referral to the contributing country meets it; the country's answer runs on its own.
    const referred = apply(assessed, events.evidencePreserved, events.referredToTcc);
    expect(deadline(referred, "referral:1")?.resolution).toEqual({ kind: "met", on: at.referred, by: "REFERRED_FOR_INVESTIGATION" });
    expect(kinds(referred, at.referred).map(([id]) => id)).not.toContain("referral:1");
  });

  it("AP-E3 fails an allegation not assessed, or assessed but not referred, past the due date", () => {
    const registered = apply(open(), events.registered, events.hqNotified);
    expect(dueItems(registered, "2018-06-16").find((d) => d.deadlineId === "assessment:1")).toMatchObject({
      kind: "assessment",
      status: "overdue",
      severity: "violation",
      daysOverdue: 1,
      message: "the allegation is to be assessed: due 2018-06-15, 1 day(s) overdue",
      path: ["context", "assessments"],
    });
    const assessed = apply(registered, events.assessedSerious);
    expect(dueItems(assessed, "2018-06-20").find((d) => d.deadlineId === "referral:1")).toMatchObject({
      status: "overdue",
      daysOverdue: 8,
      message: "the assessed allegation is to be referred for investigation: due 2018-06-12, 8 day(s) overdue",
    });
  });

  it("AP-E3 the report's receipt opens its review, which recommendations or the decision meet", () => {
    const reported = apply(underTccInvestigation(), events.report);
    expect(deadline(reported, "report-review:INV-1")).toMatchObject({ kind: "report-review", startedOn: at.report, dueOn: "2018-11-01", parameter: { id: "reportReviewTimeline", value: "P1M" } });
    expect(dueItems(reported, "2018-11-02").find((d) => d.deadlineId === "report-review:INV-1")).toMatchObject({
      status: "overdue",
      message: "the report of investigation INV-1 is to be reviewed and recommendations made: due 2018-11-01, 1 day(s) overdue",
    });
    const decided = apply(reported, events.substantiated);
    expect(deadline(decided, "report-review:INV-1")?.resolution).toEqual({ kind: "met", on: at.outcome, by: "OUTCOME_DECIDED" });
    const recommended = apply(reported, { type: "RECOMMENDATIONS_RECORDED", at: "2018-10-10", recommendations: [{ ref: "R-1", action: "repatriation", subjectRef: "S-1" }] });
    expect(deadline(recommended, "report-review:INV-1")?.resolution).toEqual({ kind: "met", on: "2018-10-10", by: "RECOMMENDATIONS_RECORDED" });
  });

  it("AP-E3 closed for other reasons before a referral, nothing is left to assess or refer; a reopening is assessed again", () => {
    const assessed = apply(open(), events.registered, events.hqNotified, events.assessedSerious);
    const closedOther = apply(assessed, { type: "OUTCOME_DECIDED", at: "2018-06-08", result: "closed-other" });
    expect(deadline(closedOther, "referral:1")?.resolution).toEqual({ kind: "discharged", on: "2018-06-08", by: "OUTCOME_DECIDED" });
    const closed = apply(closedOther, { type: "ACTION_TAKEN", at: "2018-06-09", kind: "no-action-warranted" }, { type: "CASE_CLOSED", at: "2018-06-10" });
    const reopened = apply(closed, { type: "CASE_REOPENED", at: "2018-07-01", reason: "new information" });
    expect(deadline(reopened, "assessment:2")).toMatchObject({ startedOn: "2018-07-01", dueOn: "2018-07-15", facts: { round: 2 } });
  });
});

describe("AP-E3 (a): the assessment is owed from the receipt of the allegation, not from its registration", () => {
  const registeredLate = (overrides: Parameters<typeof opening>[0] = {}) => apply(open(opening(overrides)), { type: "REGISTERED", at: "2018-06-20" });

  it("AP-E3 passes: a case registered late owes its assessment from the day the allegation was received, and an assessment in that window meets it", () => {
    const registered = registeredLate();
    expect(deadline(registered, "assessment:1")).toMatchObject({
      startedOn: RECEIVED_ON,
      dueOn: "2018-06-15",
      parameter: { id: "assessmentTimeline", value: "P2W", effectiveFrom: "2018-01-01", layer: "default" },
    });
    // Read as of a day between receipt and registration, the assessment was already owed.
    expect(dueItems(registered, "2018-06-10").find((d) => d.deadlineId === "assessment:1")).toMatchObject({ status: "pending", startedOn: RECEIVED_ON, dueOn: "2018-06-15" });
    const inTime = apply(open(), { type: "REGISTERED", at: "2018-06-10" }, { ...events.assessedSerious, at: "2018-06-15" });
    expect(deadline(inTime, "assessment:1")).toMatchObject({ startedOn: RECEIVED_ON, dueOn: "2018-06-15", resolution: { kind: "met", on: "2018-06-15", by: "ASSESSMENT_COMPLETED" } });
  });

  it("AP-E3 fails: registering late does not postpone the assessment; one made after the window is reported late", () => {
    const registered = registeredLate();
    // Overdue on the very day of the registration.
    expect(dueItems(registered, "2018-06-20").find((d) => d.deadlineId === "assessment:1")).toMatchObject({
      status: "overdue",
      severity: "violation",
      obligationIds: ["AP-E3"],
      startedOn: RECEIVED_ON,
      dueOn: "2018-06-15",
      daysOverdue: 5,
      message: "the allegation is to be assessed: due 2018-06-15, 5 day(s) overdue",
    });
    const assessed = apply(registered, { ...events.assessedSerious, at: "2018-06-30" });
    expect(dueItems(assessed, "2018-06-29").find((d) => d.deadlineId === "assessment:1")).toMatchObject({ status: "overdue", daysOverdue: 14 });
    const d = deadline(assessed, "assessment:1");
    expect(d?.resolution).toEqual({ kind: "met", on: "2018-06-30", by: "ASSESSMENT_COMPLETED" });
    // Met, but after the due date: the record shows it late.
    expect(d !== undefined && d.resolution !== undefined && d.resolution.on > d.dueOn).toBe(true);
  });

  it("AP-E3 the assessment period is the one in force on the day of the receipt, not the one in force at registration", () => {
    const shorter = { assessmentTimeline: [{ value: "P1W", effectiveFrom: "2018-06-10", citation: { document: "MINUSCA-AP-2018-2019", clause: "Enforcement goal 3 (a)" } }] };
    const registered = registeredLate({ parameters: shorter });
    expect(deadline(registered, "assessment:1")).toMatchObject({
      startedOn: RECEIVED_ON,
      dueOn: "2018-06-15",
      parameter: { id: "assessmentTimeline", value: "P2W", effectiveFrom: "2018-01-01", layer: "default" },
    });
    // A case received once the shorter period is in force gets it.
    const receivedLater = apply(open(opening({ receivedOn: "2018-06-12", parameters: shorter })), { type: "REGISTERED", at: "2018-06-20" });
    expect(deadline(receivedLater, "assessment:1")).toMatchObject({ startedOn: "2018-06-12", dueOn: "2018-06-19", parameter: { value: "P1W", effectiveFrom: "2018-06-10" } });
  });

  it("AP-E3 a reopened case is assessed again from its reopening, not from the original receipt", () => {
    const closed = apply(
      registeredLate(),
      { ...events.assessedSerious, at: "2018-06-21" },
      { type: "OUTCOME_DECIDED", at: "2018-06-22", result: "closed-other" },
      { type: "ACTION_TAKEN", at: "2018-06-23", kind: "no-action-warranted" },
      { type: "CASE_CLOSED", at: "2018-06-24" },
    );
    const reopened = apply(closed, { type: "CASE_REOPENED", at: "2018-08-01", reason: "new information" });
    expect(deadline(reopened, "assessment:1")?.startedOn).toBe(RECEIVED_ON);
    expect(deadline(reopened, "assessment:2")).toMatchObject({ startedOn: "2018-08-01", dueOn: "2018-08-15", facts: { round: 2 } });
  });
});

describe("AP-R1 (c): a service found needed is referred in time", () => {
  const assisted = () => apply(open(), events.registered, events.hqNotified, { type: "NEEDS_ASSESSED", at: "2018-06-03", victimRef: "V-1", needs: ["emergency-medical", "psychosocial"] });

  it("AP-R1 a needs assessment opens one referral deadline per service, emergency care on its shorter window", () => {
    const s = assisted();
    expect(deadline(s, "service-referral:V-1:emergency-medical:1")).toMatchObject({
      kind: "service-referral",
      obligationIds: ["AP-R1"],
      citation: { document: "MINUSCA-AP-2018-2019", clause: "Remedial actions goal 1 (c) and expected result (ii)" },
      subject: { kind: "victim", id: "V-1" },
      path: ["context", "assistance", "referrals"],
      dueOn: "2018-06-04",
      parameter: { id: "emergencyServiceReferralWindow", value: "P1D" },
      facts: { caseId: "A-1", victimRef: "V-1", service: "emergency-medical" },
    });
    expect(deadline(s, "service-referral:V-1:psychosocial:1")).toMatchObject({ dueOn: "2018-06-10", parameter: { id: "serviceReferralWindow", value: "P1W" } });
    // The same need assessed again does not open a second deadline while one runs.
    const again = apply(s, { type: "NEEDS_ASSESSED", at: "2018-06-04", victimRef: "V-1", needs: ["psychosocial"] });
    expect(again.context.deadlines.filter((d) => d.kind === "service-referral")).toHaveLength(2);
  });

  it("AP-R1 a referral made in time meets its deadline; one not made is overdue the day after", () => {
    const s = apply(assisted(), { type: "CONSENT_RECORDED", at: "2018-06-03", victimRef: "V-1", services: ["emergency-medical", "psychosocial"] }, {
      type: "SERVICE_REFERRAL_MADE",
      at: "2018-06-04",
      victimRef: "V-1",
      service: "emergency-medical",
      providerId: "SP-CLINIC",
    });
    expect(deadline(s, "service-referral:V-1:emergency-medical:1")?.resolution).toEqual({ kind: "met", on: "2018-06-04", by: "SERVICE_REFERRAL_MADE" });
    expect(dueItems(s, "2018-06-11").filter((d) => d.kind === "service-referral").map((d) => [d.deadlineId, d.status, d.message])).toEqual([
      ["service-referral:V-1:psychosocial:1", "overdue", "victim V-1 is to be referred for psychosocial services: due 2018-06-10, 1 day(s) overdue"],
    ]);
    // A need for a service already referred and under way opens nothing.
    const reassessed = apply(s, { type: "NEEDS_ASSESSED", at: "2018-06-05", victimRef: "V-1", needs: ["emergency-medical"] });
    expect(reassessed.context.deadlines.filter((d) => d.kind === "service-referral")).toHaveLength(2);
  });

  it("AP-R1 a victim withdrawing consent, or assistance concluded, discharges what is owed", () => {
    const consented = apply(assisted(), { type: "CONSENT_RECORDED", at: "2018-06-03", victimRef: "V-1", services: ["psychosocial"] });
    const withdrawn = apply(consented, { type: "CONSENT_WITHDRAWN", at: "2018-06-04", victimRef: "V-1", services: ["psychosocial"] });
    expect(deadline(withdrawn, "service-referral:V-1:psychosocial:1")?.resolution).toEqual({ kind: "discharged", on: "2018-06-04", by: "CONSENT_WITHDRAWN" });
    expect(deadline(withdrawn, "service-referral:V-1:emergency-medical:1")?.resolution).toBeUndefined();
    const concluded = apply(withdrawn, { type: "ASSISTANCE_CONCLUDED", at: "2018-06-05" });
    expect(concluded.context.deadlines.filter((d) => d.kind === "service-referral" && !d.resolution)).toEqual([]);
  });

  it("AP-R1 the window is the one in force on the day of the needs assessment", () => {
    const overlay = {
      serviceReferralWindow: [
        { value: "P1W", effectiveFrom: "2018-01-01", effectiveTo: "2018-06-04", citation: cite("MINUSCA-AP-2018-2019", "Remedial actions goal 1 (c)") },
        { value: "P3D", effectiveFrom: "2018-06-04", citation: cite("MINUSCA-AP-2018-2019", "Remedial actions goal 1 (c)") },
      ],
    };
    const s = apply(open(opening({ parameters: overlay })), events.registered, { type: "NEEDS_ASSESSED", at: "2018-06-03", victimRef: "V-1", needs: ["legal"] }, {
      type: "NEEDS_ASSESSED",
      at: "2018-06-05",
      victimRef: "V-1",
      needs: ["psychosocial"],
    });
    expect(deadline(s, "service-referral:V-1:legal:1")?.dueOn).toBe("2018-06-10");
    expect(deadline(s, "service-referral:V-1:psychosocial:1")).toMatchObject({ dueOn: "2018-06-08", parameter: { value: "P3D", effectiveFrom: "2018-06-04", layer: "overlay" } });
  });
});

describe("restore accepts the new deadline kinds, and records stored before them", () => {
  const stored = (state: CaseState) => {
    const s = serializeCase({ caseId: "A-1", version: 3, state });
    if (!s.ok) throw new Error("serialize");
    return JSON.parse(JSON.stringify(s.snapshot)) as { schemaVersion: 2; caseId: string; version: number; state: { value: unknown; context: Record<string, unknown> } };
  };

  it("restores a context holding every kind of deadline, and refuses a kind it does not know", () => {
    const s = apply(underTccInvestigation(), events.report, { type: "NEEDS_ASSESSED", at: "2018-10-02", victimRef: "V-1", needs: ["legal"] });
    const held = new Set(s.context.deadlines.map((d) => d.kind));
    for (const k of ["assessment", "referral", "report-review", "service-referral"] as const) expect(held).toContain(k);
    expect(restoreCaseState(stored(s))).toMatchObject({ ok: true, caseId: "A-1", version: 3 });
    const tampered = stored(s);
    (tampered.state.context["deadlines"] as Record<string, unknown>[])[0]!["kind"] = "coffee-break";
    expect(restoreCaseState(tampered)).toMatchObject({ ok: false, code: "corrupt-record", issues: [{ path: ["state", "context", "deadlines", 0, "kind"] }] });
    expect(deadlineKinds.slice(0, 5)).toEqual(["headquarters-notification", "department-of-management-notification", "member-state-response", "investigation", "victim-status-update"]);
  });

  it("restores a record stored before the new kinds existed, with the deadlines it had and no more", () => {
    const s = stored(exampleCase("investigating"));
    const deadlines = s.state.context["deadlines"] as { kind: string }[];
    s.state.context["deadlines"] = deadlines.filter((d) => !["assessment", "referral", "report-review", "service-referral"].includes(d.kind));
    const r = restoreCaseState(s);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.context.deadlines.map((d) => d.kind)).toEqual((s.state.context["deadlines"] as { kind: string }[]).map((d) => d.kind));
    // The restored case goes on: its next events open the new deadlines as they arise.
    const next = apply(r.state, { type: "INVESTIGATION_REPORT_RECEIVED", at: "2018-09-01" });
    expect(next.context.deadlines.at(-1)?.kind).toBe("report-review");
  });

  it("restores a record stored when the assessment ran from the registration, as stored: the deadline's shape is unchanged", () => {
    const s = stored(apply(open(), { type: "REGISTERED", at: "2018-06-20" }));
    const assessment = (s.state.context["deadlines"] as { id: string; startedOn: string; dueOn: string }[]).find((d) => d.id === "assessment:1")!;
    Object.assign(assessment, { startedOn: "2018-06-20", dueOn: "2018-07-04" });
    const r = restoreCaseState(s);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // No migration rewrites a stored date; a replay of the event log gives the current reading.
    expect(deadline(r.state, "assessment:1")).toMatchObject({ startedOn: "2018-06-20", dueOn: "2018-07-04" });
    expect(deadline(apply(r.state, { ...events.assessedSerious, at: "2018-06-30" }), "assessment:1")?.resolution).toEqual({ kind: "met", on: "2018-06-30", by: "ASSESSMENT_COMPLETED" });
  });

  it("restores a paternity claim stored before its DNA sample, and refers it to the Member State", () => {
    const r = restoreCaseState(stored(apply(open(), { type: "PATERNITY_CLAIM_RECORDED", at: "2018-06-01", victimRef: "V-1" })));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const referred = apply(r.state, { type: "PATERNITY_CLAIM_REFERRED_TO_MEMBER_STATE", at: "2018-06-20", memberState: "XYZ" });
    expect(referred.value).toMatchObject({ victimAssistance: { paternity: "referredToMemberState" } });
  });
});
