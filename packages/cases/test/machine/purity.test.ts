import { addDuration } from "@psea/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allowedEvents, applyEvent, caseMachine, deadlineObligations, dueItems, openCase, replay, type CaseState, type EventLogEntry } from "../../src";
import { applyEvents } from "../../src/machine/apply-event";
import { candidateHistory, seededRandom } from "@psea/test-support";
import { deepFreeze, sharedObjects } from "../support/deep-freeze";
import { apply, events, open, substantiated, underTccInvestigation } from "../support/case-builder";
import { sampleEvents } from "../support/sample-events";

// applyEvent works on the state it is given without copying it first when it can; these tests hold
// it to never writing to its inputs (they are deep-frozen: a write throws, and applyEvent would turn
// that into a refusal) and to returning a state that shares no object with them.

function history(seed: number) {
  return candidateHistory(seededRandom(seed), seed);
}

describe("applyEvent on deep-frozen inputs", () => {
  it("accepts what it accepts on unfrozen ones, with an equal state that shares nothing with the input (200 generated histories)", () => {
    for (let seed = 0; seed < 200; seed++) {
      const h = history(seed);
      const opened = openCase(deepFreeze(structuredClone(h.opening)));
      expect(opened.ok).toBe(true);
      if (!opened.ok) return;
      let thawed: CaseState = structuredClone(opened.state);
      let frozen: CaseState = deepFreeze(opened.state);
      for (const candidate of h.candidates) {
        const plain = applyEvent(thawed, structuredClone(candidate));
        const event = deepFreeze(structuredClone(candidate));
        const r = applyEvent(frozen, event);
        expect(r).toEqual(plain);
        if (!r.ok) {
          expect(r.state).toBe(frozen);
          continue;
        }
        expect(sharedObjects(r.state, frozen)).toEqual([]);
        expect(sharedObjects(r.state, event)).toEqual([]);
        thawed = plain.state;
        frozen = deepFreeze(r.state);
      }
    }
  });

  it("allowedEvents and dueItems read a frozen state without writing to it", () => {
    const s = deepFreeze(substantiated());
    expect(allowedEvents(s)).toContain("ACTION_TAKEN");
    expect(dueItems(s, "2019-01-01").length).toBeGreaterThan(0);
  });

  it("a state it returns can be changed by its holder without touching the input, other states or shared constants", () => {
    // Registration opens deadlines (DPKO-HQ-f, AP-E3, AP-E4): their obligations, citation and parameter come from shared constants.
    const s = open();
    const before = structuredClone(s);
    const obligations = structuredClone(deadlineObligations);
    const r = applyEvent(s, events.registered);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.context.deadlines.map((d) => d.kind)).toEqual(["headquarters-notification", "assessment", "victim-status-update"]);
    for (const d of r.state.context.deadlines) {
      d.obligationIds.push("SGB-5");
      (d.citation as { clause: string }).clause = "changed";
      (d.parameter as { id: string }).id = "changed";
    }
    r.state.context.victims.length = 0;
    expect(s).toEqual(before);
    expect(deadlineObligations).toEqual(obligations);
    // The same event on the same state still gives the record it gave before.
    const again = applyEvent(s, events.registered);
    expect(again.ok && again.state.context.deadlines.map((d) => [d.obligationIds, d.citation.clause, d.parameter.id])).toEqual([
      [["DPKO-HQ-f"], deadlineObligations["headquarters-notification"].citation.clause, "headquartersNotificationWindow"],
      [["AP-E3"], deadlineObligations.assessment.citation.clause, "assessmentTimeline"],
      [["AP-E4"], deadlineObligations["victim-status-update"].citation.clause, "victimStatusUpdateMaxInterval"],
    ]);
  });
});

describe("applyEvents (the batch path behind replay)", () => {
  it("gives what folding applyEvent gives, up to and including the first refusal (300 generated histories, refusals included)", () => {
    for (let seed = 0; seed < 300; seed++) {
      const h = history(seed);
      const start = open(h.opening);
      const candidates = h.candidates.map((c) => structuredClone(c));
      let state = start;
      let expected: ReturnType<typeof applyEvents> | undefined;
      for (const [index, event] of candidates.entries()) {
        const r = applyEvent(state, event);
        if (!r.ok) {
          expected = { ok: false, index, state, reason: r.reason };
          break;
        }
        state = r.state;
      }
      expect(applyEvents(deepFreeze(structuredClone(start)), deepFreeze(candidates))).toEqual(expected ?? { ok: true, state });
    }
  });

  it("stops at an event that does not parse, one dated too early, and a state that is not one, as applyEvent does", () => {
    const s = apply(open(), events.registered);
    const first = { type: "VRA_ASSIGNED", at: "2018-06-03", advocateRef: "VRA-1" };
    // Taken at any stage, with no guard: only its date refuses it.
    const late = { type: "VRA_ASSIGNED", at: "2018-06-02", advocateRef: "VRA-2" };
    for (const bad of [{ type: "REGISTERED" }, late, null, { type: "NO_SUCH", at: "2018-06-03" }]) {
      const r = applyEvents(s, [first, bad]);
      const once = applyEvent(s, first);
      expect(once.ok).toBe(true);
      if (!once.ok) return;
      const second = applyEvent(once.state, bad);
      expect(second.ok).toBe(false);
      expect(r).toEqual({ ok: false, index: 1, state: once.state, reason: !second.ok && second.reason });
    }
    const garbage = { value: "nowhere", context: {} } as unknown as CaseState;
    const r = applyEvents(garbage, [events.registered]);
    expect(r).toMatchObject({ ok: false, index: 0, reason: { code: "not-allowed-in-state" } });
    expect(!r.ok && r.state).toBe(garbage);
  });

  it("replay of a log with a refused event reports it as the event-by-event fold does (fast-check, 300 runs)", () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        const h = history(seed);
        const log: EventLogEntry[] = [
          { caseId: h.caseId, seq: 1, event: { type: "case-opened", input: structuredClone(h.opening) as never } },
          ...h.candidates.map((event, i) => ({ caseId: h.caseId, seq: i + 2, event: structuredClone(event) as never })),
        ];
        let state = open(h.opening);
        let expected: unknown;
        for (const [i, entry] of log.slice(1).entries()) {
          const r = applyEvent(state, entry.event);
          if (!r.ok) {
            expected = { ok: false, issues: [{ path: [i + 1, "event", ...(r.reason.path ?? [])], code: "event-rejected", message: `seq ${i + 2}: ${r.reason.code}: ${r.reason.message}` }] };
            break;
          }
          state = r.state;
        }
        expect(replay(deepFreeze(log))).toEqual(expected ?? { ok: true, caseId: h.caseId, version: log.length, state });
      }),
      { numRuns: 300 },
    );
  });

  it("replay returns a state that shares nothing with the log it read", () => {
    const h = history(11);
    const log: EventLogEntry[] = [{ caseId: h.caseId, seq: 1, event: { type: "case-opened", input: structuredClone(h.opening) as never } }];
    let state = open(h.opening);
    for (const event of h.candidates) {
      const r = applyEvent(state, event);
      if (!r.ok) continue;
      state = r.state;
      log.push({ caseId: h.caseId, seq: log.length + 1, event: structuredClone(event) as never });
    }
    const r = replay(deepFreeze(log));
    expect(r).toMatchObject({ ok: true, state });
    expect(sharedObjects(r.ok && r.state, log)).toEqual([]);
  });
});

describe("the machine's pure transition", () => {
  it("has no entry or exit action, eventless transition, delayed transition or invoked actor (the shortcuts in machine-step.ts rely on it)", () => {
    const nodes = [caseMachine.root];
    for (let i = 0; i < nodes.length; i++) nodes.push(...Object.values(nodes[i]!.states));
    expect(nodes.length).toBeGreaterThan(20);
    for (const node of nodes) {
      expect([node.id, node.entry.length, node.exit.length, node.always?.length ?? 0, node.after.length, node.invoke.length]).toEqual([node.id, 0, 0, 0, 0, 0]);
    }
  });

  it("gives what xstate's exported transition and initialTransition give (sampled events on sampled states)", async () => {
    const { initialTransition, transition } = await import("xstate");
    const { initialSnapshot, machineStep } = await import("../../src/machine/machine-step");
    const states = [open(), apply(open(), events.registered), underTccInvestigation(), substantiated(), apply(substantiated(), events.repatriated, events.closed)];
    for (const s of states) {
      const [viaXstate] = initialTransition(caseMachine, s.context);
      const ours = initialSnapshot(s.context);
      expect([ours.value, ours.context, ours.status]).toEqual([viaXstate.value, viaXstate.context, viaXstate.status]);
      const snapshot = caseMachine.resolveState({ value: s.value as never, context: s.context });
      for (const at of [s.context.lastEventOn, addDuration(s.context.lastEventOn, "P40D")]) {
        for (const e of sampleEvents(s.context, at)) {
          const [expected] = transition(caseMachine, snapshot, e as never);
          const next = machineStep(snapshot, e as never);
          expect(next === snapshot).toBe(expected === snapshot);
          expect([next.value, next.context, next.status]).toEqual([expected.value, expected.context, expected.status]);
        }
      }
    }
  });
});
