export { CountryCode, Gender, IsoDate, LanguageCode, RecordId } from "./common";
export { isOnStrength, Personnel, PersonnelCategory, PersonnelRole } from "./personnel";
export type { PersonnelInput } from "./personnel";
export { isPersonnelCategory, SubjectCategory } from "./subject-category";
export { Office } from "./office";
export { CodeCable1474Measure, MeasureStatus, Mission, ReportingChannel } from "./mission";
export { FocalPointRoster } from "./focal-point-roster";
export { PartnerAgreement } from "./partner-agreement";
export { Communication, CommunicationAudience, CommunicationTopic } from "./communication";
export {
  ActionKind,
  Allegation,
  AllegationNature,
  AllegationType,
  ConcernRecord,
  ConductFacts,
  ConfidentialIdentity,
  DiscretionDecision,
  ExchangeKind,
  IntakeChannelKind,
  OutcomeResult,
  Victim,
  VictimAge,
  VictimAgeWithoutBirthDate,
} from "./allegation";
export type { AllegationInput } from "./allegation";
export { CadenceOccurrence, kitCadenceIds } from "./cadence-occurrence";
export { ComplaintMechanism, ComplaintMechanismEquipment, ComplaintMechanismMemberGroup } from "./complaint-mechanism";
export { ImmediateResponseTeam, IrtUnit, isServing, TaskForce, TaskForceMemberGroup } from "./mission-bodies";
export { checkReferences, MissionDataset, MissionDatasetShape } from "./dataset";
export type { DatasetRefinementContext, DatasetSection, MissionDatasetInput } from "./dataset";
export { recordSchemas, toJsonSchema } from "./json-schema";
export type { RecordSchemaName } from "./json-schema";
export { compareGrade, gradeOnScale, normalizeGrade } from "./grade";
export type { GradeComparison } from "./grade";
export { HeadquartersMilestone, HeadquartersRecord } from "./headquarters-monitoring";
export { ServiceMapReview, ServiceProviderRecord, ServiceTrackingEntry, VictimServiceKind } from "./victim-services";
