import type { PersistenceIssue } from "./issues";
import { toJsonValue, type JsonValue } from "./json-value";
import { migrateSnapshot } from "./migrations";
import type { PersistedSnapshot } from "./snapshot-schema";

/**
 * The result of {@link restoreCase}: the snapshot in the current format, and the schema version it
 * was stored in (lower than the current one when it was migrated).
 *
 * @category Persistence
 * @example
 * const r: RestoreResult = restoreCase({ schemaVersion: 1, caseId: "A-1", revision: 2, value: "intake", context: {} });
 * r.ok && r.fromSchemaVersion; // 1
 */
export type RestoreResult =
  | { readonly ok: true; readonly snapshot: PersistedSnapshot; readonly fromSchemaVersion: number }
  | { readonly ok: false; readonly issues: readonly PersistenceIssue[] };

/**
 * Reads a stored snapshot, given as parsed JSON or as JSON text, of any schema version this
 * library knows, and migrates it to the current one. Never throws: bad JSON, a missing field or a
 * future schema version come back as issues with a path and a code.
 *
 * @category Persistence
 * @example
 * const r = restoreCase('{"schemaVersion":1,"caseId":"A-1","revision":4,"value":"intake","context":{}}');
 * r.ok && r.snapshot; // { schemaVersion: 2, caseId: "A-1", version: 4, state: { value: "intake", context: {} } }
 * const bad = restoreCase("{");
 * !bad.ok && bad.issues[0]?.code; // "invalid-json"
 */
export function restoreCase(input: unknown): RestoreResult {
  let raw: unknown = input;
  if (typeof input === "string") {
    const parsed = parseJson(input);
    if (!parsed.ok) return parsed;
    raw = parsed.value;
  }
  const json = toJsonValue(raw);
  if (!json.ok) return json;
  return migrateSnapshot(json.value);
}

function parseJson(text: string): { ok: true; value: JsonValue } | { ok: false; issues: PersistenceIssue[] } {
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch {
    // The parser's message quotes the text around the error: it could be anyone's name.
    return { ok: false, issues: [{ path: [], code: "invalid-json", message: "expected JSON text" }] };
  }
}
