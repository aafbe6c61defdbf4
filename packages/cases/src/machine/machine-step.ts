import { createActor, type AnyActorScope, type AnyStateMachine } from "xstate";
import { caseMachine } from "./case-machine";
import type { CaseContext } from "./context";
import type { CaseEvent } from "./events";

/**
 * A snapshot of the case machine, as `resolveState` and `transition` give it.
 *
 * @category Cases
 * @example
 * const state = exampleCase();
 * const snapshot: CaseSnapshot = caseMachine.resolveState({ value: state.value as never, context: state.context });
 * snapshot.status; // "active"
 */
export type CaseSnapshot = ReturnType<typeof caseMachine.resolveState>;

// xstate's exported `transition(machine, snapshot, event)` builds a fresh inert actor scope on every
// call, and building one constructs an Actor, which computes the machine's whole initial snapshot
// (for this machine about 18 µs, more than twice the transition itself; see bench/README.md). It
// then calls `machine.transition(snapshot, event, scope)`. The case machine spawns and invokes nothing, emits
// nothing and has no executable actions (its one action is an `assign`, resolved inside the
// transition), so the scope is never written to and one serves every call. The action executor
// discards, as `transition` does: nothing is executed either way.
let scope: AnyActorScope | undefined;

function inertScope(): AnyActorScope {
  if (scope === undefined) {
    // As xstate builds it: an actor of the machine, with no input (its context factory is never used).
    const self = createActor(caseMachine as AnyStateMachine);
    const noop = () => {};
    scope = { self, id: "", sessionId: "", logger: noop, defer: noop, emit: noop, system: self.system, stopChild: noop, actionExecutor: noop };
  }
  return scope;
}

/**
 * xstate's pure transition of the case machine: the next snapshot, or the very snapshot given when
 * no transition is enabled. No actor runs and no action executes.
 *
 * @category Cases
 * @example
 * const snapshot = caseMachine.resolveState(exampleCase() as never);
 * const next = machineStep(snapshot, { type: "REGISTERED", at: "2018-06-02" });
 * next.value; // { allegation: { preliminaryAssessment: "assessing" }, victimAssistance: { support: "awaitingNeedsAssessment", paternity: "noClaim" } }
 * machineStep(snapshot, { type: "CASE_CLOSED", at: "2018-06-02" }) === snapshot; // true: no transition is enabled
 */
export function machineStep(snapshot: CaseSnapshot, event: CaseEvent): CaseSnapshot {
  return caseMachine.transition(snapshot, event, inertScope());
}

// xstate's initial transition assigns the context, enters the initial states, runs their entry
// actions and any eventless transitions. The case machine has no entry action, no eventless
// transition and no invoked actor (a test holds it to that), so its initial snapshot is its initial
// state value resolved with the context: that value is computed once by xstate, and each case's
// snapshot is resolved from it at a third of the cost.
let initialValue: CaseSnapshot["value"] | undefined;

/**
 * The initial snapshot of the case machine for a context: what xstate's `initialTransition` gives.
 *
 * @category Cases
 * @example
 * initialSnapshot(exampleCase().context).value; // { allegation: "intake", victimAssistance: { support: "awaitingNeedsAssessment", paternity: "noClaim" } }
 */
export function initialSnapshot(context: CaseContext): CaseSnapshot {
  if (initialValue === undefined) {
    const first = caseMachine.getInitialSnapshot(inertScope(), context);
    initialValue = first.value;
    return first;
  }
  return caseMachine.resolveState({ value: initialValue, context });
}
