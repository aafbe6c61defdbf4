import type { FactValue } from "@psea/core";
import type { CaseContext, Deadline, DeadlineKind } from "../machine/context";
import type { CaseEventType } from "../machine/events";
import { caseParameter } from "./case-parameters";
import { deadlineObligations } from "./obligations";
import { addWindow, type DeadlineWindow } from "./window";

/** Parameters that set deadlines: each is a period. */
type WindowParameter =
  | "headquartersNotificationWindow"
  | "departmentOfManagementNotificationWindow"
  | "memberStateResponseWindow"
  | "victimStatusUpdateMaxInterval"
  | "investigationTimeline"
  | "urgentInvestigationTimeline"
  | "assessmentTimeline"
  | "referralTimeline"
  | "reportReviewTimeline"
  | "serviceReferralWindow"
  | "emergencyServiceReferralWindow";

/**
 * What a new deadline is about; the book adds the obligation and clause its kind encodes, the dates
 * and the parameter.
 *
 * @category Deadlines
 * @example
 * const spec: DeadlineSpec = { id: "hq-notification", kind: "headquarters-notification",
 *   subject: { kind: "allegation", id: "A-1" }, path: ["context", "headquarters", "notifiedOn"],
 *   startedOn: "2018-06-02", parameterId: "headquartersNotificationWindow", facts: {} };
 */
export type DeadlineSpec = {
  id: string;
  kind: DeadlineKind;
  subject: { kind: string; id: string };
  path: (string | number)[];
  startedOn: string;
  parameterId: WindowParameter;
  facts: Record<string, FactValue>;
};

/**
 * Adds a deadline that runs from `startedOn` for the period the parameter in force that day sets,
 * under the obligations of its kind ({@link deadlineObligations}). When no value is in force that
 * day (the rule did not exist yet), no deadline arises.
 *
 * @category Deadlines
 * @example
 * const spec: DeadlineSpec = { id: "hq-notification", kind: "headquarters-notification",
 *   subject: { kind: "allegation", id: "A-1" }, path: ["context", "headquarters", "notifiedOn"],
 *   startedOn: "2018-06-02", parameterId: "headquartersNotificationWindow", facts: {} };
 * const { context } = exampleCase();
 * openDeadline(context, spec).deadlines.at(-1)?.dueOn; // "2018-06-03"
 * // Before the window was first in force, no deadline arises.
 * openDeadline(context, { ...spec, startedOn: "2000-01-01" }).deadlines.length; // 0
 */
export function openDeadline(context: CaseContext, spec: DeadlineSpec): CaseContext {
  const param = caseParameter(context, spec.parameterId, spec.startedOn);
  if (!param) return context;
  const dueOn = addWindow(spec.startedOn, param.value as DeadlineWindow);
  if (!dueOn) return context;
  const { obligationIds, citation } = deadlineObligations[spec.kind];
  const deadline: Deadline = {
    id: spec.id,
    kind: spec.kind,
    // Shared constants: the case keeps its own copies.
    obligationIds: [...obligationIds],
    citation: { ...citation },
    subject: spec.subject,
    path: spec.path,
    startedOn: spec.startedOn,
    facts: spec.facts,
    dueOn,
    parameter: param.use,
  };
  return { ...context, deadlines: [...context.deadlines, deadline] };
}

/**
 * Ends every open deadline that `matches`: `met` when the duty was done, `discharged` when it
 * stopped applying (an investigation closed for other reasons has no report to wait for).
 *
 * @category Deadlines
 * @example
 * const { context } = exampleCase("registered"); // its first deadline: notifying headquarters
 * resolveDeadlines(context, (d) => d.kind === "headquarters-notification", "met", "2018-06-02", "HEADQUARTERS_NOTIFIED")
 *   .deadlines[0]?.resolution; // { kind: "met", on: "2018-06-02", by: "HEADQUARTERS_NOTIFIED" }
 */
export function resolveDeadlines(
  context: CaseContext,
  matches: (d: Deadline) => boolean,
  kind: "met" | "discharged",
  on: string,
  by: CaseEventType,
): CaseContext {
  if (!context.deadlines.some((d) => !d.resolution && matches(d))) return context;
  return {
    ...context,
    deadlines: context.deadlines.map((d) => (!d.resolution && matches(d) ? { ...d, resolution: { kind, on, by } } : d)),
  };
}
