export { issuesFromZod } from "./issues";
export type { PersistenceIssue } from "./issues";
export { MAX_JSON_DEPTH, toJsonValue } from "./json-value";
export type { JsonValue, JsonValueResult } from "./json-value";
export type { CaseReducer, ReducerApplyResult, ReducerOpenResult, RejectionReason } from "./reducer";
export {
  CaseVersion,
  PersistedCaseState,
  PersistedSnapshot,
  PersistedSnapshotV1,
  PersistedSnapshotV2,
  SNAPSHOT_SCHEMA_VERSION,
} from "./snapshot-schema";
export { migrateSnapshot, migrateV1toV2, snapshotMigrations } from "./migrations";
export type { MigrationResult, SnapshotMigration } from "./migrations";
export { serializeCase } from "./serialize";
export type { SnapshotResult } from "./serialize";
export { restoreCase } from "./restore";
export type { RestoreResult } from "./restore";
export { EventLogEntry, OPENED_ENTRY_TYPE, OpenedEntry, openingEntry } from "./event-log";
export { replayWith } from "./replay";
export type { ReplayResult } from "./replay";
export type {
  AppendResult,
  CaseStore,
  CorruptRecord,
  EventRejected,
  InvalidInput,
  LoadResult,
  LogResult,
  NotFound,
  OpenResult,
  StoredCase,
  VersionConflict,
} from "./case-store";
export { prepareAppend, prepareOpen, readStoredCase } from "./prepare-write";
export type { PreparedWrite } from "./prepare-write";
export { InMemoryCaseStore } from "./in-memory-store";
export { caseReducer, replay, restoreCaseState } from "./case-reducer";
export { checkStoredCaseState } from "./stored-context";
