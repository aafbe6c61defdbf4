import { describe, expect, it } from "vitest";
import { allowedEvents, applyEvent, caseEventTypes, type CaseState } from "../../src";
import { apply, events, open, refusal, underTccInvestigation } from "../support/case-builder";
import { sampleEvents } from "../support/sample-events";

describe("applyEvent", () => {
  it("is pure: the input state is neither mutated nor shared with the result", () => {
    const s = open();
    const before = structuredClone(s);
    const r = applyEvent(s, events.registered);
    expect(r.ok).toBe(true);
    expect(s).toEqual(before);
    if (!r.ok) return;
    r.state.context.victims.push({ ref: "X", age: { kind: "unknown" }, sex: "unknown", beneficiary: false, recordedOn: "2018-06-02" });
    expect(s).toEqual(before);
  });

  it("gives the same result for the same state and event", () => {
    const s = underTccInvestigation();
    expect(applyEvent(s, events.report)).toEqual(applyEvent(s, events.report));
  });

  it("rejects an event that does not parse as invalid-event, with the path", () => {
    const s = open();
    expect(refusal(s, { type: "REGISTERED" })).toMatchObject({ code: "invalid-event", path: ["at"] });
    expect(refusal(s, { type: "REGISTERED", at: "2018-13-01" })).toMatchObject({ code: "invalid-event", path: ["at"] });
    expect(refusal(s, { type: "NO_SUCH_EVENT", at: "2018-06-02" })).toMatchObject({ code: "invalid-event", path: ["type"] });
    for (const junk of [undefined, null, 0, "REGISTERED", [], {}]) expect(refusal(s, junk).code).toBe("invalid-event");
  });

  it("rejects an event no stage takes as not-allowed-in-state", () => {
    expect(refusal(open(), events.report)).toEqual({ code: "not-allowed-in-state", message: expect.stringContaining("INVESTIGATION_REPORT_RECEIVED"), path: ["type"] });
  });

  it("rejects an event dated before the case's latest event", () => {
    const s = apply(open(), events.registered);
    expect(refusal(s, { type: "HEADQUARTERS_NOTIFIED", at: "2018-06-01" })).toMatchObject({ code: "invalid-event", path: ["at"] });
    expect(refusal(open(), { type: "REGISTERED", at: "2018-05-31" }).code).toBe("invalid-event");
  });

  it("never throws on a state that is not one", () => {
    const garbage = [
      {},
      { value: "nowhere", context: {} },
      { value: { allegation: "limbo" }, context: open().context },
      { value: open().value, context: null },
      { value: open().value, context: { caseId: "A-1" } },
    ] as unknown as CaseState[];
    for (const g of garbage) {
      const r = applyEvent(g, events.registered);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.state).toBe(g);
      expect(Array.isArray(allowedEvents(g))).toBe(true);
    }
    expect(allowedEvents({} as CaseState)).toEqual([]);
  });

  it("returns plain JSON", () => {
    const s = underTccInvestigation();
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

describe("allowedEvents", () => {
  it("lists the event types the current stage takes, in the stable order", () => {
    const types = allowedEvents(open());
    expect(types).toEqual(caseEventTypes.filter((t) => types.includes(t)));
    expect(types).toEqual([
      "HEAD_OF_MISSION_LIAISON_RECORDED",
      "REGISTERED",
      "SUBJECT_RECORDED",
      "VICTIM_RECORDED",
      "HEADQUARTERS_NOTIFIED",
      "HEADQUARTERS_MONITORING_RECORDED",
      "DEPARTMENT_OF_MANAGEMENT_INFORMED",
      "VICTIM_STATUS_UPDATE_GIVEN",
      "VRA_ASSIGNED",
      "NEEDS_ASSESSED",
      "CONSENT_RECORDED",
      "CONSENT_WITHDRAWN",
      "CONSENT_OVERRIDE_RECORDED",
      "SERVICE_PROVIDER_MAPPED",
      "PATERNITY_CLAIM_RECORDED",
    ]);
  });

  it("a well-formed event of a type not listed is refused as not-allowed-in-state; of a listed type, never so", () => {
    for (const s of [open(), underTccInvestigation(), apply(underTccInvestigation(), events.report)]) {
      const allowed = allowedEvents(s);
      const samples = sampleEvents(s.context, "2018-12-31");
      expect(new Set(samples.map((e) => e.type))).toEqual(new Set(caseEventTypes));
      for (const e of samples) {
        const r = applyEvent(s, e);
        if (allowed.includes(e.type)) expect(r.ok || r.reason.code !== "not-allowed-in-state").toBe(true);
        else expect(r).toMatchObject({ ok: false, reason: { code: "not-allowed-in-state" } });
      }
    }
  });
});
