import type { CaseReducer } from "./reducer";
import { replayLog } from "./replay-log";
import type { ReplayResult } from "./replay-result";

export type { ReplayResult } from "./replay-result";

/**
 * Folds a case's event log through a reducer: entry 1 opens the case, each later entry is applied
 * in `seq` order. The log must be one case's, complete and in order (`mixed-case`, `seq-gap`,
 * `not-opened`); an entry the reducer refuses stops the replay (`open-rejected`,
 * `event-rejected`) rather than being skipped, since a stored log only ever holds accepted events.
 *
 * @category Persistence
 * @example
 * const reducer: CaseReducer<number> = {
 *   open: () => ({ ok: true, state: 0 }),
 *   apply: (n) => ({ ok: true, state: n + 1 }),
 * };
 * const r = replayWith(reducer, [
 *   { caseId: "A-1", seq: 1, event: { type: "case-opened", input: {} } },
 *   { caseId: "A-1", seq: 2, event: { type: "tick", at: "2018-06-02" } },
 * ]);
 * r.ok && r.state; // 1
 */
export function replayWith<S>(reducer: CaseReducer<S>, entries: unknown): ReplayResult<S> {
  return replayLog(reducer, entries);
}
