import { caseReducer, dueItems, publicStatus, publicStatusLabels, replay, type CaseState } from "@psea/cases";
import { isDeepStrictEqual } from "node:util";
import { PostgresCaseStore } from "./postgres-case-store";
import type { SqlClient } from "./sql-client";

const CASE_ID = "A-2018-0042";

// An allegation as a host would pass it: subjects and victims by reference only.
const allegation = {
  id: CASE_ID,
  receivedOn: "2018-06-01",
  intake: { channel: "community-based-complaint-mechanism" },
  subjects: [{ ref: "S-1", category: "military-contingent", contributingCountry: "XYZ" }],
  victims: [{ ref: "V-1", age: { kind: "known", years: 16 }, sex: "female" }],
};

const firstEvents = [
  { type: "REGISTERED", at: "2018-06-02" },
  { type: "ASSESSMENT_COMPLETED", at: "2018-06-05", conduct: { sexualActivity: "actual", exchange: ["money"] }, seriousness: "serious", urgent: false },
  { type: "EVIDENCE_PRESERVED", at: "2018-06-06", teamUnits: ["child-protection", "force"] },
  { type: "REFERRED_FOR_INVESTIGATION", at: "2018-06-07", entity: "troop-contributing-country" },
];

/**
 * Opens a case, appends events in two writes, shows a stale writer being refused, and prints the
 * public status and the due items. Only references, statuses and dates are printed.
 */
export async function runDemo(db: SqlClient, print: (line: string) => void, asOf = "2018-06-20"): Promise<void> {
  const store = new PostgresCaseStore(db, caseReducer);

  const opened = await store.open(CASE_ID, allegation);
  if (!opened.ok && opened.code === "version-conflict") {
    // A database kept from an earlier run: show the case as stored.
    print(`${CASE_ID} is already stored, at version ${opened.currentVersion}`);
    return showStored(store, asOf, print);
  }
  if (!opened.ok) throw new Error(`could not open the case: ${opened.code}`);
  print(`opened ${opened.caseId} at version ${opened.version}`);

  const first = await store.append(CASE_ID, opened.version, firstEvents);
  if (!first.ok) throw new Error(`could not append: ${first.code}`);
  print(`appended ${firstEvents.length} events: version ${first.version}`);

  // A second writer that read the case at version 1 and never reloaded.
  const stale = await store.append(CASE_ID, opened.version, [{ type: "HEADQUARTERS_NOTIFIED", at: "2018-06-03" }]);
  print(stale.ok ? "stale write accepted (unexpected)" : `stale write refused: ${stale.code}${stale.code === "version-conflict" ? ` (current version ${stale.currentVersion})` : ""}`);

  const retried = await store.append(CASE_ID, first.version, [{ type: "HEADQUARTERS_NOTIFIED", at: "2018-06-08" }]);
  if (!retried.ok) throw new Error(`could not append: ${retried.code}`);
  print(`retried against version ${first.version}: version ${retried.version}`);
  await showStored(store, asOf, print);
}

async function showStored(store: PostgresCaseStore<CaseState>, asOf: string, print: (line: string) => void): Promise<void> {
  const loaded = await store.load(CASE_ID);
  if (!loaded.ok) throw new Error(`could not load: ${loaded.code}`);
  printCase(loaded.state, asOf, print);

  const log = await store.readLog(CASE_ID);
  const replayed = replay(log.ok ? log.entries : []);
  // Deep equality, not text: jsonb keeps object keys in its own order.
  const same = replayed.ok && isDeepStrictEqual(replayed.state, loaded.state);
  print(`replay of ${log.ok ? log.entries.length : 0} log entries equals the stored snapshot: ${same ? "yes" : "NO"}`);
}

function printCase(state: CaseState, asOf: string, print: (line: string) => void): void {
  const status = publicStatus(state);
  print(`public status: ${publicStatusLabels[status]} (${status})`);
  const items = dueItems(state, asOf);
  print(`due items as of ${asOf}: ${items.length}`);
  for (const d of items) {
    print(`  ${d.status.padEnd(7)} ${d.dueOn}  ${d.kind} [${d.obligationIds.join(", ")}] ${d.subject.kind} ${d.subject.id}`);
  }
}
