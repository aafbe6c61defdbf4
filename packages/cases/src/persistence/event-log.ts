import { RecordId } from "@psea/core";
import { z } from "zod";
import type { JsonValue } from "./json-value";

/**
 * The `type` of the first entry of every case's log: the input the case was opened with. It is
 * not a machine event; replay hands it to `openCase`, and every later entry to `applyEvent`.
 *
 * @category Persistence
 * @example
 * OPENED_ENTRY_TYPE; // "case-opened"
 */
export const OPENED_ENTRY_TYPE = "case-opened" as const;

const Json = z.custom<JsonValue>((v) => v !== undefined, { message: "a JSON value is required" });

/**
 * The payload of a log's first entry.
 *
 * @category Persistence
 * @example
 * OpenedEntry.parse({ type: "case-opened", input: { id: "A-1" } }).type; // "case-opened"
 */
export const OpenedEntry = z.object({ type: z.literal(OPENED_ENTRY_TYPE), input: Json });
/**
 * @category Persistence
 * @example
 * const typeOf = (openedEntry: OpenedEntry) => openedEntry.type;
 */
export type OpenedEntry = z.infer<typeof OpenedEntry>;

/**
 * One row of a case's append-only event log. `seq` counts from 1 (the opening) with no gaps, so
 * the last `seq` is the case's version. There is no timestamp: order is `seq`, and the time of
 * each event is the `at` it carries.
 *
 * @category Persistence
 * @example
 * EventLogEntry.parse({ caseId: "A-1", seq: 2, event: { type: "x", at: "2018-06-02" } }).seq; // 2
 */
export const EventLogEntry = z.object({ caseId: RecordId, seq: z.number().int().min(1), event: Json });
/**
 * @category Persistence
 * @example
 * const caseIdOf = (eventLogEntry: EventLogEntry) => eventLogEntry.caseId;
 */
export type EventLogEntry = z.infer<typeof EventLogEntry>;

/**
 * The log entry that opens a case.
 *
 * @category Persistence
 * @example
 * openingEntry("A-1", { id: "A-1" }); // { caseId: "A-1", seq: 1, event: { type: "case-opened", input: { id: "A-1" } } }
 */
export function openingEntry(caseId: string, input: JsonValue): EventLogEntry {
  return { caseId, seq: 1, event: { type: OPENED_ENTRY_TYPE, input } };
}
