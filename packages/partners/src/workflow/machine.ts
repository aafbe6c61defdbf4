import { assign, setup } from "xstate";
import { overallRating } from "../scheme/rating-scheme";
import { assessmentChecks, type AssessmentGuardName } from "./checks";
import type { AssessmentContext } from "./context";
import type { AssessmentEvent } from "./events";

function guard(name: AssessmentGuardName) {
  const check = assessmentChecks[name] as (c: AssessmentContext, e: AssessmentEvent) => unknown;
  return ({ context, event }: { context: AssessmentContext; event: AssessmentEvent }): boolean => check(context, event) === undefined;
}

/** What an accepted event writes to the record. Every event moves `lastEventOn`. */
function recorded(c: AssessmentContext, e: AssessmentEvent): AssessmentContext {
  const next = { ...c, lastEventOn: e.at };
  switch (e.type) {
    case "ASSIGNED":
      return { ...next, assessor: e.assessor };
    case "STARTED":
      return next;
    case "STANDARD_RATED": {
      const rating = { standardId: e.standardId, score: e.score, evidence: e.evidence };
      // In the scheme's order, so a record reads the same however the ratings were entered.
      const ratings = [...c.ratings.filter((r) => r.standardId !== e.standardId), rating];
      const order = c.scheme.standards.map((s) => s.id);
      return { ...next, ratings: ratings.sort((a, b) => order.indexOf(a.standardId) - order.indexOf(b.standardId)) };
    }
    case "SUBMITTED":
      return { ...next, submittedOn: [...c.submittedOn, e.at] };
    case "REJECTED":
      return { ...next, rejections: [...c.rejections, { on: e.at, comment: (e.comment ?? "").trim() }] };
    case "FINALIZED":
      return { ...next, finalizedOn: e.at, overall: overallRating(c.scheme, c.ratings) };
    case "CANCELLED":
      return { ...next, cancelled: { on: e.at, reason: e.reason?.trim() || null } };
    case "PLAN_ADOPTED":
      return { ...next, plan: { adoptedOn: e.at, actionPoints: e.actionPoints.map((p) => ({ ...p })) } };
    case "ACTION_POINT_COMPLETED":
      return c.plan
        ? { ...next, plan: { ...c.plan, actionPoints: c.plan.actionPoints.map((p) => (p.id === e.actionPointId ? { ...p, completedOn: e.at } : p)) } }
        : next;
  }
}

const record = "record" as const;

/**
 * The PSEA capacity assessment of one implementing partner as an xstate v5 machine:
 * draft → assigned → in-progress → submitted → final, or submitted → rejected (a comment is
 * required) → submitted; cancellation from draft or in-progress. Once final, the
 * capacity-strengthening plan is adopted and its action points completed. Deadlines are data in
 * the context, never timers. Prefer {@link openAssessment} and {@link applyAssessmentEvent}, which
 * validate input and explain refusals; the machine can also run in an actor.
 *
 * @category Workflow
 * @example
 * import { createActor } from "xstate";
 * const opened = openAssessment({ id: "PCA-1", partnerId: "IP-1", createdOn: "2018-01-02" });
 * if (!opened.ok) throw new Error("not opened");
 * const actor = createActor(assessmentMachine, { input: opened.state.context, snapshot: assessmentMachine.resolveState(opened.state) });
 * actor.start().send({ type: "ASSIGNED", at: "2018-01-03", assessor: "Partnership officer" });
 * actor.getSnapshot().value; // "assigned"
 */
export const assessmentMachine = setup({
  types: {
    context: {} as AssessmentContext,
    events: {} as AssessmentEvent,
    input: {} as AssessmentContext,
  },
  guards: {
    hasComment: guard("hasComment"),
    allRated: guard("allRated"),
    ratingValid: guard("ratingValid"),
    planValid: guard("planValid"),
    actionPointOpen: guard("actionPointOpen"),
  },
  actions: {
    record: assign(({ context, event }) => recorded(context, event)),
  },
}).createMachine({
  id: "partnerAssessment",
  initial: "draft",
  context: ({ input }) => input,
  states: {
    draft: {
      on: {
        ASSIGNED: { target: "assigned", actions: record },
        CANCELLED: { target: "cancelled", actions: record },
      },
    },
    assigned: {
      on: { STARTED: { target: "in-progress", actions: record } },
    },
    "in-progress": {
      on: {
        STANDARD_RATED: { guard: "ratingValid", actions: record },
        SUBMITTED: { target: "submitted", guard: "allRated", actions: record },
        CANCELLED: { target: "cancelled", actions: record },
      },
    },
    submitted: {
      on: {
        REJECTED: { target: "rejected", guard: "hasComment", actions: record },
        FINALIZED: { target: "final", guard: "allRated", actions: record },
      },
    },
    rejected: {
      on: {
        STANDARD_RATED: { guard: "ratingValid", actions: record },
        SUBMITTED: { target: "submitted", guard: "allRated", actions: record },
      },
    },
    final: {
      on: {
        PLAN_ADOPTED: { guard: "planValid", actions: record },
        ACTION_POINT_COMPLETED: { guard: "actionPointOpen", actions: record },
      },
    },
    // Not an xstate final state: a cancelled record stays readable and restorable like any other.
    cancelled: {},
  },
});
