import { describe, expect, it } from "vitest";
import { evaluateRisk, scoreAssessments, type ScoredAssessment } from "../src";
import { checklist, citation, defaultWeights, NORTH, scoringDataset, SOUTH } from "./support/checklists";
import { findings } from "./support/findings";
import { AS_OF } from "@psea/test-support";

function scores(input: unknown, options: { asOf: string; parameters?: unknown } = { asOf: AS_OF }): ScoredAssessment[] {
  const r = scoreAssessments(input, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return [...r.value.assessments];
}
const byId = (list: readonly ScoredAssessment[], id: string) => list.find((a) => a.assessmentId === id)!;

/** From 2018-06-01 the mission stops weighting movement control (a mission-wide curfew regime, say). */
const overlay = {
  riskFactorWeights: [{ value: { ...defaultWeights, movementControl: { dimension: "likelihood", weight: 0 } }, effectiveFrom: "2018-06-01", citation }],
};

describe("AP-P6 scoring camp checklists", () => {
  it("AP-P6 scores Camp North by hand: likelihood 7/54 → 2, impact 0/15 → 1, score 2, low", () => {
    const north = byId(scores(scoringDataset()), "CRA-N1");
    expect(north).toMatchObject({
      campId: "CAMP-N",
      unit: "Battalion 1",
      likelihood: { weightedPoints: 7, weightedMaximum: 54, levels: 5, level: 2 },
      impact: { weightedPoints: 0, weightedMaximum: 15, levels: 5, level: 1 },
      score: 2,
      level: "low",
      highFactors: [],
      trend: { kind: "first" },
      path: ["campAssessments", 0, "checklist"],
    });
    expect(north.factors.filter((f) => f.points > 0).map((f) => [f.factor, f.answer, f.points, f.weight, f.weightedPoints])).toEqual([
      ["communityProximity", 2500, 1, 2, 2],
      ["movementControl", "fair", 1, 3, 3],
      ["alcoholAvailability", "restricted", 1, 2, 2],
    ]);
  });

  it("AP-P6 scores Camp South by hand: likelihood 34/54 → 4, impact 9/15 → 3, score 12, high, and explains every factor", () => {
    const south = byId(scores(scoringDataset()), "CRA-S1");
    expect(south).toMatchObject({
      likelihood: { weightedPoints: 34, weightedMaximum: 54, level: 4 },
      impact: { weightedPoints: 9, weightedMaximum: 15, level: 3 },
      score: 12,
      level: "high",
      highFactors: ["communityProximity", "movementControl", "offLimitsPlacesNearby", "womenAndChildrenOnCamp"],
    });
    expect(south.factors.map((f) => [f.factor, f.dimension, f.answer, f.points, f.weight])).toEqual([
      ["communityProximity", "likelihood", 300, 3, 2],
      ["perimeter", "likelihood", "fair", 1, 2],
      ["movementControl", "likelihood", "poor", 3, 3],
      ["alcoholAvailability", "likelihood", "restricted", 1, 2],
      ["welfareFacilities", "likelihood", "fair", 1, 1],
      ["nonFraternizationBriefings", "likelihood", true, 0, 2],
      ["complaintMechanismReachable", "impact", true, 0, 2],
      ["offLimitsPlacesNearby", "likelihood", true, 3, 2],
      ["womenAndChildrenOnCamp", "impact", true, 3, 3],
      ["monthsSinceRotation", "likelihood", 10, 2, 1],
      ["allegationHistory", "likelihood", 1.25, 2, 3],
    ]);
    expect(south.factors[0]!.evidence).toEqual({ source: "site-visit", reference: "Assessment visit report" });
    expect(south.parameters.map((p) => [p.id, p.effectiveFrom, p.layer, p.citation.verify])).toEqual([
      ["riskFactorWeights", "2018-01-01", "default", true],
      ["riskFactorPoints", "2018-01-01", "default", true],
      ["riskFactorHighPoints", "2018-01-01", "default", true],
      ["riskScale", "2018-01-01", "default", true],
      ["riskLevelBands", "2018-01-01", "default", true],
    ]);
  });

  it("AP-P6 a weight overlay takes effect from its own date: the earlier assessment keeps the old weight, the later one scores 25/45 → 3 × 3 = 9", () => {
    const d = scoringDataset();
    d.campAssessments = [...d.campAssessments!, { id: "CRA-S2", campId: "CAMP-S", assessedOn: "2018-06-15", riskIds: [], checklist: checklist(SOUTH) }];
    const list = scores(d, { asOf: AS_OF, parameters: overlay });
    expect(byId(list, "CRA-S1")).toMatchObject({ likelihood: { weightedPoints: 34, weightedMaximum: 54, level: 4 }, score: 12, level: "high" });
    expect(byId(list, "CRA-S1").parameters[0]).toMatchObject({ id: "riskFactorWeights", effectiveFrom: "2018-01-01", layer: "default" });
    const later = byId(list, "CRA-S2");
    expect(later).toMatchObject({ likelihood: { weightedPoints: 25, weightedMaximum: 45, level: 3 }, impact: { level: 3 }, score: 9, level: "medium" });
    expect(later.factors.find((f) => f.factor === "movementControl")).toMatchObject({ points: 3, weight: 0, weightedPoints: 0 });
    expect(later.parameters[0]).toMatchObject({ id: "riskFactorWeights", effectiveFrom: "2018-06-01", layer: "overlay" });
    expect(later.trend).toEqual({ kind: "change", previousAssessmentId: "CRA-S1", previousAssessedOn: "2018-03-10", previousScore: 12, previousLevel: "high", change: -3, direction: "falling" });
    // Without the overlay both score 12 and the trend is steady.
    expect(byId(scores(d), "CRA-S2").trend).toMatchObject({ change: 0, direction: "steady" });
  });

  it("AP-P6 a location's history never moves the score of another location with the same contributing country", () => {
    const base = scoringDataset();
    expect(base.camps!.map((c) => c.contingent)).toEqual(["XYZ", "XYZ"]);
    const worse = scoringDataset();
    worse.campAssessments = worse.campAssessments!.map((a) =>
      a.campId === "CAMP-N" ? { ...a, checklist: checklist({ ...NORTH, allegationHistory: { allegations: 9, personnelOnStrength: 600, since: "2017-06-01" } }) } : a,
    );
    const [before, after] = [scores(base), scores(worse)];
    expect(byId(after, "CRA-N1").factors.at(-1)).toMatchObject({ factor: "allegationHistory", answer: 15, points: 3 });
    expect([byId(before, "CRA-N1").likelihood.weightedPoints, byId(after, "CRA-N1").likelihood.weightedPoints]).toEqual([7, 16]);
    expect(byId(after, "CRA-S1")).toEqual(byId(before, "CRA-S1"));
    // Nor does the contributing country itself: changing it changes nothing.
    const other = scoringDataset();
    other.camps = other.camps!.map((c) => ({ ...c, contingent: "ABC" }));
    expect(scores(other)).toEqual(scores(base));
  });

  it("AP-P6 leaves out assessments after asOf and without a checklist, and names those whose parameters were not in force", () => {
    const d = scoringDataset();
    d.campAssessments = [
      ...d.campAssessments!,
      { id: "CRA-OLD", campId: "CAMP-S", assessedOn: "2017-11-01", riskIds: [], checklist: checklist(SOUTH) },
      { id: "CRA-LATE", campId: "CAMP-S", assessedOn: "2018-07-01", riskIds: [], checklist: checklist(SOUTH) },
    ];
    const r = scoreAssessments(d, { asOf: AS_OF });
    expect(r.ok && r.value.assessments.map((a) => a.assessmentId)).toEqual(["CRA-N1", "CRA-S1"]);
    expect(r.ok && r.value.unscored).toEqual([
      { assessmentId: "CRA-OLD", path: ["campAssessments", 2, "assessedOn"], code: "parameter-not-in-force", parameterIds: ["riskFactorWeights", "riskFactorPoints", "riskFactorHighPoints", "riskScale", "riskLevelBands"] },
    ]);
  });

  it("AP-P6 answers bad input with issues (path and code) that never echo a received value", () => {
    const canary = "CANARY-Victim-Name-7731";
    const d = scoringDataset();
    const c = checklist(SOUTH) as Record<string, unknown>;
    d.campAssessments = [
      { id: "CRA-X", campId: "CAMP-S", assessedOn: "2018-03-10", riskIds: [], checklist: { ...c, perimeter: { answer: canary, evidence: { source: "site-visit" } }, contingent: canary } as never },
    ];
    const r = scoreAssessments(d, { asOf: AS_OF });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path, i.code])).toEqual([
      [["campAssessments", 0, "checklist", "perimeter", "answer"], "invalid_value"],
      [["campAssessments", 0, "checklist"], "unrecognized_keys"],
    ]);
    expect(JSON.stringify(r.issues)).not.toContain(canary);
    expect(scoreAssessments(d, { asOf: "2018-13-01" })).toMatchObject({ ok: false, issues: [{ path: ["asOf"], code: "invalid-as-of" }] });
    expect(scoreAssessments({}, { asOf: AS_OF, parameters: { riskFactorHighPoints: [{ value: 0, effectiveFrom: "2018-01-01", citation }] } })).toMatchObject({
      ok: false,
      issues: [{ path: ["parameters", "riskFactorHighPoints", 0, "value"], code: "too_small" }],
    });
  });

  it("AP-P6 the scoring dataset passes every rule of riskRules", () => {
    expect(findings(evaluateRisk(scoringDataset(), { asOf: AS_OF }))).toEqual([]);
  });
});
