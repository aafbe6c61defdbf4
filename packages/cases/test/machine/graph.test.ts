import { describe, expect, it } from "vitest";
import { getAdjacencyMap, getShortestPaths, getStateNodes } from "xstate/graph";
import { caseMachine, type CaseContext, type CaseEvent, type CaseEventType } from "../../src";
import { open, opening } from "../support/case-builder";
import { sampleEvents } from "../support/sample-events";

type Snapshot = ReturnType<typeof caseMachine.resolveState>;

const victimRegion = caseMachine.root.states["victimAssistance"]!;
const assistanceTypes = new Set<string>(victimRegion.events);
// Records that move no stage and change nothing a stage's guards read: they only loop.
const recordsOnly = new Set<CaseEventType>([
  "HEADQUARTERS_NOTIFIED",
  "HEADQUARTERS_MONITORING_RECORDED",
  "DEPARTMENT_OF_MANAGEMENT_INFORMED",
  "VICTIM_STATUS_UPDATE_GIVEN",
  "VICTIM_RECORDED",
]);

// The regions are independent (an event of one never moves the other, see victim-assistance.test.ts),
// so each is traversed on its own. The second date lets a Member State's window pass.
const allegationEvents = (s: Snapshot) =>
  sampleEvents(s.context, "2018-06-01", "2018-12-31").filter((e) => !assistanceTypes.has(e.type) && !recordsOnly.has(e.type)) as unknown as CaseEvent[];
const assistanceEvents = (s: Snapshot) => sampleEvents(s.context, "2018-06-01").filter((e) => assistanceTypes.has(e.type)) as unknown as CaseEvent[];

// States are told apart by their value and by the facts the guards read, not by every date: that
// keeps the graph finite while every guard still sees both of its answers.
function allegationKey(s: Snapshot): string {
  const c: CaseContext = s.context;
  const round = (x: { round: number }) => x.round === c.round;
  return JSON.stringify({
    value: (s.value as { allegation: unknown }).allegation,
    liaison: c.intake.headOfMissionLiaisonOn !== undefined,
    subjects: c.subjects.length > 0,
    assessment: c.assessments.findLast(round)?.seriousness ?? null,
    evidence: c.evidence.some(round),
    outcome: c.outcome?.round === c.round ? c.outcome.result : null,
    sanction: c.actions.some((a) => round(a) && !a.interim && a.kind !== "no-action-warranted" && a.kind !== "administrative-measure"),
    action: c.actions.some((a) => round(a) && !a.interim),
    consulted: c.legalAffairsConsultations.some(round),
    openRecommendations: c.recommendations.some((r) => round(r) && !r.effectedBy && !r.notImplemented),
  });
}

function assistanceKey(s: Snapshot): string {
  const c = s.context.assistance;
  return JSON.stringify({
    value: (s.value as { victimAssistance: unknown }).victimAssistance,
    consent: c.consents.length > 0,
    openReferral: c.referrals.some((r) => r.status === "pending" || r.status === "accepted"),
  });
}

/** Who the case is against decides which routes exist: a case per kind of subject. */
const cases = {
  contingent: opening(),
  "civilian staff": opening({ subjects: [{ ref: "S-1", category: "civilian-staff" }] }),
  "rumoured, subject unidentified": opening({ subjects: [], intake: { channel: "rumour" } }),
};

const isAtomic = (n: { type: string }) => n.type === "atomic";
const allegationStates = getStateNodes(caseMachine.root.states["allegation"]!).filter(isAtomic).map((n) => n.id);
const assistanceStates = getStateNodes(victimRegion).filter(isAtomic).map((n) => n.id);
const atomicIds = (s: Snapshot) => s._nodes.filter(isAtomic).map((n) => n.id);
const isClosed = (s: Snapshot) => (s.value as { allegation: unknown }).allegation === "closed";

describe("xstate/graph: the machine as a graph", () => {
  it.each(Object.entries(cases))("every allegation state is reachable in a %s case (getShortestPaths)", (name, input) => {
    const paths = getShortestPaths(caseMachine, { fromState: caseMachine.resolveState(open(input) as never), events: allegationEvents, serializeState: allegationKey });
    const reached = new Set(paths.flatMap((p) => atomicIds(p.state)));
    // Only a contingent case is ever referred to a contributing country.
    const unreachable = name === "contingent" ? [] : ["case.allegation.referral.awaitingMemberStateResponse", "case.allegation.referral.memberStateDeclined"];
    expect(allegationStates.filter((id) => !reached.has(id))).toEqual(unreachable);
  });

  it("every victim-assistance state is reachable (getShortestPaths)", () => {
    const paths = getShortestPaths(caseMachine, { fromState: caseMachine.resolveState(open() as never), events: assistanceEvents, serializeState: assistanceKey });
    const reached = new Set(paths.flatMap((p) => atomicIds(p.state)));
    expect(assistanceStates.filter((id) => !reached.has(id))).toEqual([]);
  });

  it.each(Object.entries(cases))("from every reachable state of a %s case, closed is reachable", (_name, input) => {
    const adjacency = getAdjacencyMap(caseMachine, { fromState: caseMachine.resolveState(open(input) as never), events: allegationEvents, serializeState: allegationKey });
    const keys = Object.keys(adjacency) as (keyof typeof adjacency)[];
    expect(keys.length).toBeGreaterThan(20);
    // Walk the edges backwards from every closed state.
    const predecessors = new Map<string, string[]>();
    for (const from of keys) {
      for (const { state } of Object.values(adjacency[from]!.transitions)) {
        const to = allegationKey(state);
        predecessors.set(to, [...(predecessors.get(to) ?? []), from]);
      }
    }
    const canClose = new Set<string>(keys.filter((k) => isClosed(adjacency[k]!.state)));
    expect(canClose.size).toBeGreaterThan(0);
    const queue = [...canClose];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const p of predecessors.get(next) ?? []) {
        if (!canClose.has(p)) {
          canClose.add(p);
          queue.push(p);
        }
      }
    }
    expect(keys.filter((k) => !canClose.has(k))).toEqual([]);
  });

  it("DPKO-GM-d: every shortest path to closed passes a decision, then an action", () => {
    const paths = getShortestPaths(caseMachine, {
      fromState: caseMachine.resolveState(open() as never),
      events: allegationEvents,
      serializeState: allegationKey,
      toState: isClosed,
    });
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      const types = p.steps.map((s) => s.event.type);
      const decided = types.lastIndexOf("OUTCOME_DECIDED");
      expect(decided).toBeGreaterThanOrEqual(0);
      expect(types.slice(decided).some((t) => t === "ACTION_TAKEN" || t === "CRIMINAL_REFERRAL_MADE")).toBe(true);
    }
  });
});
