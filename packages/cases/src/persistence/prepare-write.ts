import { RecordId } from "@psea/core";
import { z } from "zod";
import type { CorruptRecord, EventRejected, InvalidInput, StoredCase, VersionConflict } from "./case-store";
import { openingEntry, type EventLogEntry } from "./event-log";
import { issuesFromZod, type PersistenceIssue } from "./issues";
import { toJsonValue } from "./json-value";
import type { CaseReducer } from "./reducer";
import { restoreCase } from "./restore";
import { sameCase } from "./replay-log";
import { serializeCase } from "./serialize";
import { CaseVersion, type PersistedSnapshot } from "./snapshot-schema";

/**
 * Everything a store must write, atomically, to commit an open or an append: the new snapshot
 * (whose `version` is the version to write) and the log entries to insert.
 *
 * @category Persistence
 * @example
 * const w = prepareOpen(caseReducer, "A-1", exampleCaseOpening());
 * w.ok && [w.version, w.snapshot.schemaVersion, w.entries.length]; // [1, 2, 1]
 */
export interface PreparedWrite<S> {
  readonly ok: true;
  readonly caseId: string;
  readonly version: number;
  readonly state: S;
  readonly snapshot: PersistedSnapshot;
  readonly entries: readonly EventLogEntry[];
}

/**
 * Plans the opening of a case: the reducer's initial state, its snapshot at version 1 and the log's
 * first entry (the input as the reducer records it). Pure: a store (in memory, SQL, …) only has to
 * write the result.
 *
 * @category Persistence
 * @example
 * const reducer: CaseReducer<{ value: string; context: {} }> = {
 *   open: () => ({ ok: true, state: { value: "intake", context: {} } }),
 *   apply: (s) => ({ ok: true, state: s }),
 * };
 * const w = prepareOpen(reducer, "A-1", { id: "A-1" });
 * w.ok && w.entries.map((e) => e.seq); // [1]
 */
export function prepareOpen<S>(reducer: CaseReducer<S>, caseId: unknown, input: unknown): PreparedWrite<S> | InvalidInput {
  const id = RecordId.safeParse(caseId);
  if (!id.success) return invalid(issuesFromZod(id.error, ["caseId"]));
  const json = toJsonValue(input);
  if (!json.ok) return invalid(prefix(json.issues, ["input"]));
  if (!sameCase(json.value, id.data)) {
    return invalid([{ path: ["input", "id"], code: "case-id-mismatch", message: "expected the opening's id to be the case id" }]);
  }
  const opened = reducer.open(json.value);
  if (!opened.ok) return invalid(prefix(opened.issues, ["input"]));
  const recorded = toJsonValue(reducer.recordOpening ? reducer.recordOpening(json.value) : json.value);
  if (!recorded.ok) return invalid(prefix(recorded.issues, ["input"]));
  return commit(id.data, 1, opened.state, [openingEntry(id.data, recorded.value)]);
}

const Events = z.array(z.unknown());

/**
 * Plans an append: checks `expectedVersion` against the case as read, folds every event through
 * the reducer, and returns the next snapshot and log entries `seq = version + 1 …`. All or nothing:
 * one refused event refuses the batch, with the machine's reason and the event's index.
 *
 * @category Persistence
 * @example
 * const reducer: CaseReducer<{ value: string; context: { n: number } }> = {
 *   open: () => ({ ok: true, state: { value: "open", context: { n: 0 } } }),
 *   apply: (s) => ({ ok: true, state: { value: "open", context: { n: s.context.n + 1 } } }),
 * };
 * const current = { ok: true, caseId: "A-1", version: 1, state: { value: "open", context: { n: 0 } } } as const;
 * const w = prepareAppend(reducer, current, 1, [{ type: "tick", at: "2018-06-02" }]);
 * w.ok && w.version; // 2
 * prepareAppend(reducer, current, 3, []); // { ok: false, code: "version-conflict", currentVersion: 1 }
 */
export function prepareAppend<S>(
  reducer: CaseReducer<S>,
  current: StoredCase<S>,
  expectedVersion: unknown,
  events: unknown,
): PreparedWrite<S> | VersionConflict | EventRejected | InvalidInput {
  const expected = CaseVersion.safeParse(expectedVersion);
  if (!expected.success) return invalid(issuesFromZod(expected.error, ["expectedVersion"]));
  const list = Events.safeParse(events);
  if (!list.success) return invalid(issuesFromZod(list.error, ["events"]));
  if (expected.data !== current.version) {
    return { ok: false, code: "version-conflict", currentVersion: current.version };
  }
  let state = current.state;
  const entries: EventLogEntry[] = [];
  for (const [index, event] of list.data.entries()) {
    const json = toJsonValue(event);
    if (!json.ok) return invalid(prefix(json.issues, ["events", index]));
    const applied = reducer.apply(state, json.value);
    if (!applied.ok) return { ok: false, code: "event-rejected", index, reason: applied.reason };
    state = applied.state;
    const recorded = reducer.recordEvent ? toJsonValue(reducer.recordEvent(json.value)) : json;
    if (!recorded.ok) return invalid(prefix(recorded.issues, ["events", index]));
    entries.push({ caseId: current.caseId, seq: current.version + index + 1, event: recorded.value });
  }
  return commit(current.caseId, current.version + entries.length, state, entries);
}

/**
 * Reads a stored snapshot (any schema version, object or JSON text) back as a case. The state is
 * handed back as the reducer's state type: persistence only ever stores states a reducer produced,
 * checks their JSON shape on the way in and out, and, given the reducer, asks it to `validate` the
 * state (an unknown state value is a `corrupt-record`).
 *
 * @category Persistence
 * @example
 * const r = readStoredCase<{ value: string; context: {} }>({
 *   schemaVersion: 2, caseId: "A-1", version: 3, state: { value: "intake", context: {} },
 * });
 * r.ok && r.version; // 3
 */
export function readStoredCase<S>(stored: unknown, reducer?: CaseReducer<S>): StoredCase<S> | CorruptRecord {
  const restored = restoreCase(stored);
  if (!restored.ok) return { ok: false, code: "corrupt-record", issues: restored.issues };
  const { caseId, version } = restored.snapshot;
  let state = restored.snapshot.state;
  if (reducer?.restoreState) {
    const checked = reducer.restoreState(state, caseId);
    if (!checked.ok) return { ok: false, code: "corrupt-record", issues: prefix(checked.issues, ["state"]) };
    state = checked.state;
  } else {
    const issues = reducer?.validate?.(state, caseId) ?? [];
    if (issues.length > 0) return { ok: false, code: "corrupt-record", issues: prefix(issues, ["state"]) };
  }
  return { ok: true, caseId, version, state: state as unknown as S };
}

function commit<S>(caseId: string, version: number, state: S, entries: EventLogEntry[]): PreparedWrite<S> | InvalidInput {
  const serialized = serializeCase({ caseId, version, state });
  if (!serialized.ok) return invalid(serialized.issues);
  return { ok: true, caseId, version, state, snapshot: serialized.snapshot, entries };
}

function invalid(issues: readonly PersistenceIssue[]): InvalidInput {
  return { ok: false, code: "invalid-input", issues };
}

function prefix(issues: readonly PersistenceIssue[], path: (string | number)[]): PersistenceIssue[] {
  return issues.map((i) => ({ ...i, path: [...path, ...i.path] }));
}
