// A JSON writer that yields text in chunks instead of one string. A string in V8 holds at most about
// 512 MB, which a million findings exceed once indented; chunks of about 64 KB keep memory flat and
// let a caller write each one to a stream as it comes.
const CHUNK = 64 * 1024;

function isIterable(value: object): value is Iterable<unknown> {
  return typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function";
}

function leaf(value: unknown): string | undefined {
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  if (value === null) return "null";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(Number.isNaN(value.getTime()) ? null : value.toISOString());
  return undefined;
}

class NotPlain extends Error {}

// JSON.stringify does an element in native code, many times faster than walking it here; it is used
// for any element that holds no iterable other than an array (a Set would become `{}`) and no
// cycle. Its line breaks are re-indented to the element's depth: a JSON string never holds a raw one.
function fast(value: unknown, indent: string, depth: number): string | undefined {
  try {
    const text = JSON.stringify(value, (_k, v: unknown) => {
      if (typeof v === "bigint") return v.toString();
      if (typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date) && typeof (v as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function") throw new NotPlain();
      return v;
    }, indent);
    if (text === undefined) return "null";
    return indent === "" || depth === 0 ? text : text.replace(/\n/g, `\n${indent.repeat(depth)}`);
  } catch {
    return undefined;
  }
}

function* write(value: unknown, indent: string, depth: number, ancestors: Set<object>): Generator<string> {
  const simple = leaf(value);
  if (simple !== undefined) return yield simple;
  if (typeof value !== "object" || value === null) return yield "null";
  // A cycle cannot be written; cutting it keeps the writer total, as redactIdentities does.
  if (ancestors.has(value)) return yield '"[circular]"';
  ancestors.add(value);
  const pad = indent === "" ? "" : `\n${indent.repeat(depth + 1)}`;
  const close = indent === "" ? "" : `\n${indent.repeat(depth)}`;
  const colon = indent === "" ? ":" : ": ";
  try {
    if (Array.isArray(value) || (isIterable(value) && !(value instanceof Map) && typeof value !== "string")) {
      let first = true;
      for (const item of value as Iterable<unknown>) {
        yield first ? `[${pad}` : `,${pad}`;
        first = false;
        // Array holes and functions are written as null, as JSON.stringify does.
        const element = item === undefined || typeof item === "function" || typeof item === "symbol" ? null : item;
        const quick = typeof element === "object" && element !== null && !ancestors.has(element) ? fast(element, indent, depth + 1) : undefined;
        if (quick !== undefined) yield quick;
        else yield* write(element, indent, depth + 1, ancestors);
      }
      yield first ? "[]" : `${close}]`;
      return;
    }
    const entries = value instanceof Map ? [...value].map(([k, v]) => [String(k), v] as const) : Object.entries(value);
    let first = true;
    for (const [k, v] of entries) {
      if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
      yield `${first ? "{" : ","}${pad}${JSON.stringify(k)}${colon}`;
      first = false;
      yield* write(v, indent, depth + 1, ancestors);
    }
    yield first ? "{}" : `${close}}`;
  } finally {
    ancestors.delete(value as object);
  }
}

/**
 * Options of {@link jsonChunks}.
 *
 * @category Rendering
 * @example
 * const options: JsonChunkOptions = { indent: 2 };
 */
export interface JsonChunkOptions {
  /** Spaces of indentation (default 2, as the reports use); 0 for compact JSON. */
  readonly indent?: number;
}

/**
 * `value` as JSON text, in chunks of about 64 KB: the same text `JSON.stringify(value, null, 2)`
 * gives (plus a final line feed), but never held as one string, so there is no size limit. Any
 * iterable (a report table's rows, a generator) is written as an array as it is read; a `bigint`
 * is written as a string, a cycle as `"[circular]"`.
 *
 * @category Rendering
 * @example
 * [...jsonChunks({ a: [1, 2], b: "x" })].join(""); // '{\n  "a": [\n    1,\n    2\n  ],\n  "b": "x"\n}\n'
 * [...jsonChunks({ rows: new Set([1]) }, { indent: 0 })].join(""); // '{"rows":[1]}\n'
 */
export function* jsonChunks(value: unknown, options: JsonChunkOptions = {}): Generator<string, void, undefined> {
  const indent = " ".repeat(Math.max(0, Math.min(10, Math.trunc(options.indent ?? 2))));
  let buffer = "";
  for (const piece of write(value, indent, 0, new Set())) {
    buffer += piece;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = "";
    }
  }
  yield `${buffer}\n`;
}
