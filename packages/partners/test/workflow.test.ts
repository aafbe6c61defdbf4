import { createActor } from "xstate";
import { describe, expect, it } from "vitest";
import {
  allowedAssessmentEvents,
  applyAssessmentEvent,
  assessmentEventTypes,
  assessmentMachine,
  openAssessment,
  toAssessmentRecord,
  type AssessmentEventType,
  type AssessmentState,
} from "../src";
import { applied, at, opened, OPENING, ratingEvents } from "./support";

type Stage = AssessmentState["value"];
const stages: Stage[] = ["draft", "assigned", "in-progress", "submitted", "rejected", "final", "cancelled"];

/** A well-formed event of each type, dated after every stage's latest event. */
const sample: Record<AssessmentEventType, object> = {
  ASSIGNED: { type: "ASSIGNED", at: "2018-02-01", assessor: "Partnership officer" },
  STARTED: { type: "STARTED", at: "2018-02-01" },
  STANDARD_RATED: { type: "STANDARD_RATED", at: "2018-02-01", standardId: "training", score: 3, evidence: [{ kind: "attendance-record", reference: "DOC-9" }] },
  SUBMITTED: { type: "SUBMITTED", at: "2018-02-01" },
  REJECTED: { type: "REJECTED", at: "2018-02-01", comment: "evidence missing" },
  FINALIZED: { type: "FINALIZED", at: "2018-02-01" },
  CANCELLED: { type: "CANCELLED", at: "2018-02-01", reason: "partnership not pursued" },
  PLAN_ADOPTED: {
    type: "PLAN_ADOPTED",
    at: "2018-02-01",
    actionPoints: [
      { id: "AP-1", standardId: "training", description: "Train staff", owner: "HR lead", dueDate: "2018-06-30" },
      { id: "AP-2", standardId: "reporting", description: "Reporting channel", owner: "Director", dueDate: "2018-06-30" },
      { id: "AP-3", standardId: "investigations", description: "Investigation arrangement", owner: "Director", dueDate: "2018-06-30" },
    ],
  },
  ACTION_POINT_COMPLETED: { type: "ACTION_POINT_COMPLETED", at: "2018-02-02", actionPointId: "AP-1" },
};

/** Where each accepted event leads; a missing entry is an event the stage refuses. */
const transitions: Record<Stage, Partial<Record<AssessmentEventType, Stage>>> = {
  draft: { ASSIGNED: "assigned", CANCELLED: "cancelled" },
  assigned: { STARTED: "in-progress" },
  "in-progress": { STANDARD_RATED: "in-progress", SUBMITTED: "submitted", CANCELLED: "cancelled" },
  submitted: { REJECTED: "rejected", FINALIZED: "final" },
  rejected: { STANDARD_RATED: "rejected", SUBMITTED: "submitted" },
  final: { PLAN_ADOPTED: "final" },
  cancelled: {},
};

/** A stage set up so that each accepted sample passes its guard (every standard rated for SUBMITTED). */
function ready(stage: Stage): AssessmentState {
  if (stage === "in-progress") return applied(at("in-progress"), ratingEvents([3, 3, 2, 2, 3, 1]));
  return at(stage);
}

describe("every transition, both ways", () => {
  for (const stage of stages) {
    for (const type of assessmentEventTypes) {
      const target = transitions[stage][type];
      if (target !== undefined) {
        it(`${stage} takes ${type} to ${target}`, () => {
          const state = ready(stage);
          const r = applyAssessmentEvent(state, sample[type]);
          expect(r.ok && r.state.value).toBe(target);
          expect(allowedAssessmentEvents(state)).toContain(type);
        });
      } else {
        it(`${stage} refuses ${type}: typed reason, state unchanged`, () => {
          const state = ready(stage);
          const before = JSON.stringify(state);
          const r = applyAssessmentEvent(state, sample[type]);
          expect(r.ok).toBe(false);
          if (r.ok) return;
          // Completing an action point in a final assessment is a stage event, refused here because no plan holds it.
          expect(r.reason.code).toBe(stage === "final" && type === "ACTION_POINT_COMPLETED" ? "unknown-action-point" : "not-allowed-in-state");
          expect(r.state).toBe(state);
          expect(JSON.stringify(state)).toBe(before);
        });
      }
    }
  }

  it("the allowed events of each stage are exactly its transitions", () => {
    for (const stage of stages) {
      const expected = new Set(Object.keys(transitions[stage]));
      if (stage === "final") expected.add("ACTION_POINT_COMPLETED");
      expect(new Set(allowedAssessmentEvents(at(stage)))).toEqual(expected);
    }
  });
});

describe("guards, both ways", () => {
  it("a rejection requires a comment", () => {
    const s = at("submitted");
    for (const comment of [undefined, "", "   "]) {
      const r = applyAssessmentEvent(s, { type: "REJECTED", at: "2018-02-01", ...(comment === undefined ? {} : { comment }) });
      expect(!r.ok && r.reason).toEqual({ code: "comment-required", message: "a rejection needs a comment saying what to revise", path: ["comment"] });
      expect(r.state).toBe(s);
    }
    const r = applyAssessmentEvent(s, { type: "REJECTED", at: "2018-02-01", comment: " add the vetting procedure " });
    expect(r.ok && r.state.context.rejections).toEqual([{ on: "2018-02-01", comment: "add the vetting procedure" }]);
  });

  it("submitting needs every standard rated; a rejected assessment is resubmitted after revision", () => {
    const s = applied(at("in-progress"), ratingEvents([3, 3, 2, 2, 3]));
    const no = applyAssessmentEvent(s, { type: "SUBMITTED", at: "2018-02-01" });
    expect(!no.ok && no.reason).toMatchObject({ code: "standards-unrated", message: "1 standard(s) not rated yet: investigations" });
    const rejected = at("rejected");
    const revised = applied(rejected, [{ type: "STANDARD_RATED", at: "2018-02-01", standardId: "investigations", score: 2 }]);
    expect(revised.context.ratings.find((r) => r.standardId === "investigations")?.score).toBe(2);
    expect(applyAssessmentEvent(revised, { type: "SUBMITTED", at: "2018-02-02" }).ok).toBe(true);
  });

  it("a rating must name a standard of the scheme, a score on the scale and evidence of the standard's kinds", () => {
    const s = at("in-progress");
    const rate = (e: object) => applyAssessmentEvent(s, { type: "STANDARD_RATED", at: "2018-02-01", standardId: "training", score: 2, ...e });
    expect(rate({}).ok).toBe(true);
    expect(!rate({ standardId: "finance" }).ok && (rate({ standardId: "finance" }) as { reason: { code: string } }).reason.code).toBe("unknown-standard");
    const off = rate({ score: 4 });
    expect(!off.ok && off.reason).toMatchObject({ code: "not-on-scale", path: ["score"] });
    const kind = rate({ evidence: [{ kind: "attendance-record", reference: "D" }, { kind: "policy-document", reference: "E" }] });
    expect(!kind.ok && kind.reason).toMatchObject({ code: "unknown-evidence-kind", path: ["evidence", 1, "kind"] });
  });

  it("finalizing computes the overall rating once every standard is rated", () => {
    const f = at("final");
    expect(f.context.finalizedOn).toBe("2018-01-20");
    expect(f.context.overall).toEqual({ rating: "moderate", total: 14, unrated: [] });
  });

  it("a plan gives each weak standard an action point; its points are then completed once", () => {
    const f = at("final");
    const plan = sample.PLAN_ADOPTED as { actionPoints: object[] };
    const partial = applyAssessmentEvent(f, { ...plan, actionPoints: plan.actionPoints.slice(0, 2) });
    expect(!partial.ok && partial.reason).toMatchObject({ code: "invalid-plan", message: "no action point for weak standard(s): investigations" });
    const strong = applyAssessmentEvent(f, { ...plan, actionPoints: [...plan.actionPoints, { id: "AP-9", standardId: "policy", description: "x", owner: "y", dueDate: "2018-06-30" }] });
    expect(!strong.ok && strong.reason).toMatchObject({ code: "invalid-plan", path: ["actionPoints", 3, "standardId"] });
    const adopted = applied(f, [plan]);
    expect(applyAssessmentEvent(adopted, plan)).toMatchObject({ ok: false, reason: { code: "invalid-plan" } });
    const done = applied(adopted, [sample.ACTION_POINT_COMPLETED]);
    expect(done.context.plan?.actionPoints[0]?.completedOn).toBe("2018-02-02");
    expect(applyAssessmentEvent(done, sample.ACTION_POINT_COMPLETED)).toMatchObject({ ok: false, reason: { code: "unknown-action-point" } });
  });

  it("cancellation from draft or in progress, never from another stage", () => {
    expect(at("cancelled").context.cancelled).toEqual({ on: "2018-01-03", reason: null });
    for (const stage of ["assigned", "submitted", "rejected", "final", "cancelled"] as const) {
      expect(applyAssessmentEvent(at(stage), sample.CANCELLED)).toMatchObject({ ok: false, reason: { code: "not-allowed-in-state" } });
    }
  });
});

describe("refusals for bad events and states", () => {
  it("an event that does not parse, never quoting what it holds", () => {
    const s = opened();
    const r = applyAssessmentEvent(s, { type: "ASSIGNED", at: "2018-02-01", assessor: "x", secret: "CANARY-VALUE" });
    expect(!r.ok && r.reason.code).toBe("invalid-event");
    expect(JSON.stringify(r)).not.toContain("CANARY-VALUE");
    expect(applyAssessmentEvent(s, null)).toMatchObject({ ok: false, reason: { code: "invalid-event" } });
    expect(applyAssessmentEvent(s, { type: "APPROVED", at: "2018-02-01" })).toMatchObject({ ok: false, reason: { code: "invalid-event" } });
  });

  it("an event dated before the latest one is out of order", () => {
    const s = at("assigned");
    const r = applyAssessmentEvent(s, { type: "STARTED", at: "2018-01-01" });
    expect(!r.ok && r.reason).toEqual({ code: "out-of-order", message: "the event is dated before the assessment's latest event", path: ["at"] });
  });

  it("a state that is not the workflow's", () => {
    const bad = { value: "approved", context: opened().context } as unknown as AssessmentState;
    expect(applyAssessmentEvent(bad, sample.ASSIGNED)).toMatchObject({ ok: false, reason: { code: "invalid-state" } });
    expect(allowedAssessmentEvents(bad)).toEqual([]);
    expect(applyAssessmentEvent({} as AssessmentState, sample.ASSIGNED)).toMatchObject({ ok: false, reason: { code: "invalid-state" } });
  });

  it("never mutates the state or the event", () => {
    const s = at("in-progress");
    const e = structuredClone(sample.STANDARD_RATED);
    const before = [JSON.stringify(s), JSON.stringify(e)];
    const r = applyAssessmentEvent(Object.freeze(s), Object.freeze(e));
    expect(r.ok).toBe(true);
    expect([JSON.stringify(s), JSON.stringify(e)]).toEqual(before);
  });
});

describe("opening", () => {
  it("fixes the scheme in force on its date in the record", () => {
    const s = opened();
    expect(s).toMatchObject({ value: "draft", context: { id: "PCA-1", lastEventOn: "2018-01-02", overall: null } });
    expect(s.context.scheme.bands.map((b) => b.minTotal)).toEqual([0, 9, 15]);
  });

  it("takes anything: issues with paths and codes", () => {
    expect(openAssessment(undefined)).toMatchObject({ ok: false });
    const r = openAssessment({ ...OPENING, createdOn: "yesterday", extra: 1 });
    expect(!r.ok && r.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["createdOn", "invalid_format"],
      ["", "unrecognized_keys"],
    ]);
  });

  it("turns into the dataset record the rules read", () => {
    const f = applied(at("final"), [sample.PLAN_ADOPTED]);
    expect(toAssessmentRecord(f)).toMatchObject({ id: "PCA-1", status: "final", finalizedOn: "2018-01-20", plan: { adoptedOn: "2018-02-01" } });
  });
});

describe("the machine in an actor", () => {
  it("runs the same path as the pure functions", () => {
    const s = opened();
    const actor = createActor(assessmentMachine, { input: s.context, snapshot: assessmentMachine.resolveState(s) }).start();
    actor.send({ type: "ASSIGNED", at: "2018-01-03", assessor: "Partnership officer" });
    actor.send({ type: "STARTED", at: "2018-01-04" });
    actor.send({ type: "CANCELLED", at: "2018-01-05" });
    expect(actor.getSnapshot().value).toBe("cancelled");
    actor.stop();
  });
});
