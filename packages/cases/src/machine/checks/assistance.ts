import { caseCountry } from "../records";
import { forEvent, refuse } from "./refusal";
import { victimKnown } from "./victim-known";

/**
 * AP-R1: no referral without the victim's recorded consent or a recorded override. AP-E5: referrals
 * go to providers on the service map, for a service they offer.
 */
const serviceReferralAllowed = forEvent("SERVICE_REFERRAL_MADE", (context, e) => {
  const unknown = victimKnown(context, e);
  if (unknown) return unknown;
  const provider = context.serviceMap.find((p) => p.id === e.providerId);
  if (!provider) return refuse("AP-E5: expected a provider on the service map; referrals go to mapped providers", ["providerId"]);
  if (!provider.services.includes(e.service)) return refuse(`AP-E5: the provider does not offer ${e.service} on the service map`, ["service"]);
  const consented = context.assistance.consents.some((c) => c.victimRef === e.victimRef && c.services.includes(e.service));
  const overridden = context.assistance.overrides.some((o) => o.victimRef === e.victimRef && o.service === e.service);
  if (!consented && !overridden) {
    return refuse(`AP-R1: no ${e.service} referral of the victim without the victim's recorded consent or a recorded override`, ["context", "assistance", "consents"]);
  }
  return undefined;
});

/** AP-R1: a victim withdraws only a consent in force, for services they consented to. */
const consentWithdrawable = forEvent("CONSENT_WITHDRAWN", (context, e) => {
  const unknown = victimKnown(context, e);
  if (unknown) return unknown;
  const given = new Set(context.assistance.consents.filter((c) => c.victimRef === e.victimRef).flatMap((c) => c.services));
  const missing = e.services.filter((s) => !given.has(s));
  return missing.length > 0 ? refuse(`AP-R1: ${e.victimRef} has no consent in force to ${missing.join(", ")} to withdraw`, ["services"]) : undefined;
});

const nextStatuses = { pending: ["accepted", "rejected", "completed"], accepted: ["rejected", "completed"], rejected: [], completed: [] } as const;

const serviceReferralOpen = forEvent("SERVICE_REFERRAL_UPDATED", (context, e) => {
  const r = context.assistance.referrals.find((x) => x.id === e.referralId);
  if (!r) return refuse("expected the id of a service referral the case records", ["referralId"]);
  if (!(nextStatuses[r.status] as readonly string[]).includes(e.status)) return refuse(`a ${r.status} referral cannot become ${e.status}`, ["status"]);
  return undefined;
});

const providerIsNew = forEvent("SERVICE_PROVIDER_MAPPED", (context, e) =>
  context.serviceMap.some((p) => p.id === e.provider.id) ? refuse("this provider id is already on the service map", ["provider", "id"]) : undefined,
);

const trustFundSupportValid = forEvent("TRUST_FUND_SUPPORT_RECORDED", (context, e) => {
  if (e.providerId !== undefined && !context.serviceMap.some((p) => p.id === e.providerId)) {
    return refuse("AP-E5: expected a provider on the service map", ["providerId"]);
  }
  return victimKnown(context, e);
});

/** AP-R1: a paternity claim is referred to the subject's contributing Member State. */
const paternityReferralTarget = forEvent("PATERNITY_CLAIM_REFERRED_TO_MEMBER_STATE", (context, e) => {
  const country = caseCountry(context);
  return country !== undefined && country !== e.memberState
    ? refuse(`AP-R1: the subject serves with ${country}; the paternity claim is referred to that Member State, not ${e.memberState}`, ["memberState"])
    : undefined;
});

/** AP-E5 (e): a claim's DNA sample is recorded once, before or after its referral. */
const dnaSampleOutstanding = forEvent("DNA_SAMPLE_COLLECTED", (context) =>
  context.assistance.paternity?.dnaSampleCollectedOn !== undefined
    ? refuse("AP-E5: the DNA sample of this paternity claim is already recorded", ["context", "assistance", "paternity", "dnaSampleCollectedOn"])
    : undefined,
);

const noOpenReferrals = forEvent("ASSISTANCE_CONCLUDED", (context) => {
  const open = context.assistance.referrals.findIndex((r) => r.status === "pending" || r.status === "accepted");
  return open >= 0
    ? refuse(`service referral ${context.assistance.referrals[open]?.id} is still ${context.assistance.referrals[open]?.status}`, ["context", "assistance", "referrals", open])
    : undefined;
});

/**
 * The guards of victim assistance, as checks that say why they refuse.
 *
 * @category Cases
 * @example
 * const { context } = exampleCase(); // its service map has SP-CLINIC and SP-NGO
 * const provider: ServiceProvider = { id: "SP-LEGAL", name: "Legal aid clinic", services: ["legal"] };
 * assistanceChecks.providerIsNew(context, { type: "SERVICE_PROVIDER_MAPPED", at: "2018-06-01", provider }, undefined); // undefined
 * assistanceChecks.providerIsNew(context, { type: "SERVICE_PROVIDER_MAPPED", at: "2018-06-01", provider: { ...provider, id: "SP-CLINIC" } }, undefined)?.path; // ["provider", "id"]
 */
export const assistanceChecks = {
  serviceReferralAllowed,
  consentWithdrawable,
  serviceReferralOpen,
  providerIsNew,
  trustFundSupportValid,
  paternityReferralTarget,
  dnaSampleOutstanding,
  noOpenReferrals,
};
