import { PGlite } from "@electric-sql/pglite";
import { createTables } from "./schema";
import { pgliteClient, pgPoolClient, type SqlClient } from "./sql-client";

/**
 * Opens the database and creates the tables if needed: a PostgreSQL server through `pg` when a
 * connection string is given, otherwise PGlite (in memory, or in `dataDir` when given).
 */
export async function connect(options: { connectionString?: string; dataDir?: string } = {}): Promise<SqlClient> {
  let client: SqlClient;
  if (options.connectionString) {
    // Loaded only on this path, so the PGlite default never needs the pg driver.
    const { default: pg } = await import("pg");
    client = pgPoolClient(new pg.Pool({ connectionString: options.connectionString }));
  } else {
    client = pgliteClient(await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {}));
  }
  await createTables(client);
  return client;
}
