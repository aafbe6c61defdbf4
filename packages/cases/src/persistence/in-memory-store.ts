import { RecordId } from "@psea/core";
import type { AppendResult, CaseStore, InvalidInput, LoadResult, LogResult, OpenResult, StoredCase } from "./case-store";
import { EventLogEntry } from "./event-log";
import { issuesFromZod } from "./issues";
import { prepareAppend, prepareOpen, readStoredCase, type PreparedWrite } from "./prepare-write";
import type { CaseReducer } from "./reducer";

interface Row {
  snapshot: string;
  log: string[];
}

/**
 * A {@link CaseStore} in memory, for tests, demos and single-process tools. Snapshots and log
 * entries are kept as JSON text, so what comes back is always a fresh copy that went through
 * {@link restoreCase}, exactly as from a database. Each call reads and writes without awaiting in
 * between, so within one process a write is atomic and a stale `expectedVersion` always conflicts.
 *
 * @category Persistence
 * @example
 * const store = new InMemoryCaseStore(caseReducer);
 * async function demo(): Promise<void> {
 *   await store.open("A-1", exampleCaseOpening()); // { ok: true, caseId: "A-1", version: 1, state: … }
 *   await store.append("A-1", 5, []); // { ok: false, code: "version-conflict", currentVersion: 1 }
 * }
 */
export class InMemoryCaseStore<S> implements CaseStore<S> {
  readonly #rows = new Map<string, Row>();
  readonly #reducer: CaseReducer<S>;

  constructor(reducer: CaseReducer<S>) {
    this.#reducer = reducer;
  }

  open(caseId: string, input: unknown): Promise<OpenResult<S>> {
    const id = RecordId.safeParse(caseId);
    if (id.success) {
      const existing = this.#rows.get(id.data);
      if (existing) return Promise.resolve({ ok: false, code: "version-conflict", currentVersion: existing.log.length });
    }
    const write = prepareOpen(this.#reducer, caseId, input);
    if (!write.ok) return Promise.resolve(write);
    return Promise.resolve(this.#commit(write, { snapshot: "", log: [] }));
  }

  load(caseId: string): Promise<LoadResult<S>> {
    const row = this.#row(caseId);
    if (!row.ok) return Promise.resolve(row);
    return Promise.resolve(readStoredCase(row.row.snapshot, this.#reducer));
  }

  append(caseId: string, expectedVersion: number, events: readonly unknown[]): Promise<AppendResult<S>> {
    const row = this.#row(caseId);
    if (!row.ok) return Promise.resolve(row);
    const current = readStoredCase(row.row.snapshot, this.#reducer);
    if (!current.ok) return Promise.resolve(current);
    const write = prepareAppend(this.#reducer, current, expectedVersion, events);
    if (!write.ok) return Promise.resolve(write);
    return Promise.resolve(this.#commit(write, row.row));
  }

  readLog(caseId: string): Promise<LogResult> {
    const row = this.#row(caseId);
    if (!row.ok) return Promise.resolve(row);
    const entries: EventLogEntry[] = [];
    for (const [index, text] of row.row.log.entries()) {
      const parsed = EventLogEntry.safeParse(JSON.parse(text));
      if (!parsed.success) return Promise.resolve({ ok: false, code: "corrupt-record", issues: issuesFromZod(parsed.error, [index]) });
      entries.push(parsed.data);
    }
    return Promise.resolve({ ok: true, entries });
  }

  #row(caseId: string): { ok: true; row: Row } | InvalidInput | { ok: false; code: "not-found" } {
    const id = RecordId.safeParse(caseId);
    if (!id.success) return { ok: false, code: "invalid-input", issues: issuesFromZod(id.error, ["caseId"]) };
    const row = this.#rows.get(id.data);
    return row ? { ok: true, row } : { ok: false, code: "not-found" };
  }

  #commit(write: PreparedWrite<S>, row: Row): StoredCase<S> {
    // The new row replaces the old one whole, so a reader never sees a snapshot ahead of its log.
    this.#rows.set(write.caseId, {
      snapshot: JSON.stringify(write.snapshot),
      log: [...row.log, ...write.entries.map((e) => JSON.stringify(e))],
    });
    return { ok: true, caseId: write.caseId, version: write.version, state: write.state };
  }
}
