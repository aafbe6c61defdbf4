import { describe, expect, it } from "vitest";
import { InMemoryCaseStore, replayWith } from "../../src/persistence";
import { fakeReducer } from "./support/fake-reducer";

const input = { caseRef: "A-1", receivedOn: "2018-06-01" };
const assess = { type: "assess", at: "2018-06-03" };
const refer = { type: "refer", at: "2018-06-05", entity: "OIOS" };
const close = { type: "close", at: "2018-06-06" };

async function openedStore() {
  const store = new InMemoryCaseStore(fakeReducer);
  const opened = await store.open("A-1", input);
  expect(opened).toMatchObject({ ok: true, caseId: "A-1", version: 1, state: { value: "intake" } });
  return store;
}

describe("InMemoryCaseStore", () => {
  it("opens, appends and loads a case; the version counts log entries", async () => {
    const store = await openedStore();
    const appended = await store.append("A-1", 1, [assess, refer]);
    expect(appended).toMatchObject({ ok: true, version: 3, state: { value: "investigation", context: { referredTo: "OIOS" } } });
    const loaded = await store.load("A-1");
    expect(loaded).toEqual(appended);
    const log = await store.readLog("A-1");
    expect(log.ok && log.entries.map((e) => [e.seq, (e.event as { type: string }).type])).toEqual([
      [1, "case-opened"],
      [2, "assess"],
      [3, "refer"],
    ]);
  });

  it("rejects a stale expected version and loses nothing: the first writer's events stay, once", async () => {
    const store = await openedStore();
    // Two writers both read version 1 and decide independently.
    const [first, second] = await Promise.all([store.append("A-1", 1, [assess]), store.append("A-1", 1, [{ type: "note", at: "2018-06-02" }])]);
    expect(first).toMatchObject({ ok: true, version: 2 });
    expect(second).toEqual({ ok: false, code: "version-conflict", currentVersion: 2 });
    const log = await store.readLog("A-1");
    expect(log.ok && log.entries.map((e) => e.seq)).toEqual([1, 2]);
    // The loser reloads and retries against the current version.
    const retry = await store.append("A-1", 2, [{ type: "note", at: "2018-06-04" }]);
    expect(retry).toMatchObject({ ok: true, version: 3, state: { value: "assessment", context: { notes: 1 } } });
  });

  it("does not append a batch the machine refuses, and returns the reason and index", async () => {
    const store = await openedStore();
    const r = await store.append("A-1", 1, [assess, close, refer]);
    expect(r).toEqual({
      ok: false,
      code: "event-rejected",
      index: 2,
      reason: { code: "not-allowed", message: "refer in closed", path: ["type"] },
    });
    const loaded = await store.load("A-1");
    expect(loaded).toMatchObject({ ok: true, version: 1, state: { value: "intake" } });
    const log = await store.readLog("A-1");
    expect(log.ok && log.entries).toHaveLength(1);
  });

  it("stores a snapshot equal to the replay of its log", async () => {
    const store = await openedStore();
    await store.append("A-1", 1, [assess]);
    await store.append("A-1", 2, [refer, { type: "note", at: "2018-06-09" }]);
    const log = await store.readLog("A-1");
    const loaded = await store.load("A-1");
    expect(replayWith(fakeReducer, log.ok ? log.entries : [])).toEqual(loaded);
  });

  it("treats opening an existing case as a version conflict", async () => {
    const store = await openedStore();
    expect(await store.open("A-1", input)).toEqual({ ok: false, code: "version-conflict", currentVersion: 1 });
  });

  it("returns results, never throws, for bad arguments", async () => {
    const store = await openedStore();
    expect(await store.load("A-404")).toEqual({ ok: false, code: "not-found" });
    expect(await store.append("A-404", 1, [assess])).toEqual({ ok: false, code: "not-found" });
    expect(await store.load(" ")).toMatchObject({ ok: false, code: "invalid-input", issues: [{ path: ["caseId"] }] });
    expect(await store.append("A-1", 0, [assess])).toMatchObject({ ok: false, code: "invalid-input", issues: [{ path: ["expectedVersion"] }] });
    expect(await store.append("A-1", 1, "assess" as never)).toMatchObject({ ok: false, code: "invalid-input", issues: [{ path: ["events"] }] });
    expect(await store.append("A-1", 1, [{ type: "assess", at: new Date(0) }])).toMatchObject({
      ok: false,
      code: "invalid-input",
      issues: [{ path: ["events", 0, "at"], code: "not-json" }],
    });
    expect(await store.open("A-2", { caseRef: "A-2" })).toMatchObject({ ok: false, code: "invalid-input", issues: [{ path: ["input", "receivedOn"] }] });
    expect(await store.load("A-2")).toEqual({ ok: false, code: "not-found" });
  });

  it("hands out copies: changing a loaded state does not change the store", async () => {
    const store = await openedStore();
    const loaded = await store.load("A-1");
    if (loaded.ok) loaded.state.context.notes = 42;
    expect(await store.load("A-1")).toMatchObject({ ok: true, state: { context: { notes: 0 } } });
  });
});
