import { defaultParameters } from "@psea/core/parameters";
import { describe, expect, it } from "vitest";
import { evaluateRisk } from "../src";
import { checklist, citation, defaultWeights, NORTH, scoringDataset, SOUTH } from "./support/checklists";
import { AP, findings } from "./support/findings";
import { AS_OF } from "@psea/test-support";

const POINTS = defaultParameters.riskFactorPoints.values[0]!.value;
const run = (d: unknown, asOf = AS_OF, parameters?: unknown) => findings(evaluateRisk(d, parameters === undefined ? { asOf } : { asOf, parameters }));
const only = (ruleId: string) => (fs: ReturnType<typeof run>) => fs.filter((f) => f.ruleId === ruleId);

describe("AP-P6 (c)-(d) a high-scoring checklist factor has an open register entry with a mitigation", () => {
  const rule = only("ap.p6.high-factor-register-entry");

  it("AP-P6 passes a high camp whose every high factor has an entry with a standing recommendation", () => {
    expect(rule(run(scoringDataset()))).toEqual([]);
  });

  it("AP-P6 fails a high factor with no register entry, pointing at the factor's answer", () => {
    const d = scoringDataset();
    d.riskRegister = d.riskRegister!.filter((r) => r.factor !== "movementControl");
    const [f, ...rest] = run(d);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.p6.high-factor-register-entry",
      obligationIds: ["AP-P6"],
      severity: "violation",
      citation: { ...AP, clause: "Prevention goal 6 (c)-(d)" },
      subject: { kind: "camp", id: "CAMP-S" },
      path: ["campAssessments", 1, "checklist", "movementControl"],
      message: "camp Camp South: 'curfew and movement control' scored 3 points in assessment CRA-S1 of 2018-03-10 and has no open register entry",
      explanation: { facts: { assessmentId: "CRA-S1", assessedOn: "2018-03-10", factor: "movementControl", points: 3, highPoints: 3, riskIds: [], standingMitigations: 0 } },
    });
    expect(f!.explanation.parameters.map((p) => [p.id, p.effectiveFrom])).toEqual([
      ["riskFactorPoints", "2018-01-01"],
      ["riskFactorHighPoints", "2018-01-01"],
    ]);
  });

  it("AP-P6 fails an entry whose only recommendation was rejected, and one closed before asOf", () => {
    const d = scoringDataset();
    d.riskRegister = d.riskRegister!.map((r) =>
      r.id === "R-S1" ? { ...r, mitigations: r.mitigations!.map((m) => ({ ...m, status: "rejected" as const })) } : r.id === "R-S2" ? { ...r, closedOn: "2018-06-01" } : r,
    );
    expect(rule(run(d)).map((f) => [f.explanation.facts["factor"], f.explanation.facts["riskIds"]])).toEqual([
      ["communityProximity", ["R-S1"]],
      ["movementControl", []],
    ]);
  });

  it("AP-P6 judges the factor by the points in force on the assessment's date, and by the latest checklist only", () => {
    const d = scoringDataset();
    d.riskRegister = d.riskRegister!.filter((r) => r.campId !== "CAMP-S");
    // From 2018-04-01 movement control 'poor' scores 2: the March assessment still has it at 3.
    const points = { riskFactorPoints: [{ value: { ...POINTS, movementControl: { kind: "ordinal", points: { poor: 2, fair: 1, good: 0 } } }, effectiveFrom: "2018-04-01", citation }] };
    const factors = (x: unknown) => rule(run(x, AS_OF, points)).map((f) => f.explanation.facts["factor"]);
    expect(factors(d)).toEqual(["communityProximity", "movementControl", "offLimitsPlacesNearby", "womenAndChildrenOnCamp"]);
    // A May assessment of the same answers is judged by the April points: movement control is no longer high.
    const may = { ...d, campAssessments: [...d.campAssessments!, { id: "CRA-S2", campId: "CAMP-S", assessedOn: "2018-05-01", riskIds: [], checklist: checklist(SOUTH) }] };
    expect(factors(may)).toEqual(["communityProximity", "offLimitsPlacesNearby", "womenAndChildrenOnCamp"]);
    // The latest checklist is the one judged: a low one in May leaves nothing to report.
    const low = { ...d, campAssessments: [...d.campAssessments!, { id: "CRA-S2", campId: "CAMP-S", assessedOn: "2018-05-01", riskIds: [], checklist: checklist(NORTH) }] };
    expect(factors(low)).toEqual([]);
  });
});

describe("AP-P6 (d)-(e) recommendations on assessed factors are tracked against due dates", () => {
  const rule = only("ap.p6.recommendation-due-date");

  it("AP-P6 passes recommendations before their due date, and implemented ones", () => {
    expect(rule(run(scoringDataset()))).toEqual([]);
    expect(rule(run(scoringDataset(), "2018-09-30"))).toEqual([]);
  });

  it("AP-P6 fails a recommendation past its due date, and warns of one with none", () => {
    const late = rule(run(scoringDataset(), "2018-10-01"));
    expect(late).toHaveLength(4);
    expect(late[0]).toMatchObject({
      ruleId: "ap.p6.recommendation-due-date",
      obligationIds: ["AP-P6"],
      severity: "violation",
      citation: { ...AP, clause: "Prevention goal 6 (d)-(e)" },
      subject: { kind: "risk-mitigation", id: "M-S1" },
      path: ["riskRegister", 2, "mitigations", 0, "status"],
      message: "recommendation M-S1 on risk R-S1, made on 2018-05-20 to sea-emergency-action-team, was due by 2018-09-30 and is not implemented",
      explanation: { facts: { riskId: "R-S1", factor: "communityProximity", addressedTo: "sea-emergency-action-team", recommendedOn: "2018-05-20", dueOn: "2018-09-30", status: "in-progress" } },
    });
    const d = scoringDataset();
    d.riskRegister = d.riskRegister!.map((r) => (r.id === "R-S3" ? { ...r, mitigations: r.mitigations!.map(({ dueOn: _dueOn, ...m }) => m) } : r));
    expect(rule(run(d)).map((f) => [f.severity, f.subject.id, f.path.at(-1)])).toEqual([["warning", "M-S3", "dueOn"]]);
  });
});

describe("AP-P6 (h) a high-risk location has a joint patrol within the period", () => {
  const rule = only("ap.p6.high-risk-location-patrol");

  it("AP-P6 passes a high camp patrolled within riskAreaPatrolPeriod, and asks nothing of a low one", () => {
    expect(rule(run(scoringDataset()))).toEqual([]);
    expect(rule(run(scoringDataset(), "2018-07-15"))).toEqual([]);
  });

  it("AP-P6 fails a high camp whose last patrol is older than the period", () => {
    const [f, ...rest] = rule(run(scoringDataset(), "2018-07-16"));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.p6.high-risk-location-patrol",
      obligationIds: ["AP-P6"],
      severity: "violation",
      citation: { ...AP, clause: "Prevention goal 6 (h)" },
      subject: { kind: "camp", id: "CAMP-S" },
      path: ["jointPatrols"],
      message: "camp Camp South scored high (12) in assessment CRA-S1 of 2018-03-10; its last joint patrol was on 2018-06-15 and the next was due by 2018-07-15",
      explanation: { facts: { assessmentId: "CRA-S1", score: 12, level: "high", lastPatrolOn: "2018-06-15", dueOn: "2018-07-15" } },
    });
    expect(f!.explanation.parameters.map((p) => p.id)).toEqual([
      "riskFactorWeights",
      "riskFactorPoints",
      "riskFactorHighPoints",
      "riskScale",
      "riskLevelBands",
      "riskLevelsRequiringJointPatrol",
      "riskAreaPatrolPeriod",
    ]);
  });

  it("AP-P6 fails a high camp never patrolled once a period from its assessment has run, and keeps the old weights for an old assessment", () => {
    const d = scoringDataset();
    d.jointPatrols = d.jointPatrols!.filter((p) => p.id !== "JP-2");
    expect(rule(run(d)).map((f) => [f.subject.id, f.path, f.explanation.facts["lastPatrolOn"], f.explanation.facts["dueOn"]])).toEqual([
      ["CAMP-S", ["campAssessments", 1, "checklist"], null, "2018-04-10"],
    ]);
    // An overlay from June that would make South medium does not rewrite its March score.
    const overlay = { riskFactorWeights: [{ value: { ...defaultWeights, movementControl: { dimension: "likelihood", weight: 0 } }, effectiveFrom: "2018-06-01", citation }] };
    const [f] = rule(run(d, AS_OF, overlay));
    expect(f!.explanation.facts["level"]).toBe("high");
    expect(f!.explanation.parameters.filter((p) => p.id === "riskFactorWeights").map((p) => [p.effectiveFrom, p.layer])).toEqual([
      ["2018-06-01", "overlay"],
      ["2018-01-01", "default"],
    ]);
  });
});
