import {
  EventLogEntry,
  issuesFromZod,
  prepareAppend,
  prepareOpen,
  readStoredCase,
  type AppendResult,
  type InvalidInput,
  type CaseReducer,
  type CaseStore,
  type LoadResult,
  type LogResult,
  type OpenResult,
  type PreparedWrite,
  type StoredCase,
  type VersionConflict,
} from "@psea/cases";
import { RecordId } from "@psea/core";
import type { SqlClient, SqlRunner } from "./sql-client";

interface CaseRow {
  version: number;
  snapshot: unknown;
}

/** Thrown inside a transaction to roll it back when the database says another writer got there first. */
class LostRace extends Error {}

// PostgreSQL's unique_violation: the (case_id, seq) primary key or the cases primary key.
const UNIQUE_VIOLATION = "23505";

/**
 * A {@link CaseStore} in PostgreSQL. The machine runs in the application (prepareOpen/prepareAppend);
 * the database only decides who wins: the snapshot UPDATE names the version the writer read
 * (`WHERE version = $expected`), the log rows are keyed on (case_id, seq), and both happen in one
 * transaction, so a stale writer changes nothing.
 */
export class PostgresCaseStore<S> implements CaseStore<S> {
  readonly #db: SqlClient;
  readonly #reducer: CaseReducer<S>;

  constructor(db: SqlClient, reducer: CaseReducer<S>) {
    this.#db = db;
    this.#reducer = reducer;
  }

  async open(caseId: string, input: unknown): Promise<OpenResult<S>> {
    const write = prepareOpen(this.#reducer, caseId, input);
    if (!write.ok) return write;
    const nul = nulInWrite(write);
    if (nul) return nul;
    return this.#commit(write, async (tx) => {
      const inserted = await tx.query(
        "INSERT INTO cases (case_id, version, schema_version, snapshot) VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT (case_id) DO NOTHING",
        [write.caseId, write.version, write.snapshot.schemaVersion, JSON.stringify(write.snapshot)],
      );
      return inserted.rowCount === 1;
    });
  }

  async load(caseId: string): Promise<LoadResult<S>> {
    const row = await this.#read(caseId);
    if (!row.ok) return row;
    return toStoredCase(row.row, this.#reducer);
  }

  async append(caseId: string, expectedVersion: number, events: readonly unknown[]): Promise<AppendResult<S>> {
    const row = await this.#read(caseId);
    if (!row.ok) return row;
    const current = toStoredCase(row.row, this.#reducer);
    if (!current.ok) return current;
    const write = prepareAppend(this.#reducer, current, expectedVersion, events);
    if (!write.ok) return write;
    if (write.entries.length === 0) return current;
    const nul = nulInWrite(write);
    if (nul) return nul;
    return this.#commit(write, async (tx) => {
      const updated = await tx.query(
        "UPDATE cases SET version = $2, schema_version = $3, snapshot = $4::jsonb WHERE case_id = $1 AND version = $5",
        [write.caseId, write.version, write.snapshot.schemaVersion, JSON.stringify(write.snapshot), current.version],
      );
      return updated.rowCount === 1;
    });
  }

  async readLog(caseId: string): Promise<LogResult> {
    const row = await this.#read(caseId);
    if (!row.ok) return row;
    const result = await this.#db.query<{ case_id: string; seq: number; event: unknown }>(
      "SELECT case_id, seq, event FROM case_events WHERE case_id = $1 ORDER BY seq",
      [row.caseId],
    );
    const entries: EventLogEntry[] = [];
    for (const [index, r] of result.rows.entries()) {
      const parsed = EventLogEntry.safeParse({ caseId: r.case_id, seq: r.seq, event: r.event });
      if (!parsed.success) return { ok: false, code: "corrupt-record", issues: issuesFromZod(parsed.error, [index]) };
      entries.push(parsed.data);
    }
    return { ok: true, entries };
  }

  async #read(caseId: string): Promise<{ ok: true; caseId: string; row: CaseRow } | InvalidInput | { ok: false; code: "not-found" }> {
    const id = RecordId.safeParse(caseId);
    if (!id.success) return { ok: false, code: "invalid-input", issues: issuesFromZod(id.error, ["caseId"]) };
    if (id.data.includes("\u0000")) return nulCharacter(["caseId"]);
    const result = await this.#db.query<CaseRow>("SELECT version, snapshot FROM cases WHERE case_id = $1", [id.data]);
    const row = result.rows[0];
    return row ? { ok: true, caseId: id.data, row } : { ok: false, code: "not-found" };
  }

  /** Runs `claim` (the write that names the version) and inserts the log rows, all in one transaction. */
  async #commit(write: PreparedWrite<S>, claim: (tx: SqlRunner) => Promise<boolean>): Promise<StoredCase<S> | VersionConflict> {
    try {
      await this.#db.transaction(async (tx) => {
        if (!(await claim(tx))) throw new LostRace();
        for (const entry of write.entries) {
          await tx.query("INSERT INTO case_events (case_id, seq, event) VALUES ($1, $2, $3::jsonb)", [
            entry.caseId,
            entry.seq,
            JSON.stringify(entry.event),
          ]);
        }
      });
    } catch (error) {
      if (!(error instanceof LostRace) && !isUniqueViolation(error)) throw error;
      const now = await this.#read(write.caseId);
      return { ok: false, code: "version-conflict", currentVersion: now.ok ? now.row.version : 0 };
    }
    return { ok: true, caseId: write.caseId, version: write.version, state: write.state };
  }
}

// PostgreSQL's text and jsonb cannot hold U+0000: a query carrying one fails. The store says so as
// a typed refusal before it asks, rather than throwing the driver's error at the caller.
function nulCharacter(path: (string | number)[]): InvalidInput {
  return { ok: false, code: "invalid-input", issues: [{ path, code: "nul-character", message: "PostgreSQL cannot store the NUL character (U+0000)" }] };
}

/** The path of the first string or key holding U+0000, if any. */
function nulPath(value: unknown, path: (string | number)[]): (string | number)[] | undefined {
  const stack: [unknown, (string | number)[]][] = [[value, path]];
  while (stack.length > 0) {
    const [v, p] = stack.pop()!;
    if (typeof v === "string") {
      if (v.includes("\u0000")) return p;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], [...p, i]]);
    } else if (typeof v === "object" && v !== null) {
      for (const [k, item] of Object.entries(v)) {
        if (k.includes("\u0000")) return p;
        stack.push([item, [...p, k]]);
      }
    }
  }
  return undefined;
}

function nulInWrite<S>(write: PreparedWrite<S>): InvalidInput | undefined {
  for (const [index, entry] of write.entries.entries()) {
    // An opening entry's event is `{ type, input }`, so its paths start at "input"; appended events are "events", i.
    const path = nulPath(entry.event, entry.seq === 1 ? [] : ["events", index]);
    if (path) return nulCharacter(path);
  }
  const path = nulPath(write.snapshot, ["snapshot"]);
  return path ? nulCharacter(path) : undefined;
}

function toStoredCase<S>(row: CaseRow, reducer: CaseReducer<S>): ReturnType<typeof readStoredCase<S>> {
  const stored = readStoredCase(row.snapshot, reducer);
  if (stored.ok && stored.version !== row.version) {
    return {
      ok: false,
      code: "corrupt-record",
      issues: [{ path: ["version"], code: "version-mismatch", message: `column ${row.version}, snapshot ${stored.version}` }],
    };
  }
  return stored;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION;
}
