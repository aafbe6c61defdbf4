import { inputIssuesFromZod } from "@psea/core";
import { getNextTransitions, type AnyMachineSnapshot, type StateValue } from "xstate";
import { caseMachine } from "./case-machine";
import type { ApplyEventResult, CaseRejectionReason, CaseState } from "./case-state";
import { caseChecks, type CaseGuardName } from "./checks";
import type { Refusal } from "./checks/refusal";
import type { CaseContext } from "./context";
import { CaseEvent, caseEventTypes, type CaseEventType } from "./events";
import { machineStep, type CaseSnapshot } from "./machine-step";
import { privateCopy } from "./private-copy";

/**
 * The machine snapshot of a state, `undefined` if it is not one. A state the caller owns is read
 * from a private copy, so that nothing the machine does can reach the caller's object and the
 * result shares nothing with it; a state this module has just made (`fresh`) is read as it is.
 */
function resolve(state: unknown, fresh = false): CaseSnapshot | undefined {
  if (typeof state !== "object" || state === null) return undefined;
  const { value, context } = state as { value?: unknown; context?: unknown };
  if (typeof context !== "object" || context === null || value === undefined) return undefined;
  try {
    const copy = (fresh ? { value, context } : privateCopy({ value, context })) as { value: StateValue; context: CaseContext };
    const snapshot = caseMachine.resolveState({ value: copy.value, context: copy.context });
    return snapshot.status === "active" ? snapshot : undefined;
  } catch {
    return undefined;
  }
}

function reject(state: CaseState, code: CaseRejectionReason["code"], message: string, path?: (string | number)[]): ApplyEventResult {
  return { ok: false, state, reason: path ? { code, message, path } : { code, message } };
}

function candidateTransitions(snapshot: AnyMachineSnapshot, type: string) {
  return getNextTransitions(snapshot).filter((t) => t.eventType === type);
}

/** Asks the checks behind the guards why they refused; a real refusal beats a branch that did not match. */
function explain(snapshot: CaseSnapshot, event: CaseEvent): Refusal {
  const refusals: Refusal[] = [];
  for (const t of candidateTransitions(snapshot, event.type)) {
    const g = t.guard as string | { type: string; params?: unknown } | undefined;
    if (g === undefined) continue;
    const { type, params } = typeof g === "string" ? { type: g, params: undefined } : g;
    const check = caseChecks[type as CaseGuardName] as ((c: CaseContext, e: CaseEvent, p: unknown) => Refusal | undefined) | undefined;
    const refusal = check?.(snapshot.context, event, params);
    if (refusal) refusals.push(refusal);
  }
  return refusals.find((r) => !r.branch) ?? refusals[0] ?? { message: `${event.type} was refused at this stage` };
}

/** The plain state a snapshot stands for. */
function plainState(snapshot: CaseSnapshot): CaseState {
  return { value: snapshot.value, context: snapshot.context };
}

/**
 * Applies one event to a case, as a pure function over the machine (`resolveState` + `transition`):
 * no actor, no clock, no side effect. An event that does not parse, that no stage takes, or that a
 * rule refuses is rejected with a typed reason, and the state returned is the very object given.
 * Events dated before the case's latest event are refused, so that the record reads in order.
 * Never throws and never mutates its inputs.
 *
 * @category Cases
 * @example
 * const opened = openCase({ id: "A-1", receivedOn: "2018-06-01", intake: { channel: "hotline" } });
 * if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
 * const r = applyEvent(opened.state, { type: "REGISTERED", at: "2018-06-02" });
 * r.ok && r.state.value; // { allegation: { preliminaryAssessment: "assessing" }, victimAssistance: { support: "awaitingNeedsAssessment", paternity: "noClaim" } }
 * const no = applyEvent(opened.state, { type: "CASE_CLOSED", at: "2018-06-02" });
 * !no.ok && no.reason.code; // "not-allowed-in-state"
 * no.state === opened.state; // true
 */
export function applyEvent(state: CaseState, event: unknown): ApplyEventResult {
  try {
    const parsed = CaseEvent.safeParse(event);
    if (!parsed.success) {
      const first = inputIssuesFromZod(parsed.error)[0];
      const path = [...(first?.path ?? [])];
      return reject(state, "invalid-event", first ? `${path.join(".") || "event"}: ${first.message}` : "not a case event", path);
    }
    const e = parsed.data;
    const snapshot = resolve(state);
    if (!snapshot) return reject(state, "not-allowed-in-state", "the state given is not a state of the case machine", ["value"]);
    if (e.at < snapshot.context.lastEventOn) {
      return reject(state, "invalid-event", `expected a date on or after the case's latest event (${snapshot.context.lastEventOn})`, ["at"]);
    }
    const next = machineStep(snapshot, e);
    // A transition was taken: the guards that allowed it ran once, inside the transition, and nothing more is asked.
    if (next !== snapshot) return { ok: true, state: plainState(next) };
    // No transition was enabled (xstate hands back the very snapshot it was given): say why.
    if (candidateTransitions(snapshot, e.type).length === 0) {
      return reject(state, "not-allowed-in-state", `${e.type} is not accepted at this stage (${JSON.stringify(snapshot.value)})`, ["type"]);
    }
    const refusal = explain(snapshot, e);
    return reject(state, "guard-failed", refusal.message, refusal.path);
  } catch {
    // A fault of the kit, not of the case: never reported as a refusal the stage would give.
    return reject(state, "internal-error", "the event could not be applied: an internal error occurred (the state is unchanged)");
  }
}

/**
 * What {@link applyEvents} gives: the state the events lead to, or where it stopped: the index of
 * the event refused, the state it was refused in, and the reason `applyEvent` gives for it.
 *
 * @category Cases
 * @example
 * const r: ApplyEventsResult = applyEvents(exampleCase(), [{ type: "REGISTERED", at: "2018-06-02" }, { type: "CASE_CLOSED", at: "2018-06-03" }]);
 * !r.ok && [r.index, r.reason.code, r.reason.path]; // [1, "not-allowed-in-state", ["type"]]
 * !r.ok && allegationStage(r.state.value); // "preliminaryAssessment.assessing"
 */
export type ApplyEventsResult = { ok: true; state: CaseState } | { ok: false; index: number; state: CaseState; reason: CaseRejectionReason };

/**
 * Applies events in order, stopping at the first one refused: the same result as folding
 * {@link applyEvent} over them, computed in one pass. The state is resolved to a machine snapshot
 * once (from a private copy), each event is parsed with the same schema and goes through xstate's
 * pure transition on that snapshot, and the plain state is read back once at the end. An event the
 * fast path does not take (it does not parse, is dated too early, is refused, or throws) is handed
 * to `applyEvent` itself, so that a refusal and its reason are exactly `applyEvent`'s.
 * Never throws and never mutates its inputs.
 *
 * @category Cases
 * @example
 * const events = [{ type: "REGISTERED", at: "2018-06-02" }, { type: "HEADQUARTERS_NOTIFIED", at: "2018-06-03" }];
 * const r = applyEvents(exampleCase(), events);
 * r.ok && r.state.context.headquarters.notifiedOn; // "2018-06-03"
 * const no = applyEvents(exampleCase(), [...events, { type: "CASE_CLOSED", at: "2018-06-04" }]);
 * !no.ok && [no.index, no.reason.code]; // [2, "not-allowed-in-state"]
 */
export function applyEvents(state: CaseState, events: readonly unknown[]): ApplyEventsResult {
  return applyFrom(resolve(state), state, events);
}

/**
 * {@link applyEvents} from a machine snapshot this module made and no one else holds (as
 * `openCaseSnapshot` gives it): no private copy is needed.
 *
 * @category Cases
 * @example
 * // A snapshot no one else holds: resolved here from a state that is not used again.
 * const snapshot = caseMachine.resolveState(exampleCase() as never);
 * const r = applyEventsToSnapshot(snapshot, [{ type: "REGISTERED", at: "2018-06-02" }]);
 * r.ok && r.state.context.registeredOn; // "2018-06-02"
 */
export function applyEventsToSnapshot(snapshot: CaseSnapshot, events: readonly unknown[]): ApplyEventsResult {
  return applyFrom(snapshot, plainState(snapshot), events);
}

// `state` stands for `snapshot`, or is what was given when it is not a state of the machine.
function applyFrom(from: CaseSnapshot | undefined, state: CaseState, events: readonly unknown[]): ApplyEventsResult {
  let snapshot = from;
  let current = state;
  for (let index = 0; index < events.length; index++) {
    const event = events[index];
    if (snapshot) {
      try {
        const parsed = CaseEvent.safeParse(event);
        if (parsed.success && parsed.data.at >= snapshot.context.lastEventOn) {
          const next = machineStep(snapshot, parsed.data);
          if (next !== snapshot) {
            snapshot = next;
            continue;
          }
        }
      } catch {
        // applyEvent says why, below.
      }
      current = plainState(snapshot);
    }
    // The slow path: applyEvent's own answer, for its exact refusal (or, in theory, its acceptance).
    const r = applyEvent(current, event);
    if (!r.ok) return { ok: false, index, state: current, reason: r.reason };
    current = r.state;
    snapshot = resolve(r.state, true);
  }
  return { ok: true, state: snapshot ? plainState(snapshot) : current };
}

/**
 * The event types the case's current stage takes, in a stable order. A rule may still refuse a
 * particular event of one of these types (with a `guard-failed` reason). Empty for a malformed state.
 *
 * @category Cases
 * @example
 * const opened = openCase({ id: "A-1", receivedOn: "2018-06-01", intake: { channel: "hotline" } });
 * opened.ok && allowedEvents(opened.state).includes("REGISTERED"); // true
 */
export function allowedEvents(state: CaseState): CaseEventType[] {
  try {
    const snapshot = resolve(state);
    if (!snapshot) return [];
    const types = new Set(getNextTransitions(snapshot).map((t) => t.eventType));
    return caseEventTypes.filter((t) => types.has(t));
  } catch {
    return [];
  }
}
