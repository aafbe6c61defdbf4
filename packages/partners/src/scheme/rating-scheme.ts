import type { ParameterSet, ParameterUse, ParameterValue } from "@psea/core";
import { defaultParameterSet, resolveParameter } from "@psea/core/parameters";

/**
 * One core standard of the assessment: its indicator and the kinds of evidence it requires.
 *
 * @category Standards
 * @example
 * const s: CapacityStandard = { id: "policy", title: "PSEA policy", indicator: "…", evidenceKinds: ["policy-document"] };
 * s.evidenceKinds; // ["policy-document"]
 */
export type CapacityStandard = ParameterValue<"partnerCapacityStandards">[number];

/**
 * A level of the rating scale and its score.
 *
 * @category Standards
 * @example
 * const l: CapacityLevel = { level: "progressing", score: 2 };
 * l.score; // 2
 */
export type CapacityLevel = ParameterValue<"partnerCapacityScale">[number];

/**
 * A partner's overall PSEA risk rating.
 *
 * @category Standards
 * @example
 * const r: OverallRating = "moderate";
 * r; // "moderate"
 */
export type OverallRating = ParameterValue<"partnerRatingBands">[number]["rating"];

/**
 * The standards, the scale and the bands an assessment is rated with, as in force on one date.
 *
 * @category Standards
 * @example
 * const scheme = ratingSchemeOn("2019-06-30");
 * scheme.ok && scheme.scheme.standards.map((s) => s.id); // ["policy", "management-and-hr", "training", "reporting", "assistance-and-referrals", "investigations"]
 */
export interface RatingScheme {
  readonly standards: readonly CapacityStandard[];
  readonly scale: readonly CapacityLevel[];
  readonly bands: ParameterValue<"partnerRatingBands">;
}

/**
 * The rating given to one standard: its score on the scale (and the evidence behind it, in records).
 *
 * @category Standards
 * @example
 * const r: StandardScore = { standardId: "policy", score: 3 };
 * r.score; // 3
 */
export interface StandardScore {
  readonly standardId: string;
  readonly score: number;
}

/**
 * The overall result: the total and rating once every standard is rated; otherwise `rating: null`
 * with the standards still unrated.
 *
 * @category Standards
 * @example
 * const r: OverallResult = { rating: null, total: null, unrated: ["investigations"] };
 * r.rating; // null
 */
export type OverallResult =
  | { readonly rating: OverallRating; readonly total: number; readonly unrated: readonly [] }
  | { readonly rating: null; readonly total: null; readonly unrated: readonly string[] };

/**
 * The result of {@link ratingSchemeOn}: the scheme and the record of the parameters used, or the
 * parameter that is not in force.
 *
 * @category Standards
 * @example
 * const r: RatingSchemeResult = ratingSchemeOn("2017-06-30");
 * !r.ok && r.error.code; // "parameter-not-in-force"
 */
export type RatingSchemeResult =
  | { readonly ok: true; readonly scheme: RatingScheme; readonly uses: readonly ParameterUse[] }
  | { readonly ok: false; readonly error: { readonly code: string; readonly parameterId: string; readonly message: string } };

/**
 * The rating scheme in force on a date, from the defaults or a host's parameter set (built with
 * `createParameterSet`): an overlay takes effect from its own date and never re-rates the past.
 *
 * @category Standards
 * @example
 * import { cite } from "@psea/core";
 * import { createParameterSet } from "@psea/core/parameters";
 * const set = createParameterSet({
 *   partnerRatingBands: [{ value: [{ rating: "high", minTotal: 0 }, { rating: "moderate", minTotal: 10 }, { rating: "low", minTotal: 16 }],
 *     effectiveFrom: "2021-01-01", citation: cite("UN-IP-PSEA", "overall rating") }],
 * });
 * const before = set.ok && ratingSchemeOn("2020-12-31", set.value);
 * before && before.ok && before.scheme.bands[1]?.minTotal; // 9
 * const after = set.ok && ratingSchemeOn("2021-01-01", set.value);
 * after && after.ok && after.scheme.bands[1]?.minTotal; // 10
 */
export function ratingSchemeOn(asOf: string, parameters: ParameterSet = defaultParameterSet): RatingSchemeResult {
  const standards = resolveParameter(parameters, "partnerCapacityStandards", asOf);
  if (!standards.ok) return { ok: false, error: standards.error };
  const scale = resolveParameter(parameters, "partnerCapacityScale", asOf);
  if (!scale.ok) return { ok: false, error: scale.error };
  const bands = resolveParameter(parameters, "partnerRatingBands", asOf);
  if (!bands.ok) return { ok: false, error: bands.error };
  return { ok: true, scheme: { standards: standards.value, scale: scale.value, bands: bands.value }, uses: [standards.use, scale.use, bands.use] };
}

/**
 * The overall rating of a set of standard scores under a scheme: the sum of the scores of the
 * scheme's standards, banded. Computed only once every standard of the scheme holds a score on the
 * scale; a score for a standard outside the scheme is not counted.
 *
 * @category Standards
 * @example
 * const s = ratingSchemeOn("2019-06-30");
 * const scheme = s.ok ? s.scheme : undefined!;
 * const all = (score: number) => scheme.standards.map((x) => ({ standardId: x.id, score }));
 * overallRating(scheme, all(2)); // { rating: "moderate", total: 12, unrated: [] }
 * overallRating(scheme, all(3).slice(1)); // { rating: null, total: null, unrated: ["policy"] }
 */
export function overallRating(scheme: RatingScheme, scores: readonly StandardScore[]): OverallResult {
  const onScale = new Set(scheme.scale.map((l) => l.score));
  const byStandard = new Map<string, number>();
  for (const s of scores) if (onScale.has(s.score)) byStandard.set(s.standardId, s.score);
  const unrated = scheme.standards.filter((s) => !byStandard.has(s.id)).map((s) => s.id);
  if (unrated.length > 0) return { rating: null, total: null, unrated };
  const total = scheme.standards.reduce((sum, s) => sum + byStandard.get(s.id)!, 0);
  let rating: OverallRating = scheme.bands[0]!.rating;
  for (const band of scheme.bands) if (total >= band.minTotal) rating = band.rating;
  return { rating, total, unrated: [] };
}

/**
 * The standards scored below the top of the scale: the gaps a capacity-strengthening plan addresses.
 * An unrated standard is not listed (it is not yet known to be weak).
 *
 * @category Standards
 * @example
 * const s = ratingSchemeOn("2019-06-30");
 * s.ok && weakStandards(s.scheme, [{ standardId: "policy", score: 3 }, { standardId: "training", score: 1 }]); // ["training"]
 */
export function weakStandards(scheme: RatingScheme, scores: readonly StandardScore[]): string[] {
  const top = Math.max(...scheme.scale.map((l) => l.score));
  const known = new Set(scheme.standards.map((s) => s.id));
  return [...new Set(scores.filter((s) => known.has(s.standardId) && s.score < top).map((s) => s.standardId))];
}

/**
 * The level name of a score on the scale, or `null` when the score is not on it.
 *
 * @category Standards
 * @example
 * const s = ratingSchemeOn("2019-06-30");
 * s.ok && levelOf(s.scheme, 2); // "progressing"
 */
export function levelOf(scheme: RatingScheme, score: number): string | null {
  return scheme.scale.find((l) => l.score === score)?.level ?? null;
}
