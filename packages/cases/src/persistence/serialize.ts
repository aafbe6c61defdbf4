import { RecordId } from "@psea/core";
import { z } from "zod";
import { issuesFromZod, type PersistenceIssue } from "./issues";
import { toJsonValue } from "./json-value";
import { CaseVersion, PersistedCaseState, SNAPSHOT_SCHEMA_VERSION, type PersistedSnapshot } from "./snapshot-schema";

/**
 * The result of {@link serializeCase}.
 *
 * @category Persistence
 * @example
 * const r: SnapshotResult = serializeCase({ caseId: "A-1", version: 0, state: { value: "intake", context: {} } });
 * !r.ok && r.issues[0]?.path; // ["version"]
 */
export type SnapshotResult =
  | { readonly ok: true; readonly snapshot: PersistedSnapshot }
  | { readonly ok: false; readonly issues: readonly PersistenceIssue[] };

const SerializeInput = z.object({ caseId: RecordId, version: CaseVersion, state: PersistedCaseState });

/**
 * Builds the current-format snapshot of a case state, ready for `JSON.stringify` or a `jsonb`
 * column. The state is copied, never shared, and anything JSON would silently change (a Date,
 * `NaN`, a class instance) is an issue at its path instead.
 *
 * @category Persistence
 * @example
 * const r = serializeCase({ caseId: "A-1", version: 1, state: { value: "intake", context: {} } });
 * r.ok && r.snapshot; // { schemaVersion: 2, caseId: "A-1", version: 1, state: { value: "intake", context: {} } }
 */
export function serializeCase(input: unknown): SnapshotResult {
  const json = toJsonValue(input);
  if (!json.ok) return json;
  const parsed = SerializeInput.safeParse(json.value);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const { caseId, version, state } = parsed.data;
  return { ok: true, snapshot: { schemaVersion: SNAPSHOT_SCHEMA_VERSION, caseId, version, state } };
}
