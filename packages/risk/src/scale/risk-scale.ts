import { normalizeAsOf, type InputIssue, type ParameterSet, type ParameterValue } from "@psea/core";
import { createParameterSet, defaultParameterSet, defaultParameters, resolveParameter } from "@psea/core/parameters";
import { z } from "zod";

/**
 * Risk levels, lowest first. The order is what "higher risk" means everywhere in the package.
 *
 * @category Risk scale
 * @example
 * RiskLevel.options; // ["low", "medium", "high", "critical"]
 */
export const RiskLevel = z.enum(["low", "medium", "high", "critical"] satisfies readonly ParameterValue<"riskLevelBands">[number]["level"][]);
/**
 * @category Risk scale
 * @example
 * const l: RiskLevel = "critical";
 */
export type RiskLevel = z.infer<typeof RiskLevel>;

/**
 * A likelihood × impact scale and the score bands of its levels: the values of the `riskScale`
 * and `riskLevelBands` parameters, together.
 *
 * @category Risk scale
 * @example
 * const s: RiskScale = { likelihoodLevels: 3, impactLevels: 3, bands: [{ level: "low", minScore: 1 }, { level: "high", minScore: 6 }] };
 * s.bands.length; // 2
 */
export interface RiskScale {
  readonly likelihoodLevels: number;
  readonly impactLevels: number;
  /** Rising in `minScore` and level; the first starts at 1. */
  readonly bands: readonly { readonly level: RiskLevel; readonly minScore: number }[];
}

/**
 * The scale from the two parameters' values, as a rule receives them.
 *
 * @category Risk scale
 * @example
 * riskScaleOf({ riskScale: { likelihoodLevels: 4, impactLevels: 4 }, riskLevelBands: [{ level: "low", minScore: 1 }] }).likelihoodLevels; // 4
 */
export function riskScaleOf(params: {
  readonly riskScale: ParameterValue<"riskScale">;
  readonly riskLevelBands: ParameterValue<"riskLevelBands">;
}): RiskScale {
  return { likelihoodLevels: params.riskScale.likelihoodLevels, impactLevels: params.riskScale.impactLevels, bands: params.riskLevelBands };
}

/**
 * The scale the kit ships: 5×5, with low 1-4, medium 5-9, high 10-19 and critical 20-25 (both
 * parameters are marked [verify]: the toolkit's own matrix was not found).
 *
 * @category Risk scale
 * @example
 * defaultRiskScale.bands.map((b) => b.minScore); // [1, 5, 10, 20]
 */
export const defaultRiskScale: RiskScale = riskScaleOf({
  riskScale: defaultParameters.riskScale.values[0]!.value,
  riskLevelBands: defaultParameters.riskLevelBands.values[0]!.value,
});

/**
 * The scale in force on a date, from the defaults and a host's parameter overlay (`unknown`,
 * validated as `evaluate` does).
 *
 * @category Risk scale
 * @example
 * const overlay = { riskScale: [{ value: { likelihoodLevels: 3, impactLevels: 3 }, effectiveFrom: "2019-01-01",
 *   citation: { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 6 (b)" } }] };
 * const r = resolveRiskScale("2019-03-01", overlay);
 * r.ok && r.value.likelihoodLevels; // 3
 * resolveRiskScale("not a date").ok; // false
 */
export function resolveRiskScale(asOf: unknown, parameters?: unknown): { ok: true; value: RiskScale } | { ok: false; issues: readonly InputIssue[] } {
  const date = normalizeAsOf(asOf);
  if (!date) return { ok: false, issues: [{ path: ["asOf"], code: "invalid-as-of", message: "asOf must be a YYYY-MM-DD date or a valid Date" }] };
  let set: ParameterSet = defaultParameterSet;
  if (parameters !== undefined) {
    const p = createParameterSet(parameters);
    if (!p.ok) return { ok: false, issues: p.issues.map((i) => ({ path: ["parameters", ...i.path], code: i.code, message: i.message })) };
    set = p.value;
  }
  const scale = resolveParameter(set, "riskScale", date);
  const bands = resolveParameter(set, "riskLevelBands", date);
  const errors = [scale, bands].flatMap((r) => (r.ok ? [] : [{ path: ["parameters", r.error.parameterId], code: r.error.code, message: r.error.message }]));
  if (!scale.ok || !bands.ok) return { ok: false, issues: errors };
  return { ok: true, value: riskScaleOf({ riskScale: scale.value, riskLevelBands: bands.value }) };
}

/**
 * A register entry's score on a scale, or why it has none.
 *
 * @category Risk scale
 * @example
 * const s: RiskScore = scoreRisk({ likelihood: 2, impact: 2 }, defaultRiskScale);
 * s.ok && s.level; // "low"
 */
export type RiskScore =
  | { readonly ok: true; readonly likelihood: number; readonly impact: number; readonly score: number; readonly level: RiskLevel }
  | { readonly ok: false; readonly code: "unscored" | "likelihood-out-of-scale" | "impact-out-of-scale" | "no-band"; readonly message: string };

const onScale = (value: number, levels: number) => Number.isInteger(value) && value >= 1 && value <= levels;

/**
 * Scores a register entry: likelihood × impact, each a level from 1 to the scale's count, and the
 * level of the last band the score reaches. Never throws: an entry not scored, or scored off the
 * scale, gets a reason instead.
 *
 * @category Risk scale
 * @example
 * scoreRisk({ likelihood: 4, impact: 5 }, defaultRiskScale); // { ok: true, likelihood: 4, impact: 5, score: 20, level: "critical" }
 * scoreRisk({ likelihood: 6, impact: 1 }, defaultRiskScale).ok; // false
 * scoreRisk({ impact: 3 }, defaultRiskScale); // { ok: false, code: "unscored", message: "likelihood is not scored" }
 */
export function scoreRisk(entry: { readonly likelihood?: number | undefined; readonly impact?: number | undefined }, scale: RiskScale): RiskScore {
  const { likelihood, impact } = entry;
  if (likelihood === undefined || impact === undefined) {
    const missing = [likelihood === undefined ? "likelihood" : undefined, impact === undefined ? "impact" : undefined].filter(Boolean).join(" and ");
    return { ok: false, code: "unscored", message: `${missing} ${missing.includes(" and ") ? "are" : "is"} not scored` };
  }
  if (!onScale(likelihood, scale.likelihoodLevels)) {
    return { ok: false, code: "likelihood-out-of-scale", message: `likelihood ${likelihood} is not a level from 1 to ${scale.likelihoodLevels}` };
  }
  if (!onScale(impact, scale.impactLevels)) {
    return { ok: false, code: "impact-out-of-scale", message: `impact ${impact} is not a level from 1 to ${scale.impactLevels}` };
  }
  const score = likelihood * impact;
  const band = scale.bands.findLast((b) => b.minScore <= score);
  if (!band) return { ok: false, code: "no-band", message: `score ${score} is below every band of the scale` };
  return { ok: true, likelihood, impact, score, level: band.level };
}
