import { z } from "zod";
import { issuesFromZod, type PersistenceIssue } from "./issues";
import {
  PersistedSnapshotV1,
  PersistedSnapshotV2,
  SNAPSHOT_SCHEMA_VERSION,
  type PersistedSnapshot,
} from "./snapshot-schema";

/**
 * One step up the format ladder: validated version `from`, returned as version `from + 1`.
 *
 * @category Persistence
 * @example
 * const step: SnapshotMigration = snapshotMigrations[0]!;
 * step.from; // 1
 */
export interface SnapshotMigration {
  readonly from: number;
  readonly schema: z.ZodType;
  migrate(snapshot: never): unknown;
}

/**
 * v1 → v2: `revision` is renamed `version` (same counter, same meaning) and the flat `value` and
 * `context` move under `state`.
 *
 * @category Persistence
 * @example
 * migrateV1toV2({ schemaVersion: 1, caseId: "A-1", revision: 2, value: "intake", context: {} }); // { schemaVersion: 2, caseId: "A-1", version: 2, state: { value: "intake", context: {} } }
 */
export function migrateV1toV2(v1: PersistedSnapshotV1): PersistedSnapshotV2 {
  return { schemaVersion: 2, caseId: v1.caseId, version: v1.revision, state: { value: v1.value, context: v1.context } };
}

/**
 * Every migration, in order; entry `i` takes version `i + 1` to `i + 2`.
 *
 * A migration changes the envelope or reshapes stored data. Additions to the context that older
 * records simply lack need none: new deadline kinds (the assessment, referral and report review of
 * AP Enforcement goal 3, the victim's service referrals of AP Remedial actions goal 1) are appended
 * to `deadlineKinds`, and a context stored before them restores as it was, with the deadlines it had.
 * No deadline is added to an old record on restore: deadlines arise from events, and an event
 * recorded before a rule existed never owed one.
 *
 * @category Persistence
 * @example
 * snapshotMigrations.map((m) => m.from); // [1]
 */
export const snapshotMigrations: readonly SnapshotMigration[] = [
  { from: 1, schema: PersistedSnapshotV1, migrate: migrateV1toV2 },
];

/**
 * The result of {@link migrateSnapshot}.
 *
 * @category Persistence
 * @example
 * const r: MigrationResult = migrateSnapshot({ schemaVersion: 7 });
 * !r.ok && r.issues[0]?.code; // "unsupported-schema-version"
 */
export type MigrationResult =
  | { readonly ok: true; readonly snapshot: PersistedSnapshot; readonly fromSchemaVersion: number }
  | { readonly ok: false; readonly issues: readonly PersistenceIssue[] };

const Versioned = z.object({ schemaVersion: z.number().int().min(1) });

/**
 * Validates a parsed snapshot of any known schema version and migrates it, step by step, to the
 * current one (see {@link restoreCase}, which also takes JSON text and copies its input first). A version newer than this library is refused (`unsupported-schema-version`), never guessed at.
 *
 * @category Persistence
 * @example
 * const r = migrateSnapshot({ schemaVersion: 1, caseId: "A-1", revision: 1, value: "intake", context: {} });
 * r.ok && r.snapshot.version; // 1
 * r.ok && r.fromSchemaVersion; // 1
 */
export function migrateSnapshot(json: unknown): MigrationResult {
  const head = Versioned.safeParse(json);
  if (!head.success) return { ok: false, issues: issuesFromZod(head.error) };
  const from = head.data.schemaVersion;
  if (from > SNAPSHOT_SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [
        {
          path: ["schemaVersion"],
          code: "unsupported-schema-version",
          message: `schema version ${from} is newer than this library reads (${SNAPSHOT_SCHEMA_VERSION})`,
        },
      ],
    };
  }
  let current: unknown = json;
  for (const step of snapshotMigrations.slice(from - 1)) {
    const parsed = step.schema.safeParse(current);
    if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
    current = step.migrate(parsed.data as never);
  }
  const final = PersistedSnapshotV2.safeParse(current);
  if (!final.success) return { ok: false, issues: issuesFromZod(final.error) };
  return { ok: true, snapshot: final.data, fromSchemaVersion: from };
}
