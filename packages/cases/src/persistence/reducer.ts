import type { PersistenceIssue } from "./issues";
import type { PersistedCaseState } from "./snapshot-schema";

/**
 * Why a reducer refused an event: the machine's own reason, passed through unchanged.
 *
 * @category Persistence
 * @example
 * const r: RejectionReason = { code: "not-allowed", message: "close needs a recorded action" };
 */
export interface RejectionReason {
  readonly code: string;
  readonly message: string;
  readonly path?: (string | number)[];
}

/**
 * What a reducer returns when a case is opened.
 *
 * @category Persistence
 * @example
 * const r: ReducerOpenResult<number> = { ok: false, issues: [{ path: ["id"], code: "invalid_type", message: "…" }] };
 */
export type ReducerOpenResult<S> =
  | { readonly ok: true; readonly state: S }
  | { readonly ok: false; readonly issues: readonly PersistenceIssue[] };

/**
 * What a reducer returns for one event. A refusal keeps the state it was given.
 *
 * @category Persistence
 * @example
 * const r: ReducerApplyResult<number> = { ok: false, state: 3, reason: { code: "not-allowed", message: "…" } };
 */
export type ReducerApplyResult<S> =
  | { readonly ok: true; readonly state: S }
  | { readonly ok: false; readonly state: S; readonly reason: RejectionReason };

/**
 * The two pure functions persistence needs from a case machine: open a case from its input, and
 * fold one event into a state; and, optionally, a check that a restored state is one of the
 * machine's. `@psea/cases` binds it to `openCase`/`applyEvent` ({@link caseReducer}); tests and
 * other machines can supply their own.
 *
 * @category Persistence
 * @example
 * const counter: CaseReducer<{ value: string; context: { n: number } }> = {
 *   open: () => ({ ok: true, state: { value: "open", context: { n: 0 } } }),
 *   apply: (s) => ({ ok: true, state: { value: s.value, context: { n: s.context.n + 1 } } }),
 * };
 * counter.open({}).ok; // true
 */
export interface CaseReducer<S> {
  open(input: unknown): ReducerOpenResult<S>;
  apply(state: S, event: unknown): ReducerApplyResult<S>;
  /**
   * The form of an accepted opening input to write to the log: the machine's parsed form, so that
   * whatever it drops (a victim's identity) is never stored. Defaults to the input as given.
   */
  recordOpening?(input: unknown): unknown;
  /** As {@link CaseReducer.recordOpening}, for an accepted event. */
  recordEvent?(event: unknown): unknown;
  /** Issues (paths from the state) when a restored state is not one this machine can be in. */
  validate?(state: PersistedCaseState, caseId: string): readonly PersistenceIssue[];
  /**
   * The state to hand back for a restored one, or its issues: a check of the whole state (which
   * also gives `validate`'s answer) that may drop what the machine never writes, such as an
   * identity planted in a stored row. Used instead of `validate` when given.
   */
  restoreState?(state: PersistedCaseState, caseId: string): { ok: true; state: PersistedCaseState } | { ok: false; issues: readonly PersistenceIssue[] };
}
