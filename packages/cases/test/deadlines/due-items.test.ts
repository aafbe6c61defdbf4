import { defaultParameters } from "@psea/core/parameters";
import { describe, expect, it } from "vitest";
import { addWindow, deadlineObligations, dueItems, type CaseState } from "../../src";
import { apply, events, open, opening, underTccInvestigation } from "../support/case-builder";

describe("dueItems", () => {
  it("lists pending and overdue deadlines as of a date, sorted by due date", () => {
    const s = apply(open(), events.registered);
    expect(dueItems(s, "2018-06-02").map((d) => [d.kind, d.status, d.dueOn])).toEqual([
      ["headquarters-notification", "pending", "2018-06-03"],
      ["assessment", "pending", "2018-06-15"],
      ["victim-status-update", "pending", "2018-07-02"],
    ]);
    expect(dueItems(s, "2018-07-03").map((d) => [d.kind, d.status, d.daysOverdue])).toEqual([
      ["headquarters-notification", "overdue", 30],
      ["assessment", "overdue", 18],
      ["victim-status-update", "overdue", 1],
    ]);
  });

  it("reads history as of a date: not yet arisen, or already met, is not listed", () => {
    const s = apply(open(), events.registered, { type: "HEADQUARTERS_NOTIFIED", at: "2018-06-10" });
    expect(dueItems(s, "2018-05-31")).toEqual([]);
    // Read as of the receipt, only the assessment is owed (AP-E3 (a) counts it from the receipt); the
    // registration's own deadlines have not arisen yet.
    expect(dueItems(s, "2018-06-01").map((d) => [d.kind, d.startedOn])).toEqual([["assessment", "2018-06-01"]]);
    expect(dueItems(s, "2018-06-09").map((d) => [d.kind, d.status])).toContainEqual(["headquarters-notification", "overdue"]);
    expect(dueItems(s, "2018-06-10").map((d) => d.kind)).not.toContain("headquarters-notification");
  });

  it("counts a Member State's window in working days", () => {
    expect(addWindow("2018-06-07", { workingDays: 10 })).toBe("2018-06-21");
    expect(addWindow("2018-06-01", "P6M")).toBe("2018-12-01");
    expect(addWindow("2018-02-30", "P6M")).toBeUndefined();
    expect(addWindow("2018-06-01", "six months")).toBeUndefined();
  });

  it("raises no deadline for a period no parameter covered (the rule did not exist yet)", () => {
    // The victim update interval comes from the 2018 action plan; a 2017 case has none, the rest applies.
    const s = apply(open(opening({ receivedOn: "2017-03-01", incidentDate: "2017-02-01" })), { type: "REGISTERED", at: "2017-03-02" });
    expect(dueItems(s, "2017-03-02").map((d) => d.kind)).toEqual(["headquarters-notification"]);
  });

  it("every kind of deadline names its obligation and clause", () => {
    expect(Object.fromEntries(Object.entries(deadlineObligations).map(([k, v]) => [k, v.obligationIds]))).toEqual({
      "headquarters-notification": ["DPKO-HQ-f"],
      "department-of-management-notification": ["SGB-4.6", "DPKO-HQ-g"],
      "member-state-response": ["AP-E3"],
      investigation: ["AP-E3"],
      "victim-status-update": ["AP-E4"],
      assessment: ["AP-E3"],
      referral: ["AP-E3"],
      "report-review": ["AP-E3"],
      "service-referral": ["AP-R1"],
    });
  });

  it("gives an empty list for an invalid date or state, without throwing", () => {
    const s = underTccInvestigation();
    expect(dueItems(s, "not a date")).toEqual([]);
    expect(dueItems(s, "2018-02-30")).toEqual([]);
    expect(dueItems({} as CaseState, "2018-06-01")).toEqual([]);
    expect(dueItems(null as unknown as CaseState, "2018-06-01")).toEqual([]);
  });

  it("never carries a victim's identity, only the reference", () => {
    const s = apply(open(opening({ victims: [{ ref: "V-1", age: { kind: "unknown" }, sex: "female", identity: { name: "Secret Name" } }] as never })), events.registered);
    const items = dueItems(s, "2018-08-01");
    expect(items.some((d) => d.subject.id === "V-1")).toBe(true);
    expect(JSON.stringify(items)).not.toContain("Secret");
  });
});

describe("case-workflow parameters", () => {
  it("every deadline parameter is cited and dated", () => {
    for (const id of [
      "headquartersNotificationWindow",
      "departmentOfManagementNotificationWindow",
      "memberStateResponseWindow",
      "victimStatusUpdateMaxInterval",
      "assessmentTimeline",
      "referralTimeline",
      "reportReviewTimeline",
      "serviceReferralWindow",
      "emergencyServiceReferralWindow",
    ] as const) {
      const [v] = defaultParameters[id].values;
      expect(v?.citation.clause.length).toBeGreaterThan(0);
      expect(v?.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(defaultParameters[id].schema.safeParse(v?.value).success).toBe(true);
    }
    expect(defaultParameters.memberStateResponseWindow.values[0]).toMatchObject({ value: { workingDays: 10 }, citation: { document: "MOU-TCC", verify: true } });
  });
});
