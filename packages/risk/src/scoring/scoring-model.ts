import type { InputIssue, ParameterSet, ParameterUse, ParameterValue } from "@psea/core";
import { createParameterSet, defaultParameterSet, resolveParameter } from "@psea/core/parameters";
import { riskScaleOf, type RiskScale } from "../scale/risk-scale";

/**
 * The parameters a checklist is scored with, resolved on the assessment's own date: an overlay
 * takes effect from its date and earlier assessments keep the values they were made under.
 *
 * @category Risk scoring
 * @example
 * scoringParameterIds; // ["riskFactorWeights", "riskFactorPoints", "riskFactorHighPoints", "riskScale", "riskLevelBands"]
 */
export const scoringParameterIds = ["riskFactorWeights", "riskFactorPoints", "riskFactorHighPoints", "riskScale", "riskLevelBands"] as const;

/**
 * One of {@link scoringParameterIds}.
 *
 * @category Risk scoring
 * @example
 * const id: ScoringParameterId = "riskFactorWeights";
 */
export type ScoringParameterId = (typeof scoringParameterIds)[number];

/**
 * The values a checklist is scored with: the weight and dimension of each factor, the points of
 * each answer, the points from which a factor is high-scoring, and the register's scale.
 *
 * @category Risk scoring
 * @example
 * import { defaultParameters } from "@psea/core/parameters";
 * const m: ScoringModel = scoringModelOf({
 *   riskFactorWeights: defaultParameters.riskFactorWeights.values[0]!.value,
 *   riskFactorPoints: defaultParameters.riskFactorPoints.values[0]!.value,
 *   riskFactorHighPoints: 3,
 *   riskScale: { likelihoodLevels: 5, impactLevels: 5 },
 *   riskLevelBands: [{ level: "low", minScore: 1 }, { level: "high", minScore: 10 }],
 * });
 * m.weights.allegationHistory; // { dimension: "likelihood", weight: 3 }
 */
export interface ScoringModel {
  readonly weights: ParameterValue<"riskFactorWeights">;
  readonly points: ParameterValue<"riskFactorPoints">;
  readonly highPoints: number;
  readonly scale: RiskScale;
}

/**
 * The model from the scoring parameters' values, as a rule receives them.
 *
 * @category Risk scoring
 * @example
 * import { defaultParameters } from "@psea/core/parameters";
 * const values = Object.fromEntries(scoringParameterIds.map((id) => [id, defaultParameters[id].values[0]!.value]));
 * scoringModelOf(values as never).highPoints; // 3
 */
export function scoringModelOf(params: { readonly [P in ScoringParameterId]: ParameterValue<P> }): ScoringModel {
  return { weights: params.riskFactorWeights, points: params.riskFactorPoints, highPoints: params.riskFactorHighPoints, scale: riskScaleOf(params) };
}

/**
 * The scoring model in force on a date and the parameter uses behind it (value, citation, effective
 * dates, default or overlay), or the parameters not in force then.
 *
 * @category Risk scoring
 * @example
 * import { defaultParameterSet } from "@psea/core/parameters";
 * const r = scoringModelOn(defaultParameterSet, "2018-03-10");
 * r.ok && r.uses.map((u) => u.effectiveFrom); // ["2018-01-01", "2018-01-01", "2018-01-01", "2018-01-01", "2018-01-01"]
 * scoringModelOn(defaultParameterSet, "2017-03-10").ok; // false
 */
export function scoringModelOn(
  set: ParameterSet,
  on: string,
): { readonly ok: true; readonly model: ScoringModel; readonly uses: readonly ParameterUse[] } | { readonly ok: false; readonly parameterIds: readonly ScoringParameterId[] } {
  const values: Record<string, unknown> = {};
  const uses: ParameterUse[] = [];
  const missing: ScoringParameterId[] = [];
  for (const id of scoringParameterIds) {
    const r = resolveParameter(set, id, on);
    if (!r.ok) missing.push(id);
    else {
      values[id] = r.value;
      uses.push(r.use);
    }
  }
  if (missing.length > 0) return { ok: false, parameterIds: missing };
  return { ok: true, model: scoringModelOf(values as { [P in ScoringParameterId]: ParameterValue<P> }), uses };
}

function isParameterSet(value: unknown): value is ParameterSet {
  return typeof value === "object" && value !== null && "overlay" in value && Object.keys(value).length === 1;
}

/**
 * A host's parameters (an overlay, validated, or a set from `createParameterSet`) as a parameter
 * set, or the overlay's issues under `parameters`.
 *
 * @category Risk scoring
 * @example
 * toParameterSet(undefined); // { ok: true, value: { overlay: {} } }
 * toParameterSet({ riskFactorHighPoints: [{ value: 0, effectiveFrom: "2019-01-01", citation: { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 6 (c)" } }] }).ok; // false
 */
export function toParameterSet(parameters: unknown): { readonly ok: true; readonly value: ParameterSet } | { readonly ok: false; readonly issues: readonly InputIssue[] } {
  if (parameters === undefined) return { ok: true, value: defaultParameterSet };
  if (isParameterSet(parameters)) return { ok: true, value: parameters };
  const p = createParameterSet(parameters);
  if (!p.ok) return { ok: false, issues: p.issues.map((i) => ({ path: ["parameters", ...i.path], code: i.code, message: i.message })) };
  return { ok: true, value: p.value };
}
