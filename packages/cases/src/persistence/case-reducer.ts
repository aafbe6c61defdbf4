import { createParameterSet } from "@psea/core/parameters";
import type { StateValue } from "xstate";
import { applyEvent, applyEventsToSnapshot } from "../machine/apply-event";
import { caseMachine } from "../machine/case-machine";
import type { CaseState } from "../machine/case-state";
import type { CaseContext } from "../machine/context";
import { CaseEvent } from "../machine/events";
import { CaseOpening, openCase, openCaseSnapshot } from "../machine/open-case";
import type { CorruptRecord, StoredCase } from "./case-store";
import type { PersistenceIssue } from "./issues";
import { readStoredCase } from "./prepare-write";
import type { CaseReducer } from "./reducer";
import type { ReplayResult } from "./replay-result";
import { replayLog, type FoldLog } from "./replay-log";
import type { PersistedCaseState } from "./snapshot-schema";
import { checkStoredCaseState } from "./stored-context";

// The log keeps what the machine read, never more: the schemas drop identity data, so must the log.
function parsedOr(schema: { safeParse(v: unknown): { success: true; data: unknown } | { success: false } }, value: unknown): unknown {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : value;
}

// The overlay as validated (strictly, rebuilt field by field), not as given.
function recordedOpening(input: unknown): unknown {
  const parsed = CaseOpening.safeParse(input);
  if (!parsed.success) return input;
  if (parsed.data.parameters === undefined) return parsed.data;
  const overlay = createParameterSet(parsed.data.parameters);
  return { ...parsed.data, parameters: overlay.ok ? overlay.value.overlay : {} };
}

function validateCaseState(state: PersistedCaseState, caseId?: string): PersistenceIssue[] {
  if (caseId !== undefined) {
    const checked = checkStoredCaseState(state, caseId);
    if (!checked.ok) return checked.issues;
  }
  return validateStateValue(state);
}

function restoreCaseStateChecked(state: PersistedCaseState, caseId: string): { ok: true; state: PersistedCaseState } | { ok: false; issues: PersistenceIssue[] } {
  const checked = checkStoredCaseState(state, caseId);
  if (!checked.ok) return checked;
  const issues = validateStateValue(checked.state);
  return issues.length > 0 ? { ok: false, issues } : checked;
}

function validateStateValue(state: PersistedCaseState): PersistenceIssue[] {
  try {
    const snapshot = caseMachine.resolveState({ value: state.value as StateValue, context: state.context as unknown as CaseContext });
    if (snapshot.status === "active") return [];
  } catch {
    // An unknown state value: reported below like any other.
  }
  return [{ path: ["value"], code: "unknown-state", message: "expected a state of the case machine" }];
}

/**
 * The allegation machine as a {@link CaseReducer}: `openCase`, `applyEvent`, and a check that a
 * restored state value is one of the machine's. The log records openings and events as the machine
 * parsed them, so identity data a caller passed along (which the machine drops) is never stored.
 * Give it to a store.
 *
 * @category Persistence
 * @example
 * const opened = caseReducer.open(exampleCaseOpening());
 * opened.ok && caseReducer.apply(opened.state, { type: "REGISTERED", at: "2018-06-02" }).ok; // true
 * // What the log records is what the machine read: the victim's identity is dropped.
 * const recorded = caseReducer.recordEvent?.({ type: "VICTIM_RECORDED", at: "2018-06-03", victim: { ref: "V-2", age: { kind: "unknown" }, sex: "female", identity: { name: "…" } } });
 * recorded; // { type: "VICTIM_RECORDED", at: "2018-06-03", victim: { ref: "V-2", age: { kind: "unknown" }, sex: "female", beneficiary: false } }
 * const store = new InMemoryCaseStore(caseReducer); // a store of allegation cases
 */
export const caseReducer: CaseReducer<CaseState> = {
  open: openCase,
  apply: applyEvent,
  recordOpening: recordedOpening,
  recordEvent: (event) => parsedOr(CaseEvent, event),
  validate: validateCaseState,
  restoreState: restoreCaseStateChecked,
};

// The batch path: the snapshot openCase made goes straight on through the events; no one else
// holds it, so no copy of it is made.
const foldLog: FoldLog<CaseState> = (input, events) => {
  const opened = openCaseSnapshot(input);
  if (!opened.ok) return { ok: false, opened: false, issues: opened.issues };
  const applied = applyEventsToSnapshot(opened.snapshot, events);
  return applied.ok ? applied : { ok: false, opened: true, index: applied.index, reason: applied.reason };
};

/**
 * Replays a case's event log through the allegation machine: entry 1 (`case-opened`) goes to
 * `openCase`, every later entry to `applyEvent`, in `seq` order. The result equals the live state
 * the events produced when they were first applied. See {@link replayWith} for the checks made.
 * The events go through one machine snapshot carried from event to event (`applyEvents`), with
 * the same results, and the same refusals, as `applyEvent` one by one.
 *
 * @category Persistence
 * @example
 * const r = replay([
 *   { caseId: "A-1", seq: 1, event: { type: "case-opened", input: { id: "A-1", receivedOn: "2018-06-01", intake: { channel: "hotline" } } } },
 *   { caseId: "A-1", seq: 2, event: { type: "REGISTERED", at: "2018-06-02" } },
 * ]);
 * r.ok && r.version; // 2
 * r.ok && publicStatus(r.state); // "preliminary-assessment"
 */
export function replay(entries: unknown): ReplayResult<CaseState> {
  return replayLog(caseReducer, entries, foldLog);
}

/**
 * Reads a stored snapshot (any schema version, object or JSON text) as a case of the allegation
 * machine, ready for `applyEvent`, `dueItems` and `publicStatus`. The whole context is checked
 * ({@link checkStoredCaseState}): a missing section, another case's id or an invalid date is a
 * `corrupt-record`; an identity planted in the stored row is dropped.
 *
 * @category Persistence
 * @example
 * const s = serializeCase({ caseId: "A-1", version: 7, state: exampleCase("investigating") });
 * const stored = JSON.stringify(s.ok && s.snapshot); // as a store keeps it
 * const r = restoreCaseState(stored);
 * r.ok ? publicStatus(r.state) : r.issues; // "pending-member-state-investigation"
 * const bad = restoreCaseState({ schemaVersion: 2, caseId: "A-1", version: 1, state: { value: "nowhere", context: exampleCase().context } });
 * !bad.ok && bad.issues[0]?.code; // "unknown-state"
 * const empty = restoreCaseState({ schemaVersion: 2, caseId: "A-1", version: 1, state: { value: "intake", context: {} } });
 * !empty.ok && empty.issues[0]?.path; // ["state", "context", "caseId"]
 */
export function restoreCaseState(stored: unknown): StoredCase<CaseState> | CorruptRecord {
  return readStoredCase(stored, caseReducer);
}
