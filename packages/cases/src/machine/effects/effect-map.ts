import type { CaseContext } from "../context";
import type { CaseEventType, EventOf } from "../events";

/**
 * What each event writes into the context: one pure function per event type.
 *
 * @category Cases
 * @example
 * const registered: EffectMap["REGISTERED"] = (context, e) => ({ ...context, registeredOn: e.at });
 */
export type EffectMap = { [K in CaseEventType]: (context: CaseContext, event: EventOf<K>) => CaseContext };
