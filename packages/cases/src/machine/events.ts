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
const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.object({ type: z.literal(type), at: IsoDate, ...shape });

const allegationEvents = [
  event("HEAD_OF_MISSION_LIAISON_RECORDED", { note: z.string().optional() }),
  event("REGISTERED", { registryRef: RecordId.optional() }),
  event("SUBJECT_RECORDED", { subject: CaseSubjectInput }),
  event("VICTIM_RECORDED", { victim: CaseVictimInput }),
  event("INFORMATION_REQUESTED", { from: z.string().optional() }),
  event("INFORMATION_RECEIVED", {}),
  event("ASSESSMENT_COMPLETED", { conduct: ConductFacts, seriousness: Seriousness, urgent: z.boolean() }),
  event("EVIDENCE_PRESERVED", { teamUnits: z.array(ImmediateResponseTeamUnit).min(1) }),
  event("EVIDENCE_PRESERVATION_NOT_POSSIBLE", { reason: z.string().trim().min(1) }),
  event("REFERRED_FOR_INVESTIGATION", { entity: InvestigatingEntity, memberState: CountryCode.optional() }),
  event("MEMBER_STATE_RESPONDED", {
    willInvestigate: z.boolean(),
    nationalInvestigationOfficerAppointed: z.boolean(),
    jointWithOios: z.boolean(),
  }),
  event("OIOS_INVESTIGATION_OPENED", {}),
  event("INTERIM_MEASURE_TAKEN", { kind: InterimMeasureKind, subjectRef: RecordId.optional() }),
  event("INVESTIGATION_REPORT_RECEIVED", { reportRef: RecordId.optional() }),
  event("RECOMMENDATIONS_RECORDED", {
    recommendations: z.array(z.object({ ref: RecordId, action: ActionKind, subjectRef: RecordId.optional() })).min(1),
  }),
  event("OUTCOME_DECIDED", { result: OutcomeResult }),
  event("ACTION_TAKEN", { kind: FinalActionKind, subjectRef: RecordId.optional(), recommendationRef: RecordId.optional() }),
  event("RECOMMENDATION_NOT_IMPLEMENTED", { ref: RecordId, reason: z.string().trim().min(1) }),
  event("LEGAL_AFFAIRS_CONSULTED", {}),
  event("CRIMINAL_REFERRAL_MADE", {
    to: z.enum(["national-authorities", "contributing-country"]),
    country: CountryCode,
    subjectRef: RecordId.optional(),
  }),
  event("CASE_CLOSED", {}),
  event("CASE_REOPENED", { reason: z.string().trim().min(1) }),
  event("HEADQUARTERS_NOTIFIED", {}),
  // The milestones of DPKO HQ (f), named as an allegation record names them (core's HeadquartersMilestone).
  event("HEADQUARTERS_MONITORING_RECORDED", { milestone: HeadquartersMilestone, note: z.string().optional() }),
  event("DEPARTMENT_OF_MANAGEMENT_INFORMED", { about: z.object({ kind: z.enum(["investigation", "action"]), ref: RecordId }) }),
  event("VICTIM_STATUS_UPDATE_GIVEN", { victimRef: RecordId }),
] as const;

const assistanceEvents = [
  event("VRA_ASSIGNED", { advocateRef: RecordId }),
  event("NEEDS_ASSESSED", { victimRef: RecordId, needs: z.array(ServiceKind) }),
  event("CONSENT_RECORDED", { victimRef: RecordId, services: z.array(ServiceKind).min(1) }),
  event("CONSENT_WITHDRAWN", {
    victimRef: RecordId.describe("The victim withdrawing consent."),
    services: z.array(ServiceKind).min(1).describe("The services whose referral the victim no longer consents to."),
  }),
  event("CONSENT_OVERRIDE_RECORDED", { victimRef: RecordId, service: ServiceKind, reason: z.string().trim().min(1), authorisedBy: RecordId }),
  event("SERVICE_PROVIDER_MAPPED", { provider: ServiceProvider }),
  event("SERVICE_REFERRAL_MADE", { victimRef: RecordId, service: ServiceKind, providerId: RecordId }),
  event("SERVICE_REFERRAL_UPDATED", { referralId: RecordId, status: z.enum(["accepted", "rejected", "completed"]) }),
  event("TRUST_FUND_SUPPORT_RECORDED", { purpose: z.string().trim().min(1), providerId: RecordId.optional(), victimRef: RecordId.optional() }),
  event("PATERNITY_CLAIM_RECORDED", { victimRef: RecordId }),
  event("DNA_SAMPLE_COLLECTED", {}),
  event("PATERNITY_CLAIM_REFERRED_TO_MEMBER_STATE", { memberState: CountryCode }),
  event("ASSISTANCE_CONCLUDED", { reason: z.string().optional() }),
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
