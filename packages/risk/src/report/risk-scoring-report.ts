import type { RiskFactorId } from "../checklist/risk-factor";
import { RiskLevel } from "../scale/risk-scale";
import { scoreAssessments, type RiskScores, type ScoreAssessmentsOptions, type RiskTrend } from "../scoring/score-assessments";
import type { TrackedRecommendation } from "../scoring/track-recommendations";
import type { InputIssue } from "@psea/core";

/**
 * A camp's place in the ranking: its latest scored assessment by `asOf`, highest score first.
 *
 * @category Risk report data
 * @example
 * const r: RankedLocation = { rank: 1, campId: "CAMP-S", campName: "Camp South", officeId: "FO-2", unit: "Battalion 2",
 *   assessmentId: "CRA-2", assessedOn: "2018-06-01", likelihood: 4, impact: 4, score: 16, level: "high",
 *   highFactors: ["perimeter"], change: 4, direction: "rising" };
 * r.rank; // 1
 */
export interface RankedLocation {
  readonly rank: number;
  readonly campId: string;
  readonly campName: string;
  readonly officeId: string;
  readonly unit: string | null;
  readonly assessmentId: string;
  readonly assessedOn: string;
  readonly likelihood: number;
  readonly impact: number;
  readonly score: number;
  readonly level: RiskLevel;
  readonly highFactors: readonly RiskFactorId[];
  /** Change since the previous scored assessment; `null` for a first one. */
  readonly change: number | null;
  readonly direction: "rising" | "falling" | "steady" | "first";
}

/**
 * One cell of the location × factor heat map: a factor's points in a camp's latest assessment.
 *
 * @category Risk report data
 * @example
 * const c: FactorHeatCell = { campId: "CAMP-S", factor: "perimeter", points: 3, maxPoints: 3, weight: 2, weightedPoints: 6, high: true };
 * c.high; // true
 */
export interface FactorHeatCell {
  readonly campId: string;
  readonly factor: RiskFactorId;
  readonly points: number;
  readonly maxPoints: number;
  readonly weight: number;
  readonly weightedPoints: number;
  readonly high: boolean;
}

/**
 * One cell of the likelihood × impact heat map on the scale in force on `asOf`: the camps whose
 * latest assessment falls in it.
 *
 * @category Risk report data
 * @example
 * const c: MatrixHeatCell = { likelihood: 4, impact: 4, score: 16, level: "high", count: 1, campIds: ["CAMP-S"] };
 * c.count; // 1
 */
export interface MatrixHeatCell {
  readonly likelihood: number;
  readonly impact: number;
  readonly score: number;
  readonly level: RiskLevel;
  readonly count: number;
  readonly campIds: readonly string[];
}

/**
 * A camp's scores over time, oldest first, and the latest change.
 *
 * @category Risk report data
 * @example
 * const t: LocationTrend = { campId: "CAMP-S", campName: "Camp South", points: [{ assessmentId: "CRA-2", assessedOn: "2018-06-01", score: 16, level: "high" }], trend: { kind: "first" } };
 * t.points.length; // 1
 */
export interface LocationTrend {
  readonly campId: string;
  readonly campName: string;
  readonly points: readonly { readonly assessmentId: string; readonly assessedOn: string; readonly score: number; readonly level: RiskLevel }[];
  readonly trend: RiskTrend;
}

/**
 * The typed data of the risk-scoring report: plain data, for any renderer or dashboard.
 *
 * @category Risk report data
 * @example
 * const r = buildRiskScoringReport({}, { asOf: "2018-06-30" });
 * r.ok && r.report.matrix.length; // 25
 */
export interface RiskScoringReport {
  readonly asOf: string;
  readonly ranking: readonly RankedLocation[];
  /** Open camps with no scored assessment by `asOf`. */
  readonly unassessed: readonly { readonly campId: string; readonly campName: string }[];
  readonly factorHeatMap: readonly FactorHeatCell[];
  readonly matrix: readonly MatrixHeatCell[];
  readonly trends: readonly LocationTrend[];
  readonly recommendations: readonly TrackedRecommendation[];
}

/**
 * The report data from scored assessments: the ranking of open camps by their latest score (ties by
 * camp id), the location × factor and likelihood × impact heat maps, the trends and the
 * recommendation tracker. Pure.
 *
 * @category Risk report data
 * @example
 * const s = scoreAssessments({}, { asOf: "2018-06-30" });
 * s.ok && riskScoringReport(s.value).ranking; // []
 */
export function riskScoringReport(scores: RiskScores): RiskScoringReport {
  const open = new Set(scores.camps.map((c) => c.id));
  const latest = new Map<string, RiskScores["assessments"][number]>();
  for (const a of scores.assessments) if (open.has(a.campId)) latest.set(a.campId, a);
  const ranked = [...latest.values()].sort((a, b) => b.score - a.score || (a.campId < b.campId ? -1 : a.campId > b.campId ? 1 : 0));
  const ranking: RankedLocation[] = ranked.map((a, i) => ({
    rank: i + 1,
    campId: a.campId,
    campName: a.campName,
    officeId: a.officeId,
    unit: a.unit,
    assessmentId: a.assessmentId,
    assessedOn: a.assessedOn,
    likelihood: a.likelihood.level,
    impact: a.impact.level,
    score: a.score,
    level: a.level,
    highFactors: a.highFactors,
    change: a.trend.kind === "change" ? a.trend.change : null,
    direction: a.trend.kind === "change" ? a.trend.direction : "first",
  }));
  const factorHeatMap: FactorHeatCell[] = ranked.flatMap((a) =>
    a.factors.map((f) => ({ campId: a.campId, factor: f.factor, points: f.points, maxPoints: f.maxPoints, weight: f.weight, weightedPoints: f.weightedPoints, high: f.high })),
  );
  const { likelihoodLevels, impactLevels, bands } = scores.scale;
  const matrix: MatrixHeatCell[] = [];
  for (let likelihood = likelihoodLevels; likelihood >= 1; likelihood--) {
    for (let impact = 1; impact <= impactLevels; impact++) {
      const score = likelihood * impact;
      const level = bands.findLast((b) => b.minScore <= score)?.level ?? RiskLevel.options[0]!;
      const campIds = ranked.filter((a) => a.likelihood.level === likelihood && a.impact.level === impact).map((a) => a.campId);
      matrix.push({ likelihood, impact, score, level, count: campIds.length, campIds });
    }
  }
  const trends: LocationTrend[] = scores.camps.flatMap((c) => {
    const points = scores.assessments.filter((a) => a.campId === c.id);
    const last = points.at(-1);
    return last ? [{ campId: c.id, campName: c.name, points: points.map((a) => ({ assessmentId: a.assessmentId, assessedOn: a.assessedOn, score: a.score, level: a.level })), trend: last.trend }] : [];
  });
  return {
    asOf: scores.asOf,
    ranking,
    unassessed: scores.camps.filter((c) => !latest.has(c.id)).map((c) => ({ campId: c.id, campName: c.name })),
    factorHeatMap,
    matrix,
    trends,
    recommendations: scores.recommendations,
  };
}

/**
 * Scores a mission's camp assessments and builds the report data in one step. Takes anything;
 * returns every input issue with a path and a code instead of throwing.
 *
 * @category Risk report data
 * @example
 * buildRiskScoringReport(null, { asOf: "2018-06-30" }).ok; // false
 */
export function buildRiskScoringReport(
  input: unknown,
  options: ScoreAssessmentsOptions,
): { readonly ok: true; readonly report: RiskScoringReport } | { readonly ok: false; readonly issues: readonly InputIssue[] } {
  const scores = scoreAssessments(input, options);
  return scores.ok ? { ok: true, report: riskScoringReport(scores.value) } : scores;
}
