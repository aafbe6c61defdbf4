import { describe, expect, it } from "vitest";
import { dueItems, openCase } from "../../src";
import { apply, events, open, opening, refusal, substantiated, underTccInvestigation } from "../support/case-builder";

describe("DPKO-HQ-f headquarters notification and monitoring", () => {
  it("passes: headquarters notified on registration leaves nothing due, and monitoring is recorded", () => {
    const s = apply(open(), events.registered, events.hqNotified, { type: "HEADQUARTERS_MONITORING_RECORDED", at: "2018-06-08", milestone: "referral" });
    expect(dueItems(s, "2018-06-30").filter((d) => d.obligationIds.includes("DPKO-HQ-f"))).toEqual([]);
    expect(s.context.headquarters).toEqual({ notifiedOn: "2018-06-02", monitoring: [{ milestone: "referral", on: "2018-06-08" }] });
  });

  it("fails: a registered allegation headquarters has not heard of is overdue the day after the window", () => {
    const s = apply(open(), events.registered);
    expect(dueItems(s, "2018-06-03").find((d) => d.kind === "headquarters-notification")).toMatchObject({ status: "pending", dueOn: "2018-06-03" });
    const item = dueItems(s, "2018-06-04").find((d) => d.kind === "headquarters-notification");
    expect(item).toEqual({
      caseId: "A-1",
      deadlineId: "hq-notification",
      kind: "headquarters-notification",
      status: "overdue",
      severity: "violation",
      obligationIds: ["DPKO-HQ-f"],
      citation: { document: "DPKO-IG", clause: "Responsibilities of DPKO Headquarters officials (f)" },
      subject: { kind: "allegation", id: "A-1" },
      path: ["context", "headquarters", "notifiedOn"],
      message: "headquarters is to be notified of the allegation: due 2018-06-03, 1 day(s) overdue",
      startedOn: "2018-06-02",
      dueOn: "2018-06-03",
      daysOverdue: 1,
      parameter: expect.objectContaining({ id: "headquartersNotificationWindow", value: "P1D", effectiveFrom: "2003-10-15", layer: "default" }),
      facts: expect.objectContaining({ caseId: "A-1", channel: "hotline", rumour: false, parameterId: "headquartersNotificationWindow", parameterEffectiveFrom: "2003-10-15" }),
    });
  });

  it("fails: headquarters monitors only once notified, and is notified once", () => {
    const s = apply(open(), events.registered);
    expect(refusal(s, { type: "HEADQUARTERS_MONITORING_RECORDED", at: "2018-06-03", milestone: "referral" })).toEqual({
      code: "guard-failed",
      message: expect.stringContaining("DPKO-HQ-f"),
      path: ["context", "headquarters", "notifiedOn"],
    });
    expect(refusal(apply(s, events.hqNotified), events.hqNotified).message).toContain("DPKO-HQ-f");
  });

  it("takes the window from the case's parameter overlay", () => {
    const r = openCase(
      opening({
        parameters: {
          headquartersNotificationWindow: [{ value: "P1W", effectiveFrom: "2018-01-01", citation: { document: "DPKO-IG", clause: "mission SOP 2018.2" } }],
        },
      }),
    );
    if (!r.ok) throw new Error("refused");
    const item = dueItems(apply(r.state, events.registered), "2018-06-05").find((d) => d.kind === "headquarters-notification");
    expect(item).toMatchObject({ status: "pending", dueOn: "2018-06-09", parameter: { layer: "overlay", value: "P1W", effectiveFrom: "2018-01-01" } });
  });
});

describe("SGB-4.6 and DPKO-HQ-g: the Department of Management informed of every investigation and action", () => {
  it("SGB-4.6: fails: each investigation and action not yet reported is one deadline carrying the head of mission's duty and Headquarters', cited to the bulletin", () => {
    const s = apply(substantiated(), events.repatriated);
    const owed = dueItems(s, "2018-10-24").filter((d) => d.obligationIds.includes("SGB-4.6"));
    expect(owed.map((d) => [d.deadlineId, d.status, d.dueOn, d.obligationIds, d.citation])).toEqual([
      ["dm-notification:INV-1", "overdue", "2018-06-19", ["SGB-4.6", "DPKO-HQ-g"], { document: "ST/SGB/2003/13", clause: "section 4.6" }],
      ["dm-notification:ACT-1", "pending", "2018-10-27", ["SGB-4.6", "DPKO-HQ-g"], { document: "ST/SGB/2003/13", clause: "section 4.6" }],
    ]);
  });

  it("SGB-4.6: passes: once the Department is informed of both, nothing is owed under either clause", () => {
    const s = apply(
      underTccInvestigation(),
      { type: "DEPARTMENT_OF_MANAGEMENT_INFORMED", at: "2018-06-14", about: { kind: "investigation", ref: "INV-1" } },
      events.report,
      events.substantiated,
      events.repatriated,
      { type: "DEPARTMENT_OF_MANAGEMENT_INFORMED", at: "2018-10-21", about: { kind: "action", ref: "ACT-1" } },
    );
    expect(dueItems(s, "2019-01-01").filter((d) => d.obligationIds.includes("SGB-4.6") || d.obligationIds.includes("DPKO-HQ-g"))).toEqual([]);
  });

  it("passes: informing the Department of each investigation and action meets each notification", () => {
    const s = apply(
      underTccInvestigation(),
      { type: "DEPARTMENT_OF_MANAGEMENT_INFORMED", at: "2018-06-14", about: { kind: "investigation", ref: "INV-1" } },
      events.report,
      events.substantiated,
      events.repatriated,
      { type: "DEPARTMENT_OF_MANAGEMENT_INFORMED", at: "2018-10-21", about: { kind: "action", ref: "ACT-1" } },
    );
    expect(dueItems(s, "2019-01-01").filter((d) => d.obligationIds.includes("DPKO-HQ-g"))).toEqual([]);
    expect(s.context.investigations[0]?.departmentOfManagementInformedOn).toBe("2018-06-14");
    expect(s.context.actions[0]?.departmentOfManagementInformedOn).toBe("2018-10-21");
  });

  it("fails: every investigation and every action not reported is an overdue item", () => {
    const s = apply(substantiated(), events.repatriated);
    const items = dueItems(s, "2018-10-28").filter((d) => d.obligationIds.includes("DPKO-HQ-g"));
    expect(items.map((d) => [d.deadlineId, d.status, d.subject, d.dueOn, d.path])).toEqual([
      ["dm-notification:INV-1", "overdue", { kind: "investigation", id: "INV-1" }, "2018-06-19", ["context", "investigations", 0, "departmentOfManagementInformedOn"]],
      ["dm-notification:ACT-1", "overdue", { kind: "action", id: "ACT-1" }, "2018-10-27", ["context", "actions", 0, "departmentOfManagementInformedOn"]],
    ]);
    expect(items[0]?.parameter).toMatchObject({ id: "departmentOfManagementNotificationWindow", value: "P1W", effectiveFrom: "2003-10-15" });
  });

  it("fails: informing the Department of something not recorded, or twice, is refused", () => {
    const s = underTccInvestigation();
    expect(refusal(s, { type: "DEPARTMENT_OF_MANAGEMENT_INFORMED", at: "2018-06-14", about: { kind: "action", ref: "ACT-9" } })).toMatchObject({
      code: "guard-failed",
      message: expect.stringContaining("DPKO-HQ-g"),
      path: ["about", "ref"],
    });
    const informed = apply(s, { type: "DEPARTMENT_OF_MANAGEMENT_INFORMED", at: "2018-06-14", about: { kind: "investigation", ref: "INV-1" } });
    expect(refusal(informed, { type: "DEPARTMENT_OF_MANAGEMENT_INFORMED", at: "2018-06-15", about: { kind: "investigation", ref: "INV-1" } }).message).toContain("2018-06-14");
  });

  it("is owed even after closure, and can be given then", () => {
    const closed = apply(substantiated(), events.repatriated, events.closed);
    expect(dueItems(closed, "2018-11-02").filter((d) => d.kind === "department-of-management-notification")).toHaveLength(2);
    const s = apply(closed, { type: "DEPARTMENT_OF_MANAGEMENT_INFORMED", at: "2018-11-02", about: { kind: "action", ref: "ACT-1" } });
    expect(s.context.deadlines.find((d) => d.id === "dm-notification:ACT-1")?.resolution).toEqual({ kind: "met", on: "2018-11-02", by: "DEPARTMENT_OF_MANAGEMENT_INFORMED" });
  });
});

describe("AP-E4 victims informed of the status with a maximum interval", () => {
  it("passes: monthly updates leave no overdue update", () => {
    const s = apply(
      underTccInvestigation(),
      { type: "VICTIM_STATUS_UPDATE_GIVEN", at: "2018-06-30", victimRef: "V-1" },
      { type: "VICTIM_STATUS_UPDATE_GIVEN", at: "2018-07-25", victimRef: "V-1" },
    );
    const items = dueItems(s, "2018-08-20").filter((d) => d.obligationIds.includes("AP-E4"));
    expect(items.map((d) => [d.deadlineId, d.status, d.startedOn, d.dueOn])).toEqual([["victim-update:V-1:3", "pending", "2018-07-25", "2018-08-25"]]);
  });

  it("fails: a victim not updated within the interval is overdue, by reference only", () => {
    const s = underTccInvestigation();
    const [item] = dueItems(s, "2018-07-10").filter((d) => d.obligationIds.includes("AP-E4"));
    expect(item).toMatchObject({
      kind: "victim-status-update",
      status: "overdue",
      subject: { kind: "victim", id: "V-1" },
      startedOn: "2018-06-02",
      dueOn: "2018-07-02",
      daysOverdue: 8,
      parameter: { id: "victimStatusUpdateMaxInterval", value: "P1M", effectiveFrom: "2018-01-01" },
      facts: { victimRef: "V-1" },
    });
  });

  it("keeps the victim's last update owed after closure, until the outcome is given", () => {
    const closed = apply(
      substantiated(),
      { type: "VICTIM_STATUS_UPDATE_GIVEN", at: "2018-10-15", victimRef: "V-1" },
      events.repatriated,
      events.closed,
    );
    expect(dueItems(closed, "2018-11-10").filter((d) => d.kind === "victim-status-update").map((d) => d.dueOn)).toEqual(["2018-11-15"]);
    const told = apply(closed, { type: "VICTIM_STATUS_UPDATE_GIVEN", at: "2018-11-05", victimRef: "V-1" });
    expect(dueItems(told, "2019-06-01").filter((d) => d.kind === "victim-status-update")).toEqual([]);
  });

  it("refuses an update for a victim the case does not know", () => {
    expect(refusal(underTccInvestigation(), { type: "VICTIM_STATUS_UPDATE_GIVEN", at: "2018-06-30", victimRef: "V-404" })).toMatchObject({ code: "guard-failed", path: ["victimRef"] });
  });
});
