import type { OutcomeResult } from "@psea/core";
import { investigationRoutes, memberStateEntities } from "../case-vocabulary";
import { caseCategory, caseCountry, currentAssessment } from "../records";
import { forEvent, refuse } from "./refusal";

/**
 * AP-E2 and AP-E3: a referral follows the evidence step of the current round and goes to an entity
 * that investigates this personnel category at this seriousness. `route` picks the transition:
 * a contributing country is asked first, any other entity starts at once.
 */
const referralAllowed = forEvent("REFERRED_FOR_INVESTIGATION", (context, e, params: { route: "member-state" | "direct" }) => {
  const viaMemberState = memberStateEntities.includes(e.entity);
  if (viaMemberState !== (params.route === "member-state")) return { message: `not a ${params.route} referral`, branch: true };
  if (!context.evidence.some((r) => r.round === context.round)) {
    return refuse(
      "AP-E2: the Immediate Response Team's evidence step (preserved, or recorded as not possible) comes before referral for investigation",
      ["context", "evidence"],
    );
  }
  const assessment = currentAssessment(context);
  if (!assessment) return refuse("a referral follows the preliminary assessment", ["context", "assessments"]);
  const category = caseCategory(context);
  const routes = investigationRoutes[category][assessment.seriousness];
  if (!routes.includes(e.entity)) {
    return refuse(
      `AP-E3: ${assessment.seriousness} allegations against ${category} personnel go to ${routes.join(" or ")}, not ${e.entity}`,
      ["entity"],
    );
  }
  if (viaMemberState) {
    const country = caseCountry(context);
    if (e.memberState === undefined && country === undefined) return refuse("AP-E3: the contributing country to notify is not recorded", ["memberState"]);
    if (e.memberState !== undefined && country !== undefined && e.memberState !== country) {
      return refuse(`AP-E3: the subjects serve with ${country}; the referral goes to that country, not ${e.memberState}`, ["memberState"]);
    }
  }
  return undefined;
});

/** Picks the transition for the country's answer; a joint investigation is one the country takes part in. */
const memberStateAnswered = forEvent("MEMBER_STATE_RESPONDED", (_context, e, params: { willInvestigate: boolean }) => {
  if (e.willInvestigate !== params.willInvestigate) return { message: "not this answer", branch: true };
  if (!e.willInvestigate && e.jointWithOios) return refuse("a country that declines to investigate takes no part in a joint investigation", ["jointWithOios"]);
  return undefined;
});

/** AP-E3: without a refusal, OIOS steps in only once the country's window has passed. */
const memberStateWindowElapsed = forEvent("OIOS_INVESTIGATION_OPENED", (context, e) => {
  const referral = context.memberStateReferrals.findLast((r) => r.round === context.round);
  const deadline = referral && context.deadlines.find((d) => d.id === `member-state-response:${referral.id}`);
  if (!deadline) return refuse(`AP-E3: no response window was in force when the country was notified, so OIOS waits for its answer`, ["at"]);
  if (e.at <= deadline.dueOn) {
    return refuse(
      `AP-E3: the Member State has until ${deadline.dueOn} to say whether it will investigate (memberStateResponseWindow); OIOS may investigate after a refusal or once that date has passed`,
      ["at"],
    );
  }
  return undefined;
});

/** Which decisions are open at this stage; a substantiated finding needs someone it is made against. */
const outcomeAllowed = forEvent("OUTCOME_DECIDED", (context, e, params: { results: readonly OutcomeResult[] }) => {
  if (!params.results.includes(e.result)) {
    return refuse(`${e.result} is not a decision open at this stage; it can be ${params.results.join(" or ")}`, ["result"]);
  }
  if (e.result === "substantiated" && context.subjects.length === 0) return refuse("a substantiated finding needs a recorded subject", ["context", "subjects"]);
  return undefined;
});

const recommendationsValid = forEvent("RECOMMENDATIONS_RECORDED", (context, e) => {
  const seen = new Set(context.recommendations.filter((r) => r.round === context.round).map((r) => r.ref));
  for (const [i, r] of e.recommendations.entries()) {
    if (seen.has(r.ref)) return refuse(`recommendation ${r.ref} is already recorded`, ["recommendations", i, "ref"]);
    seen.add(r.ref);
    if (r.subjectRef !== undefined && !context.subjects.some((s) => s.ref === r.subjectRef)) {
      return refuse(`no subject ${r.subjectRef} is recorded`, ["recommendations", i, "subjectRef"]);
    }
  }
  return undefined;
});

/**
 * The guards of referral, investigation and decision, as checks that say why they refuse.
 *
 * @category Cases
 * @example
 * const { context } = exampleCase("investigating");
 * investigationChecks.outcomeAllowed(context, { type: "OUTCOME_DECIDED", at: "2018-07-01", result: "substantiated" }, { results: ["closed-other"] })?.path; // ["result"]
 */
export const investigationChecks = {
  referralAllowed,
  memberStateAnswered,
  memberStateWindowElapsed,
  outcomeAllowed,
  recommendationsValid,
};
