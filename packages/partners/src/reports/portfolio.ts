import type { ParameterUse } from "@psea/core";
import { resolveParameter } from "@psea/core/parameters";
import { actionPointItems } from "../plan/due-items";
import type { OverallRating } from "../scheme/rating-scheme";
import { byPartner, readReportInput, summarize, type PartnerReportOptions, type PartnerReportResult } from "./assessment-summary";

/**
 * An overdue action point in the portfolio.
 *
 * @category Reports
 * @example
 * const p: OverdueActionPoint = { partnerId: "IP-1", assessmentId: "PCA-1", actionPointId: "AP-1", standardId: "training", owner: "HR lead", dueDate: "2019-03-31" };
 * p.dueDate; // "2019-03-31"
 */
export interface OverdueActionPoint {
  readonly partnerId: string;
  readonly assessmentId: string;
  readonly actionPointId: string;
  readonly standardId: string;
  readonly owner: string;
  readonly dueDate: string;
}

/**
 * A partner due (or overdue) for reassessment.
 *
 * @category Reports
 * @example
 * const d: ReassessmentDue = { partnerId: "IP-1", assessmentId: "PCA-1", finalizedOn: "2017-06-01", dueDate: "2019-06-01", status: "overdue" };
 * d.status; // "overdue"
 */
export interface ReassessmentDue {
  readonly partnerId: string;
  readonly assessmentId: string;
  readonly finalizedOn: string;
  readonly dueDate: string;
  readonly status: "due" | "overdue";
}

/**
 * The portfolio view of partner PSEA capacity: partners counted by overall rating (`unrated` for
 * those without a complete final determination), the overdue action points, the partners due for
 * reassessment, and the arrangements in force with a partner of an assessed kind and no final
 * assessment at all.
 *
 * @category Reports
 * @example
 * const r: Pick<PartnerPortfolio, "partners" | "byRating"> = { partners: 2, byRating: { high: 1, moderate: 0, low: 1, unrated: 0 } };
 * r.byRating.high; // 1
 */
export interface PartnerPortfolio {
  readonly asOf: string;
  readonly partners: number;
  readonly byRating: Readonly<Record<OverallRating | "unrated", number>>;
  readonly overdueActionPoints: readonly OverdueActionPoint[];
  /** Action points inside their notice window, not yet overdue. */
  readonly dueActionPoints: number;
  readonly dueForReassessment: readonly ReassessmentDue[];
  readonly arrangementsWithoutAssessment: readonly string[];
  readonly parameters: readonly ParameterUse[];
}

/**
 * Builds the portfolio view of a dataset's partner assessments as of a date. Takes anything:
 * invalid input comes back as issues with paths and codes. Pure; never throws nor mutates.
 *
 * @category Reports
 * @example
 * const all = (score: number) => ["policy", "management-and-hr", "training", "reporting", "assistance-and-referrals", "investigations"].map((standardId) => ({ standardId, score }));
 * const partnerAgreements = [{ id: "PA-1", partnerName: "NGO one", partnerKind: "ngo", startDate: "2018-03-01" },
 *   { id: "PA-2", partnerName: "NGO two", partnerKind: "ngo", startDate: "2018-03-01" }];
 * const partnerAssessments = [
 *   { id: "PCA-1", partnerId: "IP-1", agreementIds: ["PA-1"], status: "final", finalizedOn: "2017-02-01", ratings: all(1),
 *     plan: { adoptedOn: "2017-02-01", actionPoints: [{ id: "AP-1", standardId: "training", description: "Train staff", owner: "HR lead", dueDate: "2018-12-31" }] } },
 * ];
 * const r = partnerPortfolio({ partnerAgreements, partnerAssessments }, { asOf: "2019-06-30" });
 * r.ok && r.report.byRating; // { high: 1, moderate: 0, low: 0, unrated: 0 }
 * r.ok && r.report.overdueActionPoints.map((p) => p.actionPointId); // ["AP-1"]
 * r.ok && r.report.dueForReassessment.map((d) => [d.partnerId, d.dueDate, d.status]); // [["IP-1", "2019-02-01", "overdue"]]
 * r.ok && r.report.arrangementsWithoutAssessment; // ["PA-2"]
 */
export function partnerPortfolio(input: unknown, options: PartnerReportOptions): PartnerReportResult<PartnerPortfolio> {
  const read = readReportInput(input, options);
  if (!read.ok) return read;
  const ctx = read.report;
  const { asOf, data } = ctx;
  const kinds = resolveParameter(ctx.parameters, "partnerKindsAssessed", asOf);
  if (!kinds.ok) return { ok: false, issues: [{ path: ["parameters", "partnerKindsAssessed"], code: kinds.error.code, message: kinds.error.message }] };

  const byRating = { high: 0, moderate: 0, low: 0, unrated: 0 };
  const overdueActionPoints: OverdueActionPoint[] = [];
  const dueForReassessment: ReassessmentDue[] = [];
  let dueActionPoints = 0;
  for (const group of byPartner(data.partnerAssessments)) {
    const s = summarize(ctx, group);
    byRating[s.rating ?? "unrated"] += 1;
    if (s.finalizedOn === null) continue;
    const a = group.find((x) => x.id === s.assessmentId)!;
    for (const item of actionPointItems(a, asOf, ctx.windows.noticeWindow)) {
      if (item.status === "due") dueActionPoints += 1;
      else overdueActionPoints.push({ partnerId: item.partnerId, assessmentId: item.assessmentId, actionPointId: item.actionPointId, standardId: item.standardId, owner: item.owner, dueDate: item.dueDate });
    }
    if (s.reassessmentStatus === "due" || s.reassessmentStatus === "overdue") {
      dueForReassessment.push({ partnerId: s.partnerId, assessmentId: s.assessmentId, finalizedOn: s.finalizedOn, dueDate: s.reassessmentDueOn!, status: s.reassessmentStatus });
    }
  }
  const assessed = new Set(data.partnerAssessments.filter((a) => a.status === "final" && a.finalizedOn !== undefined && a.finalizedOn <= asOf).flatMap((a) => a.agreementIds));
  const arrangementsWithoutAssessment = data.partnerAgreements
    .filter((a) => kinds.value.includes(a.partnerKind) && a.startDate <= asOf && (a.endDate === undefined || a.endDate > asOf) && !assessed.has(a.id))
    .map((a) => a.id);
  return {
    ok: true,
    report: {
      asOf,
      partners: byPartner(data.partnerAssessments).length,
      byRating,
      overdueActionPoints: overdueActionPoints.sort((x, y) => x.dueDate.localeCompare(y.dueDate) || x.actionPointId.localeCompare(y.actionPointId)),
      dueActionPoints,
      dueForReassessment,
      arrangementsWithoutAssessment,
      parameters: [...ctx.uses, kinds.use],
    },
  };
}
