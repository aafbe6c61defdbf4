import type { SqlRunner } from "./sql-client";

/**
 * One row per case (its latest snapshot and version) and one row per log entry. The primary key
 * on (case_id, seq) is the second line of defence: even a writer that skipped the version check
 * cannot store two events under one seq.
 */
export const CREATE_TABLES = `
CREATE TABLE IF NOT EXISTS cases (
  case_id        text    PRIMARY KEY,
  version        integer NOT NULL CHECK (version >= 1),
  schema_version integer NOT NULL,
  snapshot       jsonb   NOT NULL
);
CREATE TABLE IF NOT EXISTS case_events (
  case_id text    NOT NULL REFERENCES cases (case_id),
  seq     integer NOT NULL CHECK (seq >= 1),
  event   jsonb   NOT NULL,
  PRIMARY KEY (case_id, seq)
);`;

/** Creates the tables if they are missing. Statement by statement, so it runs on any driver. */
export async function createTables(db: SqlRunner): Promise<void> {
  for (const statement of CREATE_TABLES.split(";").map((s) => s.trim()).filter(Boolean)) {
    await db.query(statement);
  }
}
