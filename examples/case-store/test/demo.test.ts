import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDemo } from "../src/demo";
import type { SqlClient } from "../src/sql-client";
import { memoryDatabase } from "./support";

// Starting PGlite takes 13-25 s on a loaded 2-core machine: the hook gets room for it, and teardown
// closes only what setup opened, so a failed start reports itself instead of a crash in afterAll.
const PGLITE_START_TIMEOUT = 120_000;

let db: SqlClient | undefined;
beforeAll(async () => {
  db = await memoryDatabase();
}, PGLITE_START_TIMEOUT);
afterAll(async () => {
  await db?.close();
}, PGLITE_START_TIMEOUT);

describe("the case-store demo", () => {
  it("prints the public status, the due items and the refused stale write, by reference only", async () => {
    const lines: string[] = [];
    await runDemo(db!, (l) => lines.push(l));
    expect(lines).toContain("stale write refused: version-conflict (current version 5)");
    expect(lines).toContain("public status: Pending Member State investigation (pending-member-state-investigation)");
    expect(lines.some((l) => l.includes("victim-status-update") && l.includes("victim V-1"))).toBe(true);
    expect(lines.at(-1)).toBe("replay of 6 log entries equals the stored snapshot: yes");
  });
});
