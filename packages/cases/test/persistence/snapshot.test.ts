import { describe, expect, it } from "vitest";
import { PersistedSnapshot, restoreCase, serializeCase, SNAPSHOT_SCHEMA_VERSION } from "../../src/persistence";

const state = { value: { investigation: "underway" }, context: { caseRef: "A-1", notes: 2 } };

// A snapshot exactly as schema version 1 wrote it: flat, with the counter named `revision`.
const V1_TEXT = '{"schemaVersion":1,"caseId":"A-1","revision":3,"value":{"investigation":"underway"},"context":{"caseRef":"A-1","notes":2}}';

describe("serializeCase / restoreCase", () => {
  it("round-trips a state through JSON text", () => {
    const s = serializeCase({ caseId: "A-1", version: 3, state });
    expect(s).toEqual({ ok: true, snapshot: { schemaVersion: 2, caseId: "A-1", version: 3, state } });
    const r = restoreCase(JSON.stringify(s.ok && s.snapshot));
    expect(r).toEqual({ ok: true, snapshot: { schemaVersion: 2, caseId: "A-1", version: 3, state }, fromSchemaVersion: 2 });
  });

  it("copies the state, so later changes to the live object do not reach the snapshot", () => {
    const live = structuredClone(state);
    const s = serializeCase({ caseId: "A-1", version: 1, state: live });
    live.context.notes = 99;
    expect(s.ok && s.snapshot.state.context["notes"]).toBe(2);
  });

  it("restores a v1 snapshot under v2 (migration v1 → v2)", () => {
    expect(SNAPSHOT_SCHEMA_VERSION).toBe(2);
    const r = restoreCase(V1_TEXT);
    expect(r).toEqual({
      ok: true,
      snapshot: { schemaVersion: 2, caseId: "A-1", version: 3, state },
      fromSchemaVersion: 1,
    });
    expect(r.ok && PersistedSnapshot.safeParse(r.snapshot).success).toBe(true);
  });

  it("restores a v1 snapshot given as an object without changing it", () => {
    const v1 = JSON.parse(V1_TEXT) as unknown;
    const before = structuredClone(v1);
    expect(restoreCase(v1).ok).toBe(true);
    expect(v1).toEqual(before);
  });

  it("reports a broken v1 snapshot by its v1 path", () => {
    const r = restoreCase({ schemaVersion: 1, caseId: "A-1", revision: 0, value: "intake", context: {} });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => [i.path, i.code])).toEqual([[["revision"], "too_small"]]);
  });

  it("refuses a schema version newer than the library, without guessing", () => {
    const r = restoreCase({ schemaVersion: 3, caseId: "A-1", version: 1, state });
    expect(r).toEqual({
      ok: false,
      issues: [{ path: ["schemaVersion"], code: "unsupported-schema-version", message: expect.stringContaining("3") }],
    });
  });

  it.each([
    ["not JSON text", "{", [[[], "invalid-json"]]],
    ["no schema version", { caseId: "A-1" }, [[["schemaVersion"], "invalid_type"]]],
    ["a missing state", { schemaVersion: 2, caseId: "A-1", version: 1 }, [[["state"], "invalid_type"]]],
    ["a missing state value", { schemaVersion: 2, caseId: "A-1", version: 1, state: { context: {} } }, [[["state", "value"], "custom"]]],
    ["a blank case id", { schemaVersion: 2, caseId: " ", version: 1, state }, [[["caseId"], "too_small"]]],
    ["a fractional version", { schemaVersion: 2, caseId: "A-1", version: 1.5, state }, [[["version"], "invalid_type"]]],
    ["null", null, [[[], "invalid_type"]]],
  ])("returns issues, never throws, for %s", (_label, input, expected) => {
    const r = restoreCase(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => [i.path, i.code])).toEqual(expected);
  });

  it("refuses to serialize what JSON would change, at its path", () => {
    const r = serializeCase({ caseId: "A-1", version: 1, state: { value: "intake", context: { at: new Date(0) } } });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => [i.path, i.code])).toEqual([[["state", "context", "at"], "not-json"]]);
  });

  it("refuses a version below 1", () => {
    const r = serializeCase({ caseId: "A-1", version: 0, state });
    expect(!r.ok && r.issues.map((i) => [i.path, i.code])).toEqual([[["version"], "too_small"]]);
  });
});
