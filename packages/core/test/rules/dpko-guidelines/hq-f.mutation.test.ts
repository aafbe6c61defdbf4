import { describe, expect, it } from "vitest";
import { cite, MissionDataset, type AllegationInput } from "../../../src";
import { headquartersMilestonesReached, headquartersMonitoring } from "../../../src/rules";
import { compliantDataset } from "@psea/test-support";
import { evaluateOneRule, oneRuleFindings, receivedAllegation } from "../one-rule";

// DPKO Responsibilities of DPKO Headquarters officials (f): the wording of each finding, its facts and
// concern, the first and last day judged, and the records the rule reads and leaves alone.

const AS_OF = "2018-12-31";
const RULE = "dpko.hq-f.headquarters-monitoring";
const hqCitation = cite("DPKO-IG", "Responsibilities of DPKO Headquarters officials (f)");

function run(a: AllegationInput, asOf = AS_OF, parameters?: Record<string, unknown>) {
  return oneRuleFindings(headquartersMonitoring, [a], asOf, parameters);
}

/** Received 2018-03-01 and nothing else: no milestone reached. */
const received = receivedAllegation;

/** Received 2018-03-01, referred 03-05 (monitoring due 04-05), sent to headquarters on 03-01. */
function referred(monitoring: { milestone: "referral" | "investigation" | "outcome" | "action" | "closure"; on: string }[] = [], extra: Partial<AllegationInput> = {}) {
  return received({ investigation: { entity: "OIOS", referredOn: "2018-03-05" }, headquarters: { notifiedOn: "2018-03-01", monitoring }, ...extra });
}

const facts = (fs: ReturnType<typeof run>) => fs.map((f) => f.explanation.facts);

describe("DPKO-HQ-f the complaint sent to headquarters: wording and the days judged", () => {
  it("words a complaint never sent, with its facts, path and concern", () => {
    const [f, ...rest] = run(received());
    expect(rest).toEqual([]);
    expect(f!.message).toBe("headquarters has not been sent the complaint of A-1 by 2018-12-31; it was due by 2018-03-02 (P1D from receipt)");
    expect(f!.explanation.facts).toEqual({ receivedOn: "2018-03-01", window: "P1D", dueOn: "2018-03-02", notifiedOn: null });
    expect(f!.concern).toBe("hq-f:notification");
    expect(f!.path).toEqual(["allegations", 0, "headquarters", "notifiedOn"]);
    expect(f!.subject).toEqual({ kind: "allegation", id: "A-1" });
  });

  it("words a complaint sent late", () => {
    const [f, ...rest] = run(received({ headquarters: { notifiedOn: "2018-03-03" } }));
    expect(rest).toEqual([]);
    expect(f!.message).toBe("headquarters was sent the complaint of A-1 on 2018-03-03, after its due date 2018-03-02 (P1D from receipt)");
    expect(f!.explanation.facts).toEqual({ receivedOn: "2018-03-01", window: "P1D", dueOn: "2018-03-02", notifiedOn: "2018-03-03" });
    expect(f!.concern).toBe("hq-f:notification");
  });

  it("owes nothing on the due date and finds the missing complaint the day after", () => {
    expect(run(received(), "2018-03-02")).toEqual([]);
    expect(facts(run(received(), "2018-03-03"))).toEqual([{ receivedOn: "2018-03-01", window: "P1D", dueOn: "2018-03-02", notifiedOn: null }]);
    expect(run(received({ headquarters: { notifiedOn: "2018-03-02" } }))).toEqual([]);
  });

  it("counts a complaint sent on asOf as sent, and one sent after asOf as not sent yet", () => {
    expect(run(received({ headquarters: { notifiedOn: "2018-03-05" } }), "2018-03-05").map((f) => f.message)).toEqual([
      "headquarters was sent the complaint of A-1 on 2018-03-05, after its due date 2018-03-02 (P1D from receipt)",
    ]);
    expect(run(received({ headquarters: { notifiedOn: "2018-03-10" } }), "2018-03-05").map((f) => f.message)).toEqual([
      "headquarters has not been sent the complaint of A-1 by 2018-03-05; it was due by 2018-03-02 (P1D from receipt)",
    ]);
  });

  it("judges an allegation received on asOf, and leaves alone one received after it whatever its other dates", () => {
    // Recorded dates out of order: a referral before the receipt, never monitored (due 2018-04-05).
    const early = { investigation: { entity: "OIOS", referredOn: "2018-03-05" }, headquarters: { notifiedOn: "2018-03-01" } } as const;
    expect(facts(run(received({ ...early, receivedOn: "2018-06-30" }), "2018-06-30")).map((x) => x["milestone"])).toEqual(["referral"]);
    expect(run(received({ ...early, receivedOn: "2018-07-01" }), "2018-06-30")).toEqual([]);
  });

  it("names the notification window in force on the day of receipt among the finding's parameters", () => {
    const overlay = {
      headquartersNotificationWindow: [
        { value: "P1D", effectiveFrom: "2003-10-15", effectiveTo: "2018-06-15", citation: hqCitation },
        { value: "P2D", effectiveFrom: "2018-06-15", citation: hqCitation },
      ],
    };
    const [f, ...rest] = run(received(), AS_OF, overlay);
    expect(rest).toEqual([]);
    expect(f!.explanation.facts).toMatchObject({ window: "P1D", dueOn: "2018-03-02" });
    expect(f!.explanation.parameters.filter((p) => p.id === "headquartersNotificationWindow").map((p) => p.value)).toEqual(["P2D", "P1D"]);
  });
});

describe("DPKO-HQ-f each milestone monitored: wording and the days judged", () => {
  it("words a milestone never monitored, with its facts, path and concern", () => {
    const [f, ...rest] = run(referred());
    expect(rest).toEqual([]);
    expect(f!.message).toBe("headquarters has recorded no monitoring of the referral of A-1 (reached on 2018-03-05) by 2018-12-31; it was due by 2018-04-05");
    expect(f!.explanation.facts).toEqual({
      milestone: "referral",
      reachedOn: "2018-03-05",
      reachedAt: "investigation.referredOn",
      window: "P1M",
      dueOn: "2018-04-05",
      monitoredOn: null,
      notifiedOn: "2018-03-01",
    });
    expect(f!.concern).toBe("hq-f:monitoring:referral");
    expect(f!.path).toEqual(["allegations", 0, "headquarters", "monitoring"]);
    expect(f!.subject).toEqual({ kind: "allegation", id: "A-1" });
  });

  it("words a milestone monitored late", () => {
    const [f, ...rest] = run(referred([{ milestone: "referral", on: "2018-04-06" }]));
    expect(rest).toEqual([]);
    expect(f!.message).toBe("headquarters recorded monitoring the referral of A-1 on 2018-04-06, after its due date 2018-04-05 (P1M from 2018-03-05)");
    expect(f!.explanation.facts).toMatchObject({ monitoredOn: "2018-04-06", dueOn: "2018-04-05", notifiedOn: "2018-03-01" });
    expect(f!.concern).toBe("hq-f:monitoring:referral");
  });

  it("names where each milestone is recorded, in the order of the procedure", () => {
    const all = received({
      investigation: { entity: "OIOS", referredOn: "2018-03-05", concludedOn: "2018-06-01" },
      outcome: { result: "substantiated", decidedOn: "2018-06-10" },
      actions: [{ kind: "dismissal", subjectRef: "S-1", takenOn: "2018-06-20" }],
      closedOn: "2018-06-30",
      headquarters: { notifiedOn: "2018-03-01" },
    });
    expect(run(all).map((f) => [f.explanation.facts["reachedAt"], f.concern])).toEqual([
      ["investigation.referredOn", "hq-f:monitoring:referral"],
      ["investigation.concludedOn", "hq-f:monitoring:investigation"],
      ["outcome.decidedOn", "hq-f:monitoring:outcome"],
      ["actions.0.takenOn", "hq-f:monitoring:action"],
      ["closedOn", "hq-f:monitoring:closure"],
    ]);
  });

  it("owes nothing on the due date and finds the missing record the day after", () => {
    expect(run(referred(), "2018-04-05")).toEqual([]);
    expect(facts(run(referred(), "2018-04-06")).map((x) => [x["milestone"], x["dueOn"], x["monitoredOn"]])).toEqual([["referral", "2018-04-05", null]]);
  });

  it("counts a record on the day of the milestone and on asOf, and not one after asOf", () => {
    expect(run(referred([{ milestone: "referral", on: "2018-03-05" }]))).toEqual([]);
    expect(facts(run(referred([{ milestone: "referral", on: "2018-05-01" }]), "2018-05-01")).map((x) => x["monitoredOn"])).toEqual(["2018-05-01"]);
    expect(facts(run(referred([{ milestone: "referral", on: "2018-05-02" }]), "2018-05-01")).map((x) => x["monitoredOn"])).toEqual([null]);
  });

  it("judges the first record of a milestone, in whichever order the records come", () => {
    const inTime = { milestone: "referral", on: "2018-03-20" } as const;
    const late = { milestone: "referral", on: "2018-05-01" } as const;
    expect(run(referred([inTime, late]))).toEqual([]);
    expect(run(referred([late, inTime]))).toEqual([]);
    const later = { milestone: "referral", on: "2018-06-01" } as const;
    expect(facts(run(referred([late, later]))).map((x) => x["monitoredOn"])).toEqual(["2018-05-01"]);
    expect(facts(run(referred([later, late]))).map((x) => x["monitoredOn"])).toEqual(["2018-05-01"]);
  });

  it("leaves alone a milestone dated after asOf, even at the far end of the calendar", () => {
    expect(run(received({ investigation: { entity: "OIOS", referredOn: "9999-12-20" }, headquarters: { notifiedOn: "2018-03-01" } }))).toEqual([]);
  });

  it("does not count a record of another milestone", () => {
    expect(facts(run(referred([{ milestone: "investigation", on: "2018-03-20" }]))).map((x) => [x["milestone"], x["monitoredOn"]])).toEqual([["referral", null]]);
  });

  it("names the monitoring window in force on the day of the milestone among the finding's parameters", () => {
    const overlay = {
      headquartersMonitoringWindow: [
        { value: "P1M", effectiveFrom: "2003-10-15", effectiveTo: "2018-06-15", citation: hqCitation },
        { value: "P1W", effectiveFrom: "2018-06-15", citation: hqCitation },
      ],
    };
    const [f, ...rest] = run(referred(), AS_OF, overlay);
    expect(rest).toEqual([]);
    expect(f!.explanation.facts).toMatchObject({ window: "P1M", dueOn: "2018-04-05" });
    expect(f!.explanation.parameters.filter((p) => p.id === "headquartersMonitoringWindow").map((p) => p.value)).toEqual(["P1W", "P1M"]);
  });
});

describe("DPKO-HQ-f outside the engine, and on dates no window is in force", () => {
  const params = { headquartersNotificationWindow: "P2D", headquartersMonitoredMilestones: ["referral"], headquartersMonitoringWindow: "P1W" } as const;

  it("judges by the values of asOf when run without the engine's resolution by date", () => {
    const data = MissionDataset.parse({ ...compliantDataset(), allegations: [received({ investigation: { entity: "OIOS", referredOn: "2018-03-05" }, headquarters: { notifiedOn: "2018-03-04" } })] });
    const drafts = [...headquartersMonitoring.evaluate(data as never, { asOf: AS_OF, params: params as never })];
    expect(drafts.map((d) => d.facts)).toEqual([
      { receivedOn: "2018-03-01", window: "P2D", dueOn: "2018-03-03", notifiedOn: "2018-03-04" },
      { milestone: "referral", reachedOn: "2018-03-05", reachedAt: "investigation.referredOn", window: "P1W", dueOn: "2018-03-12", monitoredOn: null, notifiedOn: "2018-03-04" },
    ]);
    expect(drafts.map((d) => d.parameters)).toEqual([[], []]);
  });

  it("skips a duty that arose before any window is in force, which the engine reports as a rule error, and still judges the others", () => {
    const old = received({ id: "A-0", receivedOn: "2003-01-01", investigation: { entity: "OIOS", referredOn: "2003-02-01" }, headquarters: { notifiedOn: "2003-01-01" } });
    const r = evaluateOneRule(headquartersMonitoring, [old, received({ id: "A-2" })], AS_OF);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.findings.map((f) => [f.subject.id, f.concern])).toEqual([["A-2", "hq-f:notification"]]);
    expect(r.ruleErrors.map((e) => [e.code, e.ruleId, "parameterId" in e ? e.parameterId : null])).toEqual([
      ["parameter-not-in-force", RULE, "headquartersNotificationWindow"],
      ["parameter-not-in-force", RULE, "headquartersMonitoringWindow"],
    ]);
  });
});

describe("headquartersMilestonesReached: the first action taken", () => {
  const base = { investigation: undefined };
  const action = (takenOn: string) => ({ kind: "dismissal" as const, takenOn });

  it("takes a single action, the earliest of several wherever it stands, and the first listed of two on the same day", () => {
    expect(headquartersMilestonesReached({ ...base, actions: [action("2018-05-01")] })).toEqual([{ milestone: "action", on: "2018-05-01", path: ["actions", 0, "takenOn"] }]);
    expect(headquartersMilestonesReached({ ...base, actions: [action("2018-03-01"), action("2018-05-01"), action("2018-06-01")] }).map((m) => m.path)).toEqual([["actions", 0, "takenOn"]]);
    expect(headquartersMilestonesReached({ ...base, actions: [action("2018-06-01"), action("2018-05-01"), action("2018-03-01")] }).map((m) => m.path)).toEqual([["actions", 2, "takenOn"]]);
    expect(headquartersMilestonesReached({ ...base, actions: [action("2018-06-01"), action("2018-03-01"), action("2018-05-01")] }).map((m) => m.path)).toEqual([["actions", 1, "takenOn"]]);
    expect(headquartersMilestonesReached({ ...base, actions: [action("2018-05-01"), action("2018-05-01")] }).map((m) => m.path)).toEqual([["actions", 0, "takenOn"]]);
  });

  it("lists the conclusion, the outcome and the closure when recorded", () => {
    expect(
      headquartersMilestonesReached({
        investigation: { entity: "OIOS", referredOn: "2018-03-05", concludedOn: "2018-06-01", urgent: false },
        outcome: { result: "substantiated", decidedOn: "2018-06-10" },
        actions: [],
        closedOn: "2018-06-30",
      } as never),
    ).toEqual([
      { milestone: "referral", on: "2018-03-05", path: ["investigation", "referredOn"] },
      { milestone: "investigation", on: "2018-06-01", path: ["investigation", "concludedOn"] },
      { milestone: "outcome", on: "2018-06-10", path: ["outcome", "decidedOn"] },
      { milestone: "closure", on: "2018-06-30", path: ["closedOn"] },
    ]);
  });
});
