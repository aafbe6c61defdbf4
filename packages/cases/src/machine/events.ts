import { ActionKind, ConductFacts, CountryCode, HeadquartersMilestone, IsoDate, OutcomeResult, RecordId, Victim, VictimAgeWithoutBirthDate } from "@psea/core";
import { z } from "zod";
import { CaseSubjectCategory, ImmediateResponseTeamUnit, InvestigatingEntity, Seriousness, ServiceKind, ServiceProvider } from "./case-vocabulary";

/**
 * A subject of an allegation, by pseudonymous reference.
 *
 * @category Cases
 * @example
 * CaseSubjectInput.parse({ ref: "S-1", category: "military-contingent", contributingCountry: "XYZ" }).ref; // "S-1"
 */
export const CaseSubjectInput = z.object({
  ref: RecordId.describe("A pseudonymous reference to the subject, unique within the case."),
  category: CaseSubjectCategory.describe("The subject's personnel category, which decides the investigating entity."),
  contributingCountry: CountryCode.optional().describe("For uniformed subjects, the contributing country as an ISO 3166-1 alpha-3 code."),
  personnelId: RecordId.optional().describe("The subject's personnel id, when known."),
});
/**
 * @category Cases
 * @example
 * const refOf = (caseSubjectInput: CaseSubjectInput) => caseSubjectInput.ref;
 */
export type CaseSubjectInput = z.infer<typeof CaseSubjectInput>;

/**
 * A victim as the case holds one: a reference and the facts classification needs. Identity data is
 * not part of a case; it stays in the host's confidential store and is dropped if given.
 *
 * @category Cases
 * @example
 * CaseVictimInput.parse({ ref: "V-1", age: { kind: "unknown" }, sex: "female", identity: { name: "…" } }); // { ref: "V-1", age: { kind: "unknown" }, sex: "female", beneficiary: false }
 */
// A date of birth identifies a victim: a case keeps only the age it gives (see `ageAtIncident`).
export const CaseVictimInput = Victim.pick({ ref: true, sex: true, beneficiary: true }).extend({ age: VictimAgeWithoutBirthDate });
/**
 * @category Cases
 * @example
 * const refOf = (caseVictimInput: CaseVictimInput) => caseVictimInput.ref;
 */
export type CaseVictimInput = z.infer<typeof CaseVictimInput>;

/** Final actions, as opposed to interim measures and the criminal referral, which have their own events. */
const FinalActionKind = ActionKind.exclude(["administrative-leave", "suspension-of-payments", "referral-for-criminal-accountability"]);
/** Interim measures pending the outcome. */
const InterimMeasureKind = z.enum(["administrative-leave", "suspension-of-payments"]);

// Every event says when it happened: time is data, so replaying a log gives the same state.
const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.object({ type: z.literal(type).describe("What happened: the event's type."), at: IsoDate.describe("The date it happened, as YYYY-MM-DD."), ...shape });

const allegationEvents = [
  event("HEAD_OF_MISSION_LIAISON_RECORDED", { note: z.string().optional().describe("A note on the liaison with the Head of Mission; never a victim's identity.") }),
  event("REGISTERED", { registryRef: RecordId.optional().describe("The allegation's reference in the registry it was entered in.") }),
  event("SUBJECT_RECORDED", { subject: CaseSubjectInput.describe("The subject, by pseudonymous reference and personnel category.") }),
  event("VICTIM_RECORDED", { victim: CaseVictimInput.describe("The victim, by reference with the facts classification needs; never an identity.") }),
  event("INFORMATION_REQUESTED", { from: z.string().optional().describe("Who was asked for more information, by role or office.") }),
  event("INFORMATION_RECEIVED", {}),
  event("ASSESSMENT_COMPLETED", {
    conduct: ConductFacts.describe("The conduct facts the assessment established, which classify the allegation."),
    seriousness: Seriousness.describe("How serious the assessment found the allegation, which decides who investigates."),
    urgent: z.boolean().describe("The allegation needs urgent handling, which shortens its deadlines."),
  }),
  event("EVIDENCE_PRESERVED", { teamUnits: z.array(ImmediateResponseTeamUnit).min(1).describe("The Immediate Response Team units that preserved the evidence.") }),
  event("EVIDENCE_PRESERVATION_NOT_POSSIBLE", { reason: z.string().trim().min(1).describe("Why the evidence could not be preserved.") }),
  event("REFERRED_FOR_INVESTIGATION", {
    entity: InvestigatingEntity.describe("The entity the allegation was referred to for investigation."),
    memberState: CountryCode.optional().describe("For a referral to a Member State, its ISO 3166-1 alpha-3 code."),
  }),
  event("MEMBER_STATE_RESPONDED", {
    willInvestigate: z.boolean().describe("The Member State will investigate."),
    nationalInvestigationOfficerAppointed: z.boolean().describe("The Member State appointed a national investigation officer."),
    jointWithOios: z.boolean().describe("The Member State investigates jointly with OIOS."),
  }),
  event("OIOS_INVESTIGATION_OPENED", {}),
  event("INTERIM_MEASURE_TAKEN", {
    kind: InterimMeasureKind.describe("The interim measure taken pending the outcome."),
    subjectRef: RecordId.optional().describe("The subject it was taken against, by reference."),
  }),
  event("INVESTIGATION_REPORT_RECEIVED", { reportRef: RecordId.optional().describe("The investigation report's reference.") }),
  event("RECOMMENDATIONS_RECORDED", {
    recommendations: z
      .array(
        z.object({
          ref: RecordId.describe("The recommendation's reference, unique within the case."),
          action: ActionKind.describe("The action recommended."),
          subjectRef: RecordId.optional().describe("The subject the action concerns, by reference."),
        }),
      )
      .min(1)
      .describe("The recommendations of the investigation report."),
  }),
  event("OUTCOME_DECIDED", { result: OutcomeResult.describe("The outcome of the investigation.") }),
  event("ACTION_TAKEN", {
    kind: FinalActionKind.describe("The final action taken."),
    subjectRef: RecordId.optional().describe("The subject it was taken against, by reference."),
    recommendationRef: RecordId.optional().describe("The recommendation it implements, by reference."),
  }),
  event("RECOMMENDATION_NOT_IMPLEMENTED", {
    ref: RecordId.describe("The recommendation not implemented, by reference."),
    reason: z.string().trim().min(1).describe("Why it was not implemented."),
  }),
  event("LEGAL_AFFAIRS_CONSULTED", {}),
  event("CRIMINAL_REFERRAL_MADE", {
    to: z.enum(["national-authorities", "contributing-country"]).describe("Whether the referral went to the host country's authorities or to the contributing country."),
    country: CountryCode.describe("The country referred to, as an ISO 3166-1 alpha-3 code."),
    subjectRef: RecordId.optional().describe("The subject referred, by reference."),
  }),
  event("CASE_CLOSED", {}),
  event("CASE_REOPENED", { reason: z.string().trim().min(1).describe("Why the case was reopened.") }),
  event("HEADQUARTERS_NOTIFIED", {}),
  // The milestones of DPKO HQ (f), named as an allegation record names them (core's HeadquartersMilestone).
  event("HEADQUARTERS_MONITORING_RECORDED", {
    milestone: HeadquartersMilestone.describe("The milestone headquarters monitored."),
    note: z.string().optional().describe("A note on the monitoring; never a victim's identity."),
  }),
  event("DEPARTMENT_OF_MANAGEMENT_INFORMED", {
    about: z
      .object({
        kind: z.enum(["investigation", "action"]).describe("Whether the Department was informed of an investigation or of an action."),
        ref: RecordId.describe("The investigation or action, by reference."),
      })
      .describe("What the Department of Management was informed of."),
  }),
  event("VICTIM_STATUS_UPDATE_GIVEN", { victimRef: RecordId.describe("The victim informed of the case's status, by reference.") }),
] as const;

const assistanceEvents = [
  event("VRA_ASSIGNED", { advocateRef: RecordId.describe("The Victims' Rights Advocate assigned, by reference.") }),
  event("NEEDS_ASSESSED", {
    victimRef: RecordId.describe("The victim whose needs were assessed, by reference."),
    needs: z.array(ServiceKind).describe("The services the victim needs."),
  }),
  event("CONSENT_RECORDED", {
    victimRef: RecordId.describe("The victim giving consent, by reference."),
    services: z.array(ServiceKind).min(1).describe("The services the victim consents to be referred to."),
  }),
  event("CONSENT_WITHDRAWN", {
    victimRef: RecordId.describe("The victim withdrawing consent."),
    services: z.array(ServiceKind).min(1).describe("The services whose referral the victim no longer consents to."),
  }),
  event("CONSENT_OVERRIDE_RECORDED", {
    victimRef: RecordId.describe("The victim whose refusal is overridden, by reference."),
    service: ServiceKind.describe("The service referred without consent."),
    reason: z.string().trim().min(1).describe("Why consent was overridden."),
    authorisedBy: RecordId.describe("Who authorised the override, by reference."),
  }),
  event("SERVICE_PROVIDER_MAPPED", { provider: ServiceProvider.describe("The service provider mapped.") }),
  event("SERVICE_REFERRAL_MADE", {
    victimRef: RecordId.describe("The victim referred, by reference."),
    service: ServiceKind.describe("The service the victim is referred to."),
    providerId: RecordId.describe("The provider referred to, by id."),
  }),
  event("SERVICE_REFERRAL_UPDATED", {
    referralId: RecordId.describe("The referral updated, by id."),
    status: z.enum(["accepted", "rejected", "completed"]).describe("The referral's new status."),
  }),
  event("TRUST_FUND_SUPPORT_RECORDED", {
    purpose: z.string().trim().min(1).describe("What the Trust Fund support is for."),
    providerId: RecordId.optional().describe("The provider that delivers it, by id."),
    victimRef: RecordId.optional().describe("The victim it supports, by reference."),
  }),
  event("PATERNITY_CLAIM_RECORDED", { victimRef: RecordId.describe("The victim making the paternity claim, by reference.") }),
  event("DNA_SAMPLE_COLLECTED", {}),
  event("PATERNITY_CLAIM_REFERRED_TO_MEMBER_STATE", { memberState: CountryCode.describe("The Member State the claim was referred to, as an ISO 3166-1 alpha-3 code.") }),
  event("ASSISTANCE_CONCLUDED", { reason: z.string().optional().describe("Why assistance concluded.") }),
  event("ASSISTANCE_RESUMED", {}),
] as const;

/**
 * Every event of an allegation's lifecycle, discriminated on `type`. Each carries `at`, the date it happened.
 *
 * @category Cases
 * @example
 * CaseEvent.parse({ type: "REGISTERED", at: "2018-06-02" }); // { type: "REGISTERED", at: "2018-06-02" }
 * CaseEvent.safeParse({ type: "REGISTERED" }).success; // false
 */
export const CaseEvent = z.discriminatedUnion("type", [...allegationEvents, ...assistanceEvents]);
/**
 * @category Cases
 * @example
 * const liaison: CaseEvent = { type: "HEAD_OF_MISSION_LIAISON_RECORDED", at: "2018-06-02" };
 * CaseEvent.safeParse(liaison).success; // true
 */
export type CaseEvent = z.infer<typeof CaseEvent>;

/**
 * The type of a case event.
 *
 * @category Cases
 * @example
 * const t: CaseEventType = "CASE_CLOSED";
 */
export type CaseEventType = CaseEvent["type"];

/**
 * Every event type, in a stable order (allegation region first, then victim assistance).
 *
 * @category Cases
 * @example
 * caseEventTypes.includes("CASE_CLOSED"); // true
 */
export const caseEventTypes: readonly CaseEventType[] = [...allegationEvents, ...assistanceEvents].map((s) => s.shape.type.value);

/**
 * The event of one type.
 *
 * @category Cases
 * @example
 * const e: EventOf<"REGISTERED"> = { type: "REGISTERED", at: "2018-06-02" };
 */
export type EventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
