import type { PersistenceIssue } from "./issues";

/**
 * The result of replaying a log: the state it folds to and the version (last `seq`), or the first
 * problem found, located by its index in the log.
 *
 * @category Persistence
 * @example
 * const r: ReplayResult<CaseState> = replay([
 *   { caseId: "A-1", seq: 1, event: { type: "case-opened", input: exampleCaseOpening() } },
 *   { caseId: "A-1", seq: 3, event: { type: "REGISTERED", at: "2018-06-02" } },
 * ]);
 * r.ok ? r.version : r.issues[0]?.code; // "seq-gap"
 * !r.ok && r.issues[0]?.path; // [1, "seq"]
 */
export type ReplayResult<S> =
  | { readonly ok: true; readonly caseId: string; readonly version: number; readonly state: S }
  | { readonly ok: false; readonly issues: readonly PersistenceIssue[] };
