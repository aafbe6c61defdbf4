import { normalizeAsOf, type InputIssue, type ParameterSet, type ParameterUse } from "@psea/core";
import { createParameterSet, defaultParameterSet } from "@psea/core/parameters";
import { actionPointStatus } from "../plan/action-point-status";
import { followUpWindowsOn, reassessmentItem } from "../plan/due-items";
import { levelOf, overallRating, ratingSchemeOn, weakStandards, type OverallRating, type RatingScheme } from "../scheme/rating-scheme";
import { parsePartnerDataset, type PartnerDataset } from "../schemas/parse-partner-dataset";
import type { AssessmentStatus, PartnerAssessment } from "../schemas/partner-assessment";

/**
 * The result of a report builder: the input's issues (path and code), or the report. The same
 * shape as `ReportBuildResult` of `@psea/reports`.
 *
 * @category Reports
 * @example
 * const r: PartnerReportResult<{ n: number }> = { ok: true, report: { n: 1 } };
 * r.ok; // true
 */
export type PartnerReportResult<R> = { readonly ok: false; readonly issues: readonly InputIssue[] } | { readonly ok: true; readonly report: R };

/**
 * Options of the report builders. `asOf` is required: builders never read the clock.
 *
 * @category Reports
 * @example
 * const o: PartnerReportOptions = { asOf: "2019-06-30" };
 * o.asOf; // "2019-06-30"
 */
export interface PartnerReportOptions {
  readonly asOf: string | Date;
  /** A host's parameter overlay (validated) or a set built with `createParameterSet`. */
  readonly parameters?: unknown;
}

/**
 * One standard of a partner's assessment: its score and level, and the evidence kinds recorded
 * against those the standard requires.
 *
 * @category Reports
 * @example
 * const s: StandardSummary = { standardId: "training", title: "Mandatory training", score: 2, level: "progressing",
 *   evidenceKinds: ["attendance-record"], missingEvidenceKinds: ["training-material"] };
 * s.level; // "progressing"
 */
export interface StandardSummary {
  readonly standardId: string;
  readonly title: string;
  readonly score: number | null;
  readonly level: string | null;
  readonly evidenceKinds: readonly string[];
  readonly missingEvidenceKinds: readonly string[];
}

/**
 * Counts of a plan's action points by status on the report's date.
 *
 * @category Reports
 * @example
 * const c: ActionPointCounts = { total: 3, completed: 1, open: 0, due: 1, overdue: 1 };
 * c.overdue; // 1
 */
export interface ActionPointCounts {
  readonly total: number;
  readonly completed: number;
  readonly open: number;
  readonly due: number;
  readonly overdue: number;
}

/**
 * One partner's assessment summary: its latest final determination (or, with none yet, its latest
 * assessment), the rating, each standard, the weak ones, the plan's progress and the reassessment date.
 *
 * @category Reports
 * @example
 * const s: Pick<PartnerAssessmentSummary, "partnerId" | "rating"> = { partnerId: "IP-1", rating: "low" };
 * s.rating; // "low"
 */
export interface PartnerAssessmentSummary {
  readonly partnerId: string;
  readonly assessmentId: string;
  readonly status: AssessmentStatus;
  readonly finalizedOn: string | null;
  readonly agreementIds: readonly string[];
  /** Computed only once every standard is rated, and only for a final assessment. */
  readonly rating: OverallRating | null;
  readonly total: number | null;
  readonly unrated: readonly string[];
  readonly standards: readonly StandardSummary[];
  readonly weakStandards: readonly string[];
  readonly actionPoints: ActionPointCounts;
  /** The date the partner is due for reassessment; `null` without a final determination. */
  readonly reassessmentDueOn: string | null;
  readonly reassessmentStatus: "current" | "due" | "overdue" | null;
  /** A later assessment under way (not final), if any. */
  readonly pendingAssessmentId: string | null;
}

/**
 * The assessment summaries of every partner in a dataset, in the order partners first appear.
 *
 * @category Reports
 * @example
 * const r: PartnerAssessmentSummaryReport = { asOf: "2019-06-30", partners: [], parameters: [] };
 * r.partners.length; // 0
 */
export interface PartnerAssessmentSummaryReport {
  readonly asOf: string;
  readonly partners: readonly PartnerAssessmentSummary[];
  /** Every parameter used, with its value, dates and citation. */
  readonly parameters: readonly ParameterUse[];
}

/** What both builders share: the parsed dataset, the scheme and windows in force. @internal */
export interface PartnerReportContext {
  readonly asOf: string;
  readonly data: PartnerDataset;
  readonly parameters: ParameterSet;
  readonly scheme: RatingScheme;
  readonly windows: { readonly noticeWindow: string; readonly reassessmentPeriod: string };
  readonly uses: readonly ParameterUse[];
}

function isParameterSet(value: unknown): value is ParameterSet {
  return typeof value === "object" && value !== null && "overlay" in value && Object.keys(value).length === 1;
}

/** Reads the options and the dataset once, with every issue at once. @internal */
export function readReportInput(input: unknown, options: PartnerReportOptions): PartnerReportResult<PartnerReportContext> {
  const asOf = normalizeAsOf((options as Partial<PartnerReportOptions> | undefined)?.asOf);
  if (!asOf) return { ok: false, issues: [{ path: ["asOf"], code: "invalid-as-of", message: "asOf must be a YYYY-MM-DD date or a valid Date" }] };
  const issues: InputIssue[] = [];
  let parameters: ParameterSet = defaultParameterSet;
  const given = options.parameters;
  if (isParameterSet(given)) parameters = given;
  else if (given !== undefined) {
    const built = createParameterSet(given);
    if (built.ok) parameters = built.value;
    else issues.push(...built.issues.map((i) => ({ path: ["parameters", ...i.path], code: i.code, message: i.message })));
  }
  const parsed = parsePartnerDataset(input);
  if (!parsed.ok) issues.push(...parsed.issues);
  const scheme = ratingSchemeOn(asOf, parameters);
  if (!scheme.ok) issues.push({ path: ["parameters", scheme.error.parameterId], code: scheme.error.code, message: scheme.error.message });
  const windows = followUpWindowsOn(asOf, parameters);
  if (!windows.ok) issues.push({ path: ["parameters", windows.error.parameterId], code: windows.error.code, message: windows.error.message });
  if (issues.length > 0 || !parsed.ok || !scheme.ok || !windows.ok) return { ok: false, issues };
  return { ok: true, report: { asOf, data: parsed.value, parameters, scheme: scheme.scheme, windows: windows.windows, uses: [...scheme.uses, ...windows.uses] } };
}

function counts(a: PartnerAssessment, asOf: string, window: string): ActionPointCounts {
  const c = { total: 0, completed: 0, open: 0, due: 0, overdue: 0 };
  for (const p of a.plan?.actionPoints ?? []) {
    c.total += 1;
    c[actionPointStatus(p, asOf, window)] += 1;
  }
  return c;
}

/** The summary of one partner from its assessments (dataset order). @internal */
export function summarize(ctx: PartnerReportContext, assessments: readonly PartnerAssessment[]): PartnerAssessmentSummary {
  const { asOf, scheme, windows } = ctx;
  const known = assessments.filter((a) => (a.createdOn ?? a.finalizedOn ?? asOf) <= asOf);
  const pool = known.length > 0 ? known : assessments;
  const finals = pool.filter((a) => a.status === "final" && a.finalizedOn !== undefined && a.finalizedOn <= asOf);
  const byDate = (x: PartnerAssessment, y: PartnerAssessment) => (y.finalizedOn ?? "").localeCompare(x.finalizedOn ?? "");
  const latestFinal = [...finals].sort(byDate)[0];
  const a = latestFinal ?? pool.at(-1)!;
  const isFinal = a === latestFinal;
  const result = overallRating(scheme, a.ratings);
  const standards = scheme.standards.map((s) => {
    const r = a.ratings.find((x) => x.standardId === s.id);
    const kinds = [...new Set((r?.evidence ?? []).map((e) => e.kind))];
    return {
      standardId: s.id,
      title: s.title,
      score: r?.score ?? null,
      level: r ? levelOf(scheme, r.score) : null,
      evidenceKinds: kinds,
      missingEvidenceKinds: s.evidenceKinds.filter((k) => !kinds.includes(k)),
    };
  });
  const reassessment = isFinal ? reassessmentItem(a, asOf, windows) : undefined;
  const pending = pool.filter((x) => x !== a && x.status !== "final" && x.status !== "cancelled" && (!isFinal || (x.createdOn ?? "9999-12-31") >= a.finalizedOn!)).at(-1);
  return {
    partnerId: a.partnerId,
    assessmentId: a.id,
    status: a.status,
    finalizedOn: isFinal ? a.finalizedOn! : null,
    agreementIds: [...a.agreementIds],
    rating: isFinal ? result.rating : null,
    total: isFinal ? result.total : null,
    unrated: [...result.unrated],
    standards,
    weakStandards: weakStandards(scheme, a.ratings),
    actionPoints: counts(a, asOf, windows.noticeWindow),
    reassessmentDueOn: isFinal ? (reassessmentItem(a, "9999-12-31", windows)?.dueDate ?? null) : null,
    reassessmentStatus: isFinal ? (reassessment?.status ?? "current") : null,
    pendingAssessmentId: pending?.id ?? null,
  };
}

/** The assessments of each partner, partners in order of first appearance. @internal */
export function byPartner(assessments: readonly PartnerAssessment[]): PartnerAssessment[][] {
  const groups = new Map<string, PartnerAssessment[]>();
  for (const a of assessments) {
    const g = groups.get(a.partnerId);
    if (g) g.push(a);
    else groups.set(a.partnerId, [a]);
  }
  return [...groups.values()];
}

/**
 * The assessment summary of each partner in a dataset (its `partnerAssessments` and
 * `partnerAgreements` sections) as of a date: the latest final determination with its overall
 * rating (computed only when every standard is rated), each standard's score, level and evidence,
 * the weak standards, the plan's action points by status and the reassessment date. Takes anything:
 * invalid input comes back as issues with paths and codes. Pure; never throws nor mutates.
 *
 * @category Reports
 * @example
 * const all = (score: number) => ["policy", "management-and-hr", "training", "reporting", "assistance-and-referrals", "investigations"].map((standardId) => ({ standardId, score }));
 * const partnerAssessments = [
 *   { id: "PCA-1", partnerId: "IP-1", status: "final", finalizedOn: "2018-02-01", ratings: all(3) },
 *   { id: "PCA-2", partnerId: "IP-2", status: "in-progress", ratings: all(1).slice(1) },
 * ];
 * const r = partnerAssessmentSummaries({ partnerAssessments }, { asOf: "2019-06-30" });
 * r.ok && r.report.partners.map((p) => [p.partnerId, p.rating, p.total, p.reassessmentDueOn]); // [["IP-1", "low", 18, "2020-02-01"], ["IP-2", null, null, null]]
 * r.ok && r.report.partners[1]?.unrated; // ["policy"]
 * const bad = partnerAssessmentSummaries({ partnerAssessments: [{ id: "PCA-1" }] }, { asOf: "2019-06-30" });
 * !bad.ok && bad.issues.map((i) => i.path.join(".")); // ["partnerAssessments.0.partnerId", "partnerAssessments.0.status"]
 */
export function partnerAssessmentSummaries(input: unknown, options: PartnerReportOptions): PartnerReportResult<PartnerAssessmentSummaryReport> {
  const read = readReportInput(input, options);
  if (!read.ok) return read;
  const ctx = read.report;
  return { ok: true, report: { asOf: ctx.asOf, partners: byPartner(ctx.data.partnerAssessments).map((g) => summarize(ctx, g)), parameters: ctx.uses } };
}
