import { describe, expect, it } from "vitest";
import { buildRiskScoringReport, riskScoringSections } from "../src";
import { checklist, SOUTH, scoringDataset } from "./support/checklists";
import { AS_OF } from "@psea/test-support";

function report(d: unknown, asOf = AS_OF) {
  const r = buildRiskScoringReport(d, { asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
}

describe("AP-P6 risk-scoring report data", () => {
  const d = scoringDataset();
  d.campAssessments = [...d.campAssessments!, { id: "CRA-S2", campId: "CAMP-S", assessedOn: "2018-06-01", riskIds: [], checklist: checklist({ ...SOUTH, perimeter: "poor" }) }];
  const r = report(d);

  it("AP-P6 ranks open camps by their latest score, with the change since the previous assessment", () => {
    expect(r.ranking.map((x) => [x.rank, x.campId, x.assessmentId, x.likelihood, x.impact, x.score, x.level, x.change, x.direction])).toEqual([
      [1, "CAMP-S", "CRA-S2", 4, 3, 12, "high", 0, "steady"],
      [2, "CAMP-N", "CRA-N1", 2, 1, 2, "low", null, "first"],
    ]);
    expect(r.ranking[0]!.highFactors).toEqual(["communityProximity", "perimeter", "movementControl", "offLimitsPlacesNearby", "womenAndChildrenOnCamp"]);
    expect(r.unassessed).toEqual([]);
    expect(report(scoringDataset(), "2018-03-09").unassessed.map((c) => c.campId)).toEqual(["CAMP-N", "CAMP-S"]);
  });

  it("AP-P6 gives heat-map cells of location × factor and of likelihood × impact on the scale", () => {
    expect(r.factorHeatMap).toHaveLength(22);
    expect(r.factorHeatMap.filter((c) => c.campId === "CAMP-S" && c.high).map((c) => c.factor)).toEqual(r.ranking[0]!.highFactors);
    expect(r.matrix).toHaveLength(25);
    expect(r.matrix[0]).toMatchObject({ likelihood: 5, impact: 1, score: 5, level: "medium" });
    expect(r.matrix.filter((c) => c.count > 0).map((c) => [c.likelihood, c.impact, c.level, c.campIds])).toEqual([
      [4, 3, "high", ["CAMP-S"]],
      [2, 1, "low", ["CAMP-N"]],
    ]);
  });

  it("AP-P6 gives each camp's trend and tracks the recommendations on its factors", () => {
    expect(r.trends.map((t) => [t.campId, t.points.map((p) => p.score), t.trend.kind])).toEqual([
      ["CAMP-N", [2], "first"],
      ["CAMP-S", [12, 12], "change"],
    ]);
    expect(r.recommendations.map((x) => [x.mitigationId, x.factor, x.dueOn, x.state])).toEqual([
      ["M-S1", "communityProximity", "2018-09-30", "on-track"],
      ["M-S2", "movementControl", "2018-09-30", "on-track"],
      ["M-S3", "offLimitsPlacesNearby", "2018-09-30", "on-track"],
      ["M-S4", "womenAndChildrenOnCamp", "2018-09-30", "on-track"],
    ]);
    expect(report(d, "2018-10-01").recommendations.map((x) => x.state)).toEqual(["overdue", "overdue", "overdue", "overdue"]);
  });

  it("AP-P6 lays the report out as a plain section, and names no contributing country", () => {
    const [s, ...rest] = riskScoringSections(r);
    expect(rest).toEqual([]);
    expect(s!.figures.map((f) => [f.label, f.value])).toEqual([
      ["Camps scored", 2],
      ["High or critical", 1],
      ["Rising since the previous assessment", 0],
      ["Camps without a scored assessment", 0],
      ["Recommendations overdue", 0],
    ]);
    expect(s!.charts[0]!.description).toBe("1 at likelihood 4, impact 3 (high); 1 at likelihood 2, impact 1 (low)");
    expect([...s!.tables[0]!.rows][0]).toEqual({ rank: 1, campName: "Camp South", unit: "Battalion 2", assessedOn: "2018-06-01", likelihood: 4, impact: 3, score: 12, level: "high", change: 0 });
    expect(JSON.stringify(r)).not.toContain("XYZ");
    expect(JSON.stringify(s, (_k, v: unknown) => (Array.isArray(v) ? [...v] : v))).not.toContain("XYZ");
  });
});
