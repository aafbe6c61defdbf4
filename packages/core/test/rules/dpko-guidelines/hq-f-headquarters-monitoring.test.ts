import { describe, expect, it } from "vitest";
import { cite, type AllegationInput } from "../../../src";
import { headquartersMilestonesReached, headquartersMonitoring } from "../../../src/rules";
import { oneRuleFindings, receivedAllegation } from "../one-rule";

const AS_OF = "2018-12-31";

/** Received 2018-03-01, referred 03-05, concluded 06-01, decided 06-10, acted on 06-20, closed 06-30. */
function allegation(headquarters: AllegationInput["headquarters"], extra: Partial<AllegationInput> = {}): AllegationInput {
  return receivedAllegation({
    investigation: { entity: "OIOS", referredOn: "2018-03-05", concludedOn: "2018-06-01" },
    outcome: { result: "substantiated", decidedOn: "2018-06-10" },
    actions: [{ kind: "dismissal", subjectRef: "S-1", takenOn: "2018-06-20" }],
    closedOn: "2018-06-30",
    ...(headquarters !== undefined ? { headquarters } : {}),
    ...extra,
  });
}

const fullyMonitored = {
  notifiedOn: "2018-03-02",
  monitoring: [
    { milestone: "referral", on: "2018-03-10" },
    { milestone: "investigation", on: "2018-06-05" },
    { milestone: "outcome", on: "2018-07-10" },
    { milestone: "action", on: "2018-06-25" },
    { milestone: "closure", on: "2018-07-01" },
  ],
} as const satisfies AllegationInput["headquarters"];

const run = (a: AllegationInput, asOf = AS_OF, parameters?: Record<string, unknown>) => oneRuleFindings(headquartersMonitoring, [a], asOf, parameters);

describe("DPKO-HQ-f headquarters is sent each complaint and monitors each milestone of the procedure", () => {
  it("DPKO-HQ-f passes a complaint sent on time with every milestone monitored within the window (the due date included)", () => {
    expect(run(allegation(fullyMonitored))).toEqual([]);
    // A rumour that may not involve mission personnel is outside the clause.
    expect(run(allegation(undefined, { intake: { channel: "rumour", missionPersonnelMayBeInvolved: false } }))).toEqual([]);
    // Nothing is due before its date: a complaint received yesterday, not yet sent.
    expect(run(allegation(undefined, { investigation: undefined, outcome: undefined, actions: [], closedOn: undefined, receivedOn: "2018-12-31" }))).toEqual([]);
  });

  it("DPKO-HQ-f fails a complaint never sent to headquarters, and one sent late", () => {
    const [f, ...rest] = run(allegation(undefined));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "dpko.hq-f.headquarters-monitoring",
      obligationIds: ["DPKO-HQ-f"],
      severity: "violation",
      citation: { document: "DPKO-IG", clause: "Responsibilities of DPKO Headquarters officials (f)" },
      subject: { kind: "allegation", id: "A-1" },
      path: ["allegations", 0, "headquarters", "notifiedOn"],
      explanation: { facts: { receivedOn: "2018-03-01", window: "P1D", dueOn: "2018-03-02", notifiedOn: null } },
    });
    expect(f!.explanation.parameters.map((p) => p.id)).toEqual(
      expect.arrayContaining(["headquartersNotificationWindow", "headquartersMonitoredMilestones", "headquartersMonitoringWindow"]),
    );
    const late = run(allegation({ ...fullyMonitored, notifiedOn: "2018-03-03" }));
    expect(late.map((x) => [x.path.at(-1), x.explanation.facts["notifiedOn"]])).toEqual([["notifiedOn", "2018-03-03"]]);
  });

  it("DPKO-HQ-f fails each milestone reached with no monitoring recorded past its due date, and one recorded late", () => {
    const r = run(allegation({ notifiedOn: "2018-03-01" }));
    expect(r.map((f) => [f.explanation.facts["milestone"], f.explanation.facts["reachedOn"], f.explanation.facts["dueOn"]])).toEqual([
      ["referral", "2018-03-05", "2018-04-05"],
      ["investigation", "2018-06-01", "2018-07-01"],
      ["outcome", "2018-06-10", "2018-07-10"],
      ["action", "2018-06-20", "2018-07-20"],
      ["closure", "2018-06-30", "2018-07-30"],
    ]);
    expect(r[0]).toMatchObject({ path: ["allegations", 0, "headquarters", "monitoring"], explanation: { facts: { monitoredOn: null, reachedAt: "investigation.referredOn" } } });
    const late = run(allegation({ ...fullyMonitored, monitoring: fullyMonitored.monitoring.map((m) => (m.milestone === "outcome" ? { ...m, on: "2018-07-11" } : m)) }));
    expect(late.map((f) => [f.explanation.facts["milestone"], f.explanation.facts["monitoredOn"]])).toEqual([["outcome", "2018-07-11"]]);
    // A record of another milestone, or one dated before the milestone, does not count.
    const misdated = run(allegation({ ...fullyMonitored, monitoring: [...fullyMonitored.monitoring.filter((m) => m.milestone !== "referral"), { milestone: "referral", on: "2018-03-04" }] }));
    expect(misdated.map((f) => f.explanation.facts["milestone"])).toEqual(["referral"]);
    // Before the due date, a missing record is not yet a finding.
    expect(run(allegation({ notifiedOn: "2018-03-01" }), "2018-04-05")).toEqual([]);
  });

  it("DPKO-HQ-f monitors only the milestones of headquartersMonitoredMilestones, with the window in force when each was reached", () => {
    const fewer = { headquartersMonitoredMilestones: [{ value: ["referral"], effectiveFrom: "2003-10-15", citation: cite("DPKO-IG", "Responsibilities of DPKO Headquarters officials (f)") }] };
    expect(run(allegation({ notifiedOn: "2018-03-01" }), AS_OF, fewer).map((f) => f.explanation.facts["milestone"])).toEqual(["referral"]);
    // A shorter window from 2018-06-15 leaves the referral (reached in March) under the old one.
    const shorter = {
      headquartersMonitoringWindow: [
        { value: "P1M", effectiveFrom: "2003-10-15", effectiveTo: "2018-06-15", citation: cite("DPKO-IG", "Responsibilities of DPKO Headquarters officials (f)") },
        { value: "P1W", effectiveFrom: "2018-06-15", citation: cite("DPKO-IG", "Responsibilities of DPKO Headquarters officials (f)") },
      ],
    };
    // The action (2018-06-20) monitored on 06-28: in time under a month, late under a week.
    const actionLate = { ...fullyMonitored, monitoring: fullyMonitored.monitoring.map((m) => (m.milestone === "action" ? { ...m, on: "2018-06-28" } : m)) };
    expect(run(allegation(actionLate))).toEqual([]);
    const r = run(allegation(actionLate), AS_OF, shorter);
    expect(r.map((f) => [f.explanation.facts["milestone"], f.explanation.facts["window"], f.explanation.facts["dueOn"]])).toEqual([["action", "P1W", "2018-06-27"]]);
    const cl = r[0]!;
    expect(cl.explanation.parameters.filter((p) => p.id === "headquartersMonitoringWindow").map((p) => p.value)).toEqual(["P1W"]);
  });

  it("headquartersMilestonesReached takes the first action and leaves out steps not reached", () => {
    expect(headquartersMilestonesReached({ investigation: undefined, actions: [] })).toEqual([]);
    expect(
      headquartersMilestonesReached({
        investigation: { entity: "OIOS", referredOn: "2018-03-05", urgent: false },
        actions: [
          { kind: "dismissal", takenOn: "2018-07-01" },
          { kind: "administrative-leave", takenOn: "2018-03-10" },
        ],
      }),
    ).toEqual([
      { milestone: "referral", on: "2018-03-05", path: ["investigation", "referredOn"] },
      { milestone: "action", on: "2018-03-10", path: ["actions", 1, "takenOn"] },
    ]);
  });
});
