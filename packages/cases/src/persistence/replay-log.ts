import { z } from "zod";
import { issuesFromZod, type PersistenceIssue } from "./issues";
import { EventLogEntry, OpenedEntry } from "./event-log";
import type { CaseReducer, RejectionReason } from "./reducer";
import type { ReplayResult } from "./replay-result";

// Internal to the persistence module (not re-exported): `replayWith` and `replay` share it.

const Log = z.array(EventLogEntry).min(1, { message: "a log starts with its opening entry" });

// Parsing the rows of a log with zod costs about a third of a microsecond per row, as much as a
// tenth of replaying it. A well-formed log (the only kind a store writes) is recognised by hand,
// with the checks of EventLogEntry, and read as it is (zod would give back the same caseId, seq and
// event); anything else goes to zod, for its issues.
/**
 * Whether a log passes EventLogEntry's checks as it is (a test holds it to zod's answer).
 *
 * @category Persistence
 * @example
 * wellFormed([{ caseId: "A-1", seq: 1, event: { type: "case-opened", input: {} } }]); // true
 * wellFormed([{ caseId: " A-1", seq: 1, event: {} }]); // false (zod would trim it)
 */
export function wellFormed(entries: unknown): entries is EventLogEntry[] {
  if (!Array.isArray(entries) || entries.length === 0) return false;
  for (let i = 0; i < entries.length; i++) {
    const entry: unknown = entries[i];
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return false;
    const proto: unknown = Object.getPrototypeOf(entry);
    if (proto !== Object.prototype && proto !== null) return false;
    const { caseId, seq, event } = entry as Record<string, unknown>;
    // RecordId: a string of 1 to 200 characters, with no surrounding whitespace (it would be trimmed).
    if (typeof caseId !== "string" || caseId.length < 1 || caseId.length > 200 || caseId.trim() !== caseId) return false;
    if (typeof seq !== "number" || !Number.isSafeInteger(seq) || seq < 1) return false;
    if (event === undefined) return false;
  }
  return true;
}

function readLog(entries: unknown): { ok: true; log: readonly EventLogEntry[] } | { ok: false; issues: PersistenceIssue[] } {
  if (wellFormed(entries)) return { ok: true, log: entries };
  const parsed = Log.safeParse(entries);
  return parsed.success ? { ok: true, log: parsed.data } : { ok: false, issues: issuesFromZod(parsed.error) };
}

/**
 * Opens a case and applies its log's events in order in one pass, stopping at the first one
 * refused, with the result `reducer.open` and folding `reducer.apply` would give (an event's index
 * is its index in `events`).
 *
 * @category Persistence
 * @example
 * const fold: FoldLog<number> = (_input, events) => ({ ok: true, state: events.length });
 */
export type FoldLog<S> = (
  input: unknown,
  events: readonly unknown[],
) =>
  | { ok: true; state: S }
  | { ok: false; opened: false; issues: readonly PersistenceIssue[] }
  | { ok: false; opened: true; index: number; reason: RejectionReason };

/**
 * The fold behind {@link replayWith}: the log's checks, the opening, then every later event through
 * `reducer.apply`; or, when `fold` is given, the opening and the events through it (a batch path
 * with the same results).
 *
 * @category Persistence
 * @example
 * const entries = [
 *   { caseId: "A-1", seq: 1, event: { type: "case-opened", input: exampleCaseOpening() } },
 *   { caseId: "A-1", seq: 2, event: { type: "REGISTERED", at: "2018-06-02" } },
 * ];
 * const r = replayLog(caseReducer, entries); // event by event, through caseReducer.apply
 * r.ok && r.version; // 2
 * // `replay` folds the same log through its batch path, with the same result.
 * JSON.stringify(replay(entries)) === JSON.stringify(r); // true
 */
export function replayLog<S>(reducer: CaseReducer<S>, entries: unknown, fold?: FoldLog<S>): ReplayResult<S> {
  const read = readLog(entries);
  if (!read.ok) return { ok: false, issues: read.issues };
  const { log } = read;
  const caseId = log[0]!.caseId;

  for (const [index, entry] of log.entries()) {
    if (entry.caseId !== caseId) {
      return fail([index, "caseId"], "mixed-case", `entry ${index} belongs to another case than entry 0: a log holds one case`);
    }
    if (entry.seq !== index + 1) {
      return fail([index, "seq"], "seq-gap", `expected seq ${index + 1}: a log runs from 1 with no gap`);
    }
  }

  const opening = OpenedEntry.safeParse(log[0]!.event);
  if (!opening.success) return fail([0, "event"], "not-opened", "the first entry must be the case's opening");
  if (!sameCase(opening.data.input, caseId)) {
    return fail([0, "event", "input", "id"], "case-id-mismatch", "expected the opening's id to be the log's case id");
  }
  if (fold) {
    const folded = fold(opening.data.input, log.slice(1).map((entry) => entry.event));
    if (folded.ok) return { ok: true, caseId, version: log.length, state: folded.state };
    if (!folded.opened) return openRejected(folded.issues);
    return rejected(folded.index + 1, log[folded.index + 1]!.seq, folded.reason);
  }

  const opened = reducer.open(opening.data.input);
  if (!opened.ok) return openRejected(opened.issues);

  let state = opened.state;
  for (const [index, entry] of log.entries()) {
    if (index === 0) continue;
    const applied = reducer.apply(state, entry.event);
    if (!applied.ok) return rejected(index, entry.seq, applied.reason);
    state = applied.state;
  }
  return { ok: true, caseId, version: log.length, state };
}

/**
 * Whether an opening input names the case it opens: an input with a string `id` (an allegation's)
 * must carry the case id; one without an id is the reducer's to judge.
 *
 * @category Persistence
 * @example
 * sameCase({ id: "A-1" }, "A-1"); // true
 * sameCase({ id: "A-2" }, "A-1"); // false
 */
export function sameCase(input: unknown, caseId: string): boolean {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return true;
  const id = (input as { id?: unknown }).id;
  return typeof id !== "string" || id.trim() === caseId;
}

function openRejected(issues: readonly PersistenceIssue[]): { ok: false; issues: PersistenceIssue[] } {
  return { ok: false, issues: issues.map((i) => ({ ...i, path: [0, "event", "input", ...i.path], code: "open-rejected" })) };
}

function rejected(index: number, seq: number, reason: RejectionReason): { ok: false; issues: PersistenceIssue[] } {
  return fail([index, "event", ...(reason.path ?? [])], "event-rejected", `seq ${seq}: ${reason.code}: ${reason.message}`);
}

function fail(path: (string | number)[], code: string, message: string): { ok: false; issues: PersistenceIssue[] } {
  return { ok: false, issues: [{ path, code, message }] };
}
