import { describe, expect, it } from "vitest";
import { addWindow, dueItems, type CaseState } from "../../src";
import { openDeadline, resolveDeadlines } from "../../src/deadlines/deadline-book";
import { apply, events, open, underTccInvestigation } from "../support/case-builder";

// What each open deadline says, and when it turns from a notice into a violation. A pending
// deadline is never a violation; one is overdue only from the day after its due date.

/** Referred to the contributing country on 2018-06-07; its answer is due 10 working days later. */
function referredToTcc(): CaseState {
  return apply(open(), events.registered, events.hqNotified, events.assessedSerious, events.evidencePreserved, events.referredToTcc);
}

const item = (s: CaseState, asOf: string, id: string) => dueItems(s, asOf).find((d) => d.deadlineId === id);

describe("dueItems: status, severity and message on each side of the due date", () => {
  it("is pending, a notice with no days overdue, up to and including the due date", () => {
    const onDueDate = item(referredToTcc(), "2018-06-21", "member-state-response:MSR-1");
    expect(onDueDate).toMatchObject({
      status: "pending",
      severity: "notice",
      daysOverdue: 0,
      dueOn: "2018-06-21",
      message: "XYZ is to say whether it will investigate by 2018-06-21",
    });
  });

  it("is overdue, a violation counting the days past, from the day after", () => {
    expect(item(referredToTcc(), "2018-06-22", "member-state-response:MSR-1")).toMatchObject({
      status: "overdue",
      severity: "violation",
      daysOverdue: 1,
      message: "XYZ is to say whether it will investigate: due 2018-06-21, 1 day(s) overdue",
    });
    expect(item(referredToTcc(), "2018-07-01", "member-state-response:MSR-1")).toMatchObject({ daysOverdue: 10 });
  });

  it("names the duty of every kind of deadline", () => {
    const s = underTccInvestigation();
    expect(dueItems(s, "2018-06-19").map((d) => [d.deadlineId, d.message])).toEqual([
      ["dm-notification:INV-1", "the Department of Management is to be informed of investigation INV-1 by 2018-06-19"],
      ["victim-update:V-1:1", "victim V-1 is to be informed of the status of the case by 2018-07-02"],
      ["investigation:INV-1", "investigation INV-1 (troop-contributing-country) is to be concluded by 2018-12-12"],
    ]);
    expect(item(apply(open(), events.registered), "2018-06-02", "hq-notification")?.message).toBe(
      "headquarters is to be notified of the allegation by 2018-06-03",
    );
  });
});

describe("dueItems: what each item carries", () => {
  it("the obligation, clause, subject, path, dates and the dated parameter that set the period", () => {
    const d = item(underTccInvestigation(), "2018-06-19", "dm-notification:INV-1");
    expect(d).toEqual({
      caseId: "A-1",
      deadlineId: "dm-notification:INV-1",
      kind: "department-of-management-notification",
      status: "pending",
      severity: "notice",
      obligationIds: ["SGB-4.6", "DPKO-HQ-g"],
      citation: { document: "ST/SGB/2003/13", clause: "section 4.6" },
      subject: { kind: "investigation", id: "INV-1" },
      path: ["context", "investigations", 0, "departmentOfManagementInformedOn"],
      message: "the Department of Management is to be informed of investigation INV-1 by 2018-06-19",
      startedOn: "2018-06-12",
      dueOn: "2018-06-19",
      daysOverdue: 0,
      parameter: expect.objectContaining({ id: "departmentOfManagementNotificationWindow", value: "P1W", layer: "default" }),
      facts: {
        caseId: "A-1",
        about: "investigation",
        ref: "INV-1",
        startedOn: "2018-06-12",
        dueOn: "2018-06-19",
        parameterId: "departmentOfManagementNotificationWindow",
        parameterEffectiveFrom: d?.parameter.effectiveFrom,
      },
    });
  });

  it("hands out copies: changing an item leaves the case's deadline as it was", () => {
    const s = underTccInvestigation();
    const before = JSON.stringify(s.context.deadlines);
    for (const d of dueItems(s, "2018-06-19")) {
      d.obligationIds.push("SGB-1");
      d.path.push("x");
      d.subject.id = "changed";
      (d.citation as { clause: string }).clause = "changed";
      (d.parameter as { id: string }).id = "changed";
    }
    expect(JSON.stringify(s.context.deadlines)).toBe(before);
    expect(dueItems(s, "2018-06-19").map((d) => d.subject.id)).toEqual(["INV-1", "V-1", "INV-1"]);
  });
});

describe("dueItems: which deadlines are open on a date", () => {
  it("lists a deadline from the day it starts, and not the day before", () => {
    const s = referredToTcc();
    expect(item(s, "2018-06-07", "member-state-response:MSR-1")).toBeDefined();
    expect(item(s, "2018-06-06", "member-state-response:MSR-1")).toBeUndefined();
  });

  it("lists a met deadline until the day before it was met, and drops it from that day", () => {
    const s = apply(referredToTcc(), events.tccWillInvestigate); // answered on 2018-06-12
    expect(item(s, "2018-06-11", "member-state-response:MSR-1")).toBeDefined();
    expect(item(s, "2018-06-12", "member-state-response:MSR-1")).toBeUndefined();
  });

  it("sorts by due date, then by deadline id on the same date", () => {
    const s = apply(open(), events.registered);
    const twin = openDeadline(s.context, {
      id: "a-first",
      kind: "headquarters-notification",
      subject: { kind: "allegation", id: "A-1" },
      path: ["context", "headquarters", "notifiedOn"],
      startedOn: "2018-06-02",
      parameterId: "headquartersNotificationWindow",
      facts: {},
    });
    const ids = dueItems({ ...s, context: twin }, "2018-06-02").map((d) => [d.deadlineId, d.dueOn]);
    expect(ids).toEqual([
      ["a-first", "2018-06-03"],
      ["hq-notification", "2018-06-03"],
      ["assessment:1", "2018-06-15"],
      ["victim-update:V-1:1", "2018-07-02"],
    ]);
    const reversed = { ...s, context: { ...twin, deadlines: [...twin.deadlines].reverse() } };
    expect(dueItems(reversed, "2018-06-02").map((d) => [d.deadlineId, d.dueOn])).toEqual(ids);
  });

  it("gives an empty list when the deadlines are not a list", () => {
    const s = apply(open(), events.registered);
    expect(dueItems({ ...s, context: { ...s.context, deadlines: "none" as never } }, "2018-06-02")).toEqual([]);
  });
});

describe("the deadline book", () => {
  it("opens a deadline under its kind's obligation, leaving the context it was given unchanged", () => {
    const { context } = apply(open(), events.registered);
    const before = JSON.stringify(context);
    const next = openDeadline(context, {
      id: "dm-notification:ACT-9",
      kind: "department-of-management-notification",
      subject: { kind: "action", id: "ACT-9" },
      path: ["context", "actions", 0, "departmentOfManagementInformedOn"],
      startedOn: "2018-06-04",
      parameterId: "departmentOfManagementNotificationWindow",
      facts: { ref: "ACT-9" },
    });
    expect(JSON.stringify(context)).toBe(before);
    expect(next.deadlines.length).toBe(context.deadlines.length + 1);
    expect(next.deadlines.at(-1)).toMatchObject({
      id: "dm-notification:ACT-9",
      obligationIds: ["SGB-4.6", "DPKO-HQ-g"],
      citation: { document: "ST/SGB/2003/13", clause: "section 4.6" },
      startedOn: "2018-06-04",
      dueOn: "2018-06-11",
      parameter: { id: "departmentOfManagementNotificationWindow", value: "P1W" },
    });
  });

  it("opens nothing when the parameter's period is malformed", () => {
    const { context } = apply(open(), events.registered);
    const bad = { ...context, parameters: { headquartersNotificationWindow: [{ value: "soon", effectiveFrom: "2018-01-01", citation: { document: "DPKO-IG" as const, clause: "x" } }] } };
    const spec = {
      id: "x",
      kind: "headquarters-notification" as const,
      subject: { kind: "allegation", id: "A-1" },
      path: ["context"],
      startedOn: "2018-06-04",
      parameterId: "headquartersNotificationWindow" as const,
      facts: {},
    };
    expect(openDeadline(bad as never, spec)).toBe(bad);
  });

  it("resolves only the open deadlines that match, and returns the same context when none does", () => {
    const { context } = apply(open(), events.registered);
    expect(resolveDeadlines(context, (d) => d.kind === "investigation", "met", "2018-06-03", "HEADQUARTERS_NOTIFIED")).toBe(context);
    const met = resolveDeadlines(context, (d) => d.kind === "headquarters-notification", "met", "2018-06-03", "HEADQUARTERS_NOTIFIED");
    expect(met.deadlines.map((d) => [d.id, d.resolution])).toEqual([
      ["hq-notification", { kind: "met", on: "2018-06-03", by: "HEADQUARTERS_NOTIFIED" }],
      ["assessment:1", undefined],
      ["victim-update:V-1:1", undefined],
    ]);
    // A deadline already resolved keeps its first resolution.
    const again = resolveDeadlines(met, () => true, "discharged", "2018-06-09", "CASE_CLOSED");
    expect(again.deadlines.map((d) => d.resolution?.on)).toEqual(["2018-06-03", "2018-06-09", "2018-06-09"]);
    expect(resolveDeadlines(again, () => true, "discharged", "2018-06-10", "CASE_CLOSED")).toBe(again);
  });
});

describe("addWindow", () => {
  it("counts working days over a weekend and answers the same from its cache", () => {
    // Friday 2018-06-01 plus one working day is Monday 2018-06-04.
    expect(addWindow("2018-06-01", { workingDays: 1 })).toBe("2018-06-04");
    expect(addWindow("2018-06-01", { workingDays: 1 })).toBe("2018-06-04");
    expect(addWindow("2018-06-01", { workingDays: 0 })).toBe("2018-06-01");
  });

  it("keeps answering correctly past the size of its cache", () => {
    const start = Date.UTC(2000, 0, 1);
    const dates = Array.from({ length: 17_000 }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
    for (const d of dates) addWindow(d, "P1D");
    expect(addWindow(dates[0] ?? "", "P1D")).toBe("2000-01-02");
    expect(addWindow("2046-07-01", "P1D")).toBe("2046-07-02");
    expect(addWindow(dates[16_999] ?? "", "P1D")).toBe(addWindow(dates[16_999] ?? "", "P1D"));
  });

  it("is undefined for a window that is neither a period nor a count of working days", () => {
    // Data from a stored case or an overlay: never a throw.
    expect(addWindow("2018-06-01", {} as never)).toBeUndefined();
    expect(addWindow("2018-06-01", { workingDays: Number.NaN })).toBeUndefined();
    expect(addWindow("2018-06-01", { workingDays: 1.5 })).toBeUndefined();
    expect(addWindow("2018-06-01", null as never)).toBeUndefined();
    expect(addWindow(20180601 as never, "P1D")).toBeUndefined();
  });
});

describe("dueItems on a tampered state", () => {
  it("gives an empty list, without throwing, for a deadline of a kind it does not know", () => {
    const s = apply(open(), events.registered);
    const tampered = { ...s, context: { ...s.context, deadlines: s.context.deadlines.map((d) => ({ ...d, kind: "unknown-kind" as never })) } };
    expect(dueItems(tampered, "2018-06-02")).toEqual([]);
  });
});
