// A case state is plain JSON, and structuredClone is slow on it (it serialises through the
// structured-clone wire format). Plain objects, arrays and primitives are copied here by hand;
// anything else (a Date, a Map, a class instance, a cycle, a sparse array) falls back to
// structuredClone, so that what is copied, and what throws, stays exactly what structuredClone does.

const NOT_PLAIN = Symbol("not plain");

// Deeper than any case record; a cycle reaches it and is left to structuredClone.
const MAX_DEPTH = 64;

function copyPlain(value: unknown, depth: number): unknown {
  if (typeof value !== "object") {
    // A function or a symbol cannot be cloned: structuredClone throws for it.
    return typeof value === "function" || typeof value === "symbol" ? NOT_PLAIN : value;
  }
  if (value === null) return null;
  if (depth > MAX_DEPTH) return NOT_PLAIN;
  if (Array.isArray(value)) {
    const n = value.length;
    const out: unknown[] = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      if (!(i in value)) return NOT_PLAIN;
      const item = copyPlain(value[i], depth + 1);
      if (item === NOT_PLAIN) return NOT_PLAIN;
      out[i] = item;
    }
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN;
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return NOT_PLAIN;
    const item = copyPlain((value as Record<string, unknown>)[key], depth + 1);
    if (item === NOT_PLAIN) return NOT_PLAIN;
    // defineProperty, not assignment: a "__proto__" key from JSON.parse must stay a plain key.
    if (key === "__proto__") Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    else out[key] = item;
  }
  return out;
}

/**
 * A deep copy of `value` that shares nothing with it: by hand for plain JSON-like data, by
 * `structuredClone` for anything else (which throws where structuredClone throws).
 *
 * @category Cases
 * @example
 * const state = { value: "intake", context: { victims: [{ ref: "V-1" }] } };
 * const copy = privateCopy(state);
 * copy.context.victims === state.context.victims; // false
 */
export function privateCopy<T>(value: T): T {
  const copy = copyPlain(value, 0);
  return (copy === NOT_PLAIN ? structuredClone(value) : copy) as T;
}
