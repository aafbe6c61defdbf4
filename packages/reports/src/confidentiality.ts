/**
 * The property name under which the vocabulary keeps a victim's or complainant's identity
 * (`Victim.identity`, `complainant.identity`).
 *
 * @category Confidentiality
 * @example
 * IDENTITY_KEY; // "identity"
 */
export const IDENTITY_KEY = "identity";

/**
 * `T` with every `identity` property removed, at any depth.
 *
 * @category Confidentiality
 * @example
 * type V = WithoutIdentity<{ ref: string; identity?: { name?: string } }>; // { ref: string }
 */
export type WithoutIdentity<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? WithoutIdentity<U>[]
    : T extends object
      ? { [K in keyof T as K extends typeof IDENTITY_KEY ? never : K]: WithoutIdentity<T[K]> }
      : T;

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function copyWithout(value: unknown, ancestors: Set<object>): unknown {
  if (typeof value !== "object" || value === null) return value;
  // A cycle cannot be serialised; cutting it keeps every renderer total.
  if (ancestors.has(value)) return "[circular]";
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((v) => copyWithout(v, ancestors));
    if (value instanceof Map) {
      return new Map([...value].filter(([k]) => k !== IDENTITY_KEY).map(([k, v]) => [k, copyWithout(v, ancestors)]));
    }
    if (value instanceof Set) return new Set([...value].map((v) => copyWithout(v, ancestors)));
    if (value instanceof Date) return new Date(value.getTime());
    if (!isPlainObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k !== IDENTITY_KEY) out[k] = copyWithout(v, ancestors);
    }
    return out;
  } finally {
    ancestors.delete(value);
  }
}

/**
 * A deep copy of `value` without any `identity` property, at any depth. Reports and the CLI pass
 * everything they print through it, so a victim's or complainant's identity never reaches an
 * output even when a host puts it into a finding's facts by mistake. The input is not changed.
 *
 * @category Confidentiality
 * @example
 * redactIdentities({ ref: "V-1", identity: { name: "…" }, facts: [{ identity: "…", age: 16 }] });
 * // { ref: "V-1", facts: [{ age: 16 }] }
 */
export function redactIdentities<T>(value: T): WithoutIdentity<T> {
  return copyWithout(value, new Set()) as WithoutIdentity<T>;
}

/**
 * What replaces an identity value found inside a string.
 *
 * @category Confidentiality
 * @example
 * REDACTED; // "[redacted]"
 */
export const REDACTED = "[redacted]";

function collect(value: unknown, inIdentity: boolean, out: Set<string>, seen: Set<object>): void {
  if (typeof value === "string") {
    const s = value.trim();
    // A single character identifies no one, and masking it would garble every line of output.
    if (inIdentity && s.length > 1) out.add(s);
    return;
  }
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  const entries = Array.isArray(value) ? value.map((v) => ["", v] as const) : Object.entries(value);
  for (const [k, v] of entries) collect(v, inIdentity || k === IDENTITY_KEY, out, seen);
}

/**
 * Every string (of two characters or more) held under an `identity` property anywhere in `source`
 * (a dataset as read, valid or not), longest first so that masking replaces a full name before a part of it.
 *
 * @category Confidentiality
 * @example
 * collectIdentityValues({ allegations: [{ victims: [{ ref: "V-1", identity: { name: "Jane Roe" } }] }] });
 * // ["Jane Roe"]
 */
export function collectIdentityValues(source: unknown): string[] {
  const out = new Set<string>();
  collect(source, false, out, new Set());
  return [...out].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

function maskString(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join(REDACTED);
  return out;
}

function mask(value: unknown, secrets: readonly string[], ancestors: Set<object>): unknown {
  if (typeof value === "string") return maskString(value, secrets);
  if (typeof value !== "object" || value === null) return value;
  if (ancestors.has(value)) return "[circular]";
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((v) => mask(v, secrets, ancestors));
    if (!isPlainObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[maskString(k, secrets)] = mask(v, secrets, ancestors);
    return out;
  } finally {
    ancestors.delete(value);
  }
}

/**
 * A deep copy of `value` in which every occurrence, inside any string or key, of an identity value
 * of `source` (see {@link collectIdentityValues}) is replaced by `[redacted]`. The second line of
 * defence after {@link redactIdentities}: it also catches an identity a rule copied into a message.
 * Pass a string to mask plain text. Mask a report before rendering it rather than the rendered HTML,
 * Markdown or CSV: escaping can change how an identity is spelt there (`O'Brien` becomes `O&#39;Brien`).
 *
 * @category Confidentiality
 * @example
 * const dataset = { allegations: [{ complainant: { ref: "C-1", identity: { name: "Jane Roe" } } }] };
 * maskIdentityValues({ message: "reported by Jane Roe" }, dataset); // { message: "reported by [redacted]" }
 * maskIdentityValues("Jane Roe called", dataset); // "[redacted] called"
 */
export function maskIdentityValues<T>(value: T, source: unknown): T {
  return mask(value, collectIdentityValues(source), new Set()) as T;
}
