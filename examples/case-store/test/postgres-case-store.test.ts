import { caseReducer, replay } from "@psea/cases";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostgresCaseStore } from "../src/postgres-case-store";
import type { SqlClient } from "../src/sql-client";
import { DATABASE_HOOK_TIMEOUT_MS, allegation, closeQuietly, hqNotified, memoryDatabase, recording, registered, serverDatabase, statusUpdate } from "./support";

// PGlite always; a PostgreSQL server too when PSEA_CASE_STORE_DATABASE_URL names one (case ids are
// then prefixed per run, so the suite can run again on the same database).
const serverUrl = process.env["PSEA_CASE_STORE_DATABASE_URL"];
const backends: [string, () => Promise<SqlClient>, string][] = [
  ["PGlite in memory", memoryDatabase, ""],
  ...(serverUrl ? [["PostgreSQL server", () => serverDatabase(serverUrl), `run-${process.pid}-${Math.random().toString(36).slice(2, 8)}:`] as [string, () => Promise<SqlClient>, string]] : []),
];

async function storedLog<S>(store: PostgresCaseStore<S>, caseId: string) {
  const log = await store.readLog(caseId);
  if (!log.ok) throw new Error(log.code);
  return log.entries;
}

describe.each(backends)("PostgresCaseStore (%s)", (_name, open, prefix) => {
  let db: SqlClient;
  const c = (n: number) => `${prefix}PG-${n}`;
  beforeAll(async () => {
    db = await open();
  }, DATABASE_HOOK_TIMEOUT_MS);
  afterAll(() => closeQuietly(db as SqlClient | undefined), DATABASE_HOOK_TIMEOUT_MS);

  it("opens, appends, loads and reads the log; the snapshot equals the replay of the log", async () => {
    const store = new PostgresCaseStore(db, caseReducer);
    expect(await store.open(c(1), allegation(c(1)))).toMatchObject({ ok: true, version: 1 });
    expect(await store.append(c(1), 1, [registered, hqNotified])).toMatchObject({ ok: true, version: 3 });
    const loaded = await store.load(c(1));
    expect(loaded).toMatchObject({ ok: true, caseId: c(1), version: 3, state: { context: { headquarters: { notifiedOn: "2018-06-03" } } } });
    const log = await storedLog(store, c(1));
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(replay(log)).toEqual(loaded);
    const row = await db.query<{ version: number; schema_version: number }>("SELECT version, schema_version FROM cases WHERE case_id = $1", [c(1)]);
    expect(row.rows).toEqual([{ version: 3, schema_version: 2 }]);
  });

  it("two concurrent writers on one case: exactly one wins, the other gets version-conflict, caught by SQL", async () => {
    const setup = new PostgresCaseStore(db, caseReducer);
    await setup.open(c(2), allegation(c(2)));
    await setup.append(c(2), 1, [registered]);
    const { client, writes } = recording(db, 2);
    const a = new PostgresCaseStore(client, caseReducer);
    const b = new PostgresCaseStore(client, caseReducer);

    const results = await Promise.all([a.append(c(2), 2, [hqNotified]), b.append(c(2), 2, [statusUpdate("2018-06-04"), statusUpdate("2018-06-05")])]);

    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toEqual([{ ok: false, code: "version-conflict", currentVersion: winners[0]!.ok ? winners[0]!.version : -1 }]);
    // Both read version 2 before either wrote: the loser's UPDATE … WHERE version = 2 matched no row.
    expect(writes.filter((w) => w.sql.startsWith("UPDATE")).map((w) => w.rowCount).sort()).toEqual([0, 1]);

    const log = await storedLog(a, c(2));
    const winnerEvents = results[0]!.ok ? [hqNotified] : [statusUpdate("2018-06-04"), statusUpdate("2018-06-05")];
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    expect(log.slice(2).map((e) => e.event)).toEqual(winnerEvents);
    expect(replay(log)).toEqual(await a.load(c(2)));
  });

  it("writers that retry on conflict lose nothing and duplicate nothing", async () => {
    const store = new PostgresCaseStore(db, caseReducer);
    await store.open(c(3), allegation(c(3)));
    const writers = 4;
    const perWriter = 5;
    let conflicts = 0;
    const write = async (w: number) => {
      for (let i = 0; i < perWriter; i++) {
        // Each writer's events carry its number, to count them afterwards.
        const event = { ...statusUpdate("2018-06-10"), victimRef: `V-${w + 1}` };
        for (;;) {
          const current = await store.load(c(3));
          if (!current.ok) throw new Error(current.code);
          const r = await store.append(c(3), current.version, [event]);
          if (r.ok) break;
          if (r.code !== "version-conflict") throw new Error(JSON.stringify(r));
          conflicts += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: writers }, (_, w) => write(w)));
    const log = await storedLog(store, c(3));
    expect(log).toHaveLength(1 + writers * perWriter);
    for (let w = 0; w < writers; w++) {
      expect(log.filter((e) => (e.event as { victimRef?: string }).victimRef === `V-${w + 1}`)).toHaveLength(perWriter);
    }
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    expect(conflicts).toBeGreaterThan(0);
    const loaded = await store.load(c(3));
    expect(loaded).toMatchObject({ ok: true, version: 1 + writers * perWriter });
    expect(replay(log)).toEqual(loaded);
  });

  it("two concurrent openings of one case: one wins, the other is a version conflict", async () => {
    const a = new PostgresCaseStore(db, caseReducer);
    const results = await Promise.all([a.open(c(4), allegation(c(4))), a.open(c(4), allegation(c(4)))]);
    expect(results.map((r) => (r.ok ? "ok" : r.code)).sort()).toEqual(["ok", "version-conflict"]);
    expect(await storedLog(a, c(4))).toHaveLength(1);
  });

  it("does not write an event the machine refuses, and returns its reason", async () => {
    const store = new PostgresCaseStore(db, caseReducer);
    await store.open(c(5), allegation(c(5)));
    const r = await store.append(c(5), 1, [registered, { type: "CASE_CLOSED", at: "2018-06-03" }]);
    expect(r).toMatchObject({ ok: false, code: "event-rejected", index: 1, reason: { code: "not-allowed-in-state" } });
    expect(await store.load(c(5))).toMatchObject({ ok: true, version: 1 });
    expect(await storedLog(store, c(5))).toHaveLength(1);
  });

  it("the primary key on (case_id, seq) refuses a second event under the same seq", async () => {
    const store = new PostgresCaseStore(db, caseReducer);
    await store.open(c(6), allegation(c(6)));
    await expect(db.query("INSERT INTO case_events (case_id, seq, event) VALUES ($1, 1, '{}'::jsonb)", [c(6)])).rejects.toMatchObject({ code: "23505" });
  });

  it("returns results, never throws, for unknown cases and bad arguments", async () => {
    const store = new PostgresCaseStore(db, caseReducer);
    expect(await store.load(c(404))).toEqual({ ok: false, code: "not-found" });
    expect(await store.append(c(404), 1, [registered])).toEqual({ ok: false, code: "not-found" });
    expect(await store.readLog(" ")).toMatchObject({ ok: false, code: "invalid-input", issues: [{ path: ["caseId"] }] });
    expect(await store.open(c(7), { id: c(7) })).toMatchObject({ ok: false, code: "invalid-input" });
    await db.query("INSERT INTO cases (case_id, version, schema_version, snapshot) VALUES ($1, 1, 9, '{\"schemaVersion\":9}'::jsonb)", [c(8)]);
    expect(await store.load(c(8))).toMatchObject({ ok: false, code: "corrupt-record", issues: [{ code: "unsupported-schema-version" }] });
  });

  it("returns a typed error for a NUL character, which PostgreSQL cannot store, instead of throwing", async () => {
    const store = new PostgresCaseStore(db, caseReducer);
    const nulId = `${c(10)}\u0000`;
    expect(await store.open(nulId, allegation(nulId))).toMatchObject({ ok: false, code: "invalid-input", issues: [{ code: "nul-character" }] });
    expect(await store.load(nulId)).toMatchObject({ ok: false, code: "invalid-input", issues: [{ path: ["caseId"], code: "nul-character" }] });
    expect(await store.readLog(nulId)).toMatchObject({ ok: false, code: "invalid-input", issues: [{ path: ["caseId"], code: "nul-character" }] });
    const opening = { ...allegation(c(10)), subjects: [{ ref: "S-\u0000", category: "civilian-staff" }] };
    expect(await store.open(c(10), opening)).toEqual({
      ok: false,
      code: "invalid-input",
      issues: [{ path: ["input", "subjects", 0, "ref"], code: "nul-character", message: "PostgreSQL cannot store the NUL character (U+0000)" }],
    });
    expect(await store.load(c(10))).toEqual({ ok: false, code: "not-found" });
    await store.open(c(11), allegation(c(11)));
    const event = { type: "HEAD_OF_MISSION_LIAISON_RECORDED", at: "2018-06-02", note: "liaison\u0000" };
    expect(await store.append(c(11), 1, [event])).toMatchObject({
      ok: false,
      code: "invalid-input",
      issues: [{ path: ["events", 0, "note"], code: "nul-character" }],
    });
    expect(await store.load(c(11))).toMatchObject({ ok: true, version: 1 });
  });

  it("restores a v1 snapshot row under v2 and keeps appending", async () => {
    const store = new PostgresCaseStore(db, caseReducer);
    await store.open(c(9), allegation(c(9)));
    const current = await store.load(c(9));
    if (!current.ok) throw new Error(current.code);
    // Rewrite the row as an older release stored it.
    const v1 = { schemaVersion: 1, caseId: c(9), revision: 1, value: current.state.value, context: current.state.context };
    await db.query("UPDATE cases SET schema_version = 1, snapshot = $1::jsonb WHERE case_id = $2", [JSON.stringify(v1), c(9)]);
    expect(await store.load(c(9))).toEqual(current);
    expect(await store.append(c(9), 1, [registered])).toMatchObject({ ok: true, version: 2 });
    const row = await db.query<{ schema_version: number }>("SELECT schema_version FROM cases WHERE case_id = $1", [c(9)]);
    expect(row.rows[0]?.schema_version).toBe(2);
  });
});
