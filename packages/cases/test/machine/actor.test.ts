import { createActor } from "xstate";
import { describe, expect, it } from "vitest";
import { caseMachine, dueItems, type CaseState } from "../../src";
import { events, open } from "../support/case-builder";

describe("embedding the machine in an actor", () => {
  it("runs from a stored state, ignores refused events, and hands back a plain state", () => {
    const stored = open();
    // `input` is what a fresh actor would start from; with a snapshot given, the actor resumes it.
    const actor = createActor(caseMachine, { input: stored.context, snapshot: caseMachine.resolveState(stored as never) }).start();
    actor.send(events.registered as never);
    // Refused by a guard: the actor stays where it is.
    actor.send(events.closed as never);
    actor.send(events.hqNotified as never);
    const snapshot = actor.getSnapshot();
    actor.stop();
    const state: CaseState = { value: snapshot.value, context: snapshot.context };
    expect(state.value).toEqual({ allegation: { preliminaryAssessment: "assessing" }, victimAssistance: { support: "awaitingNeedsAssessment", paternity: "noClaim" } });
    expect(dueItems(state, "2018-06-10").map((d) => d.kind)).toEqual(["assessment", "victim-status-update"]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
