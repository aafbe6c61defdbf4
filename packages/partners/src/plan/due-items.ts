import { addDuration, type ParameterSet, type ParameterUse } from "@psea/core";
import { defaultParameterSet, resolveParameter } from "@psea/core/parameters";
import { actionPointStatus } from "./action-point-status";

/**
 * The follow-up windows: the notice before an action point's due date (`partnerActionPointNoticeWindow`)
 * and the reassessment period (`partnerReassessmentPeriod`), as ISO 8601 durations.
 *
 * @category Capacity plan
 * @example
 * const w: FollowUpWindows = { noticeWindow: "P30D", reassessmentPeriod: "P2Y" };
 * w.reassessmentPeriod; // "P2Y"
 */
export interface FollowUpWindows {
  readonly noticeWindow: string;
  readonly reassessmentPeriod: string;
}

/**
 * The follow-up windows in force on a date, with the record of the parameters used.
 *
 * @category Capacity plan
 * @example
 * const r = followUpWindowsOn("2019-06-30");
 * r.ok && r.windows; // { noticeWindow: "P30D", reassessmentPeriod: "P2Y" }
 * followUpWindowsOn("2017-01-01").ok; // false
 */
export function followUpWindowsOn(
  asOf: string,
  parameters: ParameterSet = defaultParameterSet,
): { ok: true; windows: FollowUpWindows; uses: ParameterUse[] } | { ok: false; error: { code: string; parameterId: string; message: string } } {
  const notice = resolveParameter(parameters, "partnerActionPointNoticeWindow", asOf);
  if (!notice.ok) return { ok: false, error: notice.error };
  const period = resolveParameter(parameters, "partnerReassessmentPeriod", asOf);
  if (!period.ok) return { ok: false, error: period.error };
  return { ok: true, windows: { noticeWindow: notice.value, reassessmentPeriod: period.value }, uses: [notice.use, period.use] };
}

/**
 * Something due or overdue on an assessment: an open action point of its plan, or the partner's
 * reassessment.
 *
 * @category Capacity plan
 * @example
 * const d: AssessmentDueItem = { kind: "reassessment", assessmentId: "PCA-1", partnerId: "IP-1", status: "due", dueDate: "2020-01-20" };
 * d.kind; // "reassessment"
 */
export type AssessmentDueItem =
  | {
      readonly kind: "action-point";
      readonly assessmentId: string;
      readonly partnerId: string;
      readonly actionPointId: string;
      readonly standardId: string;
      readonly owner: string;
      readonly status: "due" | "overdue";
      readonly dueDate: string;
    }
  | { readonly kind: "reassessment"; readonly assessmentId: string; readonly partnerId: string; readonly status: "due" | "overdue"; readonly dueDate: string };

/**
 * What {@link dueItemsOf} reads of an assessment: the workflow's record or a dataset record both have it.
 *
 * @category Capacity plan
 * @example
 * const a: FollowedUpAssessment = { id: "PCA-1", partnerId: "IP-1", finalizedOn: null, plan: null };
 * a.plan; // null
 */
export interface FollowedUpAssessment {
  readonly id: string;
  readonly partnerId: string;
  readonly finalizedOn?: string | null | undefined;
  readonly plan?: {
    readonly actionPoints: readonly { readonly id: string; readonly standardId: string; readonly owner: string; readonly dueDate: string; readonly completedOn?: string | undefined }[];
  } | null | undefined;
}

function plus(date: string, duration: string): string | undefined {
  try {
    return addDuration(date, duration);
  } catch {
    return undefined;
  }
}

/**
 * The open action points of a final assessment that are due (inside the notice window) or overdue
 * on `asOf`, in plan order. An assessment not final yet has none.
 *
 * @category Capacity plan
 * @example
 * const a = { id: "PCA-1", partnerId: "IP-1", finalizedOn: "2018-01-20",
 *   plan: { actionPoints: [{ id: "AP-1", standardId: "training", owner: "HR lead", dueDate: "2018-06-30" }] } };
 * actionPointItems(a, "2018-06-10", "P30D").map((d) => d.status); // ["due"]
 */
export function actionPointItems(assessment: FollowedUpAssessment, asOf: string, noticeWindow: string): Extract<AssessmentDueItem, { kind: "action-point" }>[] {
  const finalizedOn = assessment.finalizedOn;
  if (finalizedOn === undefined || finalizedOn === null || finalizedOn > asOf) return [];
  const out: Extract<AssessmentDueItem, { kind: "action-point" }>[] = [];
  for (const p of assessment.plan?.actionPoints ?? []) {
    const status = actionPointStatus(p, asOf, noticeWindow);
    if (status !== "due" && status !== "overdue") continue;
    out.push({ kind: "action-point", assessmentId: assessment.id, partnerId: assessment.partnerId, actionPointId: p.id, standardId: p.standardId, owner: p.owner, status, dueDate: p.dueDate });
  }
  return out;
}

/**
 * The reassessment of a final assessment's partner when it is due (inside the notice window of the
 * final determination plus the period) or overdue on `asOf`; `undefined` otherwise.
 *
 * @category Capacity plan
 * @example
 * reassessmentItem({ id: "PCA-1", partnerId: "IP-1", finalizedOn: "2018-01-20" }, "2020-01-21", { noticeWindow: "P30D", reassessmentPeriod: "P2Y" })?.status; // "overdue"
 */
export function reassessmentItem(assessment: FollowedUpAssessment, asOf: string, windows: FollowUpWindows): Extract<AssessmentDueItem, { kind: "reassessment" }> | undefined {
  const finalizedOn = assessment.finalizedOn;
  if (finalizedOn === undefined || finalizedOn === null || finalizedOn > asOf) return undefined;
  const dueDate = plus(finalizedOn, windows.reassessmentPeriod);
  if (dueDate === undefined) return undefined;
  const status = actionPointStatus({ dueDate }, asOf, windows.noticeWindow);
  return status === "due" || status === "overdue" ? { kind: "reassessment", assessmentId: assessment.id, partnerId: assessment.partnerId, status, dueDate } : undefined;
}

/**
 * The due and overdue items of one final assessment on `asOf`: every open action point within its
 * notice window or past its due date, then the reassessment when its date (the final determination
 * plus the period) is near or past. An assessment not final yet has none. Pure; never throws.
 *
 * @category Capacity plan
 * @example
 * const a = { id: "PCA-1", partnerId: "IP-1", finalizedOn: "2018-01-20",
 *   plan: { actionPoints: [{ id: "AP-1", standardId: "training", owner: "HR lead", dueDate: "2018-06-30" }] } };
 * dueItemsOf(a, "2018-07-01", { noticeWindow: "P30D", reassessmentPeriod: "P2Y" }).map((d) => [d.kind, d.status]); // [["action-point", "overdue"]]
 * dueItemsOf(a, "2020-01-20", { noticeWindow: "P30D", reassessmentPeriod: "P2Y" }).map((d) => [d.kind, d.status, d.dueDate]); // [["action-point", "overdue", "2018-06-30"], ["reassessment", "due", "2020-01-20"]]
 */
export function dueItemsOf(assessment: FollowedUpAssessment, asOf: string, windows: FollowUpWindows): AssessmentDueItem[] {
  const reassessment = reassessmentItem(assessment, asOf, windows);
  return [...actionPointItems(assessment, asOf, windows.noticeWindow), ...(reassessment ? [reassessment] : [])];
}
