import { assign, setup } from "xstate";
import { caseChecks } from "./checks";
import type { Check } from "./checks/refusal";
import type { CaseContext } from "./context";
import { recordedChanges } from "./effects";
import type { CaseEvent } from "./events";

// A guard is a check that found nothing to refuse.
function guard<P>(check: Check<P>) {
  return ({ context, event }: { context: CaseContext; event: CaseEvent }, params: P): boolean => check(context, event, params) === undefined;
}

// Every accepted event is written to the context by one named action; deadlines are data it writes.
// There are no `after` timers: they are not restored from snapshots (xstate issue #5331).
const record = "record" as const;

/** Events every open stage of the allegation accepts. */
const openStage = {
  VICTIM_RECORDED: { guard: "victimIsNew", actions: record },
  HEAD_OF_MISSION_LIAISON_RECORDED: { actions: record },
} as const;

const interim = { INTERIM_MEASURE_TAKEN: { guard: "interimMeasureAllowed", actions: record } } as const;

/** Before an investigation report, the only decision is closure for other reasons. */
const closeForOtherReasons = {
  OUTCOME_DECIDED: { target: "#case.allegation.accountability", guard: { type: "outcomeAllowed", params: { results: ["closed-other"] } }, actions: record },
} as const;

/**
 * The lifecycle of one SEA allegation, as an xstate v5 machine with two parallel regions:
 * - `allegation`: intake (channel recorded; a rumour is processed like any allegation, DPKO-RC-e) → preliminary assessment
 *   (classification, child flag, seriousness) → Immediate Response Team evidence step (AP-E2) →
 *   referral routed by personnel category (AP-E3; a contributing country is asked first and OIOS may
 *   step in after a refusal or no answer) → investigation → review of the report and recommendations
 *   → decision → actions by category, interim measures, criminal referral after consulting the
 *   Office of Legal Affairs (SGB-5) → closed only with a decision and an action (DPKO-GM-d,
 *   SGB-3.2a) → reopening;
 * - `victimAssistance`: needs assessment, consented referrals to mapped providers, the Victims'
 *   Rights Advocate, Trust Fund support (AP-R1, AP-E5), and a paternity sub-flow. It never waits for
 *   the investigation.
 *
 * Deadlines are data in the context, never timers. Prefer {@link openCase} and {@link applyEvent},
 * which validate input and explain refusals; the machine can also run in an actor.
 *
 * @category Cases
 * @example
 * import { createActor } from "xstate";
 * const opened = openCase({ id: "A-1", receivedOn: "2018-06-01", intake: { channel: "hotline" } });
 * if (!opened.ok) throw new Error("not opened");
 * const { context } = opened.state;
 * const actor = createActor(caseMachine, { input: context, snapshot: caseMachine.resolveState(opened.state as never) });
 * actor.start().send({ type: "REGISTERED", at: "2018-06-02" });
 * actor.getSnapshot().value; // { allegation: { preliminaryAssessment: "assessing" }, victimAssistance: { support: "awaitingNeedsAssessment", paternity: "noClaim" } }
 */
export const caseMachine = setup({
  types: {
    context: {} as CaseContext,
    events: {} as CaseEvent,
    input: {} as CaseContext,
  },
  guards: {
    subjectFitsCase: guard(caseChecks.subjectFitsCase),
    victimIsNew: guard(caseChecks.victimIsNew),
    assessmentConsistent: guard(caseChecks.assessmentConsistent),
    interimMeasureAllowed: guard(caseChecks.interimMeasureAllowed),
    referralAllowed: guard(caseChecks.referralAllowed),
    memberStateAnswered: guard(caseChecks.memberStateAnswered),
    memberStateWindowElapsed: guard(caseChecks.memberStateWindowElapsed),
    outcomeAllowed: guard(caseChecks.outcomeAllowed),
    recommendationsValid: guard(caseChecks.recommendationsValid),
    actionAllowed: guard(caseChecks.actionAllowed),
    recommendationOpen: guard(caseChecks.recommendationOpen),
    criminalReferralPermitted: guard(caseChecks.criminalReferralPermitted),
    closureJustified: guard(caseChecks.closureJustified),
    headquartersNotYetNotified: guard(caseChecks.headquartersNotYetNotified),
    headquartersNotified: guard(caseChecks.headquartersNotified),
    departmentOfManagementOutstanding: guard(caseChecks.departmentOfManagementOutstanding),
    victimKnown: guard(caseChecks.victimKnown),
    serviceReferralAllowed: guard(caseChecks.serviceReferralAllowed),
    consentWithdrawable: guard(caseChecks.consentWithdrawable),
    serviceReferralOpen: guard(caseChecks.serviceReferralOpen),
    providerIsNew: guard(caseChecks.providerIsNew),
    trustFundSupportValid: guard(caseChecks.trustFundSupportValid),
    paternityReferralTarget: guard(caseChecks.paternityReferralTarget),
    dnaSampleOutstanding: guard(caseChecks.dnaSampleOutstanding),
    noOpenReferrals: guard(caseChecks.noOpenReferrals),
  },
  actions: {
    // The changes only: assign merges them into a copy of the context (see recordedChanges).
    record: assign(({ context, event }) => recordedChanges(context, event)),
  },
}).createMachine({
  id: "case",
  type: "parallel",
  context: ({ input }) => input,
  states: {
    allegation: {
      initial: "intake",
      // Notifications and victim updates are owed at every stage, closed included.
      on: {
        HEADQUARTERS_NOTIFIED: { guard: "headquartersNotYetNotified", actions: record },
        HEADQUARTERS_MONITORING_RECORDED: { guard: "headquartersNotified", actions: record },
        DEPARTMENT_OF_MANAGEMENT_INFORMED: { guard: "departmentOfManagementOutstanding", actions: record },
        VICTIM_STATUS_UPDATE_GIVEN: { guard: "victimKnown", actions: record },
      },
      states: {
        intake: {
          on: {
            ...openStage,
            SUBJECT_RECORDED: { guard: "subjectFitsCase", actions: record },
            REGISTERED: { target: "preliminaryAssessment", actions: record },
          },
        },
        preliminaryAssessment: {
          initial: "assessing",
          on: { ...openStage, ...interim, ...closeForOtherReasons, SUBJECT_RECORDED: { guard: "subjectFitsCase", actions: record } },
          states: {
            assessing: {
              on: {
                INFORMATION_REQUESTED: { target: "awaitingInformation", actions: record },
                ASSESSMENT_COMPLETED: { target: "#case.allegation.evidencePreservation", guard: "assessmentConsistent", actions: record },
              },
            },
            awaitingInformation: { on: { INFORMATION_RECEIVED: { target: "assessing", actions: record } } },
          },
        },
        evidencePreservation: {
          on: {
            ...openStage,
            ...interim,
            ...closeForOtherReasons,
            SUBJECT_RECORDED: { guard: "subjectFitsCase", actions: record },
            EVIDENCE_PRESERVED: { actions: record },
            EVIDENCE_PRESERVATION_NOT_POSSIBLE: { actions: record },
            REFERRED_FOR_INVESTIGATION: [
              { target: "referral", guard: { type: "referralAllowed", params: { route: "member-state" } }, actions: record },
              { target: "investigation", guard: { type: "referralAllowed", params: { route: "direct" } }, actions: record },
            ],
          },
        },
        referral: {
          initial: "awaitingMemberStateResponse",
          on: { ...openStage, ...interim, ...closeForOtherReasons },
          states: {
            awaitingMemberStateResponse: {
              on: {
                MEMBER_STATE_RESPONDED: [
                  { target: "#case.allegation.investigation", guard: { type: "memberStateAnswered", params: { willInvestigate: true } }, actions: record },
                  { target: "memberStateDeclined", guard: { type: "memberStateAnswered", params: { willInvestigate: false } }, actions: record },
                ],
                OIOS_INVESTIGATION_OPENED: { target: "#case.allegation.investigation", guard: "memberStateWindowElapsed", actions: record },
              },
            },
            memberStateDeclined: {
              on: { OIOS_INVESTIGATION_OPENED: { target: "#case.allegation.investigation", actions: record } },
            },
          },
        },
        investigation: {
          on: {
            ...openStage,
            ...interim,
            ...closeForOtherReasons,
            INVESTIGATION_REPORT_RECEIVED: { target: "reportReview", actions: record },
          },
        },
        reportReview: {
          on: {
            ...openStage,
            ...interim,
            RECOMMENDATIONS_RECORDED: { guard: "recommendationsValid", actions: record },
            LEGAL_AFFAIRS_CONSULTED: { actions: record },
            OUTCOME_DECIDED: {
              target: "accountability",
              guard: { type: "outcomeAllowed", params: { results: ["substantiated", "not-substantiated", "closed-other"] } },
              actions: record,
            },
          },
        },
        accountability: {
          on: {
            ...openStage,
            ...interim,
            RECOMMENDATIONS_RECORDED: { guard: "recommendationsValid", actions: record },
            RECOMMENDATION_NOT_IMPLEMENTED: { guard: "recommendationOpen", actions: record },
            ACTION_TAKEN: { guard: "actionAllowed", actions: record },
            LEGAL_AFFAIRS_CONSULTED: { actions: record },
            CRIMINAL_REFERRAL_MADE: { guard: "criminalReferralPermitted", actions: record },
            CASE_CLOSED: { target: "closed", guard: "closureJustified", actions: record },
          },
        },
        // Not a final state: a closed case can be reopened.
        closed: {
          on: { CASE_REOPENED: { target: "preliminaryAssessment", actions: record } },
        },
      },
    },
    victimAssistance: {
      type: "parallel",
      states: {
        support: {
          initial: "awaitingNeedsAssessment",
          on: {
            VRA_ASSIGNED: { actions: record },
            CONSENT_RECORDED: { guard: "victimKnown", actions: record },
            CONSENT_WITHDRAWN: { guard: "consentWithdrawable", actions: record },
            CONSENT_OVERRIDE_RECORDED: { guard: "victimKnown", actions: record },
            SERVICE_PROVIDER_MAPPED: { guard: "providerIsNew", actions: record },
          },
          states: {
            awaitingNeedsAssessment: {
              on: { NEEDS_ASSESSED: { target: "assisting", guard: "victimKnown", actions: record } },
            },
            assisting: {
              on: {
                NEEDS_ASSESSED: { guard: "victimKnown", actions: record },
                SERVICE_REFERRAL_MADE: { guard: "serviceReferralAllowed", actions: record },
                SERVICE_REFERRAL_UPDATED: { guard: "serviceReferralOpen", actions: record },
                TRUST_FUND_SUPPORT_RECORDED: { guard: "trustFundSupportValid", actions: record },
                ASSISTANCE_CONCLUDED: { target: "concluded", guard: "noOpenReferrals", actions: record },
              },
            },
            concluded: {
              on: { ASSISTANCE_RESUMED: { target: "assisting", actions: record } },
            },
          },
        },
        paternity: {
          initial: "noClaim",
          states: {
            noClaim: { on: { PATERNITY_CLAIM_RECORDED: { target: "claimRecorded", guard: "victimKnown", actions: record } } },
            // AP-R1 (d) and AP-E5 (e): the mission facilitates a DNA sample; it is not a precondition of the
            // referral (the Member State may collect its own, or the complainant may decline one).
            claimRecorded: {
              on: {
                DNA_SAMPLE_COLLECTED: { target: "dnaSampleCollected", actions: record },
                PATERNITY_CLAIM_REFERRED_TO_MEMBER_STATE: { target: "referredToMemberState", guard: "paternityReferralTarget", actions: record },
              },
            },
            dnaSampleCollected: {
              on: { PATERNITY_CLAIM_REFERRED_TO_MEMBER_STATE: { target: "referredToMemberState", guard: "paternityReferralTarget", actions: record } },
            },
            // A sample can still be facilitated after the referral, once.
            referredToMemberState: { on: { DNA_SAMPLE_COLLECTED: { guard: "dnaSampleOutstanding", actions: record } } },
          },
        },
      },
    },
  },
});
