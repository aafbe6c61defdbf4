import { IntakeChannelKind, IsoDate, RecordId, isIsoDate } from "@psea/core";
import { z } from "zod";
import { CaseSubjectInput, CaseVictimInput } from "../machine/events";
import { ServiceProvider } from "../machine/case-vocabulary";
import { deadlineKinds } from "../machine/context";
import type { PersistenceIssue } from "./issues";
import { inputIssuesFromZod } from "@psea/core";
import type { PersistedCaseState } from "./snapshot-schema";

// A stored context is read back as the machine's own, so it is checked whole before it is trusted:
// a row edited by hand, truncated or tampered with is a corrupt record, never a case. The records
// that name people are parsed field by field (what is not the machine's is dropped: an identity
// planted in a stored row does not come back); every other section must have its shape.

const Records = z.array(z.record(z.string(), z.unknown()));
const Subject = CaseSubjectInput.extend({ recordedOn: IsoDate });
const Victim = CaseVictimInput.extend({ recordedOn: IsoDate });

const StoredContext = z.object({
  caseId: RecordId,
  missionId: RecordId.optional(),
  receivedOn: IsoDate,
  incidentDate: IsoDate.optional(),
  lastEventOn: IsoDate,
  round: z.number().int().min(1),
  intake: z.object({
    channel: IntakeChannelKind,
    channelId: RecordId.optional(),
    rumour: z.boolean(),
    missionPersonnelMayBeInvolved: z.boolean(),
    headOfMissionLiaisonOn: IsoDate.optional(),
  }),
  registeredOn: IsoDate.optional(),
  subjects: z.array(Subject),
  victims: z.array(Victim),
  complainant: z.object({ ref: RecordId, relation: z.enum(["victim", "witness", "colleague", "community-member", "partner", "other"]) }).optional(),
  conduct: z.record(z.string(), z.unknown()).optional(),
  informationRequests: Records,
  assessments: Records,
  evidence: Records,
  memberStateReferrals: Records,
  investigations: Records,
  recommendations: Records,
  outcome: z.record(z.string(), z.unknown()).nullable(),
  priorOutcomes: Records,
  actions: Records,
  legalAffairsConsultations: Records,
  headquarters: z.object({ notifiedOn: IsoDate.optional(), monitoring: Records }).catchall(z.unknown()),
  victimUpdates: Records,
  closedOn: IsoDate.nullable(),
  assistance: z
    .object({ needsAssessments: Records, consents: Records, overrides: Records, referrals: Records, trustFund: Records, conclusions: Records })
    .catchall(z.unknown()),
  serviceMap: z.array(ServiceProvider),
  parameters: z.record(z.string(), z.unknown()),
  // A deadline of a kind this library does not know would have no duty to report: refused, not guessed at.
  // Kinds are only ever added, so a context stored before a kind existed restores unchanged.
  deadlines: z.array(z.object({ kind: z.enum(deadlineKinds) }).catchall(z.unknown())),
});

const IDENTITY_KEY = "identity";

// Dates are named for what they date: `…On`, `on` and `at`. Each one anywhere must be a real date.
const DATE_KEY = /^(?:on|at|[a-z][A-Za-z]*On)$/;

// Walks a private copy (restore parsed it from JSON or copied it): removing a key changes no caller's object.
function dateIssues(value: unknown, path: (string | number)[], out: PersistenceIssue[]): void {
  const stack: [unknown, (string | number)[]][] = [[value, path]];
  while (stack.length > 0 && out.length < 100) {
    const [v, p] = stack.pop()!;
    if (Array.isArray(v)) v.forEach((item, i) => stack.push([item, [...p, i]]));
    else if (typeof v === "object" && v !== null) {
      for (const [k, item] of Object.entries(v)) {
        // The machine never writes an identity: one found in a stored row was planted, and is dropped.
        if (k === IDENTITY_KEY) delete (v as Record<string, unknown>)[k];
        else if (DATE_KEY.test(k) && typeof item === "string" && !isIsoDate(item)) out.push({ path: [...p, k], code: "invalid-date", message: "expected a date as YYYY-MM-DD from 0001-01-01 to 9999-12-31" });
        else stack.push([item, [...p, k]]);
      }
    }
  }
}

/**
 * Checks a stored allegation-case state whole: every section present with its shape, the context's
 * case id equal to the snapshot's, every date a real one; the records that name people are rebuilt
 * from their known fields only, and an `identity` property anywhere is dropped. Paths are relative to the state (`["context", "victims", 0]`).
 *
 * @category Persistence
 * @example
 * const s = serializeCase({ caseId: "A-1", version: 1, state: exampleCase() });
 * s.ok && checkStoredCaseState(s.snapshot.state, "A-1").ok; // true
 * s.ok && checkStoredCaseState(s.snapshot.state, "A-2").ok; // false
 */
export function checkStoredCaseState(
  state: PersistedCaseState,
  caseId: string,
): { ok: true; state: PersistedCaseState } | { ok: false; issues: PersistenceIssue[] } {
  const parsed = StoredContext.safeParse(state.context);
  if (!parsed.success) return { ok: false, issues: inputIssuesFromZod(parsed.error, ["context"]) };
  const issues: PersistenceIssue[] = [];
  if (parsed.data.caseId !== caseId) issues.push({ path: ["context", "caseId"], code: "case-id-mismatch", message: "expected the case id of the snapshot" });
  const context = { ...state.context, ...parsed.data } as Record<string, unknown>;
  // Only the machine's own sections: anything else stored beside them is dropped.
  for (const key of Object.keys(context)) if (!Object.hasOwn(StoredContext.shape, key)) delete context[key];
  dateIssues(context, ["context"], issues);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, state: { value: state.value, context: context as PersistedCaseState["context"] } };
}
