import type { AssistanceRecord, CaseContext, Deadline } from "../context";
import type { EventOf } from "../events";
import type { EffectMap } from "./effect-map";
import { nextId, serviceReferralOwed } from "../records";
import { resolveDeadlines } from "../../deadlines/deadline-book";

function withAssistance(context: CaseContext, change: Partial<AssistanceRecord>): CaseContext {
  return { ...context, assistance: { ...context.assistance, ...change } };
}

function advocateAssigned(context: CaseContext, e: EventOf<"VRA_ASSIGNED">): CaseContext {
  return withAssistance(context, { advocate: { ref: e.advocateRef, assignedOn: e.at } });
}

/** AP-R1 (c): each service found needed is owed a referral within its window. */
function needsAssessed(context: CaseContext, e: EventOf<"NEEDS_ASSESSED">): CaseContext {
  const next = withAssistance(context, { needsAssessments: [...context.assistance.needsAssessments, { victimRef: e.victimRef, on: e.at, needs: [...e.needs] }] });
  return [...new Set(e.needs)].reduce((c, service) => serviceReferralOwed(c, e.victimRef, service, e.at), next);
}

/** The referrals owed to a victim for some services, or for all when `services` is absent. */
const owedTo = (victimRef: string, services?: ReadonlySet<string>) => (d: Deadline) =>
  d.kind === "service-referral" && d.subject.id === victimRef && (services === undefined || services.has(String(d.facts["service"])));

function consentRecorded(context: CaseContext, e: EventOf<"CONSENT_RECORDED">): CaseContext {
  return withAssistance(context, { consents: [...context.assistance.consents, { victimRef: e.victimRef, services: [...e.services], on: e.at }] });
}

/**
 * AP-R1: the victim withdraws consent to some services. They leave the consents in force, so no new
 * referral for them rests on consent; the withdrawal itself is kept. Referrals already made keep
 * their status: the host updates them as the provider stops.
 */
function consentWithdrawn(context: CaseContext, e: EventOf<"CONSENT_WITHDRAWN">): CaseContext {
  const withdrawn = new Set<string>(e.services);
  const consents = context.assistance.consents
    .map((c) => (c.victimRef === e.victimRef ? { ...c, services: c.services.filter((s) => !withdrawn.has(s)) } : c))
    .filter((c) => c.services.length > 0);
  const withdrawals = [...(context.assistance.withdrawals ?? []), { victimRef: e.victimRef, services: [...e.services], on: e.at }];
  // Assistance is victim-centred: a referral the victim no longer consents to is no longer owed.
  return resolveDeadlines(withAssistance(context, { consents, withdrawals }), owedTo(e.victimRef, withdrawn), "discharged", e.at, e.type);
}

function consentOverridden(context: CaseContext, e: EventOf<"CONSENT_OVERRIDE_RECORDED">): CaseContext {
  const override = { victimRef: e.victimRef, service: e.service, on: e.at, reason: e.reason, authorisedBy: e.authorisedBy };
  return withAssistance(context, { overrides: [...context.assistance.overrides, override] });
}

function providerMapped(context: CaseContext, e: EventOf<"SERVICE_PROVIDER_MAPPED">): CaseContext {
  const p = e.provider;
  const provider = { id: p.id, name: p.name, services: [...p.services], ...(p.region !== undefined ? { region: p.region } : {}) };
  return { ...context, serviceMap: [...context.serviceMap, provider] };
}

/** The referral records what made it lawful: the victim's consent, or a recorded override. */
function serviceReferralMade(context: CaseContext, e: EventOf<"SERVICE_REFERRAL_MADE">): CaseContext {
  const consented = context.assistance.consents.some((c) => c.victimRef === e.victimRef && c.services.includes(e.service));
  const referral = {
    id: nextId("SR", context.assistance.referrals),
    victimRef: e.victimRef,
    service: e.service,
    providerId: e.providerId,
    on: e.at,
    basis: consented ? ("consent" as const) : ("override" as const),
    status: "pending" as const,
    statusOn: e.at,
  };
  const next = withAssistance(context, { referrals: [...context.assistance.referrals, referral] });
  return resolveDeadlines(next, owedTo(e.victimRef, new Set([e.service])), "met", e.at, e.type);
}

function serviceReferralUpdated(context: CaseContext, e: EventOf<"SERVICE_REFERRAL_UPDATED">): CaseContext {
  return withAssistance(context, {
    referrals: context.assistance.referrals.map((r) => (r.id === e.referralId ? { ...r, status: e.status, statusOn: e.at } : r)),
  });
}

function trustFundSupport(context: CaseContext, e: EventOf<"TRUST_FUND_SUPPORT_RECORDED">): CaseContext {
  const support = {
    on: e.at,
    purpose: e.purpose,
    ...(e.providerId !== undefined ? { providerId: e.providerId } : {}),
    ...(e.victimRef !== undefined ? { victimRef: e.victimRef } : {}),
  };
  return withAssistance(context, { trustFund: [...context.assistance.trustFund, support] });
}

function paternityClaimRecorded(context: CaseContext, e: EventOf<"PATERNITY_CLAIM_RECORDED">): CaseContext {
  return withAssistance(context, { paternity: { victimRef: e.victimRef, claimRecordedOn: e.at } });
}

function dnaSampleCollected(context: CaseContext, e: EventOf<"DNA_SAMPLE_COLLECTED">): CaseContext {
  const paternity = context.assistance.paternity;
  return paternity ? withAssistance(context, { paternity: { ...paternity, dnaSampleCollectedOn: e.at } }) : context;
}

function paternityReferred(context: CaseContext, e: EventOf<"PATERNITY_CLAIM_REFERRED_TO_MEMBER_STATE">): CaseContext {
  const paternity = context.assistance.paternity;
  return paternity ? withAssistance(context, { paternity: { ...paternity, referredOn: e.at, memberState: e.memberState } }) : context;
}

function assistanceConcluded(context: CaseContext, e: EventOf<"ASSISTANCE_CONCLUDED">): CaseContext {
  const conclusion = { concludedOn: e.at, ...(e.reason !== undefined ? { reason: e.reason } : {}) };
  // Concluded assistance owes no further referral.
  const next = withAssistance(context, { conclusions: [...context.assistance.conclusions, conclusion] });
  return resolveDeadlines(next, (d) => d.kind === "service-referral", "discharged", e.at, e.type);
}

function assistanceResumed(context: CaseContext, e: EventOf<"ASSISTANCE_RESUMED">): CaseContext {
  const conclusions = context.assistance.conclusions.map((c, i, all) => (i === all.length - 1 ? { ...c, resumedOn: e.at } : c));
  return withAssistance(context, { conclusions });
}

/**
 * What the events of the victim-assistance region write into the case context.
 *
 * @category Cases
 * @example
 * const { context } = exampleCase();
 * assistanceEffects.VRA_ASSIGNED(context, { type: "VRA_ASSIGNED", at: "2018-06-01", advocateRef: "VRA-1" }).assistance.advocate; // { ref: "VRA-1", assignedOn: "2018-06-01" }
 */
export const assistanceEffects = {
  VRA_ASSIGNED: advocateAssigned,
  NEEDS_ASSESSED: needsAssessed,
  CONSENT_RECORDED: consentRecorded,
  CONSENT_WITHDRAWN: consentWithdrawn,
  CONSENT_OVERRIDE_RECORDED: consentOverridden,
  SERVICE_PROVIDER_MAPPED: providerMapped,
  SERVICE_REFERRAL_MADE: serviceReferralMade,
  SERVICE_REFERRAL_UPDATED: serviceReferralUpdated,
  TRUST_FUND_SUPPORT_RECORDED: trustFundSupport,
  PATERNITY_CLAIM_RECORDED: paternityClaimRecorded,
  DNA_SAMPLE_COLLECTED: dnaSampleCollected,
  PATERNITY_CLAIM_REFERRED_TO_MEMBER_STATE: paternityReferred,
  ASSISTANCE_CONCLUDED: assistanceConcluded,
  ASSISTANCE_RESUMED: assistanceResumed,
} satisfies Partial<EffectMap>;
