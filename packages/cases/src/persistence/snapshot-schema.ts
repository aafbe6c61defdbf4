import { RecordId } from "@psea/core";
import { z } from "zod";
import type { JsonValue } from "./json-value";

/**
 * The snapshot format this version of `@psea/cases` writes. Older formats are migrated on restore.
 *
 * @category Persistence
 * @example
 * SNAPSHOT_SCHEMA_VERSION; // 2
 */
export const SNAPSHOT_SCHEMA_VERSION = 2 as const;

// Presence, not shape: JSON-ness is checked before zod runs (see toJsonValue), and the machine
// owns what its state value means.
const Json = z.custom<JsonValue>((v) => v !== undefined, { message: "a JSON value is required" });

/**
 * The optimistic-concurrency counter: the number of entries in the case's event log, the opening
 * included, so a freshly opened case is at version 1 and the next event gets seq `version + 1`.
 *
 * @category Persistence
 * @example
 * CaseVersion.safeParse(0).success; // false
 */
export const CaseVersion = z.number().int().min(1);

/**
 * A machine state as stored: the state value and the context, both plain JSON.
 *
 * @category Persistence
 * @example
 * PersistedCaseState.parse({ value: "intake", context: {} }).value; // "intake"
 */
export const PersistedCaseState = z.object({ value: Json, context: z.record(z.string(), Json) });
/**
 * @category Persistence
 * @example
 * const valueOf = (persistedCaseState: PersistedCaseState) => persistedCaseState.value;
 */
export type PersistedCaseState = z.infer<typeof PersistedCaseState>;

/**
 * Schema version 1: the first stored format, flat, with the counter named `revision`. It is only
 * read (and migrated), never written.
 *
 * @category Persistence
 * @example
 * PersistedSnapshotV1.parse({
 *   schemaVersion: 1, caseId: "A-1", revision: 3, value: "intake", context: {},
 * }).revision; // 3
 */
export const PersistedSnapshotV1 = z.object({
  schemaVersion: z.literal(1),
  caseId: RecordId,
  revision: CaseVersion,
  value: Json,
  context: z.record(z.string(), Json),
});
/**
 * @category Persistence
 * @example
 * const schemaVersionOf = (persistedSnapshotV1: PersistedSnapshotV1) => persistedSnapshotV1.schemaVersion;
 */
export type PersistedSnapshotV1 = z.infer<typeof PersistedSnapshotV1>;

/**
 * Schema version 2, the current one: the machine state kept whole under `state`, so the envelope
 * no longer changes when the machine does, and the counter named `version` after its role in
 * optimistic concurrency.
 *
 * @category Persistence
 * @example
 * PersistedSnapshotV2.parse({
 *   schemaVersion: 2, caseId: "A-1", version: 3, state: { value: "intake", context: {} },
 * }).version; // 3
 */
export const PersistedSnapshotV2 = z.object({
  schemaVersion: z.literal(2),
  caseId: RecordId,
  version: CaseVersion,
  state: PersistedCaseState,
});
/**
 * @category Persistence
 * @example
 * const schemaVersionOf = (persistedSnapshotV2: PersistedSnapshotV2) => persistedSnapshotV2.schemaVersion;
 */
export type PersistedSnapshotV2 = z.infer<typeof PersistedSnapshotV2>;

/**
 * The current snapshot format (an alias of {@link PersistedSnapshotV2}).
 *
 * @category Persistence
 * @example
 * PersistedSnapshot.shape.schemaVersion.value; // 2
 */
export const PersistedSnapshot = PersistedSnapshotV2;
/**
 * @category Persistence
 * @example
 * const schemaVersionOf = (persistedSnapshot: PersistedSnapshot) => persistedSnapshot.schemaVersion;
 */
export type PersistedSnapshot = PersistedSnapshotV2;
