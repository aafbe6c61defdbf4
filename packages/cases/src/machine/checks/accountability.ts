import type { ActionKind } from "@psea/core";
import { caseParameterValue } from "../../deadlines/case-parameters";
import { isUniformed, type CaseSubjectCategory } from "../case-vocabulary";
import type { CaseContext } from "../context";
import { caseCategory, currentOutcome } from "../records";
import { intakeChecks } from "./intake";
import { forEvent, refuse, type Refusal } from "./refusal";

/** The final actions appropriate to a category on a date (parameter finalActionsByCategory); none for non-UN forces. */
function appropriateActions(context: CaseContext, category: CaseSubjectCategory | "unidentified", on: string): readonly ActionKind[] | undefined {
  const byCategory = caseParameterValue(context, "finalActionsByCategory", on);
  if (!byCategory) return undefined;
  // The catalogue's schema holds ActionKind values; its inferred type is wider than the schema's.
  return category === "non-un-force" || category === "unidentified" ? [] : (byCategory[category] as readonly ActionKind[]);
}

/**
 * SGB-3.2a: sanctions follow a substantiated finding and fit the subject's personnel category;
 * "no action warranted" is not a response to a substantiated one; withheld payments go to the Trust
 * Fund only for uniformed personnel.
 */
const actionAllowed = forEvent("ACTION_TAKEN", (context, e): Refusal | undefined => {
  const outcome = currentOutcome(context);
  if (!outcome) return refuse("DPKO-GM-d: an action follows a recorded decision", ["context", "outcome"]);
  if (e.subjectRef !== undefined && !context.subjects.some((s) => s.ref === e.subjectRef)) return refuse("expected the reference of a subject the case records", ["subjectRef"]);
  if (e.recommendationRef !== undefined) {
    const r = context.recommendations.find((x) => x.ref === e.recommendationRef && x.round === context.round);
    if (!r) return refuse("expected the reference of a recommendation the case records", ["recommendationRef"]);
    if (r.effectedBy !== undefined || r.notImplemented !== undefined) return refuse("this recommendation is already resolved", ["recommendationRef"]);
  }
  const category = caseCategory(context);
  if (e.kind === "no-action-warranted") {
    return outcome === "substantiated" ? refuse("SGB-3.2a: a substantiated allegation of SEA is serious misconduct and calls for action", ["kind"]) : undefined;
  }
  if (e.kind === "administrative-measure") return undefined;
  if (outcome !== "substantiated") return refuse(`SGB-3.2a: ${e.kind} is a sanction and follows only a substantiated finding, not ${outcome}`, ["kind"]);
  if (e.kind === "payments-withheld-to-trust-fund") {
    return isUniformed(category)
      ? undefined
      : refuse(`payments are withheld and directed to the Trust Fund for uniformed personnel, not ${category} personnel (A/RES/70/286)`, ["kind"]);
  }
  const allowed = appropriateActions(context, category, e.at);
  if (!allowed) return refuse(`no finalActionsByCategory value is in force on ${e.at}`, ["at"]);
  if (!allowed.includes(e.kind)) {
    return refuse(
      `SGB-3.2a: ${e.kind} is not an action for ${category} personnel; the actions are ${allowed.length ? allowed.join(", ") : "none (refer for criminal accountability)"}`,
      ["kind"],
    );
  }
  return undefined;
});

const recommendationOpen = forEvent("RECOMMENDATION_NOT_IMPLEMENTED", (context, e) => {
  const r = context.recommendations.find((x) => x.ref === e.ref && x.round === context.round);
  if (!r) return refuse("expected the reference of a recommendation the case records", ["ref"]);
  if (r.effectedBy !== undefined || r.notImplemented !== undefined) return refuse("this recommendation is already resolved", ["ref"]);
  return undefined;
});

/** SGB-5: referral for criminal accountability after proper investigation and upon consultation with the Office of Legal Affairs. */
const criminalReferralPermitted = forEvent("CRIMINAL_REFERRAL_MADE", (context, e) => {
  if (currentOutcome(context) !== "substantiated") {
    return refuse("SGB-5: a case is referred for criminal accountability only when, after investigation, the evidence supports the allegation (substantiated)", [
      "context",
      "outcome",
    ]);
  }
  if (e.subjectRef !== undefined && !context.subjects.some((s) => s.ref === e.subjectRef)) return refuse("expected the reference of a subject the case records", ["subjectRef"]);
  if (!context.legalAffairsConsultations.some((c) => c.round === context.round && c.on <= e.at)) {
    return refuse("SGB-5: a referral for criminal accountability needs a recorded consultation with the Office of Legal Affairs", [
      "context",
      "legalAffairsConsultations",
    ]);
  }
  return undefined;
});

/**
 * DPKO-GM-d and SGB-3.2a: a case closes only with a recorded decision and a recorded action; a
 * substantiated one only with an action appropriate to each subject's category or a referral for
 * criminal accountability, naming that subject (an action naming no subject counts only where the
 * case has a single subject, as the core's 3.2(a) rule reads it). AP-E4: every recommendation is effected or recorded as not implemented.
 * DPKO-RC-e: a rumour that may involve mission personnel closes only once the liaison with the Head
 * of Mission is recorded.
 */
const closureJustified = forEvent("CASE_CLOSED", (context, e): Refusal | undefined => {
  const outcome = currentOutcome(context);
  if (!outcome) return refuse("DPKO-GM-d: no case is closed without a recorded decision", ["context", "outcome"]);
  const actions = context.actions.filter((a) => a.round === context.round && !a.interim);
  if (actions.length === 0) return refuse("DPKO-GM-d: no case is closed without a recorded action", ["context", "actions"]);
  const liaison = intakeChecks.rumourHandled(context, e, undefined);
  if (liaison) return liaison;
  if (outcome === "substantiated") {
    for (const s of context.subjects) {
      const allowed = appropriateActions(context, s.category, e.at) ?? [];
      const covered = actions.some(
        (a) => (a.subjectRef === s.ref || (a.subjectRef === undefined && context.subjects.length === 1)) && (a.kind === "referral-for-criminal-accountability" || allowed.includes(a.kind)),
      );
      if (!covered) {
        return refuse(
          `SGB-3.2a: subject ${s.ref} (${s.category}) has no recorded ${allowed.length ? allowed.join(" or ") : "action"} nor a referral for criminal accountability`,
          ["context", "actions"],
        );
      }
    }
  }
  const open = context.recommendations.findIndex((r) => r.round === context.round && r.effectedBy === undefined && r.notImplemented === undefined);
  if (open >= 0) {
    return refuse(`AP-E4: recommendation ${context.recommendations[open]?.ref} is neither effected nor recorded as not implemented`, ["context", "recommendations", open]);
  }
  return undefined;
});

/** Interim measures need a subject; suspension of payments applies to uniformed personnel, paid through their country. */
const interimMeasureAllowed = forEvent("INTERIM_MEASURE_TAKEN", (context, e) => {
  if (context.subjects.length === 0) return refuse("an interim measure needs a recorded subject", ["context", "subjects"]);
  if (e.subjectRef !== undefined && !context.subjects.some((s) => s.ref === e.subjectRef)) return refuse("expected the reference of a subject the case records", ["subjectRef"]);
  const category = context.subjects[0]?.category;
  if (e.kind === "suspension-of-payments" && (category === undefined || !isUniformed(category))) {
    return refuse(`suspension of payments applies to uniformed personnel, not ${category ?? "unidentified"} personnel`, ["kind"]);
  }
  return undefined;
});

/**
 * The guards of actions, interim measures, the criminal referral and closure, as checks that say why they refuse.
 *
 * @category Cases
 * @example
 * // Substantiated, but no action is recorded yet.
 * const { context } = exampleCase("substantiated");
 * accountabilityChecks.closureJustified(context, { type: "CASE_CLOSED", at: "2018-11-01" }, undefined)?.path; // ["context", "actions"]
 */
export const accountabilityChecks = {
  interimMeasureAllowed,
  actionAllowed,
  recommendationOpen,
  criminalReferralPermitted,
  closureJustified,
};
