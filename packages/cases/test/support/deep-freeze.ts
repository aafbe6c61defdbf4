/** Freezes a value and everything it holds, so that any write to it throws (test files are strict mode). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Every object and array reachable from a value. */
export function objectsIn(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value === "object" && value !== null && !into.has(value)) {
    into.add(value);
    for (const key of Object.keys(value)) objectsIn((value as Record<string, unknown>)[key], into);
  }
  return into;
}

/** The objects two values have in common (by identity): none, for values that share nothing. */
export function sharedObjects(a: unknown, b: unknown): object[] {
  const inA = objectsIn(a);
  return [...objectsIn(b)].filter((o) => inA.has(o));
}
