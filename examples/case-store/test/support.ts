import { PGlite } from "@electric-sql/pglite";
import { createTables } from "../src/schema";
import { connect } from "../src/connect";
import { pgliteClient, type SqlClient, type SqlRunner } from "../src/sql-client";

export const allegation = (id: string) => ({
  id,
  receivedOn: "2018-06-01",
  intake: { channel: "hotline" },
  subjects: [{ ref: "S-1", category: "civilian-staff" }],
  victims: ["V-1", "V-2", "V-3", "V-4"].map((ref) => ({ ref, age: { kind: "unknown" }, sex: "female" })),
});

export const registered = { type: "REGISTERED", at: "2018-06-02" };
export const hqNotified = { type: "HEADQUARTERS_NOTIFIED", at: "2018-06-03" };
/** Accepted at every stage, any number of times: good for racing writers. */
export const statusUpdate = (at: string) => ({ type: "VICTIM_STATUS_UPDATE_GIVEN", at, victimRef: "V-1" });

/**
 * How long a hook may take to start or stop a database. Starting PGlite takes 13-25 s on a loaded
 * 2-core machine, well past vitest's default of 10 s.
 */
export const DATABASE_HOOK_TIMEOUT_MS = 120_000;

/** Closes a database a setup hook may have failed to open: teardown must not hide the first failure. */
export async function closeQuietly(db: SqlClient | undefined): Promise<void> {
  if (db === undefined) return;
  try {
    await db.close();
  } catch {
    // The setup's own error is the one worth reporting.
  }
}

/** One in-memory PGlite for a test file: starting PostgreSQL is the slow part. */
export async function memoryDatabase(): Promise<SqlClient> {
  const db = pgliteClient(await PGlite.create());
  await createTables(db);
  return db;
}

/** A PostgreSQL server, through the same code path as `start -- postgres://…`. */
export function serverDatabase(connectionString: string): Promise<SqlClient> {
  return connect({ connectionString });
}

/**
 * A client that records each write's row count, to see where a conflict was caught. With
 * `holdTransactions: n`, no transaction starts until `n` have been asked for: every writer has read
 * the case before any writes, on PGlite and on a server alike.
 */
export function recording(db: SqlClient, holdTransactions = 0): { client: SqlClient; writes: { sql: string; rowCount: number }[] } {
  const writes: { sql: string; rowCount: number }[] = [];
  let waiting = 0;
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const wrap = (runner: SqlRunner): SqlRunner => ({
    async query<T>(sql: string, params?: readonly unknown[]) {
      const r = await runner.query<T>(sql, params);
      if (/^(UPDATE|INSERT)/.test(sql)) writes.push({ sql: sql.split(" ").slice(0, 3).join(" "), rowCount: r.rowCount });
      return r;
    },
  });
  return {
    client: {
      ...wrap(db),
      async transaction(work) {
        waiting += 1;
        if (waiting >= holdTransactions) release();
        await gate;
        return db.transaction((tx) => work(wrap(tx)));
      },
      close: () => db.close(),
    },
    writes,
  };
}
