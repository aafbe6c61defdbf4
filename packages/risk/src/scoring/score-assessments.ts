import { normalizeAsOf, type InputIssue, type ParameterUse } from "@psea/core";
import { resolveParameter } from "@psea/core/parameters";
import { parseRiskDataset } from "../parse-risk-dataset";
import { riskScaleOf, type RiskLevel, type RiskScale } from "../scale/risk-scale";
import { scoreChecklist, type ChecklistScore } from "./score-checklist";
import { trackRecommendations, type TrackedRecommendation } from "./track-recommendations";
import { scoringModelOn, toParameterSet, type ScoringParameterId } from "./scoring-model";

/**
 * How a location's score moved since its previous scored assessment. `first` when there is none.
 *
 * @category Risk scoring
 * @example
 * const t: RiskTrend = { kind: "change", previousAssessmentId: "CRA-1", previousAssessedOn: "2018-03-10",
 *   previousScore: 6, previousLevel: "medium", change: 6, direction: "rising" };
 * t.kind === "change" && t.direction; // "rising"
 */
export type RiskTrend =
  | { readonly kind: "first" }
  | {
      readonly kind: "change";
      readonly previousAssessmentId: string;
      readonly previousAssessedOn: string;
      readonly previousScore: number;
      readonly previousLevel: RiskLevel;
      /** This score minus the previous one. */
      readonly change: number;
      readonly direction: "rising" | "falling" | "steady";
    };

/**
 * A camp assessment's checklist, scored and explained: the factors, answers, weights and points,
 * the parameter values in force on the assessment's date (with their effective dates and
 * citations), and the trend since the camp's previous scored assessment. The camp's unit is shown;
 * its contributing country never is.
 *
 * @category Risk scoring
 * @example
 * const s: Pick<ScoredAssessment, "assessmentId" | "campId" | "score"> = { assessmentId: "CRA-1", campId: "CAMP-N", score: 12 };
 * s.score; // 12
 */
export interface ScoredAssessment extends ChecklistScore {
  readonly assessmentId: string;
  readonly campId: string;
  readonly campName: string;
  readonly officeId: string;
  readonly unit: string | null;
  readonly assessedOn: string;
  /** Where the checklist is in the input. */
  readonly path: readonly (string | number)[];
  readonly parameters: readonly ParameterUse[];
  readonly trend: RiskTrend;
}

/**
 * An assessment whose checklist could not be scored: a scoring parameter has no value in force on
 * its date.
 *
 * @category Risk scoring
 * @example
 * const u: UnscoredAssessment = { assessmentId: "CRA-0", path: ["campAssessments", 0, "assessedOn"], code: "parameter-not-in-force", parameterIds: ["riskFactorWeights"] };
 * u.code; // "parameter-not-in-force"
 */
export interface UnscoredAssessment {
  readonly assessmentId: string;
  readonly path: readonly (string | number)[];
  readonly code: "parameter-not-in-force";
  readonly parameterIds: readonly ScoringParameterId[];
}

/**
 * The scored assessments of a mission as of a date, oldest first per camp, camps in input order;
 * the scale in force on `asOf` (for the likelihood × impact heat map).
 *
 * @category Risk scoring
 * @example
 * const r = scoreAssessments({}, { asOf: "2018-06-30" });
 * r.ok && r.value.assessments; // []
 */
export interface RiskScores {
  readonly asOf: string;
  readonly scale: RiskScale;
  readonly assessments: readonly ScoredAssessment[];
  readonly unscored: readonly UnscoredAssessment[];
  /** Camps open on `asOf`, for a ranking that lists them, in input order. */
  readonly camps: readonly { readonly id: string; readonly name: string; readonly officeId: string; readonly unit: string | null }[];
  /** Every recommendation on a checklist factor, tracked to implementation. */
  readonly recommendations: readonly TrackedRecommendation[];
}

/**
 * What {@link scoreAssessments} returns: the scores, or every input issue with its path and code.
 *
 * @category Risk scoring
 * @example
 * const r: RiskScoresResult = scoreAssessments("not a dataset", { asOf: "2018-06-30" });
 * r.ok; // false
 */
export type RiskScoresResult = { readonly ok: true; readonly value: RiskScores } | { readonly ok: false; readonly issues: readonly InputIssue[] };

/**
 * Options of {@link scoreAssessments}: the date of the check and a host's parameter overlay.
 *
 * @category Risk scoring
 * @example
 * const o: ScoreAssessmentsOptions = { asOf: "2018-06-30" };
 */
export interface ScoreAssessmentsOptions {
  readonly asOf: string | Date;
  readonly parameters?: unknown;
}

function direction(change: number): "rising" | "falling" | "steady" {
  return change > 0 ? "rising" : change < 0 ? "falling" : "steady";
}

/**
 * Scores every camp assessment that carries a checklist and was made by `asOf`, each with the
 * parameters in force on its own date (an overlay from a later date leaves it as it was), and the
 * trend since the same camp's previous scored assessment. Takes anything: the risk sections are
 * parsed first, and every problem comes back as an issue with a path and a code. Never throws and
 * never mutates `input`.
 *
 * @category Risk scoring
 * @example
 * const r = scoreAssessments({ campAssessments: [{ id: "CRA-1", campId: "CAMP-9", assessedOn: "2018-03-10" }] }, { asOf: "2018-06-30" });
 * !r.ok && r.issues.map((i) => [i.path, i.code]); // [[["campAssessments", 0, "campId"], "unknown-reference"]]
 * scoreAssessments({}, { asOf: "2018-02-30" }).ok; // false
 */
export function scoreAssessments(input: unknown, options: ScoreAssessmentsOptions): RiskScoresResult {
  const asOf = normalizeAsOf((options as { asOf?: unknown } | undefined)?.asOf);
  if (!asOf) return { ok: false, issues: [{ path: ["asOf"], code: "invalid-as-of", message: "asOf must be a YYYY-MM-DD date or a valid Date" }] };
  const set = toParameterSet((options as { parameters?: unknown }).parameters);
  if (!set.ok) return set;
  const parsed = parseRiskDataset(input);
  if (!parsed.ok) return parsed;
  const d = parsed.value;
  const scale = resolveParameter(set.value, "riskScale", asOf);
  const bands = resolveParameter(set.value, "riskLevelBands", asOf);
  if (!scale.ok || !bands.ok) {
    return { ok: false, issues: [scale, bands].flatMap((r) => (r.ok ? [] : [{ path: ["asOf"], code: r.error.code, message: r.error.message }])) };
  }

  const campsById = new Map(d.camps.map((c) => [c.id, c]));
  const held = d.campAssessments
    .map((a, index) => ({ a, index }))
    .filter(({ a }) => a.checklist !== undefined && a.assessedOn <= asOf)
    .sort((x, y) => (x.a.assessedOn < y.a.assessedOn ? -1 : x.a.assessedOn > y.a.assessedOn ? 1 : x.index - y.index));
  const previous = new Map<string, ScoredAssessment>();
  const byCamp = new Map<string, ScoredAssessment[]>();
  const unscored: UnscoredAssessment[] = [];
  for (const { a, index } of held) {
    const model = scoringModelOn(set.value, a.assessedOn);
    if (!model.ok) {
      unscored.push({ assessmentId: a.id, path: ["campAssessments", index, "assessedOn"], code: "parameter-not-in-force", parameterIds: model.parameterIds });
      continue;
    }
    const camp = campsById.get(a.campId)!;
    const score = scoreChecklist(a.checklist!, model.model);
    const before = previous.get(a.campId);
    const trend: RiskTrend = before
      ? {
          kind: "change",
          previousAssessmentId: before.assessmentId,
          previousAssessedOn: before.assessedOn,
          previousScore: before.score,
          previousLevel: before.level,
          change: score.score - before.score,
          direction: direction(score.score - before.score),
        }
      : { kind: "first" };
    const scored: ScoredAssessment = {
      assessmentId: a.id,
      campId: camp.id,
      campName: camp.name,
      officeId: camp.officeId,
      unit: camp.unit ?? null,
      assessedOn: a.assessedOn,
      path: ["campAssessments", index, "checklist"],
      ...score,
      parameters: model.uses,
      trend,
    };
    previous.set(a.campId, scored);
    const list = byCamp.get(a.campId);
    if (list) list.push(scored);
    else byCamp.set(a.campId, [scored]);
  }
  const open = d.camps.filter((c) => (c.openedOn === undefined || c.openedOn <= asOf) && (c.closedOn === undefined || c.closedOn > asOf));
  return {
    ok: true,
    value: {
      asOf,
      scale: riskScaleOf({ riskScale: scale.value, riskLevelBands: bands.value }),
      assessments: d.camps.flatMap((c) => byCamp.get(c.id) ?? []),
      unscored,
      camps: open.map((c) => ({ id: c.id, name: c.name, officeId: c.officeId, unit: c.unit ?? null })),
      recommendations: trackRecommendations(d.riskRegister, asOf),
    },
  };
}
