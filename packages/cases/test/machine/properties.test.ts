import { addDuration } from "@psea/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allowedEvents, applyEvent, caseEventTypes, dueItems, publicStatus, publicStatusLabels, type CaseState } from "../../src";
import { apply, events, open, opening, substantiated, underTccInvestigation } from "../support/case-builder";
import { sampleEvents } from "../support/sample-events";

const openings = [
  opening(),
  opening({ subjects: [{ ref: "S-1", category: "civilian-staff" }] }),
  opening({ subjects: [{ ref: "S-1", category: "formed-police-unit", contributingCountry: "PQR" }] }),
  opening({ subjects: [], victims: [], intake: { channel: "rumour" } }),
  opening({ subjects: [{ ref: "S-1", category: "non-un-force" }] }),
];

// Events that move the allegation on; a walk that picks among them on "focused" steps goes deep.
const progress = new Set([
  "HEAD_OF_MISSION_LIAISON_RECORDED",
  "REGISTERED",
  "SUBJECT_RECORDED",
  "INFORMATION_RECEIVED",
  "ASSESSMENT_COMPLETED",
  "EVIDENCE_PRESERVED",
  "REFERRED_FOR_INVESTIGATION",
  "MEMBER_STATE_RESPONDED",
  "OIOS_INVESTIGATION_OPENED",
  "INVESTIGATION_REPORT_RECEIVED",
  "OUTCOME_DECIDED",
  "ACTION_TAKEN",
  "RECOMMENDATION_NOT_IMPLEMENTED",
  "LEGAL_AFFAIRS_CONSULTED",
  "CRIMINAL_REFERRAL_MADE",
  "CASE_CLOSED",
]);

/** A case driven by a random walk: at each step one of the well-formed events the stage takes, some days later. */
const walk = fc.record({
  opening: fc.integer({ min: 0, max: openings.length - 1 }),
  steps: fc.array(fc.record({ pick: fc.nat(), days: fc.integer({ min: 0, max: 45 }), focused: fc.boolean() }), { minLength: 5, maxLength: 40 }),
});

type Walk = typeof walk extends fc.Arbitrary<infer T> ? T : never;

function run({ opening: o, steps }: Walk): { states: CaseState[]; accepted: number } {
  let state = open(openings[o]);
  const states = [state];
  let accepted = 0;
  for (const { pick, days, focused } of steps) {
    const at = addDuration(state.context.lastEventOn, `P${days}D`);
    const allowed = new Set(allowedEvents(state));
    const all = sampleEvents(state.context, at, addDuration(at, "P1M")).filter((e) => allowed.has(e.type));
    const forward = all.filter((e) => progress.has(e.type));
    const candidates = focused && forward.length > 0 ? forward : all;
    const event = candidates[pick % candidates.length];
    if (!event) break;
    const r = applyEvent(state, event);
    if (r.ok) {
      accepted++;
      state = r.state;
      states.push(state);
    }
  }
  return { states, accepted };
}

// A thousand random walks take seconds alone and much longer on a busy shared 2-core machine.
const PROPERTY_TIMEOUT = 180_000;

const knownObligations = ["AP-E3", "AP-E4", "AP-R1", "DPKO-HQ-f", "DPKO-HQ-g", "SGB-4.6"];

function checkDueItems(state: CaseState, asOf: string) {
  const c = state.context;
  const items = dueItems(state, asOf);
  expect(new Set(items.map((d) => d.deadlineId)).size).toBe(items.length);
  for (const d of items) {
    expect(d.caseId).toBe(c.caseId);
    expect(d.startedOn <= asOf && d.startedOn <= d.dueOn).toBe(true);
    expect(d.status).toBe(asOf > d.dueOn ? "overdue" : "pending");
    expect(d.severity).toBe(d.status === "overdue" ? "violation" : "notice");
    expect(d.daysOverdue > 0).toBe(d.status === "overdue");
    expect(d.obligationIds.length).toBeGreaterThan(0);
    for (const id of d.obligationIds) expect(knownObligations).toContain(id);
    expect(d.parameter.effectiveFrom <= d.startedOn).toBe(true);
    expect(d.citation.clause.length).toBeGreaterThan(0);
    // Due items are the deadlines the record says are open.
    const deadline = c.deadlines.find((x) => x.id === d.deadlineId);
    expect(deadline && (deadline.resolution === undefined || deadline.resolution.on > asOf)).toBe(true);
  }
  if (asOf < c.lastEventOn) return;
  const open = (kind: string, subject?: string) => items.filter((d) => d.kind === kind && (subject === undefined || d.subject.id === subject));
  // DPKO-HQ-f: owed once registered, until headquarters is notified.
  expect(open("headquarters-notification").length).toBe(c.registeredOn !== undefined && c.headquarters.notifiedOn === undefined ? 1 : 0);
  // SGB-4.6 and DPKO-HQ-g: one per investigation and per action not yet reported.
  // National authorities' investigations of non-UN forces are not the UN's: none is owed for them.
  for (const r of [...c.investigations, ...c.actions]) {
    const owed = !("entity" in r && r.entity === "national-authorities") && r.departmentOfManagementInformedOn === undefined;
    expect(open("department-of-management-notification", r.id).length).toBe(owed ? 1 : 0);
  }
  // AP-E3: a running investigation (other than national authorities) has its timeline open.
  for (const i of c.investigations) {
    const running = i.reportReceivedOn === undefined && i.endedOn === undefined && i.entity !== "national-authorities";
    expect(open("investigation", i.id).length).toBe(running ? 1 : 0);
  }
  // AP-E4: while a registered case is open, every victim has exactly one update running.
  for (const v of c.victims) {
    const n = open("victim-status-update", v.ref).length;
    if (c.registeredOn !== undefined && c.closedOn === null) expect(n).toBe(1);
    else expect(n).toBeLessThanOrEqual(1);
  }
}

describe("properties (fast-check)", () => {
  it("random walks through valid events keep dueItems consistent with the record (1,000 runs)", () => {
    let totalAccepted = 0;
    fc.assert(
      fc.property(walk, fc.integer({ min: 0, max: 400 }), (w, ahead) => {
        const { states, accepted } = run(w);
        totalAccepted += accepted;
        for (const s of states) {
          expect(JSON.parse(JSON.stringify(s))).toEqual(s);
          expect(Object.keys(publicStatusLabels)).toContain(publicStatus(s));
          // DPKO-GM-d / SGB-3.2a: every closed state carries a decision and an action of its round.
          if ((s.value as { allegation: unknown }).allegation === "closed") {
            expect(s.context.outcome?.round).toBe(s.context.round);
            expect(s.context.actions.some((a) => a.round === s.context.round && !a.interim)).toBe(true);
          }
        }
        const last = states.at(-1)!;
        checkDueItems(last, last.context.lastEventOn);
        checkDueItems(last, addDuration(last.context.lastEventOn, `P${ahead}D`));
        checkDueItems(last, last.context.receivedOn);
      }),
      { numRuns: 1000 },
    );
    // The walks go somewhere: on average, several events per case are accepted.
    expect(totalAccepted / 1000).toBeGreaterThan(5);
  }, PROPERTY_TIMEOUT);

  it("random walks reach every stage and close cases", () => {
    const stages = new Set<string>();
    fc.assert(
      fc.property(walk, (w) => {
        for (const s of run(w).states) stages.add(JSON.stringify((s.value as { allegation: unknown }).allegation));
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(stages).toContain('"closed"');
    expect(stages).toContain('"reportReview"');
  });

  const pool = [open(), apply(open(), events.registered), underTccInvestigation(), substantiated(), apply(substantiated(), events.repatriated, events.closed)];

  const junk = fc.oneof(
    fc.anything(),
    fc.record({ type: fc.constantFrom(...caseEventTypes), at: fc.string() }),
    fc.record({ type: fc.string(), at: fc.constant("2019-01-01") }),
  );

  it("invalid events never change the state, and never throw (1,000 runs)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...pool), junk, (state, event) => {
        const before = JSON.stringify(state);
        const r = applyEvent(state, event);
        expect(r.ok).toBe(false);
        expect(r.state).toBe(state);
        expect(JSON.stringify(state)).toBe(before);
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT);

  it("well-formed events the stage refuses (wrong stage, failed guard, out of order) never change the state (1,000 runs)", () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.constantFrom(...pool), fc.nat(), fc.integer({ min: -60, max: 60 }), (state, pick, shift) => {
        const base = state.context.lastEventOn;
        const at = shift < 0 ? `2017-${String(((-shift) % 12) + 1).padStart(2, "0")}-01` : addDuration(base, `P${shift}D`);
        const samples = sampleEvents(state.context, at);
        const event = samples[pick % samples.length]!;
        const before = JSON.stringify(state);
        const r = applyEvent(state, event);
        if (!r.ok) {
          refused++;
          expect(r.state).toBe(state);
          expect(["invalid-event", "not-allowed-in-state", "guard-failed"]).toContain(r.reason.code);
          expect(r.reason.message.length).toBeGreaterThan(0);
        }
        expect(JSON.stringify(state)).toBe(before);
      }),
      { numRuns: 1000 },
    );
    expect(refused).toBeGreaterThan(300);
  }, PROPERTY_TIMEOUT);
});
