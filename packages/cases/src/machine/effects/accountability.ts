import type { ActionRecord, CaseContext } from "../context";
import type { EventOf } from "../events";
import type { EffectMap } from "./effect-map";
import { assessmentOwed, ensureVictimUpdateRunning, nextId, owedToDepartmentOfManagement } from "../records";

function withAction(context: CaseContext, action: ActionRecord): CaseContext {
  const index = context.actions.length;
  return owedToDepartmentOfManagement({ ...context, actions: [...context.actions, action] }, { kind: "action", ref: action.id, index }, action.takenOn);
}

/** A final action; it effects the recommendation it names (AP-E4). */
function actionTaken(context: CaseContext, e: EventOf<"ACTION_TAKEN">): CaseContext {
  const id = nextId("ACT", context.actions);
  const action: ActionRecord = {
    id,
    round: context.round,
    kind: e.kind,
    interim: false,
    takenOn: e.at,
    ...(e.subjectRef !== undefined ? { subjectRef: e.subjectRef } : {}),
    ...(e.recommendationRef !== undefined ? { recommendationRef: e.recommendationRef } : {}),
  };
  const next =
    e.recommendationRef === undefined
      ? context
      : { ...context, recommendations: context.recommendations.map((r) => (r.ref === e.recommendationRef && r.round === context.round ? { ...r, effectedBy: id } : r)) };
  return withAction(next, action);
}

function recommendationNotImplemented(context: CaseContext, e: EventOf<"RECOMMENDATION_NOT_IMPLEMENTED">): CaseContext {
  return {
    ...context,
    recommendations: context.recommendations.map((r) =>
      r.ref === e.ref && r.round === context.round ? { ...r, notImplemented: { on: e.at, reason: e.reason } } : r,
    ),
  };
}

function legalAffairsConsulted(context: CaseContext, e: EventOf<"LEGAL_AFFAIRS_CONSULTED">): CaseContext {
  return { ...context, legalAffairsConsultations: [...context.legalAffairsConsultations, { on: e.at, round: context.round }] };
}

/** SGB section 5: the referral records the consultation with the Office of Legal Affairs it rests on. */
function criminalReferralMade(context: CaseContext, e: EventOf<"CRIMINAL_REFERRAL_MADE">): CaseContext {
  const consultation = context.legalAffairsConsultations.findLast((c) => c.round === context.round && c.on <= e.at);
  const action: ActionRecord = {
    id: nextId("ACT", context.actions),
    round: context.round,
    kind: "referral-for-criminal-accountability",
    interim: false,
    takenOn: e.at,
    ...(e.subjectRef !== undefined ? { subjectRef: e.subjectRef } : {}),
    ...(consultation ? { legalAffairsConsultedOn: consultation.on } : {}),
    referredTo: { to: e.to, country: e.country },
  };
  return withAction(context, action);
}

/** Victims are still owed word of the outcome (AP-E4): an update keeps running until one is given. */
function caseClosed(context: CaseContext, e: EventOf<"CASE_CLOSED">): CaseContext {
  const next: CaseContext = { ...context, closedOn: e.at };
  return next.registeredOn === undefined ? next : next.victims.reduce((c, v) => ensureVictimUpdateRunning(c, v.ref, e.at), next);
}

/** A reopened case starts a new round: the old decision is kept in history and a new one is needed. */
function caseReopened(context: CaseContext, e: EventOf<"CASE_REOPENED">): CaseContext {
  const { outcome, closedOn } = context;
  const prior = outcome ? [{ ...outcome, ...(closedOn !== null ? { closedOn } : {}), reopenedOn: e.at, reopenReason: e.reason }] : [];
  // The new round is assessed again (AP-E3 (a)), from the reopening.
  const next: CaseContext = assessmentOwed(
    { ...context, outcome: null, closedOn: null, round: context.round + 1, priorOutcomes: [...context.priorOutcomes, ...prior] },
    e.at,
  );
  return next.registeredOn === undefined ? next : next.victims.reduce((c, v) => ensureVictimUpdateRunning(c, v.ref, e.at), next);
}

/**
 * What the events of actions, the criminal referral, closure and reopening write into the case context.
 *
 * @category Cases
 * @example
 * const { context } = exampleCase("substantiated");
 * accountabilityEffects.LEGAL_AFFAIRS_CONSULTED(context, { type: "LEGAL_AFFAIRS_CONSULTED", at: "2018-10-22" }).legalAffairsConsultations; // [{ on: "2018-10-22", round: 1 }]
 */
export const accountabilityEffects = {
  ACTION_TAKEN: actionTaken,
  RECOMMENDATION_NOT_IMPLEMENTED: recommendationNotImplemented,
  LEGAL_AFFAIRS_CONSULTED: legalAffairsConsulted,
  CRIMINAL_REFERRAL_MADE: criminalReferralMade,
  CASE_CLOSED: caseClosed,
  CASE_REOPENED: caseReopened,
} satisfies Partial<EffectMap>;
