import type { CaseContext } from "../context";
import type { CaseEvent } from "../events";
import { refuse, type Refusal } from "./refusal";

/**
 * Events about a victim name one the case has recorded (by reference; never by identity).
 *
 * @category Cases
 * @example
 * const { context } = exampleCase(); // one victim, V-1
 * victimKnown(context, { type: "VICTIM_STATUS_UPDATE_GIVEN", at: "2018-06-30", victimRef: "V-404" })?.path; // ["victimRef"]
 * victimKnown(context, { type: "VICTIM_STATUS_UPDATE_GIVEN", at: "2018-06-30", victimRef: "V-1" }); // undefined
 */
export function victimKnown(context: CaseContext, event: CaseEvent): Refusal | undefined {
  if (!("victimRef" in event) || event.victimRef === undefined) return undefined;
  return context.victims.some((v) => v.ref === event.victimRef) ? undefined : refuse("expected the reference of a victim the case records", ["victimRef"]);
}
