import { describe, expect, it } from "vitest";
import { createParameterSet, defaultParameters, listParameterConflicts, type ParameterId } from "../../src/parameters";

// What a host's overlay of a structured parameter must keep true: ids and levels listed once, scales
// and bands rising, the first band starting where scores start. Each rule both ways: the shipped
// value passes, a value that breaks it is refused with the issue's path and wording.

const citation = { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 6 (a)" } as const;

function issuesOf(id: ParameterId, value: unknown): [readonly (string | number)[], string][] {
  const r = createParameterSet({ [id]: [{ value, effectiveFrom: "2019-01-01", citation }] });
  return r.ok ? [] : r.issues.map((i) => [i.path.slice(3), i.message]);
}

function codesOf(id: ParameterId, value: unknown): string[] {
  const r = createParameterSet({ [id]: [{ value, effectiveFrom: "2019-01-01", citation }] });
  return r.ok ? [] : r.issues.map((i) => i.code);
}

const shipped = <K extends ParameterId>(id: K) => structuredClone(defaultParameters[id].values[0]!.value) as never;

describe("partner capacity standards, scale and rating bands", () => {
  it("accept the shipped values", () => {
    for (const id of ["partnerCapacityStandards", "partnerCapacityScale", "partnerRatingBands", "trainingCourses", "riskLevelBands", "riskFactorPoints"] as const) {
      expect(issuesOf(id, shipped(id)), id).toEqual([]);
    }
  });

  it("refuse a standard id listed twice, at each repeat", () => {
    const standards = shipped("partnerCapacityStandards") as { id: string }[];
    const repeated = [...standards, { ...standards[0]! }, { ...standards[0]! }];
    expect(issuesOf("partnerCapacityStandards", repeated)).toEqual([
      [[standards.length], "duplicate standard id"],
      [[standards.length + 1], "duplicate standard id"],
    ]);
    expect(codesOf("partnerCapacityStandards", repeated)).toEqual(["duplicate-id", "duplicate-id"]);
  });

  it("refuse a scale whose scores do not rise at every step, or that lists a level twice", () => {
    const rising = "levels must rise in score";
    expect(issuesOf("partnerCapacityScale", [{ level: "a", score: 1 }, { level: "b", score: 1 }])).toEqual([[[], rising]]);
    expect(
      issuesOf("partnerCapacityScale", [
        { level: "a", score: 1 },
        { level: "b", score: 3 },
        { level: "c", score: 2 },
      ]),
    ).toEqual([[[], rising]]);
    expect(issuesOf("partnerCapacityScale", [{ level: "a", score: 1 }, { level: "a", score: 2 }])).toEqual([[[1], "duplicate level"]]);
  });

  it("refuse rating bands that do not start at 0, or do not rise in both minTotal and rating", () => {
    const rising = "bands must rise in minTotal, from high risk to low risk";
    const bands = (high: number, moderate: number, low: number, ratings = ["high", "moderate", "low"]) =>
      [high, moderate, low].map((minTotal, i) => ({ rating: ratings[i], minTotal }));
    expect(issuesOf("partnerRatingBands", bands(1, 9, 15))).toEqual([[[], "the first band must start at 0"]]);
    expect(issuesOf("partnerRatingBands", bands(0, 9, 9))).toEqual([[[], rising]]);
    expect(issuesOf("partnerRatingBands", bands(0, 9, 5))).toEqual([[[], rising]]);
    expect(issuesOf("partnerRatingBands", bands(0, 9, 15, ["high", "low", "moderate"]))).toEqual([[[], rising]]);
    expect(issuesOf("partnerRatingBands", bands(0, 9, 15, ["high", "high", "low"]))).toEqual([[[], rising]]);
    expect(issuesOf("partnerRatingBands", bands(0, 9, 15, ["moderate", "high", "low"]))).toEqual([[[], rising]]);
  });

  it("refuse no rating bands at all without failing", () => {
    expect(issuesOf("partnerRatingBands", []).map(([path]) => path)).toEqual([[], []]);
  });
});

describe("risk bands", () => {
  const points = (bands: unknown) => ({ ...(shipped("riskFactorPoints") as object), communityProximity: { kind: "number", bands } });

  it("refuse number bands that do not start at 0 or do not rise in from", () => {
    expect(issuesOf("riskFactorPoints", points([{ from: 1, points: 3 }]))).toEqual([[["communityProximity", "bands"], "the first band must start at 0"]]);
    for (const froms of [
      [0, 500, 500],
      [0, 500, 200],
    ]) {
      expect(issuesOf("riskFactorPoints", points(froms.map((from) => ({ from, points: 1 }))))).toEqual([[["communityProximity", "bands"], "bands must rise in from"]]);
    }
    expect(issuesOf("riskFactorPoints", points([])).map(([path]) => path)).toEqual([["communityProximity", "bands"], ["communityProximity", "bands"]]);
  });

  it("refuse level bands that do not start at score 1, or do not rise in both minScore and level", () => {
    const rising = "bands must rise in both minScore and level";
    const bands = (scores: number[], levels = ["low", "medium", "high"]) => scores.map((minScore, i) => ({ level: levels[i], minScore }));
    expect(issuesOf("riskLevelBands", bands([2, 5, 10]))).toEqual([[[], "the first band must start at score 1"]]);
    expect(issuesOf("riskLevelBands", bands([1, 5, 5]))).toEqual([[[], rising]]);
    expect(issuesOf("riskLevelBands", bands([1, 5, 3]))).toEqual([[[], rising]]);
    expect(issuesOf("riskLevelBands", bands([1, 5, 10], ["low", "high", "medium"]))).toEqual([[[], rising]]);
    expect(issuesOf("riskLevelBands", bands([1, 5, 10], ["low", "medium", "medium"]))).toEqual([[[], rising]]);
    expect(issuesOf("riskLevelBands", bands([1, 5, 10], ["medium", "low", "high"]))).toEqual([[[], rising]]);
    expect(issuesOf("riskLevelBands", []).map(([path]) => path)).toEqual([[], []]);
  });
});

describe("training courses", () => {
  it("refuse a course id listed twice, at each repeat's id", () => {
    const courses = shipped("trainingCourses") as { id: string }[];
    expect(issuesOf("trainingCourses", [...courses, { ...courses[1]! }])).toEqual([[[courses.length, "id"], "expected each course id once: this id appears earlier in the list"]]);
    expect(codesOf("trainingCourses", [...courses, { ...courses[1]! }])).toEqual(["duplicate-id"]);
  });
});

describe("what an accepted overlay value keeps", () => {
  it("leaves out an end date and a note the host did not give, rather than holding them as undefined", () => {
    const r = createParameterSet({ newsletterPeriod: [{ value: "P1M", effectiveFrom: "2019-01-01", citation }] });
    expect(r.ok && Object.keys(r.value.overlay.newsletterPeriod![0]!)).toEqual(["value", "effectiveFrom", "citation"]);
  });

  it("lists only the parameters a source contradicts", () => {
    const conflicts = listParameterConflicts();
    expect(conflicts.length).toBeGreaterThan(0);
    for (const c of conflicts) expect(c.conflicts.length, c.parameterId).toBeGreaterThan(0);
  });
});
