import { ConductFacts, IntakeChannelKind, IsoDate, RecordId, inputIssuesFromZod } from "@psea/core";
import { createParameterSet } from "@psea/core/parameters";
import { z } from "zod";
import { ServiceProvider } from "./case-vocabulary";
import type { CaseIssue, CaseState, OpenCaseResult } from "./case-state";
import type { CaseContext } from "./context";
import { CaseSubjectInput, CaseVictimInput } from "./events";
import { initialSnapshot, type CaseSnapshot } from "./machine-step";

/**
 * What a case is opened with: the allegation as received. Identity data is not part of it. Parsed
 * strictly: a field the kit does not know is an issue (it would otherwise ride into the event log);
 * a victim's `identity`, which the vocabulary knows, is dropped.
 *
 * @category Cases
 * @example
 * CaseOpening.parse({ id: "A-1", receivedOn: "2018-06-01", intake: { channel: "rumour" } }).intake.missionPersonnelMayBeInvolved; // true
 */
export const CaseOpening = z.strictObject({
  id: RecordId.describe("The allegation's id; the case and its event log are keyed by it."),
  missionId: RecordId.optional().describe("The mission the case belongs to."),
  receivedOn: IsoDate.describe("When the allegation was received; the case's deadlines run from it."),
  incidentDate: IsoDate.optional().describe("When the alleged conduct took place; a victim's age is taken on it."),
  intake: z
    .strictObject({
      channel: IntakeChannelKind.describe("How the allegation reached the mission."),
      channelId: RecordId.optional().describe("The configured reporting channel it came through (an id of the mission's reporting channels)."),
      /** A rumour or 'in-the-air' allegation; implied by the `rumour` channel. */
      rumour: z.boolean().optional().describe("A rumour or 'in-the-air' allegation; implied by the rumour channel."),
      missionPersonnelMayBeInvolved: z.boolean().default(true).describe("Mission personnel may be involved; defaults to true."),
      headOfMissionLiaisonOn: IsoDate.optional().describe("When the Resident Coordinator liaised with the Head of Mission on a rumour (DPKO RC (e))."),
    })
    .describe("How the allegation was received."),
  subjects: z.array(CaseSubjectInput).default([]).describe("The people the allegation is against, by pseudonymous reference."),
  victims: z.array(CaseVictimInput).default([]).describe("The victims, by pseudonymous reference, with the facts classification needs; never identity data."),
  complainant: z
    .object({
      ref: RecordId.describe("A pseudonymous reference to the complainant. Never a name."),
      relation: z.enum(["victim", "witness", "colleague", "community-member", "partner", "other"]).describe("How the complainant relates to the matter."),
    })
    .optional()
    .describe("Who reported the allegation, by pseudonymous reference."),
  conduct: ConductFacts.optional().describe("The structured facts of the alleged conduct, from which the classification is derived (SGB section 1)."),
  serviceMap: z.array(ServiceProvider).default([]).describe("The victim assistance providers the case can refer to."),
  /** A parameter overlay (see `createParameterSet` in `@psea/core`); the case keeps it. */
  parameters: z.unknown().optional().describe("A parameter overlay (the form createParameterSet of @psea/core accepts); the case keeps it."),
});
/**
 * @category Cases
 * @example
 * const opening: CaseOpening = CaseOpening.parse({ id: "A-1", receivedOn: "2018-06-01", intake: { channel: "hotline" } });
 * opening.receivedOn; // "2018-06-01"
 */
export type CaseOpening = z.infer<typeof CaseOpening>;
/**
 * @category Cases
 * @example
 * const input: CaseOpeningInput = { id: "A-1", receivedOn: "2018-06-01", intake: { channel: "hotline" } };
 * openCase(input).ok; // true
 */
export type CaseOpeningInput = z.input<typeof CaseOpening>;

function zodIssues(error: z.ZodError): CaseIssue[] {
  return inputIssuesFromZod(error).map((i) => ({ ...i, path: [...i.path] }));
}

/** The UN counts one allegation per personnel category and contributing country; the case follows. */
function consistencyIssues(o: CaseOpening): CaseIssue[] {
  const issues: CaseIssue[] = [];
  const first = o.subjects[0];
  o.subjects.forEach((s, i) => {
    if (o.subjects.findIndex((x) => x.ref === s.ref) !== i) issues.push({ path: ["subjects", i, "ref"], code: "duplicate-ref", message: "this subject reference appears earlier in the list" });
    if (first && s.category !== first.category) {
      issues.push({ path: ["subjects", i, "category"], code: "mixed-personnel-categories", message: "one allegation per personnel category: record the others as separate allegations" });
    }
    const country = o.subjects.find((x) => x.contributingCountry !== undefined)?.contributingCountry;
    if (country !== undefined && s.contributingCountry !== undefined && s.contributingCountry !== country) {
      issues.push({ path: ["subjects", i, "contributingCountry"], code: "mixed-contributing-countries", message: "one allegation per contributing country: record the others as separate allegations" });
    }
  });
  o.victims.forEach((v, i) => {
    if (o.victims.findIndex((x) => x.ref === v.ref) !== i) issues.push({ path: ["victims", i, "ref"], code: "duplicate-ref", message: "this victim reference appears earlier in the list" });
  });
  o.serviceMap.forEach((p, i) => {
    if (o.serviceMap.findIndex((x) => x.id === p.id) !== i) issues.push({ path: ["serviceMap", i, "id"], code: "duplicate-ref", message: "this provider id appears earlier in the list" });
  });
  if (o.incidentDate !== undefined && o.incidentDate > o.receivedOn) {
    issues.push({ path: ["incidentDate"], code: "incident-after-receipt", message: "the incident date is after the date the allegation was received" });
  }
  return issues;
}

function initialContext(o: CaseOpening, overlay: CaseContext["parameters"]): CaseContext {
  const intake: CaseContext["intake"] = {
    channel: o.intake.channel,
    ...(o.intake.channelId !== undefined ? { channelId: o.intake.channelId } : {}),
    // DPKO RC e: a rumour is still an allegation, recorded as one.
    rumour: o.intake.rumour ?? o.intake.channel === "rumour",
    missionPersonnelMayBeInvolved: o.intake.missionPersonnelMayBeInvolved,
    ...(o.intake.headOfMissionLiaisonOn !== undefined ? { headOfMissionLiaisonOn: o.intake.headOfMissionLiaisonOn } : {}),
  };
  return {
    caseId: o.id,
    ...(o.missionId !== undefined ? { missionId: o.missionId } : {}),
    receivedOn: o.receivedOn,
    ...(o.incidentDate !== undefined ? { incidentDate: o.incidentDate } : {}),
    lastEventOn: o.receivedOn,
    round: 1,
    intake,
    subjects: o.subjects.map((s) => ({
      ref: s.ref,
      category: s.category,
      ...(s.contributingCountry !== undefined ? { contributingCountry: s.contributingCountry } : {}),
      ...(s.personnelId !== undefined ? { personnelId: s.personnelId } : {}),
      recordedOn: o.receivedOn,
    })),
    victims: o.victims.map((v) => ({ ref: v.ref, age: v.age, sex: v.sex, beneficiary: v.beneficiary, recordedOn: o.receivedOn })),
    ...(o.complainant !== undefined ? { complainant: { ref: o.complainant.ref, relation: o.complainant.relation } } : {}),
    ...(o.conduct !== undefined ? { conduct: o.conduct } : {}),
    informationRequests: [],
    assessments: [],
    evidence: [],
    memberStateReferrals: [],
    investigations: [],
    recommendations: [],
    outcome: null,
    priorOutcomes: [],
    actions: [],
    legalAffairsConsultations: [],
    headquarters: { monitoring: [] },
    victimUpdates: [],
    closedOn: null,
    assistance: { needsAssessments: [], consents: [], overrides: [], referrals: [], trustFund: [], conclusions: [] },
    serviceMap: o.serviceMap.map((p) => ({ id: p.id, name: p.name, services: [...p.services], ...(p.region !== undefined ? { region: p.region } : {}) })),
    parameters: overlay,
    deadlines: [],
  };
}

/**
 * Opens a case from an allegation as received (`unknown`, validated). The case starts at intake with
 * its channel recorded; a rumour is recorded like any other allegation (DPKO-RC-e). Never throws.
 *
 * @category Cases
 * @example
 * const r = openCase({ id: "A-1", receivedOn: "2018-06-01", intake: { channel: "hotline" } });
 * r.ok && r.state.value; // { allegation: "intake", victimAssistance: { support: "awaitingNeedsAssessment", paternity: "noClaim" } }
 * openCase({ id: "A-1" }).ok; // false
 */
export function openCase(input: unknown): OpenCaseResult {
  const opened = openCaseSnapshot(input);
  return opened.ok ? { ok: true, state: opened.state } : opened;
}

/**
 * {@link openCase}, with the machine snapshot the state was read from, for a caller that goes on
 * transitioning it (replay). The state and the snapshot share their objects: hand out only one.
 *
 * @category Cases
 * @example
 * const r = openCaseSnapshot({ id: "A-1", receivedOn: "2018-06-01", intake: { channel: "hotline" } });
 * r.ok && r.snapshot.context === r.state.context; // true
 */
export function openCaseSnapshot(input: unknown): { ok: true; state: CaseState; snapshot: CaseSnapshot } | { ok: false; issues: CaseIssue[] } {
  try {
    const parsed = CaseOpening.safeParse(input);
    if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
    const issues = consistencyIssues(parsed.data);
    const overlay = createParameterSet(parsed.data.parameters ?? {});
    if (!overlay.ok) issues.push(...overlay.issues.map((i) => ({ path: ["parameters", ...i.path], code: i.code, message: i.message })));
    if (issues.length > 0 || !overlay.ok) return { ok: false, issues };
    // The overlay is stored as plain JSON with the case, so that its deadlines replay the same way.
    const context = initialContext(parsed.data, JSON.parse(JSON.stringify(overlay.value.overlay)) as CaseContext["parameters"]);
    const snapshot = initialSnapshot(context);
    return { ok: true, state: { value: snapshot.value, context: snapshot.context }, snapshot };
  } catch {
    return { ok: false, issues: [{ path: [], code: "internal-error", message: "the case could not be opened: an internal error occurred" }] };
  }
}
