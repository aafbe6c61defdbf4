import type { PGlite, Transaction } from "@electric-sql/pglite";
import type { Pool, PoolClient } from "pg";

/** The part of a SQL result the store reads: rows, and how many rows a write touched. */
export interface SqlResult<T> {
  readonly rows: T[];
  readonly rowCount: number;
}

/** One SQL statement runner: a connection, or a connection inside a transaction. */
export interface SqlRunner {
  query<T>(sql: string, params?: readonly unknown[]): Promise<SqlResult<T>>;
}

/**
 * What the case store needs from PostgreSQL, whichever driver speaks to it: plain statements, and
 * a transaction that commits when its callback resolves and rolls back when it throws.
 */
export interface SqlClient extends SqlRunner {
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Embedded PostgreSQL (PGlite, WASM in-process). PGlite runs one statement at a time and queues the rest. */
export function pgliteClient(db: PGlite): SqlClient {
  const runner = (q: PGlite | Transaction): SqlRunner => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const r = await q.query<T>(sql, [...params]);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rowCount ?? 0 };
    },
  });
  return {
    ...runner(db),
    transaction: (work) => db.transaction((tx) => work(runner(tx))),
    close: () => db.close(),
  };
}

/** A PostgreSQL server through node-postgres; each transaction takes its own pooled connection. */
export function pgPoolClient(pool: Pool): SqlClient {
  const runner = (q: Pool | PoolClient): SqlRunner => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const r = await q.query(sql, [...params]);
      return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
    },
  });
  return {
    ...runner(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(runner(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
