import fc from "fast-check";
import { expect } from "vitest";
import { readStoredCase, replayWith, restoreCase, serializeCase, type CaseReducer, type EventLogEntry } from "../../../src/persistence";

export interface PropertySubject<S> {
  readonly reducer: CaseReducer<S>;
  /**
   * The input a case is opened with, and candidate events in date order; those the machine refuses
   * are dropped, leaving a valid sequence.
   */
  readonly history: fc.Arbitrary<{ readonly caseId?: string; readonly opening: unknown; readonly candidates: readonly unknown[] }>;
  readonly asOf: fc.Arbitrary<string>;
  readonly dueItems: (state: S, asOf: string) => unknown;
}

export interface History<S> {
  readonly live: S;
  readonly accepted: unknown[];
}

/** Applies candidates one by one, keeping the accepted events: a random valid event sequence. */
export function liveHistory<S>(reducer: CaseReducer<S>, opening: unknown, candidates: readonly unknown[]): History<S> | undefined {
  const opened = reducer.open(opening);
  if (!opened.ok) return undefined;
  let live = opened.state;
  const accepted: unknown[] = [];
  for (const event of candidates) {
    const r = reducer.apply(live, event);
    if (r.ok) {
      live = r.state;
      accepted.push(event);
    } else {
      expect(r.state).toBe(live);
    }
  }
  return { live, accepted };
}

/**
 * Persisting and restoring at random points in a valid history changes nothing: the final state
 * and its due items equal those of the uninterrupted live run, and so does the replay of the log.
 */
export function persistedEqualsLive<S>(subject: PropertySubject<S>) {
  return fc.property(
    subject.history,
    fc.array(fc.nat(), { maxLength: 6 }),
    subject.asOf,
    ({ caseId = "C-1", opening, candidates }, cutSeeds, asOf) => {
      const history = liveHistory(subject.reducer, opening, candidates);
      if (!history) return;
      const { live, accepted } = history;
      const cuts = new Set(cutSeeds.map((n) => n % (accepted.length + 1)));

      const opened = subject.reducer.open(opening);
      if (!opened.ok) throw new Error("opening stopped being valid");
      let state = opened.state;
      for (const [i, event] of accepted.entries()) {
        if (cuts.has(i)) state = persistAndRestore(state, i + 1);
        const r = subject.reducer.apply(state, event);
        if (!r.ok) throw new Error(`a restored state refused event ${i}: ${r.reason.code}`);
        state = r.state;
      }
      if (cuts.has(accepted.length)) state = persistAndRestore(state, accepted.length + 1);

      expect(state).toEqual(live);
      expect(subject.dueItems(state, asOf)).toEqual(subject.dueItems(live, asOf));

      const log: EventLogEntry[] = [
        { caseId, seq: 1, event: { type: "case-opened", input: JSON.parse(JSON.stringify(opening)) as never } },
        ...accepted.map((event, i) => ({ caseId, seq: i + 2, event: JSON.parse(JSON.stringify(event)) as never })),
      ];
      const replayed = replayWith(subject.reducer, JSON.parse(JSON.stringify(log)));
      expect(replayed).toEqual({ ok: true, caseId, version: accepted.length + 1, state: live });
    },
  );
}

function persistAndRestore<S>(state: S, version: number): S {
  const serialized = serializeCase({ caseId: "C-1", version, state });
  if (!serialized.ok) throw new Error(`serialize failed: ${JSON.stringify(serialized.issues)}`);
  const restored = readStoredCase<S>(JSON.stringify(serialized.snapshot));
  if (!restored.ok) throw new Error(`restore failed: ${JSON.stringify(restored.issues)}`);
  expect(restored.version).toBe(version);
  expect(restoreCase(serialized.snapshot).ok).toBe(true);
  return restored.state;
}
