import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDemo } from "../src/demo";
import type { SqlClient } from "../src/sql-client";
import { DATABASE_HOOK_TIMEOUT_MS, closeQuietly, memoryDatabase } from "./support";

let db: SqlClient;
beforeAll(async () => {
  db = await memoryDatabase();
}, DATABASE_HOOK_TIMEOUT_MS);
// `db` stays unset when the setup failed: the teardown must not add a second error to the first.
afterAll(() => closeQuietly(db as SqlClient | undefined), DATABASE_HOOK_TIMEOUT_MS);

describe("the case-store demo", () => {
  it("prints the public status, the due items and the refused stale write, by reference only", async () => {
    const lines: string[] = [];
    await runDemo(db, (l) => lines.push(l));
    expect(lines).toContain("stale write refused: version-conflict (current version 5)");
    expect(lines).toContain("public status: Pending Member State investigation (pending-member-state-investigation)");
    expect(lines.some((l) => l.includes("victim-status-update") && l.includes("victim V-1"))).toBe(true);
    expect(lines.at(-1)).toBe("replay of 6 log entries equals the stored snapshot: yes");
  });
});
