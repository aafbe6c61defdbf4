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

// Copies are recursive: past this depth (no report comes near it) a value is cut, so that a
// pathological input cannot overflow the stack.
const MAX_DEPTH = 2_000;
const TOO_DEEP = "[too deep]";

function copyWithout(value: unknown, ancestors: Set<object>): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (ancestors.size >= MAX_DEPTH) return TOO_DEEP;
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

// Iterative: a source nested a hundred thousand levels deep is read whole (an identity is never
// missed for being deep) without overflowing the stack.
function collect(source: unknown, out: Set<string>): void {
  const seen = new Set<object>();
  const stack: [unknown, boolean][] = [[source, false]];
  while (stack.length > 0) {
    const [value, inIdentity] = stack.pop()!;
    if (typeof value === "string") {
      const s = value.trim();
      // A single character identifies no one, and masking it would garble every line of output.
      if (inIdentity && s.length > 1) out.add(s);
      continue;
    }
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) for (const v of value) stack.push([v, inIdentity]);
    else for (const [k, v] of Object.entries(value)) stack.push([v, inIdentity || k === IDENTITY_KEY]);
  }
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
  collect(source, out);
  return [...out].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

// Masking runs over every string of an output, and an output of n allegations holds n identities:
// testing each string against each identity in turn is quadratic. One Aho-Corasick automaton over
// all identities finds every occurrence in one pass over a string, so masking costs time linear in
// the size of the output plus that of the identities.
interface Matcher {
  /** The root's transitions by UTF-16 code unit (0: none): most characters of an output are read there. */
  readonly root: Int32Array;
  /** Below the root, each state's children as a list (first child, next sibling), with their code unit. */
  readonly firstChild: number[];
  readonly nextSibling: number[];
  readonly unit: number[];
  /** Failure link of each state: the state of its longest proper suffix that is a prefix of an identity. */
  fail: Int32Array;
  /** Length of the longest identity that ends at each state (0 when none). */
  readonly longest: number[];
}

// Plain arrays of small integers, not a map per state nor a map keyed by (state, unit): at tens of
// thousands of identities either one costs memory and time that grow faster than the identities do.
function child(m: Matcher, state: number, c: number): number {
  if (state === 0) return m.root[c]!;
  for (let k = m.firstChild[state]!; k !== 0; k = m.nextSibling[k]!) if (m.unit[k] === c) return k;
  return 0;
}

function buildMatcher(secrets: readonly string[]): Matcher {
  const root = new Int32Array(65_536);
  const firstChild: number[] = [0];
  const nextSibling: number[] = [0];
  const unit: number[] = [0];
  const longest: number[] = [0];
  // One object of one shape from the start, so that every call of `child` sees the same shape.
  const trie: Matcher = { root, firstChild, nextSibling, unit, fail: new Int32Array(0), longest };
  const rootChildren: number[] = [];
  for (const s of secrets) {
    let state = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      let to = child(trie, state, c);
      if (to === 0) {
        to = unit.length;
        unit.push(c);
        longest.push(0);
        firstChild.push(0);
        if (state === 0) {
          root[c] = to;
          rootChildren.push(to);
          nextSibling.push(0);
        } else {
          nextSibling.push(firstChild[state]!);
          firstChild[state] = to;
        }
      }
      state = to;
    }
    longest[state] = Math.max(longest[state]!, s.length);
  }
  // Breadth first, so that a state's failure link, which is shallower, is complete before its own.
  const fail = new Int32Array(unit.length);
  trie.fail = fail;
  const queue = new Int32Array(unit.length);
  let tail = 0;
  for (const state of rootChildren) queue[tail++] = state;
  for (let head = 0; head < tail; head++) {
    const state = queue[head]!;
    for (let k = firstChild[state]!; k !== 0; k = nextSibling[k]!) {
      const c = unit[k]!;
      let f = fail[state]!;
      let to = child(trie, f, c);
      while (to === 0 && f !== 0) {
        f = fail[f]!;
        to = child(trie, f, c);
      }
      fail[k] = to;
      longest[k] = Math.max(longest[k]!, longest[to]!);
      queue[tail++] = k;
    }
  }
  return trie;
}

// Following failure links costs at most as many steps as characters read so far: amortised O(1).
function step(m: Matcher, state: number, c: number): number {
  let s = state;
  for (;;) {
    const to = child(m, s, c);
    if (to !== 0 || s === 0) return to;
    s = m.fail[s]!;
  }
}

// Every occurrence of every identity is replaced; occurrences that overlap are replaced together,
// so no part of either is left to read.
function maskString(text: string, m: Matcher): string {
  if (m.fail.length === 1) return text;
  let state = 0;
  let out = "";
  let copied = 0; // text[0, copied) is accounted for in `out`
  let start = -1; // the pending masked range [start, end), not yet written
  let end = -1;
  for (let i = 0; i < text.length; i++) {
    state = step(m, state, text.charCodeAt(i));
    const len = m.longest[state]!;
    if (len === 0) continue;
    const from = i + 1 - len;
    if (start >= 0 && from < end) {
      start = Math.min(start, from);
      end = i + 1;
      continue;
    }
    if (start >= 0) {
      out += text.slice(copied, start) + REDACTED;
      copied = end;
    }
    start = from;
    end = i + 1;
  }
  if (start < 0) return text;
  return out + text.slice(copied, start) + REDACTED + text.slice(end);
}

function mask(value: unknown, m: Matcher, ancestors: Set<object>): unknown {
  if (typeof value === "string") return maskString(value, m);
  if (typeof value !== "object" || value === null) return value;
  if (ancestors.has(value)) return "[circular]";
  if (ancestors.size >= MAX_DEPTH) return TOO_DEEP;
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((v) => mask(v, m, ancestors));
    if (!isPlainObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[maskString(k, m)] = mask(v, m, ancestors);
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
 * Occurrences that overlap are replaced together. Time is linear in the size of `value` plus that of
 * the identities, however many there are.
 *
 * @category Confidentiality
 * @example
 * const dataset = { allegations: [{ complainant: { ref: "C-1", identity: { name: "Jane Roe" } } }] };
 * maskIdentityValues({ message: "reported by Jane Roe" }, dataset); // { message: "reported by [redacted]" }
 * maskIdentityValues("Jane Roe called", dataset); // "[redacted] called"
 */
export function maskIdentityValues<T>(value: T, source: unknown): T {
  return mask(value, buildMatcher(collectIdentityValues(source)), new Set()) as T;
}
