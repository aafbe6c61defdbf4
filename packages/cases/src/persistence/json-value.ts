import type { PersistenceIssue } from "./issues";

/**
 * A plain JSON value: what a snapshot, an event or a log row may hold.
 *
 * @category Persistence
 * @example
 * const v: JsonValue = { value: "intake", context: { count: 1 } };
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * The result of {@link toJsonValue}.
 *
 * @category Persistence
 * @example
 * const r: JsonValueResult = toJsonValue([1, 2]);
 * r; // { ok: true, value: [1, 2] }
 */
export type JsonValueResult =
  | { readonly ok: true; readonly value: JsonValue }
  | { readonly ok: false; readonly issues: readonly PersistenceIssue[] };

/**
 * Checks that a value survives `JSON.stringify`/`JSON.parse` unchanged and returns a deep copy.
 * A Date, a Map, a class instance, a non-finite number or a cycle would be silently changed by
 * JSON, so each is an issue (`not-json`, `cycle`) at its path. Object properties whose value is
 * `undefined` are dropped, as JSON drops them.
 *
 * @category Persistence
 * @example
 * toJsonValue({ a: 1, b: undefined }); // { ok: true, value: { a: 1 } }
 * const r = toJsonValue({ at: new Date(0) });
 * !r.ok && r.issues[0]?.path; // ["at"]
 */
export function toJsonValue(value: unknown): JsonValueResult {
  const issues: PersistenceIssue[] = [];
  const result = copy(value, [], new Set(), issues);
  return issues.length > 0 ? { ok: false, issues: issues.slice(0, 100) } : { ok: true, value: result };
}

/**
 * The deepest nesting a stored value may have: no case state comes near it, and the copy is
 * recursive, so a deeper value is refused (`too-deep`) rather than allowed to overflow the stack.
 *
 * @category Persistence
 * @example
 * MAX_JSON_DEPTH; // 256
 */
export const MAX_JSON_DEPTH = 256;

function copy(value: unknown, path: (string | number)[], ancestors: Set<object>, issues: PersistenceIssue[]): JsonValue {
  if (path.length > MAX_JSON_DEPTH) {
    if (!issues.some((i) => i.code === "too-deep")) issues.push({ path: path.slice(0, MAX_JSON_DEPTH), code: "too-deep", message: `expected a value nested at most ${MAX_JSON_DEPTH} levels deep` });
    return null;
  }
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    issues.push({ path, code: "not-json", message: "expected a finite number: JSON has no NaN or Infinity" });
    return null;
  }
  if (typeof value !== "object") {
    issues.push({ path, code: "not-json", message: `a ${typeof value} cannot be stored as JSON` });
    return null;
  }
  if (ancestors.has(value)) {
    issues.push({ path, code: "cycle", message: "the value refers to itself" });
    return null;
  }
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      return value.map((item: unknown, i) => {
        if (item === undefined) {
          issues.push({ path: [...path, i], code: "not-json", message: "undefined in an array would become null" });
          return null;
        }
        return copy(item, [...path, i], ancestors, issues);
      });
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      issues.push({ path, code: "not-json", message: "only plain objects can be stored as JSON" });
      return null;
    }
    const out: { [key: string]: JsonValue } = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      // defineProperty, not assignment: a "__proto__" key from JSON.parse must stay a plain key.
      Object.defineProperty(out, key, {
        value: copy(item, [...path, key], ancestors, issues),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  } finally {
    ancestors.delete(value);
  }
}
