import { openDeadline, resolveDeadlines } from "../../deadlines/deadline-book";
import { memberStateEntities } from "../case-vocabulary";
import type { CaseContext, EvidenceRecord } from "../context";
import type { EventOf } from "../events";
import type { EffectMap } from "./effect-map";
import { caseCountry, nextId, owedToDepartmentOfManagement, reportReviewOwed, runningInvestigation, startInvestigation } from "../records";

/** AP-E2: the Immediate Response Team preserved evidence pending investigation. */
function evidencePreserved(context: CaseContext, e: EventOf<"EVIDENCE_PRESERVED">): CaseContext {
  const record: EvidenceRecord = { round: context.round, kind: "preserved", on: e.at, teamUnits: [...e.teamUnits] };
  return { ...context, evidence: [...context.evidence, record] };
}

/** AP-E2: the evidence step was taken and found nothing to preserve, with the reason. */
function evidenceNotPossible(context: CaseContext, e: EventOf<"EVIDENCE_PRESERVATION_NOT_POSSIBLE">): CaseContext {
  const record: EvidenceRecord = { round: context.round, kind: "not-possible", on: e.at, reason: e.reason };
  return { ...context, evidence: [...context.evidence, record] };
}

/**
 * A contributing country is notified and asked whether it will investigate (its answer is due within
 * the window); any other entity starts investigating on referral.
 */
function referredForInvestigation(made: CaseContext, e: EventOf<"REFERRED_FOR_INVESTIGATION">): CaseContext {
  // AP-E3 (a): the referral owed since the assessment is made, whichever entity it goes to.
  const context = resolveDeadlines(made, (d) => d.kind === "referral", "met", e.at, e.type);
  if (!memberStateEntities.includes(e.entity)) {
    return startInvestigation(context, { entity: e.entity, ...(e.memberState !== undefined ? { memberState: e.memberState } : {}) }, e.at);
  }
  const memberState = e.memberState ?? caseCountry(context) ?? "";
  const id = nextId("MSR", context.memberStateReferrals);
  const index = context.memberStateReferrals.length;
  const next: CaseContext = {
    ...context,
    memberStateReferrals: [...context.memberStateReferrals, { id, round: context.round, entity: e.entity, memberState, referredOn: e.at }],
  };
  return openDeadline(next, {
    id: `member-state-response:${id}`,
    kind: "member-state-response",
    subject: { kind: "member-state-referral", id },
    path: ["context", "memberStateReferrals", index, "response"],
    startedOn: e.at,
    parameterId: "memberStateResponseWindow",
    facts: { caseId: context.caseId, referralId: id, entity: e.entity, memberState },
  });
}

function memberStateResponded(context: CaseContext, e: EventOf<"MEMBER_STATE_RESPONDED">): CaseContext {
  const index = context.memberStateReferrals.length - 1;
  const referral = context.memberStateReferrals[index];
  if (!referral) return context;
  const response = {
    on: e.at,
    willInvestigate: e.willInvestigate,
    nationalInvestigationOfficerAppointed: e.nationalInvestigationOfficerAppointed,
    jointWithOios: e.jointWithOios,
  };
  let next: CaseContext = {
    ...context,
    memberStateReferrals: context.memberStateReferrals.map((r, i) => (i === index ? { ...r, response } : r)),
  };
  next = resolveDeadlines(next, (d) => d.id === `member-state-response:${referral.id}`, "met", e.at, e.type);
  if (!e.willInvestigate) return next;
  return startInvestigation(
    next,
    {
      entity: e.jointWithOios ? "joint-oios-member-state" : referral.entity,
      memberState: referral.memberState,
      nationalInvestigationOfficerAppointed: e.nationalInvestigationOfficerAppointed,
    },
    e.at,
  );
}

/** After a refusal, or no answer within the window, OIOS may investigate. */
function oiosInvestigationOpened(context: CaseContext, e: EventOf<"OIOS_INVESTIGATION_OPENED">): CaseContext {
  const next = resolveDeadlines(context, (d) => d.kind === "member-state-response", "discharged", e.at, e.type);
  return startInvestigation(next, { entity: "oios" }, e.at);
}

function interimMeasureTaken(context: CaseContext, e: EventOf<"INTERIM_MEASURE_TAKEN">): CaseContext {
  const id = nextId("ACT", context.actions);
  const index = context.actions.length;
  const action = { id, round: context.round, kind: e.kind, interim: true, takenOn: e.at, ...(e.subjectRef !== undefined ? { subjectRef: e.subjectRef } : {}) };
  return owedToDepartmentOfManagement({ ...context, actions: [...context.actions, action] }, { kind: "action", ref: id, index }, e.at);
}

function reportReceived(context: CaseContext, e: EventOf<"INVESTIGATION_REPORT_RECEIVED">): CaseContext {
  const running = runningInvestigation(context);
  if (!running) return context;
  const next = { ...context, investigations: context.investigations.map((i) => (i.id === running.id ? { ...i, reportReceivedOn: e.at } : i)) };
  // AP-E3 (b): the report is in; its review is now owed.
  return reportReviewOwed(resolveDeadlines(next, (d) => d.id === `investigation:${running.id}`, "met", e.at, e.type), running.id, e.at);
}

function recommendationsRecorded(context: CaseContext, e: EventOf<"RECOMMENDATIONS_RECORDED">): CaseContext {
  const added = e.recommendations.map((r) => ({
    ref: r.ref,
    round: context.round,
    action: r.action,
    ...(r.subjectRef !== undefined ? { subjectRef: r.subjectRef } : {}),
    recordedOn: e.at,
  }));
  // AP-E3 (b): recommendations made on the report are its review.
  const next = { ...context, recommendations: [...context.recommendations, ...added] };
  return resolveDeadlines(next, (d) => d.kind === "report-review", "met", e.at, e.type);
}

/**
 * The decision. Closed for other reasons before a report ends what was running: the investigation
 * and the wait for a Member State's answer are discharged, not met.
 */
function outcomeDecided(context: CaseContext, e: EventOf<"OUTCOME_DECIDED">): CaseContext {
  const running = runningInvestigation(context);
  let next: CaseContext = { ...context, outcome: { result: e.result, decidedOn: e.at, round: context.round } };
  if (running) {
    next = { ...next, investigations: next.investigations.map((i) => (i.id === running.id ? { ...i, endedOn: e.at } : i)) };
  }
  // A decision on a reviewed report is its review (AP-E3 (b)); decided before a referral, nothing is left to assess or refer.
  next = resolveDeadlines(next, (d) => d.kind === "report-review", "met", e.at, e.type);
  return resolveDeadlines(
    next,
    (d) => d.kind === "investigation" || d.kind === "member-state-response" || d.kind === "assessment" || d.kind === "referral",
    "discharged",
    e.at,
    e.type,
  );
}

/**
 * What the events of the evidence step, referral, investigation and decision write into the case context.
 *
 * @category Cases
 * @example
 * const { context } = exampleCase("assessed");
 * const next = investigationEffects.EVIDENCE_PRESERVED(context, { type: "EVIDENCE_PRESERVED", at: "2018-06-06", teamUnits: ["force"] });
 * next.evidence; // [{ round: 1, kind: "preserved", on: "2018-06-06", teamUnits: ["force"] }]
 */
export const investigationEffects = {
  EVIDENCE_PRESERVED: evidencePreserved,
  EVIDENCE_PRESERVATION_NOT_POSSIBLE: evidenceNotPossible,
  REFERRED_FOR_INVESTIGATION: referredForInvestigation,
  MEMBER_STATE_RESPONDED: memberStateResponded,
  OIOS_INVESTIGATION_OPENED: oiosInvestigationOpened,
  INTERIM_MEASURE_TAKEN: interimMeasureTaken,
  INVESTIGATION_REPORT_RECEIVED: reportReceived,
  RECOMMENDATIONS_RECORDED: recommendationsRecorded,
  OUTCOME_DECIDED: outcomeDecided,
} satisfies Partial<EffectMap>;
