import { afterEach, describe, expect, it, vi } from "vitest";
import { applyEvent, caseMachine, caseReducer, exampleCase, exampleCaseOpening, InMemoryCaseStore, openCase, prepareOpen, replay, restoreCaseState, serializeCase } from "../../src";

function storedCase(): { schemaVersion: 2; caseId: string; version: number; state: { value: unknown; context: Record<string, unknown> } } {
  const s = serializeCase({ caseId: "A-1", version: 2, state: exampleCase("registered") });
  if (!s.ok) throw new Error("serialize");
  return JSON.parse(JSON.stringify(s.snapshot)) as never;
}

describe("restore refuses what is corrupt or tampered", () => {
  it("restores an untouched snapshot", () => {
    expect(restoreCaseState(storedCase())).toMatchObject({ ok: true, caseId: "A-1", version: 2 });
  });

  it("refuses a context with a section missing", () => {
    for (const section of ["victims", "deadlines", "assistance", "intake", "receivedOn", "parameters"]) {
      const s = storedCase();
      delete s.state.context[section];
      expect(restoreCaseState(s)).toMatchObject({ ok: false, code: "corrupt-record", issues: [{ path: ["state", "context", section] }] });
    }
  });

  it("refuses a context whose case id is not the snapshot's", () => {
    const s = storedCase();
    s.state.context["caseId"] = "A-2";
    expect(restoreCaseState(s)).toMatchObject({ ok: false, code: "corrupt-record", issues: [{ path: ["state", "context", "caseId"], code: "case-id-mismatch" }] });
  });

  it("refuses invalid dates anywhere in the context", () => {
    const s = storedCase();
    s.state.context["lastEventOn"] = "2018-02-30";
    expect(restoreCaseState(s)).toMatchObject({ ok: false, issues: [{ path: ["state", "context", "lastEventOn"] }] });
    const t = storedCase();
    (t.state.context["deadlines"] as Record<string, unknown>[])[0]!["dueOn"] = "0000-01-01";
    expect(restoreCaseState(t)).toMatchObject({ ok: false, issues: [{ path: ["state", "context", "deadlines", 0, "dueOn"], code: "invalid-date" }] });
  });

  it("drops identity planted in a stored context, and unknown sections", () => {
    const s = storedCase();
    (s.state.context["victims"] as Record<string, unknown>[])[0]!["identity"] = { name: "Jane Roe" };
    s.state.context["victimNames"] = ["Jane Roe"];
    (s.state.context["assistance"] as Record<string, unknown>)["identity"] = "Jane Roe";
    const r = restoreCaseState(s);
    expect(r.ok).toBe(true);
    expect(JSON.stringify(r)).not.toContain("Jane Roe");
    expect(r).toEqual(restoreCaseState(storedCase()));
  });

  it("refuses a log whose opening names another case than its rows", () => {
    const log = [
      { caseId: "A-1", seq: 1, event: { type: "case-opened", input: exampleCaseOpening({ id: "A-2" }) } },
      { caseId: "A-1", seq: 2, event: { type: "REGISTERED", at: "2018-06-02" } },
    ];
    expect(replay(log)).toMatchObject({ ok: false, issues: [{ path: [0, "event", "input", "id"], code: "case-id-mismatch" }] });
    expect(prepareOpen(caseReducer, "A-1", exampleCaseOpening({ id: "A-2" }))).toMatchObject({ ok: false, code: "invalid-input", issues: [{ code: "case-id-mismatch" }] });
  });
});

describe("an opening and its overlay are parsed strictly: nothing extra reaches the event log", () => {
  it("refuses a field the kit does not know", () => {
    expect(openCase({ ...exampleCaseOpening(), victimName: "Jane Roe" })).toMatchObject({ ok: false, issues: [{ path: [], code: "unrecognized_keys" }] });
    const r = openCase({ ...exampleCaseOpening(), parameters: { newsletterPeriod: [{ value: "P1M", effectiveFrom: "2019-01-01", citation: { document: "MINUSCA-AP-2018-2019", clause: "x", author: "Jane Roe" } }] } });
    expect(r).toMatchObject({ ok: false, issues: [{ path: ["parameters", "newsletterPeriod", 0, "citation"], code: "unrecognized_keys" }] });
    expect(JSON.stringify(r)).not.toContain("Jane Roe");
  });

  it("logs the overlay as validated", async () => {
    const store = new InMemoryCaseStore(caseReducer);
    const parameters = { newsletterPeriod: [{ value: "P1M", effectiveFrom: "2019-01-01", citation: { document: "MINUSCA-AP-2018-2019", clause: "x" } }] };
    expect((await store.open("A-1", exampleCaseOpening({ parameters }))).ok).toBe(true);
    const log = await store.readLog("A-1");
    expect(log.ok && (log.entries[0]!.event as { input: { parameters: unknown } }).input.parameters).toEqual(parameters);
  });
});

describe("an internal error is never reported as a refusal by the case's stage", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("reports internal-error, with the state unchanged", () => {
    const state = exampleCase();
    vi.spyOn(caseMachine, "transition").mockImplementation(() => {
      throw new Error("Jane Roe");
    });
    const r = applyEvent(state, { type: "REGISTERED", at: "2018-06-02" });
    expect(r).toMatchObject({ ok: false, reason: { code: "internal-error" } });
    expect(r.state).toBe(state);
    expect(JSON.stringify(!r.ok && r.reason)).not.toContain("Jane Roe");
  });
});
