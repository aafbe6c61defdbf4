import { describe, expect, it } from "vitest";
import { dueItems, investigationRoutes, publicStatus, type CaseSubjectCategory } from "../../src";
import { apply, conduct, events, open, opening, refusal } from "../support/case-builder";

const assessed = (input = opening()) => apply(open(input), events.registered, events.hqNotified, events.assessedSerious);
const preserved = (input = opening()) => apply(assessed(input), events.evidencePreserved);

describe("AP-E2 Immediate Response Team evidence step", () => {
  it("passes: referral follows the team's preservation of evidence", () => {
    const s = apply(preserved(), events.referredToTcc);
    expect(s.context.evidence).toEqual([{ round: 1, kind: "preserved", on: "2018-06-06", teamUnits: ["child-protection", "un-police", "force"] }]);
    expect(s.value).toMatchObject({ allegation: { referral: "awaitingMemberStateResponse" } });
  });

  it("passes: an evidence step that found nothing to preserve is recorded with its reason", () => {
    const s = apply(assessed(), { type: "EVIDENCE_PRESERVATION_NOT_POSSIBLE", at: "2018-06-06", reason: "incident two years old" }, events.referredToTcc);
    expect(s.context.evidence[0]).toMatchObject({ kind: "not-possible", reason: "incident two years old" });
  });

  it("fails: no referral for investigation before the evidence step", () => {
    const reason = refusal(assessed(), events.referredToTcc);
    expect(reason).toEqual({ code: "guard-failed", message: expect.stringContaining("AP-E2"), path: ["context", "evidence"] });
  });

  it("fails: an investigation cannot start from assessment, skipping the evidence step", () => {
    const s = apply(open(), events.registered);
    expect(refusal(s, events.referredToTcc).code).toBe("not-allowed-in-state");
  });
});

describe("AP-E3 referral routed by personnel category", () => {
  const direct: [CaseSubjectCategory, "serious" | "not-serious", string][] = [
    ["civilian-staff", "serious", "oios"],
    ["un-volunteer", "serious", "oios"],
    ["consultant-contractor", "serious", "oios"],
    ["military-observer-staff-officer", "serious", "oios"],
    ["individual-police", "serious", "oios"],
    ["civilian-staff", "not-serious", "mission-investigation-unit"],
    ["individual-police", "not-serious", "mission-investigation-unit"],
    ["military-contingent", "not-serious", "contingent-commander"],
    ["formed-police-unit", "not-serious", "contingent-commander"],
    ["non-un-partner", "serious", "implementing-partner"],
    ["non-un-partner", "serious", "oios"],
    ["non-un-force", "serious", "national-authorities"],
  ];

  it.each(direct)("passes: %s, %s → %s investigates at once", (category, seriousness, entity) => {
    const input = opening({ subjects: [{ ref: "S-1", category, ...(category === "formed-police-unit" || category === "military-contingent" ? { contributingCountry: "XYZ" } : {}) }] });
    const s = apply(
      open(input),
      events.registered,
      { ...events.assessedSerious, ...(seriousness === "not-serious" ? { conduct: conduct.none, seriousness } : {}) },
      events.evidencePreserved,
      { type: "REFERRED_FOR_INVESTIGATION", at: "2018-06-07", entity },
    );
    expect(s.value).toMatchObject({ allegation: "investigation" });
    expect(s.context.investigations).toEqual([expect.objectContaining({ id: "INV-1", entity, startedOn: "2018-06-07" })]);
    expect(investigationRoutes[category][seriousness]).toContain(entity);
  });

  it("fails: serious allegations against contingent members go to the contributing country, not straight to OIOS", () => {
    const reason = refusal(preserved(), { type: "REFERRED_FOR_INVESTIGATION", at: "2018-06-07", entity: "oios" });
    expect(reason).toEqual({ code: "guard-failed", message: expect.stringContaining("AP-E3"), path: ["entity"] });
    expect(reason.message).toContain("troop-contributing-country");
  });

  it("fails: staff are not referred to a troop-contributing country", () => {
    const reason = refusal(preserved(opening({ subjects: [{ ref: "S-1", category: "civilian-staff" }] })), events.referredToTcc);
    expect(reason).toMatchObject({ code: "guard-failed", path: ["entity"] });
  });

  it("fails: the referral goes to the subjects' own contributing country", () => {
    const reason = refusal(preserved(), { ...events.referredToTcc, memberState: "ABC" });
    expect(reason).toMatchObject({ code: "guard-failed", path: ["memberState"], message: expect.stringContaining("XYZ") });
  });

  it("passes: formed police units go to the police-contributing country", () => {
    const s = apply(preserved(opening({ subjects: [{ ref: "S-1", category: "formed-police-unit", contributingCountry: "PQR" }] })), {
      type: "REFERRED_FOR_INVESTIGATION",
      at: "2018-06-07",
      entity: "police-contributing-country",
    });
    expect(s.context.memberStateReferrals).toEqual([{ id: "MSR-1", round: 1, entity: "police-contributing-country", memberState: "PQR", referredOn: "2018-06-07" }]);
  });
});

describe("AP-E3 the contributing country's answer", () => {
  const notified = () => apply(preserved(), events.referredToTcc);

  it("notifies the country, with its answer due within the response window (10 working days)", () => {
    const s = notified();
    expect(publicStatus(s)).toBe("pending-member-state-investigation");
    const [item] = dueItems(s, "2018-06-07").filter((d) => d.kind === "member-state-response");
    expect(item).toMatchObject({
      obligationIds: ["AP-E3"],
      status: "pending",
      startedOn: "2018-06-07",
      dueOn: "2018-06-21",
      parameter: { id: "memberStateResponseWindow", value: { workingDays: 10 }, effectiveFrom: "2007-07-24", layer: "default" },
      facts: { memberState: "XYZ", entity: "troop-contributing-country" },
    });
  });

  it("the country investigates with its National Investigation Officer", () => {
    const s = apply(notified(), events.tccWillInvestigate);
    expect(s.context.investigations[0]).toMatchObject({ entity: "troop-contributing-country", memberState: "XYZ", nationalInvestigationOfficerAppointed: true });
    expect(publicStatus(s)).toBe("pending-member-state-investigation");
    expect(dueItems(s, "2018-06-12").some((d) => d.kind === "member-state-response")).toBe(false);
  });

  it("the country investigates jointly with OIOS", () => {
    const s = apply(notified(), { ...events.tccWillInvestigate, jointWithOios: true });
    expect(s.context.investigations[0]?.entity).toBe("joint-oios-member-state");
    expect(publicStatus(s)).toBe("under-investigation");
  });

  it("passes: after the country declines, OIOS may investigate", () => {
    const declined = apply(notified(), { ...events.tccWillInvestigate, willInvestigate: false, nationalInvestigationOfficerAppointed: false });
    expect(declined.value).toMatchObject({ allegation: { referral: "memberStateDeclined" } });
    const s = apply(declined, { type: "OIOS_INVESTIGATION_OPENED", at: "2018-06-13" });
    expect(s.context.investigations[0]).toMatchObject({ entity: "oios", startedOn: "2018-06-13" });
  });

  it("passes: with no answer once the window has passed, OIOS may investigate", () => {
    const s = apply(notified(), { type: "OIOS_INVESTIGATION_OPENED", at: "2018-06-22" });
    expect(s.context.investigations[0]?.entity).toBe("oios");
    expect(s.context.deadlines.find((d) => d.kind === "member-state-response")?.resolution).toEqual({ kind: "discharged", on: "2018-06-22", by: "OIOS_INVESTIGATION_OPENED" });
  });

  it("fails: OIOS does not step in while the country's window is open", () => {
    const reason = refusal(notified(), { type: "OIOS_INVESTIGATION_OPENED", at: "2018-06-21" });
    expect(reason).toEqual({ code: "guard-failed", message: expect.stringContaining("2018-06-21"), path: ["at"] });
    expect(reason.message).toContain("AP-E3");
  });

  it("a country that declines takes no part in a joint investigation", () => {
    const reason = refusal(notified(), { ...events.tccWillInvestigate, willInvestigate: false, jointWithOios: true });
    expect(reason).toMatchObject({ code: "guard-failed", path: ["jointWithOios"] });
  });
});

describe("AP-E3 investigation timeline", () => {
  it("passes: a report within six months meets the timeline", () => {
    const s = apply(preserved(), events.referredToTcc, events.tccWillInvestigate, events.report);
    expect(dueItems(s, "2019-06-01").filter((d) => d.kind === "investigation")).toEqual([]);
    expect(s.context.deadlines.find((d) => d.kind === "investigation")).toMatchObject({ dueOn: "2018-12-12", resolution: { kind: "met", on: "2018-10-01" } });
    expect(s.value).toMatchObject({ allegation: "reportReview" });
  });

  it("fails: an investigation running past six months is overdue, citing the parameter and its effective date", () => {
    const s = apply(preserved(), events.referredToTcc, events.tccWillInvestigate);
    const [item] = dueItems(s, "2018-12-20").filter((d) => d.kind === "investigation");
    expect(item).toMatchObject({
      caseId: "A-1",
      deadlineId: "investigation:INV-1",
      obligationIds: ["AP-E3"],
      status: "overdue",
      severity: "violation",
      subject: { kind: "investigation", id: "INV-1" },
      path: ["context", "investigations", 0, "reportReceivedOn"],
      startedOn: "2018-06-12",
      dueOn: "2018-12-12",
      daysOverdue: 8,
      parameter: { id: "investigationTimeline", value: "P6M", effectiveFrom: "2016-06-30" },
      facts: { investigationId: "INV-1", entity: "troop-contributing-country", urgent: false },
    });
  });

  it("fails: an urgent investigation is overdue after three months", () => {
    const s = apply(open(), events.registered, { ...events.assessedSerious, urgent: true }, events.evidencePreserved, events.referredToTcc, events.tccWillInvestigate);
    const [item] = dueItems(s, "2018-09-13").filter((d) => d.kind === "investigation");
    expect(item).toMatchObject({ status: "overdue", dueOn: "2018-09-12", parameter: { id: "urgentInvestigationTimeline", value: "P3M" }, facts: { urgent: true } });
  });

  it("national authorities of non-UN forces run on no UN timeline, and owe the Department of Management no notification (SGB-4.6)", () => {
    const s = apply(preserved(opening({ subjects: [{ ref: "S-1", category: "non-un-force" }] })), { type: "REFERRED_FOR_INVESTIGATION", at: "2018-06-07", entity: "national-authorities" });
    expect(s.context.investigations.map((i) => i.entity)).toEqual(["national-authorities"]);
    expect(s.context.deadlines.filter((d) => d.kind === "investigation" || d.kind === "department-of-management-notification")).toEqual([]);
    // An OIOS investigation of mission personnel owes both.
    const oios = apply(preserved(opening({ subjects: [{ ref: "S-1", category: "civilian-staff" }] })), { type: "REFERRED_FOR_INVESTIGATION", at: "2018-06-07", entity: "oios" });
    expect(oios.context.deadlines.filter((d) => d.kind === "investigation" || d.kind === "department-of-management-notification").map((d) => d.kind)).toEqual([
      "investigation",
      "department-of-management-notification",
    ]);
  });
});
