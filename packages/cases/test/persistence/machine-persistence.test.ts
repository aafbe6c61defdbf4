import { describe, expect, it } from "vitest";
import {
  applyEvent,
  caseReducer,
  dueItems,
  InMemoryCaseStore,
  openCase,
  publicStatus,
  replay,
  restoreCaseState,
  serializeCase,
  type CaseState,
} from "../../src";

const CANARY = "CANARY-Amina-Doe";

const opening = {
  id: "A-1",
  receivedOn: "2018-06-01",
  intake: { channel: "hotline" },
  subjects: [{ ref: "S-1", category: "military-contingent", contributingCountry: "XYZ" }],
  victims: [{ ref: "V-1", age: { kind: "known", years: 16 }, sex: "female", identity: { name: CANARY } }],
  complainant: { ref: "C-1", relation: "community-member", identity: { name: CANARY } },
};

const events = [
  { type: "REGISTERED", at: "2018-06-02" },
  { type: "HEADQUARTERS_NOTIFIED", at: "2018-06-02" },
  { type: "ASSESSMENT_COMPLETED", at: "2018-06-05", conduct: { sexualActivity: "actual", exchange: ["money"] }, seriousness: "serious", urgent: false },
  { type: "EVIDENCE_PRESERVED", at: "2018-06-06", teamUnits: ["child-protection", "force"] },
  { type: "REFERRED_FOR_INVESTIGATION", at: "2018-06-07", entity: "troop-contributing-country" },
  { type: "MEMBER_STATE_RESPONDED", at: "2018-06-12", willInvestigate: true, nationalInvestigationOfficerAppointed: true, jointWithOios: false },
  { type: "VICTIM_RECORDED", at: "2018-06-20", victim: { ref: "V-2", age: { kind: "unknown" }, sex: "female", identity: { name: CANARY } } },
];

function live(): CaseState {
  const opened = openCase(opening);
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  return events.reduce<CaseState>((s, e) => {
    const r = applyEvent(s, e);
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    return r.state;
  }, opened.state);
}

async function storedCase() {
  const store = new InMemoryCaseStore(caseReducer);
  expect(await store.open("A-1", opening)).toMatchObject({ ok: true, version: 1 });
  expect(await store.append("A-1", 1, events.slice(0, 3))).toMatchObject({ ok: true, version: 4 });
  expect(await store.append("A-1", 4, events.slice(3))).toMatchObject({ ok: true, version: 8 });
  return store;
}

describe("persistence with the allegation machine", () => {
  it("the live state after applying events one by one deep-equals the replay of the stored log", async () => {
    const store = await storedCase();
    const log = await store.readLog("A-1");
    expect(log.ok).toBe(true);
    const replayed = replay(log.ok ? log.entries : []);
    expect(replayed).toEqual({ ok: true, caseId: "A-1", version: 8, state: live() });
    expect(await store.load("A-1")).toEqual(replayed);
    expect(publicStatus(live())).toBe("pending-member-state-investigation");
  });

  it("rejects a stale writer with version-conflict and keeps the winner's events", async () => {
    const store = await storedCase();
    const winner = await store.append("A-1", 8, [{ type: "INVESTIGATION_REPORT_RECEIVED", at: "2018-09-01" }]);
    const loser = await store.append("A-1", 8, [{ type: "VICTIM_STATUS_UPDATE_GIVEN", at: "2018-09-02", victimRef: "V-1" }]);
    expect(winner).toMatchObject({ ok: true, version: 9 });
    expect(loser).toEqual({ ok: false, code: "version-conflict", currentVersion: 9 });
    const log = await store.readLog("A-1");
    expect(log.ok && log.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(log.ok && log.entries.at(-1)?.event).toEqual({ type: "INVESTIGATION_REPORT_RECEIVED", at: "2018-09-01" });
  });

  it("does not append an event the machine refuses, and passes its reason on", async () => {
    const store = await storedCase();
    const r = await store.append("A-1", 8, [{ type: "CASE_CLOSED", at: "2018-09-01" }]);
    expect(r).toMatchObject({ ok: false, code: "event-rejected", index: 0, reason: { code: "not-allowed-in-state", path: ["type"] } });
    expect(await store.load("A-1")).toMatchObject({ ok: true, version: 8 });
  });

  it("never stores a victim's or complainant's identity, in the log or the snapshot", async () => {
    const store = await storedCase();
    const log = await store.readLog("A-1");
    const loaded = await store.load("A-1");
    const snapshot = loaded.ok && serializeCase({ caseId: "A-1", version: loaded.version, state: loaded.state });
    expect(JSON.stringify(log)).not.toContain(CANARY);
    expect(JSON.stringify(snapshot)).not.toContain(CANARY);
    expect(JSON.stringify(loaded)).not.toContain(CANARY);
    // The references stay.
    expect(JSON.stringify(log)).toContain('"ref":"V-2"');
  });

  it("restores a v1 snapshot of a real case under v2, ready for the next event", () => {
    const state = live();
    const v1 = JSON.stringify({ schemaVersion: 1, caseId: "A-1", revision: 8, value: state.value, context: state.context });
    const restored = restoreCaseState(v1);
    expect(restored).toEqual({ ok: true, caseId: "A-1", version: 8, state });
    if (!restored.ok) return;
    expect(dueItems(restored.state, "2018-12-31")).toEqual(dueItems(state, "2018-12-31"));
    const next = applyEvent(restored.state, { type: "INVESTIGATION_REPORT_RECEIVED", at: "2018-09-01" });
    expect(next.ok && publicStatus(next.state)).toBe("under-investigation");
  });

  it("refuses a snapshot whose state value is not one of the machine's", () => {
    const state = live();
    const r = restoreCaseState({ schemaVersion: 2, caseId: "A-1", version: 8, state: { value: { allegation: "limbo" }, context: state.context } });
    expect(r).toMatchObject({ ok: false, code: "corrupt-record", issues: [{ path: ["state", "value"], code: "unknown-state" }] });
  });

  it("stops a replay at a tampered event, with the machine's reason", async () => {
    const store = await storedCase();
    const log = await store.readLog("A-1");
    const entries = log.ok ? log.entries.map((e) => (e.seq === 3 ? { ...e, event: { type: "CASE_CLOSED", at: "2018-06-02" } } : e)) : [];
    const r = replay(entries);
    expect(r).toMatchObject({ ok: false, issues: [{ path: [2, "event", "type"], code: "event-rejected" }] });
  });
});
