import { connect } from "./connect";
import { runDemo } from "./demo";

// `pnpm … start -- postgres://…` may pass the "--" through; it is not a connection string.
const argument = process.argv.slice(2).find((a) => a !== "--");
const connectionString = argument ?? process.env["DATABASE_URL"];

const db = await connect(connectionString ? { connectionString } : {});
try {
  console.log(connectionString ? "PostgreSQL server" : "embedded PostgreSQL (PGlite, in memory)");
  await runDemo(db, (line) => console.log(line));
} finally {
  await db.close();
}
