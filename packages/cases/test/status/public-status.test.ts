import { describe, expect, it } from "vitest";
import { allegationStage, publicStatus, publicStatusLabels, type CaseState, type PublicStatus } from "../../src";
import { apply, conduct, events, open, opening, substantiated, underTccInvestigation } from "../support/case-builder";

const staffUnderOios = () =>
  apply(
    open(opening({ subjects: [{ ref: "S-1", category: "civilian-staff" }] })),
    events.registered,
    { ...events.assessedSerious, conduct: conduct.transactionalAdult },
    events.evidencePreserved,
    { type: "REFERRED_FOR_INVESTIGATION", at: "2018-06-07", entity: "oios" },
  );

describe("publicStatus", () => {
  const notified = () => apply(open(), events.registered, events.assessedSerious, events.evidencePreserved, events.referredToTcc);
  const table: [string, () => CaseState, PublicStatus][] = [
    ["intake", () => open(), "preliminary-assessment"],
    ["preliminaryAssessment.assessing", () => apply(open(), events.registered), "preliminary-assessment"],
    ["preliminaryAssessment.awaitingInformation", () => apply(open(), events.registered, { type: "INFORMATION_REQUESTED", at: "2018-06-03" }), "under-review"],
    ["evidencePreservation", () => apply(open(), events.registered, events.assessedSerious), "preliminary-assessment"],
    ["referral.awaitingMemberStateResponse", notified, "pending-member-state-investigation"],
    ["referral.memberStateDeclined", () => apply(notified(), { ...events.tccWillInvestigate, willInvestigate: false }), "under-review"],
    ["investigation", underTccInvestigation, "pending-member-state-investigation"],
    ["investigation", staffUnderOios, "under-investigation"],
    ["reportReview", () => apply(underTccInvestigation(), events.report), "under-investigation"],
    ["accountability", substantiated, "substantiated"],
    ["closed", () => apply(substantiated(), events.repatriated, events.closed), "substantiated"],
  ];

  it.each(table)("%s → %s", (stage, make, status) => {
    const s = make();
    expect(allegationStage(s.value)).toBe(stage);
    expect(publicStatus(s)).toBe(status);
  });

  it("covers every published value", () => {
    const seen = new Set(table.map(([, , s]) => s));
    seen.add("not-substantiated").add("closed-for-other-reasons");
    expect([...seen].sort()).toEqual(Object.keys(publicStatusLabels).sort());
  });

  it("reads a state it does not know as under review, without throwing", () => {
    expect(publicStatus({} as CaseState)).toBe("under-review");
    expect(publicStatus({ value: { allegation: { a: { b: "c" } } }, context: open().context })).toBe("under-review");
    expect(allegationStage("intake")).toBeUndefined();
  });
});
