import type { ParameterValue } from "@psea/core";
import { RiskFactorId, riskFactors } from "../checklist/risk-factor";
import type { FactorEvidence, RiskChecklist } from "../checklist/risk-checklist";
import { scoreRisk, type RiskLevel } from "../scale/risk-scale";
import type { ScoringModel } from "./scoring-model";

type PointsMapping = ParameterValue<"riskFactorPoints">[RiskFactorId];

/**
 * One factor of a scored checklist: the answer, its evidence, the points the answer scores, the
 * factor's weight and dimension, and whether it is high-scoring.
 *
 * @category Risk scoring
 * @example
 * const f: FactorScore = {
 *   factor: "perimeter", label: "perimeter, fencing and lighting", dimension: "likelihood", answer: "poor",
 *   evidence: { source: "site-visit" }, points: 3, maxPoints: 3, weight: 2, weightedPoints: 6, high: true,
 * };
 * f.weightedPoints; // 6
 */
export interface FactorScore {
  readonly factor: RiskFactorId;
  readonly label: string;
  readonly dimension: "likelihood" | "impact";
  /** The answer as scored: allegation history as its rate per 1,000 personnel on strength, to two decimals. */
  readonly answer: boolean | string | number;
  readonly evidence: FactorEvidence;
  readonly points: number;
  readonly maxPoints: number;
  readonly weight: number;
  /** `points × weight`. */
  readonly weightedPoints: number;
  /** `points` reaches the `riskFactorHighPoints` parameter. */
  readonly high: boolean;
}

/**
 * A dimension of the scale from the factors bearing on it: level = 1 + round(weighted points ÷
 * weighted maximum × (levels − 1)), halves rounded up (1 when no factor weighs on it).
 *
 * @category Risk scoring
 * @example
 * const d: DimensionScore = { weightedPoints: 30, weightedMaximum: 60, levels: 5, level: 3 };
 * d.level; // 3
 */
export interface DimensionScore {
  readonly weightedPoints: number;
  readonly weightedMaximum: number;
  readonly levels: number;
  readonly level: number;
}

/**
 * A checklist's score: every factor, the likelihood and impact levels they give, and the register
 * score (likelihood × impact) with its level.
 *
 * @category Risk scoring
 * @example
 * const s: ChecklistScore = { factors: [], likelihood: { weightedPoints: 0, weightedMaximum: 0, levels: 5, level: 1 },
 *   impact: { weightedPoints: 0, weightedMaximum: 0, levels: 5, level: 1 }, score: 1, level: "low", highFactors: [] };
 * s.level; // "low"
 */
export interface ChecklistScore {
  readonly factors: readonly FactorScore[];
  readonly likelihood: DimensionScore;
  readonly impact: DimensionScore;
  readonly score: number;
  readonly level: RiskLevel;
  readonly highFactors: readonly RiskFactorId[];
}

/**
 * The rate per 1,000 personnel on strength of an allegation history.
 *
 * @category Risk scoring
 * @example
 * allegationRate({ allegations: 3, personnelOnStrength: 800 }); // 3.75
 */
export function allegationRate(history: { readonly allegations: number; readonly personnelOnStrength: number }): number {
  return (history.allegations * 1000) / history.personnelOnStrength;
}

function pointsOf(mapping: PointsMapping, answer: unknown): number {
  switch (mapping.kind) {
    case "boolean":
      return answer === true ? mapping.whenTrue : mapping.whenFalse;
    case "ordinal":
      return (mapping.points as Readonly<Record<string, number>>)[answer as string] ?? 0;
    case "number":
      return mapping.bands.findLast((b) => b.from <= (answer as number))?.points ?? mapping.bands[0]!.points;
  }
}

function maxPointsOf(mapping: PointsMapping): number {
  switch (mapping.kind) {
    case "boolean":
      return Math.max(mapping.whenTrue, mapping.whenFalse);
    case "ordinal":
      return Math.max(...Object.values(mapping.points));
    case "number":
      return Math.max(...mapping.bands.map((b) => b.points));
  }
}

/**
 * The points one answer scores under a model, and the most the factor can score.
 *
 * @category Risk scoring
 * @example
 * import { defaultParameters } from "@psea/core/parameters";
 * const points = defaultParameters.riskFactorPoints.values[0]!.value;
 * factorPoints("communityProximity", 800, points); // { points: 2, maxPoints: 3 }
 * factorPoints("allegationHistory", { allegations: 1, personnelOnStrength: 400, since: "2017-01-01" }, points); // { points: 3, maxPoints: 3 }
 */
export function factorPoints<F extends RiskFactorId>(factor: F, answer: RiskChecklist[F]["answer"], points: ParameterValue<"riskFactorPoints">): { points: number; maxPoints: number } {
  const mapping = points[factor] as PointsMapping;
  const value = factor === "allegationHistory" ? allegationRate(answer as RiskChecklist["allegationHistory"]["answer"]) : answer;
  return { points: pointsOf(mapping, value), maxPoints: maxPointsOf(mapping) };
}

// Integer arithmetic: round half up of wp / wm × (levels − 1), with no floating-point edge.
function dimension(weightedPoints: number, weightedMaximum: number, levels: number): DimensionScore {
  const level = weightedMaximum === 0 ? 1 : 1 + Math.floor((2 * weightedPoints * (levels - 1) + weightedMaximum) / (2 * weightedMaximum));
  return { weightedPoints, weightedMaximum, levels, level };
}

/**
 * Scores a parsed checklist under a model: each factor's points × weight, summed per dimension into
 * a likelihood and an impact level on the register's scale, and their product's level. Pure; reads
 * nothing but the checklist (no camp, unit or contributing country).
 *
 * @category Risk scoring
 * @example
 * import { defaultParameterSet } from "@psea/core/parameters";
 * const m = scoringModelOn(defaultParameterSet, "2018-03-10");
 * const e = { source: "site-visit" } as const;
 * const s = m.ok && scoreChecklist({
 *   communityProximity: { answer: 300, evidence: e }, perimeter: { answer: "poor", evidence: e },
 *   movementControl: { answer: "fair", evidence: e }, alcoholAvailability: { answer: "restricted", evidence: e },
 *   welfareFacilities: { answer: "good", evidence: e }, nonFraternizationBriefings: { answer: true, evidence: e },
 *   complaintMechanismReachable: { answer: true, evidence: e }, offLimitsPlacesNearby: { answer: false, evidence: e },
 *   womenAndChildrenOnCamp: { answer: false, evidence: e }, monthsSinceRotation: { answer: 4, evidence: e },
 *   allegationHistory: { answer: { allegations: 0, personnelOnStrength: 600, since: "2017-06-01" }, evidence: e },
 * }, m.model);
 * s && [s.likelihood.weightedPoints, s.likelihood.weightedMaximum, s.likelihood.level]; // [17, 54, 2]
 * s && [s.impact.level, s.score, s.level]; // [1, 2, "low"]
 * s && s.highFactors; // ["communityProximity", "perimeter"]
 */
export function scoreChecklist(checklist: RiskChecklist, model: ScoringModel): ChecklistScore {
  const factors: FactorScore[] = RiskFactorId.options.map((factor) => {
    const { answer, evidence } = checklist[factor];
    const { points, maxPoints } = factorPoints(factor, answer as never, model.points);
    const { dimension: dim, weight } = model.weights[factor];
    const shown = typeof answer === "object" ? Math.round(allegationRate(answer) * 100) / 100 : answer;
    return { factor, label: riskFactors[factor].label, dimension: dim, answer: shown, evidence, points, maxPoints, weight, weightedPoints: points * weight, high: points >= model.highPoints };
  });
  const sum = (dim: "likelihood" | "impact", pick: (f: FactorScore) => number) => factors.filter((f) => f.dimension === dim).reduce((n, f) => n + pick(f), 0);
  const likelihood = dimension(sum("likelihood", (f) => f.weightedPoints), sum("likelihood", (f) => f.maxPoints * f.weight), model.scale.likelihoodLevels);
  const impact = dimension(sum("impact", (f) => f.weightedPoints), sum("impact", (f) => f.maxPoints * f.weight), model.scale.impactLevels);
  const scored = scoreRisk({ likelihood: likelihood.level, impact: impact.level }, model.scale);
  // The scale's bands start at score 1 (the parameter's schema says so), so a level is always found.
  const level = scored.ok ? scored.level : model.scale.bands[0]!.level;
  return { factors, likelihood, impact, score: likelihood.level * impact.level, level, highFactors: factors.filter((f) => f.high).map((f) => f.factor) };
}
