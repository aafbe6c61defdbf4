import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyAssessmentEvent,
  createAssessmentReducer,
  createAssessmentStore,
  dueItemsOf,
  replayAssessment,
  restoreAssessment,
  weakStandards,
  type AssessmentState,
} from "../src";
import { addDuration, cite } from "@psea/core";
import { createParameterSet } from "@psea/core/parameters";
import { OPENING, STANDARD_IDS, ok, opened } from "./support";

const plusDays = (date: string, days: number) => (days === 0 ? date : addDuration(date, `P${days}D`));

const WINDOWS = { noticeWindow: "P30D", reassessmentPeriod: "P2Y" };

describe("persistence as in @psea/cases: versioned snapshot, event log, replay, optimistic concurrency", () => {
  it("opens at version 1, appends, and refuses a stale version with a version conflict", async () => {
    const store = createAssessmentStore();
    const o = ok(await store.open("PCA-1", OPENING));
    expect(o.version).toBe(1);
    const a = ok(await store.append("PCA-1", 1, [{ type: "ASSIGNED", at: "2018-01-03", assessor: "Partnership officer" }]));
    expect([a.version, a.state.value]).toEqual([2, "assigned"]);
    // A second writer that read version 1 loses: nothing is written.
    expect(await store.append("PCA-1", 1, [{ type: "CANCELLED", at: "2018-01-03" }])).toEqual({ ok: false, code: "version-conflict", currentVersion: 2 });
    expect(await store.open("PCA-1", OPENING)).toMatchObject({ ok: false, code: "version-conflict" });
    expect(ok(await store.load("PCA-1")).state.value).toBe("assigned");
  });

  it("a refused event refuses its batch, with the machine's reason", async () => {
    const store = createAssessmentStore();
    await store.open("PCA-1", OPENING);
    const r = await store.append("PCA-1", 1, [{ type: "ASSIGNED", at: "2018-01-03", assessor: "x" }, { type: "FINALIZED", at: "2018-01-04" }]);
    expect(r).toMatchObject({ ok: false, code: "event-rejected", index: 1, reason: { code: "not-allowed-in-state" } });
    expect(ok(await store.load("PCA-1")).version).toBe(1);
  });

  it("the log records the scheme resolved at opening, and only what the machine read", async () => {
    const store = createAssessmentStore();
    await store.open("PCA-1", OPENING);
    await store.append("PCA-1", 1, [{ type: "ASSIGNED", at: "2018-01-03", assessor: "Partnership officer" }]);
    const log = ok(await store.readLog("PCA-1")).entries;
    expect(log.map((e) => e.seq)).toEqual([1, 2]);
    expect((log[0]!.event as { input: { scheme: { standards: unknown[] } } }).input.scheme.standards).toHaveLength(6);
    expect(ok(replayAssessment(log)).state).toEqual(ok(await store.load("PCA-1")).state);
  });

  it("a replay does not depend on the parameters in force when it runs: the opening carries its scheme", () => {
    const citation = cite("UN-IP-PSEA", "variant");
    const set = ok(createParameterSet({ partnerRatingBands: [{ value: [{ rating: "high", minTotal: 0 }, { rating: "moderate", minTotal: 7 }, { rating: "low", minTotal: 12 }], effectiveFrom: "2018-01-01", citation }] })).value;
    const reducer = createAssessmentReducer(set);
    const input = reducer.recordOpening!(OPENING);
    const r = ok(replayAssessment([{ caseId: "PCA-1", seq: 1, event: { type: "case-opened", input } }]));
    expect(r.state.context.scheme.bands[1]?.minTotal).toBe(7);
  });

  it("restores a snapshot (object or JSON text) and refuses a corrupt one", async () => {
    const store = createAssessmentStore();
    await store.open("PCA-1", OPENING);
    const loaded = ok(await store.load("PCA-1"));
    const text = JSON.stringify({ schemaVersion: 2, caseId: "PCA-1", version: loaded.version, state: loaded.state });
    expect(ok(restoreAssessment(text)).state).toEqual(loaded.state);
    expect(restoreAssessment("{")).toMatchObject({ ok: false, code: "corrupt-record" });
    const bad = restoreAssessment({ schemaVersion: 2, caseId: "PCA-1", version: 1, state: { value: "draft", context: { id: "PCA-1" } } });
    expect(bad).toMatchObject({ ok: false, code: "corrupt-record" });
  });

  it("a replay stops at a gap or an entry the machine refuses", () => {
    const open = { caseId: "PCA-1", seq: 1, event: { type: "case-opened", input: OPENING } };
    expect(replayAssessment([open, { caseId: "PCA-1", seq: 3, event: { type: "STARTED", at: "2018-01-04" } }])).toMatchObject({ ok: false, issues: [{ code: "seq-gap" }] });
    expect(replayAssessment([open, { caseId: "PCA-1", seq: 2, event: { type: "STARTED", at: "2018-01-04" } }])).toMatchObject({ ok: false, issues: [{ code: "event-rejected" }] });
    expect(replayAssessment("nonsense")).toMatchObject({ ok: false });
  });
});

/** An intention, turned into a concrete event against the live state when the sequence runs. */
const Step = fc.record({
  kind: fc.constantFrom("ASSIGNED", "STARTED", "STANDARD_RATED", "SUBMITTED", "REJECTED", "FINALIZED", "CANCELLED", "PLAN_ADOPTED", "ACTION_POINT_COMPLETED"),
  days: fc.nat({ max: 40 }),
  standard: fc.nat({ max: STANDARD_IDS.length - 1 }),
  score: fc.integer({ min: 0, max: 4 }),
  comment: fc.boolean(),
  dueIn: fc.integer({ min: 0, max: 400 }),
  restore: fc.boolean(),
  // Mostly the stage's natural next event, so that histories reach final and its plan; sometimes anything.
  follow: fc.nat({ max: 4 }),
});

type StepValue = typeof Step extends fc.Arbitrary<infer T> ? T : never;

function natural(step: StepValue, s: AssessmentState): StepValue["kind"] {
  const rated = new Set(s.context.ratings.map((r) => r.standardId));
  switch (s.value) {
    case "draft":
      return "ASSIGNED";
    case "assigned":
      return "STARTED";
    case "in-progress":
    case "rejected":
      return rated.size < STANDARD_IDS.length || step.comment ? "STANDARD_RATED" : "SUBMITTED";
    case "submitted":
      return step.comment ? "FINALIZED" : "REJECTED";
    case "final":
      return s.context.plan ? "ACTION_POINT_COMPLETED" : "PLAN_ADOPTED";
    default:
      return step.kind;
  }
}

function concrete(intention: StepValue, s: AssessmentState, at: string): object {
  const step = intention.follow > 0 ? { ...intention, kind: natural(intention, s) } : intention;
  const unrated = STANDARD_IDS.filter((id) => !s.context.ratings.some((r) => r.standardId === id));
  switch (step.kind) {
    case "ASSIGNED":
      return { type: "ASSIGNED", at, assessor: "Partnership officer" };
    case "STANDARD_RATED":
      // Following the workflow, an unrated standard and a score on the scale; otherwise anything.
      return intention.follow > 0
        ? { type: "STANDARD_RATED", at, standardId: unrated[0] ?? STANDARD_IDS[step.standard]!, score: 1 + (step.score % 3) }
        : { type: "STANDARD_RATED", at, standardId: STANDARD_IDS[step.standard]!, score: step.score };
    case "REJECTED":
      return step.comment ? { type: "REJECTED", at, comment: "revise the evidence" } : { type: "REJECTED", at };
    case "PLAN_ADOPTED": {
      const weak = weakStandards(s.context.scheme, s.context.ratings);
      const actionPoints = weak.map((standardId, i) => ({ id: `AP-${i}`, standardId, description: "strengthen", owner: "Focal point", dueDate: plusDays(at, step.dueIn + i * 30) }));
      return { type: "PLAN_ADOPTED", at, actionPoints };
    }
    case "ACTION_POINT_COMPLETED":
      return { type: "ACTION_POINT_COMPLETED", at, actionPointId: `AP-${step.standard}` };
    default:
      return { type: step.kind, at };
  }
}

describe("property: persisted and restored at random points, a history gives the identical state and due items", () => {
  it("live, store-restored and replayed states agree, and so do their due and overdue items", async () => {
    let withDueItems = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(Step, { minLength: 1, maxLength: 40, size: "max" }), async (steps) => {
        const store = createAssessmentStore();
        await store.open("PCA-1", OPENING);
        let live = opened();
        let working = live;
        let version = 1;
        let day = "2018-01-02";
        for (const step of steps) {
          day = plusDays(day, step.days);
          const event = concrete(step, live, day);
          const r = applyAssessmentEvent(live, event);
          const stored = await store.append("PCA-1", version, [event]);
          // The store accepts exactly what the pure function accepts, and refuses with its reason.
          expect(stored.ok).toBe(r.ok);
          if (!r.ok) {
            expect(stored).toMatchObject({ code: "event-rejected", reason: r.reason });
            expect(r.state).toBe(live);
            continue;
          }
          live = r.state;
          version += 1;
          const w = applyAssessmentEvent(working, event);
          expect(w.ok).toBe(true);
          working = w.ok ? w.state : working;
          if (step.restore) {
            const loaded = ok(await store.load("PCA-1"));
            expect(loaded.version).toBe(version);
            working = ok(restoreAssessment(JSON.stringify({ schemaVersion: 2, caseId: "PCA-1", version, state: loaded.state }))).state;
          }
        }
        const replayed = ok(replayAssessment(ok(await store.readLog("PCA-1")).entries));
        expect(replayed.version).toBe(version);
        expect(working).toEqual(live);
        expect(replayed.state).toEqual(live);
        for (const asOf of [day, plusDays(day, 45), plusDays(day, 800)]) {
          const due = dueItemsOf(live.context, asOf, WINDOWS);
          if (due.length > 0) withDueItems += 1;
          expect(dueItemsOf(working.context, asOf, WINDOWS)).toEqual(due);
          expect(dueItemsOf(replayed.state.context, asOf, WINDOWS)).toEqual(due);
        }
      }),
      { numRuns: 60 },
    );
    // The histories reach final assessments with plans, so the due items compared are not all empty.
    expect(withDueItems).toBeGreaterThan(0);
  });
});
