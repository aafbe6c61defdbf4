import type { ActionKind } from "@psea/core";
import { defaultParameters } from "@psea/core/parameters";
import { investigationRoutes, memberStateEntities, type CaseContext, type CaseEventType } from "../../src";

/** An event as plain data, before validation. */
export type RawEvent = { type: CaseEventType; at: string } & Record<string, unknown>;

const country = (c: CaseContext) => c.subjects.find((s) => s.contributingCountry !== undefined)?.contributingCountry;
const category = (c: CaseContext) => c.subjects[0]?.category ?? "unidentified";
const finalActions = defaultParameters.finalActionsByCategory.values[0]!.value as Record<string, ActionKind[]>;

/**
 * For every event type, events of valid shape built from what the case holds (its victims,
 * subjects, recommendations…), with the variants that take different branches. Whether the machine
 * accepts them is the machine's business: tests check what it does with them.
 */
export function sampleEvents(c: CaseContext, at: string, later = at): RawEvent[] {
  const victimRef = c.victims[0]?.ref ?? "V-404";
  const seriousness = c.assessments.findLast((a) => a.round === c.round)?.seriousness ?? "serious";
  const routes = investigationRoutes[category(c)][seriousness];
  const openRecommendation = c.recommendations.find((r) => r.round === c.round && !r.effectedBy && !r.notImplemented);
  const uninformedInvestigation = c.investigations.find((i) => !i.departmentOfManagementInformedOn);
  const uninformedAction = c.actions.find((a) => !a.departmentOfManagementInformedOn);
  const openReferral = c.assistance.referrals.find((r) => r.status === "pending" || r.status === "accepted");
  const cat = category(c);
  const sanction = cat === "non-un-force" || cat === "unidentified" ? "administrative-measure" : (finalActions[cat]?.[0] ?? "administrative-measure");
  const uniformed = ["military-contingent", "military-observer-staff-officer", "individual-police", "formed-police-unit"].includes(cat);
  return [
    { type: "HEAD_OF_MISSION_LIAISON_RECORDED", at },
    { type: "REGISTERED", at },
    { type: "SUBJECT_RECORDED", at, subject: { ref: `S-${c.subjects.length + 1}`, category: c.subjects[0]?.category ?? "civilian-staff", ...(country(c) ? { contributingCountry: country(c) } : {}) } },
    { type: "VICTIM_RECORDED", at, victim: { ref: `V-${c.victims.length + 1}`, age: { kind: "known", years: 25 }, sex: "female" } },
    { type: "INFORMATION_REQUESTED", at },
    { type: "INFORMATION_RECEIVED", at },
    { type: "ASSESSMENT_COMPLETED", at, conduct: { sexualActivity: "actual", exchange: ["money"] }, seriousness: "serious", urgent: false },
    { type: "ASSESSMENT_COMPLETED", at, conduct: { sexualActivity: "none" }, seriousness: "not-serious", urgent: true },
    { type: "EVIDENCE_PRESERVED", at, teamUnits: ["human-rights"] },
    { type: "EVIDENCE_PRESERVATION_NOT_POSSIBLE", at, reason: "no material evidence" },
    ...routes.map((entity): RawEvent => ({ type: "REFERRED_FOR_INVESTIGATION", at, entity, ...(memberStateEntities.includes(entity) ? { memberState: country(c) ?? "XYZ" } : {}) })),
    { type: "MEMBER_STATE_RESPONDED", at, willInvestigate: true, nationalInvestigationOfficerAppointed: true, jointWithOios: false },
    { type: "MEMBER_STATE_RESPONDED", at, willInvestigate: true, nationalInvestigationOfficerAppointed: true, jointWithOios: true },
    { type: "MEMBER_STATE_RESPONDED", at, willInvestigate: false, nationalInvestigationOfficerAppointed: false, jointWithOios: false },
    { type: "OIOS_INVESTIGATION_OPENED", at },
    { type: "OIOS_INVESTIGATION_OPENED", at: later },
    { type: "INTERIM_MEASURE_TAKEN", at, kind: uniformed ? "suspension-of-payments" : "administrative-leave" },
    { type: "INVESTIGATION_REPORT_RECEIVED", at },
    { type: "RECOMMENDATIONS_RECORDED", at, recommendations: [{ ref: `R-${c.recommendations.length + 1}`, action: sanction }] },
    { type: "OUTCOME_DECIDED", at, result: "substantiated" },
    { type: "OUTCOME_DECIDED", at, result: "not-substantiated" },
    { type: "OUTCOME_DECIDED", at, result: "closed-other" },
    { type: "ACTION_TAKEN", at, kind: sanction, ...(openRecommendation ? { recommendationRef: openRecommendation.ref } : {}) },
    { type: "ACTION_TAKEN", at, kind: "no-action-warranted" },
    { type: "RECOMMENDATION_NOT_IMPLEMENTED", at, ref: openRecommendation?.ref ?? "R-404", reason: "overtaken by events" },
    { type: "LEGAL_AFFAIRS_CONSULTED", at },
    { type: "CRIMINAL_REFERRAL_MADE", at, to: "national-authorities", country: "CAF" },
    { type: "CASE_CLOSED", at },
    { type: "CASE_REOPENED", at, reason: "new information" },
    { type: "HEADQUARTERS_NOTIFIED", at },
    { type: "HEADQUARTERS_MONITORING_RECORDED", at, milestone: "outcome" },
    {
      type: "DEPARTMENT_OF_MANAGEMENT_INFORMED",
      at,
      about: uninformedInvestigation ? { kind: "investigation", ref: uninformedInvestigation.id } : { kind: "action", ref: uninformedAction?.id ?? "ACT-404" },
    },
    { type: "VICTIM_STATUS_UPDATE_GIVEN", at, victimRef },
    { type: "VRA_ASSIGNED", at, advocateRef: "VRA-1" },
    { type: "NEEDS_ASSESSED", at, victimRef, needs: ["emergency-medical"] },
    { type: "CONSENT_RECORDED", at, victimRef, services: ["emergency-medical", "psychosocial"] },
    { type: "CONSENT_WITHDRAWN", at, victimRef, services: ["psychosocial"] },
    { type: "CONSENT_OVERRIDE_RECORDED", at, victimRef, service: "legal", reason: "court deadline", authorisedBy: "VRA-1" },
    { type: "SERVICE_PROVIDER_MAPPED", at, provider: { id: `SP-${c.serviceMap.length + 1}`, name: "Provider", services: ["emergency-medical", "legal"] } },
    { type: "SERVICE_REFERRAL_MADE", at, victimRef, service: "emergency-medical", providerId: c.serviceMap.find((p) => p.services.includes("emergency-medical"))?.id ?? "SP-404" },
    { type: "SERVICE_REFERRAL_UPDATED", at, referralId: openReferral?.id ?? "SR-404", status: "completed" },
    { type: "TRUST_FUND_SUPPORT_RECORDED", at, purpose: "material support" },
    { type: "PATERNITY_CLAIM_RECORDED", at, victimRef },
    { type: "DNA_SAMPLE_COLLECTED", at },
    { type: "PATERNITY_CLAIM_REFERRED_TO_MEMBER_STATE", at, memberState: country(c) ?? "XYZ" },
    { type: "ASSISTANCE_CONCLUDED", at },
    { type: "ASSISTANCE_RESUMED", at },
  ];
}
