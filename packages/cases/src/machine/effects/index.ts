import type { CaseContext } from "../context";
import type { CaseEvent } from "../events";
import { accountabilityEffects } from "./accountability";
import { assistanceEffects } from "./assistance";
import type { EffectMap } from "./effect-map";
import { intakeEffects } from "./intake";
import { investigationEffects } from "./investigation";
import { notificationEffects } from "./notifications";

// One entry per event type, so the compiler refuses an event without an effect. Effects are pure:
// they return a new context and never mutate.
const effects: EffectMap = { ...intakeEffects, ...investigationEffects, ...accountabilityEffects, ...notificationEffects, ...assistanceEffects };

/**
 * Writes one accepted event into the context and stamps its date as the latest.
 *
 * @category Cases
 * @example
 * const next = recordEvent(exampleCase().context, { type: "REGISTERED", at: "2018-06-02" });
 * [next.registeredOn, next.lastEventOn]; // ["2018-06-02", "2018-06-02"]
 */
export function recordEvent(context: CaseContext, event: CaseEvent): CaseContext {
  const effect = effects[event.type] as (context: CaseContext, event: CaseEvent) => CaseContext;
  return { ...effect(context, event), lastEventOn: event.at > context.lastEventOn ? event.at : context.lastEventOn };
}

/**
 * What an accepted event changes in the context: the top-level entries {@link recordEvent} writes,
 * and nothing else. xstate's `assign` merges what it is given into a copy of the context, so giving
 * it the changes, not a whole new context, spares copying every entry twice over. Merged into the
 * context, it gives exactly `recordEvent(context, event)` (effects never remove an entry).
 *
 * @category Cases
 * @example
 * const { context } = exampleCase();
 * const changes = recordedChanges(context, { type: "REGISTERED", at: "2018-06-02" });
 * Object.keys(changes); // ["lastEventOn", "deadlines", "registeredOn"]
 * JSON.stringify({ ...context, ...changes }) === JSON.stringify(recordEvent(context, { type: "REGISTERED", at: "2018-06-02" })); // true
 */
export function recordedChanges(context: CaseContext, event: CaseEvent): Partial<CaseContext> {
  const effect = effects[event.type] as (context: CaseContext, event: CaseEvent) => CaseContext;
  const next = effect(context, event);
  const changes: Partial<CaseContext> = { lastEventOn: event.at > context.lastEventOn ? event.at : context.lastEventOn };
  if (next === context) return changes;
  const write = changes as Record<string, unknown>;
  const before = context as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  // for-in, not Object.keys: no array of keys is allocated. Effects return plain objects, so every key is own.
  for (const key in after) {
    const value = after[key];
    if (value !== before[key] && key !== "lastEventOn") write[key] = value;
  }
  return changes;
}
