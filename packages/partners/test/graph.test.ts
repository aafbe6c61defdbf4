import { describe, expect, it } from "vitest";
import { getShortestPaths, getSimplePaths } from "xstate/graph";
import { assessmentMachine, type AssessmentEvent } from "../src";
import { opened } from "./support";

type Snapshot = ReturnType<typeof assessmentMachine.resolveState>;

const standards = ["policy", "management-and-hr", "training", "reporting", "assistance-and-referrals", "investigations"];

// One event of each kind the workflow takes; ratings mark every standard at once as two steps (all
// progressing, then the rest), so the graph stays small while the "every standard rated" guard sees both answers.
function events(s: Snapshot): AssessmentEvent[] {
  const at = s.context.lastEventOn;
  const rated = new Set(s.context.ratings.map((r) => r.standardId));
  const next = standards.find((id) => !rated.has(id));
  return [
    { type: "ASSIGNED", at, assessor: "Partnership officer" },
    { type: "STARTED", at },
    ...(next ? [{ type: "STANDARD_RATED" as const, at, standardId: next, score: 2, evidence: [] }] : []),
    { type: "SUBMITTED", at },
    { type: "REJECTED", at, comment: "revise" },
    { type: "REJECTED", at },
    { type: "FINALIZED", at },
    { type: "CANCELLED", at },
  ];
}

// Stages are told apart by their value, how many standards are rated and how many rejections there were (capped).
const key = (s: Snapshot) => JSON.stringify([s.value, s.context.ratings.length, Math.min(s.context.rejections.length, 1)]);
const fromState = assessmentMachine.resolveState(opened());

describe("xstate/graph: the workflow as a graph", () => {
  it("every stage is reachable from a draft (getShortestPaths)", () => {
    const paths = getShortestPaths(assessmentMachine, { fromState, events, serializeState: key });
    const reached = new Set(paths.map((p) => p.state.value));
    expect(reached).toEqual(new Set(["draft", "assigned", "in-progress", "submitted", "rejected", "final", "cancelled"]));
  });

  it("the shortest way to final is draft → assigned → in progress → (six ratings) → submitted → final", () => {
    const paths = getShortestPaths(assessmentMachine, { fromState, events, serializeState: key });
    const toFinal = paths.filter((p) => p.state.value === "final").sort((a, b) => a.steps.length - b.steps.length)[0]!;
    expect(toFinal.steps.map((s) => s.event.type).filter((t) => (t as string) !== "xstate.init")).toEqual(["ASSIGNED", "STARTED", ...standards.map(() => "STANDARD_RATED"), "SUBMITTED", "FINALIZED"]);
  });

  it("every simple path that reaches final went through submission, and none through cancellation (getSimplePaths)", () => {
    const paths = getSimplePaths(assessmentMachine, { fromState, events, serializeState: key }).filter((p) => p.state.value === "final");
    // Straight, or through one rejection and resubmission.
    expect(paths.length).toBe(2);
    for (const p of paths) {
      const types = p.steps.map((s) => s.event.type).filter((t) => (t as string) !== "xstate.init");
      expect(types.at(-1)).toBe("FINALIZED");
      expect(types).not.toContain("CANCELLED");
      expect(p.state.context.overall).toEqual({ rating: "moderate", total: 12, unrated: [] });
    }
    expect(paths.map((p) => p.steps.filter((s) => s.event.type === "REJECTED").length).sort()).toEqual([0, 1]);
  });

  it("a rejection without a comment never moves the graph", () => {
    const paths = getSimplePaths(assessmentMachine, { fromState, events, serializeState: key });
    for (const p of paths) for (const step of p.steps) if (step.event.type === "REJECTED") expect((step.event as { comment?: string }).comment).toBe("revise");
  });
});
