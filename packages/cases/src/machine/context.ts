import type { ActionKind, Citation, Classification, ConductFacts, FactValue, IntakeChannelKind, ObligationId, OutcomeResult, ParameterSet, ParameterUse, VictimAgeWithoutBirthDate } from "@psea/core";
import type { CaseSubjectCategory, ImmediateResponseTeamUnit, InvestigatingEntity, Seriousness, ServiceKind, ServiceProvider } from "./case-vocabulary";
import type { CaseEventType } from "./events";

// Types, not interfaces: a case context is plain JSON, and type aliases stay assignable to JSON record types.
// Values that can be cleared are `null`, not absent: xstate's assign merges, so a key cannot be removed.

/**
 * A subject of the allegation. @category Cases
 * @example
 * const refOf = (caseSubject: CaseSubject) => caseSubject.ref;
 */
export type CaseSubject = {
  ref: string;
  category: CaseSubjectCategory;
  contributingCountry?: string;
  personnelId?: string;
  recordedOn: string;
};

/**
 * A victim by reference; never an identity. @category Cases
 * @example
 * const refOf = (caseVictim: CaseVictim) => caseVictim.ref;
 */
export type CaseVictim = {
  ref: string;
  age: VictimAgeWithoutBirthDate;
  sex: "female" | "male" | "unknown";
  beneficiary: boolean;
  recordedOn: string;
};

/**
 * How the allegation came in (DPKO RC e for rumours). @category Cases
 * @example
 * const channelOf = (caseIntake: CaseIntake) => caseIntake.channel;
 */
export type CaseIntake = {
  channel: IntakeChannelKind;
  channelId?: string;
  rumour: boolean;
  missionPersonnelMayBeInvolved: boolean;
  headOfMissionLiaisonOn?: string;
};

/**
 * One preliminary assessment; a reopened case is assessed again. @category Cases
 * @example
 * const roundOf = (caseAssessment: CaseAssessment) => caseAssessment.round;
 */
export type CaseAssessment = {
  round: number;
  completedOn: string;
  seriousness: Seriousness;
  urgent: boolean;
  classification: Classification;
  childAgeThreshold: ParameterUse;
};

/**
 * The Immediate Response Team's evidence step, or why there could be none (AP-E2). @category Cases
 * @example
 * const isPreserved = (evidenceRecord: EvidenceRecord) => evidenceRecord.kind === "preserved";
 */
export type EvidenceRecord =
  | { round: number; kind: "preserved"; on: string; teamUnits: ImmediateResponseTeamUnit[] }
  | { round: number; kind: "not-possible"; on: string; reason: string };

/**
 * A notification to a contributing country and its answer. @category Cases
 * @example
 * const idOf = (memberStateReferral: MemberStateReferral) => memberStateReferral.id;
 */
export type MemberStateReferral = {
  id: string;
  round: number;
  entity: InvestigatingEntity;
  memberState: string;
  referredOn: string;
  response?: { on: string; willInvestigate: boolean; nationalInvestigationOfficerAppointed: boolean; jointWithOios: boolean };
};

/**
 * One investigation. @category Cases
 * @example
 * const idOf = (investigationRecord: InvestigationRecord) => investigationRecord.id;
 */
export type InvestigationRecord = {
  id: string;
  round: number;
  entity: InvestigatingEntity;
  memberState?: string;
  nationalInvestigationOfficerAppointed?: boolean;
  startedOn: string;
  urgent: boolean;
  reportReceivedOn?: string;
  /** Ended without a report (closed for other reasons). */
  endedOn?: string;
  departmentOfManagementInformedOn?: string;
};

/**
 * A recommendation of an investigation report, tracked to effect (AP-E4). @category Cases
 * @example
 * const refOf = (recommendationRecord: RecommendationRecord) => recommendationRecord.ref;
 */
export type RecommendationRecord = {
  ref: string;
  round: number;
  action: ActionKind;
  subjectRef?: string;
  recordedOn: string;
  effectedBy?: string;
  notImplemented?: { on: string; reason: string };
};

/**
 * A decision on the allegation. @category Cases
 * @example
 * const resultOf = (caseOutcome: CaseOutcome) => caseOutcome.result;
 */
export type CaseOutcome = { result: OutcomeResult; decidedOn: string; round: number };

/**
 * A final action, an interim measure or a referral for criminal accountability. @category Cases
 * @example
 * const idOf = (actionRecord: ActionRecord) => actionRecord.id;
 */
export type ActionRecord = {
  id: string;
  round: number;
  kind: ActionKind;
  interim: boolean;
  takenOn: string;
  subjectRef?: string;
  recommendationRef?: string;
  legalAffairsConsultedOn?: string;
  referredTo?: { to: "national-authorities" | "contributing-country"; country: string };
  departmentOfManagementInformedOn?: string;
};

/**
 * A referral of a victim to a mapped service provider. @category Cases
 * @example
 * const idOf = (serviceReferral: ServiceReferral) => serviceReferral.id;
 */
export type ServiceReferral = {
  id: string;
  victimRef: string;
  service: ServiceKind;
  providerId: string;
  on: string;
  basis: "consent" | "override";
  status: "pending" | "accepted" | "rejected" | "completed";
  statusOn: string;
};

/**
 * The victim-assistance record (AP-R1, AP-E5). @category Cases
 * @example
 * const needsAssessmentsOf = (assistanceRecord: AssistanceRecord) => assistanceRecord.needsAssessments;
 */
export type AssistanceRecord = {
  advocate?: { ref: string; assignedOn: string };
  needsAssessments: { victimRef: string; on: string; needs: ServiceKind[] }[];
  /** The consents in force: a withdrawal removes its services from them (see `withdrawals`). */
  consents: { victimRef: string; services: ServiceKind[]; on: string }[];
  /** Consents the victim withdrew (AP-R1: assistance is victim-centred). Absent in records kept before it existed. */
  withdrawals?: { victimRef: string; services: ServiceKind[]; on: string }[];
  overrides: { victimRef: string; service: ServiceKind; on: string; reason: string; authorisedBy: string }[];
  referrals: ServiceReferral[];
  trustFund: { on: string; purpose: string; providerId?: string; victimRef?: string }[];
  paternity?: { victimRef: string; claimRecordedOn: string; dnaSampleCollectedOn?: string; referredOn?: string; memberState?: string };
  conclusions: { concludedOn: string; reason?: string; resumedOn?: string }[];
};

/**
 * Every kind of deadline a case keeps, in a stable order. Stored contexts are checked against it on
 * restore; kinds added later are appended, so a context stored before they existed still restores.
 *
 * @category Deadlines
 * @example
 * deadlineKinds.includes("service-referral"); // true
 */
export const deadlineKinds = [
  "headquarters-notification",
  "department-of-management-notification",
  "member-state-response",
  "investigation",
  "victim-status-update",
  "assessment",
  "referral",
  "report-review",
  "service-referral",
] as const;

/**
 * What a deadline is for: notifying headquarters (DPKO HQ f) and the Department of Management
 * (SGB 4.6, DPKO HQ g), a Member State's answer, the investigation, the preliminary assessment, the
 * referral for investigation and the review of the report (AP-E3), a victim's status update (AP-E4),
 * and the referral of a victim to a service found needed (AP-R1).
 *
 * @category Deadlines
 * @example
 * const deadlineKind: DeadlineKind = "referral";
 */
export type DeadlineKind = (typeof deadlineKinds)[number];

/**
 * A deadline kept as data in the case context: when the obligation arose, when it is due, the
 * parameter (with its effective date) that set the period, and how it ended.
 *
 * @category Deadlines
 * @example
 * const [deadline]: Deadline[] = exampleCase("registered").context.deadlines;
 * [deadline?.kind, deadline?.dueOn]; // ["headquarters-notification", "2018-06-03"]
 */
export type Deadline = {
  id: string;
  kind: DeadlineKind;
  obligationIds: ObligationId[];
  citation: Citation;
  subject: { kind: string; id: string };
  /** Where in the case state the record that discharges it is written. */
  path: (string | number)[];
  startedOn: string;
  dueOn: string;
  parameter: ParameterUse;
  facts: Record<string, FactValue>;
  resolution?: { kind: "met" | "discharged"; on: string; by: CaseEventType };
};

/**
 * Everything the case machine knows about one allegation. Plain JSON: no dates as objects, no
 * `undefined` values, no identities.
 *
 * @category Cases
 * @example
 * const context: CaseContext = exampleCase("registered").context;
 * [context.caseId, context.receivedOn]; // ["A-1", "2018-06-01"]
 */
export type CaseContext = {
  caseId: string;
  missionId?: string;
  receivedOn: string;
  incidentDate?: string;
  /** The date of the latest event; an event dated earlier is refused. */
  lastEventOn: string;
  /** 1, plus one for each reopening; records carry the round they belong to. */
  round: number;
  intake: CaseIntake;
  registeredOn?: string;
  subjects: CaseSubject[];
  victims: CaseVictim[];
  complainant?: { ref: string; relation: "victim" | "witness" | "colleague" | "community-member" | "partner" | "other" };
  conduct?: ConductFacts;
  informationRequests: { requestedOn: string; from?: string; receivedOn?: string }[];
  assessments: CaseAssessment[];
  evidence: EvidenceRecord[];
  memberStateReferrals: MemberStateReferral[];
  investigations: InvestigationRecord[];
  recommendations: RecommendationRecord[];
  /** The decision of the current round; `null` before one (and again after a reopening). */
  outcome: CaseOutcome | null;
  priorOutcomes: (CaseOutcome & { closedOn?: string; reopenedOn: string; reopenReason: string })[];
  actions: ActionRecord[];
  legalAffairsConsultations: { on: string; round: number }[];
  headquarters: { notifiedOn?: string; monitoring: { milestone: string; on: string; note?: string }[] };
  victimUpdates: { victimRef: string; on: string }[];
  /** `null` while open; a reopening clears it (the closure stays in `priorOutcomes`). */
  closedOn: string | null;
  assistance: AssistanceRecord;
  serviceMap: ServiceProvider[];
  /** The host's parameter overlay, validated when the case was opened; deadlines resolve against it. */
  parameters: ParameterSet["overlay"];
  deadlines: Deadline[];
};
