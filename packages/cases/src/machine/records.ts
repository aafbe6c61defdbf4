import type { OutcomeResult } from "@psea/core";
import { openDeadline } from "../deadlines/deadline-book";
import type { CaseAssessment, CaseContext, InvestigationRecord } from "./context";
import type { InvestigatingEntity, ServiceKind } from "./case-vocabulary";

// Shared by effects and checks: reading the current round, and starting the records that carry deadlines.

/**
 * The next id in a series.
 *
 * @category Cases
 * @example
 * nextId("INV", [{ id: "INV-1" }]); // "INV-2"
 */
export function nextId(prefix: string, existing: readonly { id: string }[]): string {
  return `${prefix}-${existing.length + 1}`;
}

/**
 * The assessment of the current round, if any.
 *
 * @category Cases
 * @example
 * currentAssessment(exampleCase("assessed").context)?.seriousness; // "serious"
 * currentAssessment(exampleCase("registered").context); // undefined
 */
export function currentAssessment(context: CaseContext): CaseAssessment | undefined {
  return context.assessments.findLast((a) => a.round === context.round);
}

/**
 * The decision of the current round, if any; a reopened case has none until decided again.
 *
 * @category Cases
 * @example
 * currentOutcome(exampleCase("substantiated").context); // "substantiated"
 * currentOutcome(exampleCase("reported").context); // undefined
 */
export function currentOutcome(context: CaseContext): OutcomeResult | undefined {
  return context.outcome?.round === context.round ? context.outcome.result : undefined;
}

/**
 * The investigation of the current round still running (no report, not ended), if any.
 *
 * @category Cases
 * @example
 * runningInvestigation(exampleCase("investigating").context)?.id; // "INV-1"
 * runningInvestigation(exampleCase("reported").context); // undefined: its report is in
 */
export function runningInvestigation(context: CaseContext): InvestigationRecord | undefined {
  return context.investigations.findLast((i) => i.round === context.round && !i.reportReceivedOn && !i.endedOn);
}

/**
 * The personnel category of the case (its subjects share one; see `openCase`), or `unidentified`.
 *
 * @category Cases
 * @example
 * caseCategory(exampleCase().context); // "military-contingent"
 */
export function caseCategory(context: CaseContext) {
  return context.subjects[0]?.category ?? "unidentified";
}

/**
 * The contributing country of the case's subjects, if recorded.
 *
 * @category Cases
 * @example
 * caseCountry(exampleCase().context); // "XYZ"
 */
export function caseCountry(context: CaseContext): string | undefined {
  return context.subjects.find((s) => s.contributingCountry !== undefined)?.contributingCountry;
}

/**
 * Opens the Department of Management notification owed for an investigation or an action (DPKO HQ g).
 *
 * @category Cases
 * @example
 * const { context } = exampleCase("substantiated");
 * owedToDepartmentOfManagement(context, { kind: "action", ref: "ACT-1", index: 0 }, "2018-10-20").deadlines.at(-1)?.dueOn; // "2018-10-27"
 */
export function owedToDepartmentOfManagement(context: CaseContext, about: { kind: "investigation" | "action"; ref: string; index: number }, on: string): CaseContext {
  const collection = about.kind === "investigation" ? "investigations" : "actions";
  return openDeadline(context, {
    id: `dm-notification:${about.ref}`,
    kind: "department-of-management-notification",
    subject: { kind: about.kind, id: about.ref },
    path: ["context", collection, about.index, "departmentOfManagementInformedOn"],
    startedOn: on,
    parameterId: "departmentOfManagementNotificationWindow",
    facts: { caseId: context.caseId, about: about.kind, ref: about.ref },
  });
}

/**
 * Starts an investigation: its record, its timeline (urgent or not, AP-E3) and the notification the
 * Department of Management is owed (SGB 4.6, DPKO HQ g). National authorities investigating non-UN
 * forces are outside the UN's timelines and are not the UN's investigations (the bulletin does not
 * bind those forces, section 2), so neither a timeline nor a notification is owed for them.
 *
 * @category Cases
 * @example
 * const next = startInvestigation(exampleCase("evidencePreserved").context, { entity: "oios" }, "2018-06-07");
 * next.investigations.at(-1)?.id; // "INV-1"
 * next.deadlines.slice(-2).map((d) => [d.id, d.dueOn]); // [["investigation:INV-1", "2018-12-07"], ["dm-notification:INV-1", "2018-06-14"]]
 */
export function startInvestigation(
  context: CaseContext,
  spec: { entity: InvestigatingEntity; memberState?: string; nationalInvestigationOfficerAppointed?: boolean },
  on: string,
): CaseContext {
  const urgent = currentAssessment(context)?.urgent ?? false;
  const id = nextId("INV", context.investigations);
  const record: InvestigationRecord = {
    id,
    round: context.round,
    entity: spec.entity,
    ...(spec.memberState !== undefined ? { memberState: spec.memberState } : {}),
    ...(spec.nationalInvestigationOfficerAppointed !== undefined ? { nationalInvestigationOfficerAppointed: spec.nationalInvestigationOfficerAppointed } : {}),
    startedOn: on,
    urgent,
  };
  const index = context.investigations.length;
  const next: CaseContext = { ...context, investigations: [...context.investigations, record] };
  if (spec.entity === "national-authorities") return next;
  const timed = openDeadline(next, {
    id: `investigation:${id}`,
    kind: "investigation",
    subject: { kind: "investigation", id },
    path: ["context", "investigations", index, "reportReceivedOn"],
    startedOn: on,
    parameterId: urgent ? "urgentInvestigationTimeline" : "investigationTimeline",
    facts: { caseId: context.caseId, investigationId: id, entity: spec.entity, urgent },
  });
  return owedToDepartmentOfManagement(timed, { kind: "investigation", ref: id, index }, on);
}

/**
 * Makes sure a victim has a status update running (AP-E4): from `from` if none is open.
 *
 * @category Cases
 * @example
 * const { context } = exampleCase();
 * ensureVictimUpdateRunning(context, "V-1", "2018-06-02").deadlines.at(-1)?.dueOn; // "2018-07-02"
 * // Registration already started one for V-1: no second update runs.
 * const registered = exampleCase("registered").context;
 * ensureVictimUpdateRunning(registered, "V-1", "2018-06-20") === registered; // true
 */
export function ensureVictimUpdateRunning(context: CaseContext, victimRef: string, from: string): CaseContext {
  const open = context.deadlines.some((d) => d.kind === "victim-status-update" && d.subject.id === victimRef && !d.resolution);
  if (open) return context;
  const n = context.deadlines.filter((d) => d.kind === "victim-status-update" && d.subject.id === victimRef).length + 1;
  return openDeadline(context, {
    id: `victim-update:${victimRef}:${n}`,
    kind: "victim-status-update",
    subject: { kind: "victim", id: victimRef },
    path: ["context", "victimUpdates"],
    startedOn: from,
    parameterId: "victimStatusUpdateMaxInterval",
    facts: { caseId: context.caseId, victimRef },
  });
}

/**
 * Opens the preliminary assessment's deadline of the current round (AP-E3 (a)): from the
 * receipt of the allegation in the first round (the registration puts it on record), from the
 * reopening in later ones. The period is the one in force on that start date.
 *
 * @category Cases
 * @example
 * const { context } = exampleCase();
 * const next = assessmentOwed(context, "2018-06-02");
 * next.deadlines.at(-1)?.id; // "assessment:1"
 * next.deadlines.at(-1)?.dueOn; // "2018-06-16"
 */
export function assessmentOwed(context: CaseContext, from: string): CaseContext {
  return openDeadline(context, {
    id: `assessment:${context.round}`,
    kind: "assessment",
    subject: { kind: "allegation", id: context.caseId },
    path: ["context", "assessments"],
    startedOn: from,
    parameterId: "assessmentTimeline",
    facts: { caseId: context.caseId, round: context.round },
  });
}

/**
 * Opens the referral for investigation owed once the allegation is assessed (AP-E3 (a)), unless one
 * is already running for the round.
 *
 * @category Cases
 * @example
 * const { context } = exampleCase("registered");
 * referralOwed(context, "2018-06-05").deadlines.at(-1)?.dueOn; // "2018-06-12"
 */
export function referralOwed(context: CaseContext, from: string): CaseContext {
  const id = `referral:${context.round}`;
  if (context.deadlines.some((d) => d.id === id && !d.resolution)) return context;
  return openDeadline(context, {
    id,
    kind: "referral",
    subject: { kind: "allegation", id: context.caseId },
    path: ["context", "investigations"],
    startedOn: from,
    parameterId: "referralTimeline",
    facts: { caseId: context.caseId, round: context.round },
  });
}

/**
 * Opens the review of an investigation's report, owed from its receipt (AP-E3 (b)).
 *
 * @category Cases
 * @example
 * const { context } = exampleCase("investigating");
 * reportReviewOwed(context, "INV-1", "2018-09-01").deadlines.at(-1)?.dueOn; // "2018-10-01"
 */
export function reportReviewOwed(context: CaseContext, investigationId: string, from: string): CaseContext {
  return openDeadline(context, {
    id: `report-review:${investigationId}`,
    kind: "report-review",
    subject: { kind: "investigation", id: investigationId },
    path: ["context", "recommendations"],
    startedOn: from,
    parameterId: "reportReviewTimeline",
    facts: { caseId: context.caseId, investigationId },
  });
}

/**
 * Opens the referral of a victim to a service a needs assessment found needed (AP-R1 (c)), unless
 * one is already running for that victim and service or the victim was already referred for it.
 * Emergency medical assistance runs on its own, shorter window.
 *
 * @category Cases
 * @example
 * const { context } = exampleCase("registered");
 * const next = serviceReferralOwed(context, "V-1", "emergency-medical", "2018-06-03");
 * next.deadlines.at(-1)?.id; // "service-referral:V-1:emergency-medical:1"
 * next.deadlines.at(-1)?.dueOn; // "2018-06-04"
 * serviceReferralOwed(context, "V-1", "legal", "2018-06-03").deadlines.at(-1)?.dueOn; // "2018-06-10"
 */
export function serviceReferralOwed(context: CaseContext, victimRef: string, service: ServiceKind, from: string): CaseContext {
  const prefix = `service-referral:${victimRef}:${service}:`;
  const mine = context.deadlines.filter((d) => d.kind === "service-referral" && d.id.startsWith(prefix));
  if (mine.some((d) => !d.resolution)) return context;
  const referred = context.assistance.referrals.some((r) => r.victimRef === victimRef && r.service === service && r.status !== "rejected" && r.status !== "completed");
  if (referred) return context;
  return openDeadline(context, {
    id: `${prefix}${mine.length + 1}`,
    kind: "service-referral",
    subject: { kind: "victim", id: victimRef },
    path: ["context", "assistance", "referrals"],
    startedOn: from,
    parameterId: service === "emergency-medical" ? "emergencyServiceReferralWindow" : "serviceReferralWindow",
    facts: { caseId: context.caseId, victimRef, service },
  });
}
