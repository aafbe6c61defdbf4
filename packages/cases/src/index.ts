/**
 * The SEA allegation lifecycle for PSEA Policy Kit: an xstate v5 machine for one allegation, with a
 * parallel victim-assistance region, deadlines kept as data, the UN's public status, and pure
 * functions to open a case, apply an event and ask what is due.
 *
 * @packageDocumentation
 */

// The machine and its pure entry points.
export { caseMachine } from "./machine/case-machine";
export { openCase, CaseOpening } from "./machine/open-case";
export type { CaseOpeningInput } from "./machine/open-case";
export { applyEvent, allowedEvents } from "./machine/apply-event";
export type { CaseState, CaseIssue, CaseRejectionReason, OpenCaseResult, ApplyEventResult } from "./machine/case-state";

// Events.
export { CaseEvent, caseEventTypes, CaseSubjectInput, CaseVictimInput } from "./machine/events";
export type { CaseEventType, EventOf } from "./machine/events";

// The case record.
export type {
  CaseContext,
  CaseSubject,
  CaseVictim,
  CaseIntake,
  CaseAssessment,
  EvidenceRecord,
  MemberStateReferral,
  InvestigationRecord,
  RecommendationRecord,
  CaseOutcome,
  ActionRecord,
  ServiceReferral,
  AssistanceRecord,
  Deadline,
  DeadlineKind,
} from "./machine/context";
export { deadlineKinds } from "./machine/context";

// Case vocabulary: categories, investigating entities and routes, the service map.
export {
  CaseSubjectCategory,
  InvestigatingEntity,
  memberStateEntities,
  Seriousness,
  ServiceKind,
  ServiceProvider,
  ImmediateResponseTeamUnit,
  uniformedCategories,
  isUniformed,
  investigationRoutes,
} from "./machine/case-vocabulary";

// Which obligations the workflow encodes, and where.
export { caseWorkflowObligations } from "./machine/obligations";

// Deadlines.
export { dueItems } from "./deadlines/due-items";
export type { DueItem } from "./deadlines/due-items";
export { deadlineObligations } from "./deadlines/obligations";
export { addWindow } from "./deadlines/window";
export type { DeadlineWindow } from "./deadlines/window";

// Public status.
export { publicStatus, publicStatusLabels, allegationStage } from "./status/public-status";
export type { PublicStatus } from "./status/public-status";

// Example data: an allegation and the states of its path, for documentation and trying things out.
export { exampleCase, exampleCaseOpening } from "./examples/example-case";
export type { ExampleCaseStage } from "./examples/example-case";

// Persistence (versioned snapshots, event log, stores) is its own module.
export {
  caseReducer,
  CaseVersion,
  checkStoredCaseState,
  EventLogEntry,
  InMemoryCaseStore,
  issuesFromZod,
  MAX_JSON_DEPTH,
  migrateSnapshot,
  migrateV1toV2,
  OPENED_ENTRY_TYPE,
  OpenedEntry,
  openingEntry,
  PersistedCaseState,
  PersistedSnapshot,
  PersistedSnapshotV1,
  PersistedSnapshotV2,
  prepareAppend,
  prepareOpen,
  readStoredCase,
  replay,
  replayWith,
  restoreCase,
  restoreCaseState,
  serializeCase,
  SNAPSHOT_SCHEMA_VERSION,
  snapshotMigrations,
  toJsonValue,
} from "./persistence";
export type {
  AppendResult,
  CaseReducer,
  CaseStore,
  CorruptRecord,
  EventRejected,
  InvalidInput,
  JsonValue,
  JsonValueResult,
  LoadResult,
  LogResult,
  MigrationResult,
  NotFound,
  OpenResult,
  PersistenceIssue,
  PreparedWrite,
  ReducerApplyResult,
  ReducerOpenResult,
  RejectionReason,
  ReplayResult,
  RestoreResult,
  SnapshotMigration,
  SnapshotResult,
  StoredCase,
  VersionConflict,
} from "./persistence";
