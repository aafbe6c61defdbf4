import type { CaseContext } from "../context";
import type { CaseEvent, CaseEventType, EventOf } from "../events";

/**
 * Why a guard refused an event. `branch` marks a guard that only picks between transitions for the
 * same event (it says "not this way", not "not allowed"), so explanations prefer the other refusals.
 *
 * @category Cases
 * @example
 * const r: Refusal = { message: "SGB-5: …", path: ["context", "legalAffairsConsultations"] };
 */
export type Refusal = { message: string; path?: (string | number)[]; branch?: true };

/**
 * A guard as a pure check: `undefined` means the event may proceed.
 *
 * @category Cases
 * @example
 * const always: Check = () => undefined;
 */
export type Check<P = undefined> = (context: CaseContext, event: CaseEvent, params: P) => Refusal | undefined;

/**
 * A check that only makes sense for one event type; any other type is a branch refusal.
 *
 * @category Cases
 * @example
 * const c = forEvent("CASE_CLOSED", () => undefined);
 * c(exampleCase().context, { type: "REGISTERED", at: "2018-06-02" }, undefined); // { message: "expects CASE_CLOSED", branch: true }
 * c(exampleCase().context, { type: "CASE_CLOSED", at: "2018-06-02" }, undefined); // undefined
 */
export function forEvent<T extends CaseEventType, P = undefined>(
  type: T,
  check: (context: CaseContext, event: EventOf<T>, params: P) => Refusal | undefined,
): Check<P> {
  return (context, event, params) => (event.type === type ? check(context, event as EventOf<T>, params) : { message: `expects ${type}`, branch: true });
}

/**
 * A refusal at a path.
 *
 * @category Cases
 * @example
 * refuse("no subject S-9 is recorded", ["subjectRef"]); // { message: "no subject S-9 is recorded", path: ["subjectRef"] }
 */
export function refuse(message: string, path?: (string | number)[]): Refusal {
  return path ? { message, path } : { message };
}
