import { InMemoryCaseStore, readStoredCase, replayWith, type CaseReducer, type CorruptRecord, type PersistenceIssue, type ReplayResult, type StoredCase } from "@psea/cases";
import type { ParameterSet } from "@psea/core";
import { AssessmentStateSchema, applyAssessmentEvent, openAssessment } from "./apply";
import type { AssessmentState } from "./context";
import { AssessmentEvent } from "./events";

function validate(state: unknown): PersistenceIssue[] {
  const parsed = AssessmentStateSchema.safeParse(state);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), code: "unknown-state", message: "not a state of the assessment workflow" }));
}

/**
 * The assessment workflow as a reducer for the persistence of `@psea/cases` (versioned snapshots,
 * an append-only event log, replay and optimistic concurrency). The log records the opening with
 * the scheme it resolved, so a replay never depends on the parameters in force when it runs.
 * `parameters` is the host's overlay the default scheme is taken from.
 *
 * @category Persistence
 * @example
 * const reducer = createAssessmentReducer();
 * const opened = reducer.open({ id: "PCA-1", partnerId: "IP-1", createdOn: "2018-01-02" });
 * opened.ok && opened.state.value; // "draft"
 * (reducer.recordOpening?.({ id: "PCA-1", partnerId: "IP-1", createdOn: "2018-01-02" }) as { scheme: { standards: unknown[] } }).scheme.standards.length; // 6
 */
export function createAssessmentReducer(parameters?: ParameterSet): CaseReducer<AssessmentState> {
  const options = parameters ? { parameters } : {};
  return {
    open: (input) => openAssessment(input, options),
    apply: applyAssessmentEvent,
    recordOpening: (input) => {
      const opened = openAssessment(input, options);
      if (!opened.ok) return input;
      const c = opened.state.context;
      return { id: c.id, partnerId: c.partnerId, agreementIds: c.agreementIds, createdOn: c.createdOn, scheme: c.scheme };
    },
    // What the machine read, never more: a stray property a caller added is not stored.
    recordEvent: (event) => {
      const parsed = AssessmentEvent.safeParse(event);
      return parsed.success ? parsed.data : event;
    },
    validate,
  };
}

/**
 * The reducer with the kit's default parameters.
 *
 * @category Persistence
 * @example
 * assessmentReducer.open({ id: "PCA-1", partnerId: "IP-1", createdOn: "2018-01-02" }).ok; // true
 */
export const assessmentReducer: CaseReducer<AssessmentState> = createAssessmentReducer();

/**
 * A store of assessments in memory (snapshots and log kept as JSON text). `append` names the
 * version it read; a stale one is refused with `{ code: "version-conflict", currentVersion }`.
 * A database store implements `CaseStore` of `@psea/cases` with {@link assessmentReducer} the same way.
 *
 * @category Persistence
 * @example
 * const store = createAssessmentStore();
 * async function demo(): Promise<string | number> {
 *   const opened = await store.open("PCA-1", { id: "PCA-1", partnerId: "IP-1", createdOn: "2018-01-02" });
 *   if (!opened.ok) return opened.code;
 *   await store.append("PCA-1", opened.version, [{ type: "ASSIGNED", at: "2018-01-03", assessor: "Partnership officer" }]);
 *   const stale = await store.append("PCA-1", opened.version, [{ type: "CANCELLED", at: "2018-01-03" }]);
 *   return stale.ok ? stale.version : stale.code; // "version-conflict"
 * }
 */
export function createAssessmentStore(reducer: CaseReducer<AssessmentState> = assessmentReducer): InMemoryCaseStore<AssessmentState> {
  return new InMemoryCaseStore(reducer);
}

/**
 * Replays an assessment's event log: entry 1 opens it, every later entry is applied in `seq` order.
 * The result equals the live state the events produced. A refused or out-of-order entry stops the
 * replay with an issue (`seq-gap`, `mixed-case`, `not-opened`, `open-rejected`, `event-rejected`).
 *
 * @category Persistence
 * @example
 * const r = replayAssessment([
 *   { caseId: "PCA-1", seq: 1, event: { type: "case-opened", input: { id: "PCA-1", partnerId: "IP-1", createdOn: "2018-01-02" } } },
 *   { caseId: "PCA-1", seq: 2, event: { type: "ASSIGNED", at: "2018-01-03", assessor: "Partnership officer" } },
 * ]);
 * r.ok && [r.version, r.state.value]; // [2, "assigned"]
 */
export function replayAssessment(entries: unknown): ReplayResult<AssessmentState> {
  return replayWith(assessmentReducer, entries);
}

/**
 * Reads a stored snapshot (object or JSON text, any snapshot schema version) back as an assessment,
 * checked against the workflow's states.
 *
 * @category Persistence
 * @example
 * const bad = restoreAssessment({ schemaVersion: 2, caseId: "PCA-1", version: 1, state: { value: "approved", context: {} } });
 * !bad.ok && bad.code; // "corrupt-record"
 */
export function restoreAssessment(stored: unknown): StoredCase<AssessmentState> | CorruptRecord {
  return readStoredCase(stored, assessmentReducer);
}
