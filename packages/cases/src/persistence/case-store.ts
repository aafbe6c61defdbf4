import type { EventLogEntry } from "./event-log";
import type { PersistenceIssue } from "./issues";
import type { RejectionReason } from "./reducer";

/**
 * A write that lost a race: the case is no longer at the version the writer read. Nothing was
 * written; reload, decide again, and retry against `currentVersion`.
 *
 * @category Persistence
 * @example
 * const c: VersionConflict = { ok: false, code: "version-conflict", currentVersion: 4 };
 */
export interface VersionConflict {
  readonly ok: false;
  readonly code: "version-conflict";
  readonly currentVersion: number;
}

/**
 * Arguments that could not be used (a blank case id, a negative version, a value JSON would change).
 *
 * @category Persistence
 * @example
 * const r: InvalidInput = { ok: false, code: "invalid-input", issues: [{ path: ["caseId"], code: "too_small", message: "…" }] };
 */
export interface InvalidInput {
  readonly ok: false;
  readonly code: "invalid-input";
  readonly issues: readonly PersistenceIssue[];
}

/**
 * No case is stored under that id.
 *
 * @category Persistence
 * @example
 * const r: NotFound = { ok: false, code: "not-found" };
 */
export interface NotFound {
  readonly ok: false;
  readonly code: "not-found";
}

/**
 * The machine refused the event at `index` of the batch; no event of the batch was written.
 *
 * @category Persistence
 * @example
 * const r: EventRejected = {
 *   ok: false, code: "event-rejected", index: 0,
 *   reason: { code: "not-allowed-in-state", message: "CASE_CLOSED is not accepted at this stage", path: ["type"] },
 * };
 */
export interface EventRejected {
  readonly ok: false;
  readonly code: "event-rejected";
  readonly index: number;
  readonly reason: RejectionReason;
}

/**
 * A stored snapshot or log that no longer reads (hand-edited, or from a newer library).
 *
 * @category Persistence
 * @example
 * const r: CorruptRecord = { ok: false, code: "corrupt-record", issues: [{ path: ["schemaVersion"], code: "unsupported-schema-version", message: "…" }] };
 */
export interface CorruptRecord {
  readonly ok: false;
  readonly code: "corrupt-record";
  readonly issues: readonly PersistenceIssue[];
}

/**
 * A case as stored: its id, its version and its state.
 *
 * @category Persistence
 * @example
 * const c: StoredCase<{ value: string; context: {} }> = { ok: true, caseId: "A-1", version: 3, state: { value: "intake", context: {} } };
 */
export interface StoredCase<S> {
  readonly ok: true;
  readonly caseId: string;
  readonly version: number;
  readonly state: S;
}

/**
 * What {@link CaseStore.open} resolves to: the case at version 1, or why not.
 *
 * @category Persistence
 * @example
 * async function openExample(store: CaseStore<CaseState>): Promise<number | string> {
 *   const r: OpenResult<CaseState> = await store.open("A-1", exampleCaseOpening());
 *   return r.ok ? r.version : r.code; // 1, or "version-conflict" when the id is taken
 * }
 */
export type OpenResult<S> = StoredCase<S> | VersionConflict | InvalidInput;
/**
 * What {@link CaseStore.load} resolves to.
 *
 * @category Persistence
 * @example
 * async function versionOf(store: CaseStore<CaseState>, caseId: string): Promise<number | string> {
 *   const r: LoadResult<CaseState> = await store.load(caseId);
 *   return r.ok ? r.version : r.code; // "not-found" for an id that was never opened
 * }
 */
export type LoadResult<S> = StoredCase<S> | NotFound | InvalidInput | CorruptRecord;
/**
 * What {@link CaseStore.append} resolves to: the case at its new version, or why nothing was written.
 *
 * @category Persistence
 * @example
 * async function register(store: CaseStore<CaseState>, readVersion: number): Promise<number | string> {
 *   const r: AppendResult<CaseState> = await store.append("A-1", readVersion, [{ type: "REGISTERED", at: "2018-06-02" }]);
 *   return r.ok ? r.version : r.code; // 2 from version 1; "version-conflict" if the case has moved on
 * }
 */
export type AppendResult<S> = StoredCase<S> | VersionConflict | NotFound | EventRejected | InvalidInput | CorruptRecord;
/**
 * What {@link CaseStore.readLog} resolves to: every entry, in `seq` order.
 *
 * @category Persistence
 * @example
 * async function seqs(store: CaseStore<CaseState>): Promise<number[]> {
 *   const r: LogResult = await store.readLog("A-1");
 *   return r.ok ? r.entries.map((e) => e.seq) : []; // [1, 2] for a case opened, then registered
 * }
 */
export type LogResult =
  | { readonly ok: true; readonly entries: readonly EventLogEntry[] }
  | NotFound
  | InvalidInput
  | CorruptRecord;

/**
 * Durable storage for cases: a snapshot per case and its append-only event log, written together.
 * Writes are optimistic: `append` names the version it read, and a stale version is refused with
 * {@link VersionConflict} rather than overwriting what another writer stored (no last write wins).
 * Methods never throw on data; they resolve to a result.
 *
 * @category Persistence
 * @example
 * const store: CaseStore<CaseState> = new InMemoryCaseStore(caseReducer);
 * async function openAndRegister(): Promise<number | string> {
 *   const opened = await store.open("A-1", exampleCaseOpening());
 *   if (!opened.ok) return opened.code;
 *   const r = await store.append("A-1", opened.version, [{ type: "REGISTERED", at: "2018-06-02" }]);
 *   return r.ok ? r.version : r.code; // 2, or "version-conflict" when another writer got there first
 * }
 */
export interface CaseStore<S> {
  /** Opens a case at version 1; a case already stored under the id is a conflict. */
  open(caseId: string, input: unknown): Promise<OpenResult<S>>;
  /** The latest snapshot, migrated to the current schema. */
  load(caseId: string): Promise<LoadResult<S>>;
  /** Applies and appends `events` if, and only if, the case is still at `expectedVersion`; all or nothing. */
  append(caseId: string, expectedVersion: number, events: readonly unknown[]): Promise<AppendResult<S>>;
  /** The whole event log, in `seq` order, for audit and {@link replay}. */
  readLog(caseId: string): Promise<LogResult>;
}
