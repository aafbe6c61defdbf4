import type { Personnel } from "../vocabulary/personnel";

// The indexes of the evaluation now running, by the record list they index and a key. An evaluation
// is synchronous, so one slot is enough; it is restored afterwards, so a nested evaluation (a rule
// calling `evaluate`) keeps its own.
let current: Map<object, Map<string, unknown>> | undefined;

/**
 * Runs `work` with a fresh set of shared indexes, dropped when it returns. The engine runs every
 * rule and exception of one evaluation inside one scope.
 *
 * @internal
 */
export function withEvaluationScope<T>(work: () => T): T {
  const previous = current;
  current = new Map();
  try {
    return work();
  } finally {
    current = previous;
  }
}

/**
 * An index over a section of the parsed dataset, built on first use and shared by every rule of the
 * same evaluation: `owner` is the section (the parsed array or object), `key` names the index and
 * whatever else it depends on (such as the date). Outside an evaluation (a rule's `evaluate` called
 * directly) it is built each time. The index must be a pure function of `owner` and `key`, and
 * callers must not mutate it.
 *
 * @category Engine
 * @example
 * const personnel = [{ id: "P-1" }, { id: "P-2" }];
 * const ids = sharedIndex(personnel, "ids", () => new Set(personnel.map((p) => p.id)));
 * ids.has("P-2"); // true
 */
export function sharedIndex<V>(owner: object, key: string, build: () => V): V {
  if (!current) return build();
  let byKey = current.get(owner);
  if (!byKey) current.set(owner, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as V;
  const value = build();
  byKey.set(key, value);
  return value;
}

/**
 * Personnel by id, built once per evaluation and shared by the rules that look people up
 * (a later record with the same id wins, as with `new Map`; a parsed dataset has unique ids).
 *
 * @category Engine
 * @example
 * const personnel = [{ id: "P-1", category: "civilian-staff", gender: "female", officeId: "HQ", arrivalDate: "2018-01-02" }] as const;
 * personnelById(personnel).get("P-1")?.officeId; // "HQ"
 */
export function personnelById<P extends Pick<Personnel, "id">>(personnel: readonly P[]): ReadonlyMap<string, P> {
  return sharedIndex(personnel, "personnel-by-id", () => {
    const byId = new Map<string, P>();
    for (const p of personnel) byId.set(p.id, p);
    return byId;
  });
}
