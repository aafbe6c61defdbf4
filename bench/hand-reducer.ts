// The baseline: the allegation workflow hand-written as a switch over (stage, event type), doing the
// same job as the machine for the event types the generated histories use. For each event it
//   - validates the event with the same zod schema (CaseEvent) and refuses one dated before the
//     case's latest event;
//   - checks the stage takes it, and checks the same rules the machine's guards check (the same
//     refusals, though the messages here are terse);
//   - writes the same records into the same CaseContext, and opens and resolves the same deadlines
//     as data: the parameter in force on the day (resolveParameter from @psea/core, each default
//     resolved once per parameter and date, as the machine does) and the same date arithmetic
//     (addWindow from @psea/cases).
// A case is opened from the same CaseOpening schema, consistency checks and parameter overlay.
// The bench checks that the context it builds is deep-equal to the machine's for every history.
// It is written the way one would write it by hand: immutable updates, no framework, no copying
// beyond what the record needs (its own copies of shared constants).
import { classifyAllegation, type ParameterId, type ParameterUse } from "@psea/core";
import { createParameterSet, resolveParameter } from "@psea/core/parameters";
import {
  addWindow,
  CaseEvent,
  CaseOpening,
  deadlineObligations,
  investigationRoutes,
  isUniformed,
  memberStateEntities,
  type ActionRecord,
  type CaseContext,
  type CaseEventType,
  type Deadline,
  type DeadlineKind,
  type DeadlineWindow,
  type EventOf,
  type InvestigationRecord,
} from "@psea/cases";

type Support = "awaitingNeedsAssessment" | "assisting" | "concluded";
type Paternity = "noClaim" | "claimRecorded" | "dnaSampleCollected" | "referredToMemberState";

export interface HandState {
  /** The allegation stage, `parent.child` for nested stages (as `stagesOf` writes the machine's). */
  allegation: string;
  support: Support;
  paternity: Paternity;
  context: CaseContext;
}

export type HandResult = { ok: true; state: HandState } | { ok: false; reason: string };

// ---------------------------------------------------------------------------------------------
// Parameters and deadlines.

type Resolved = { value: unknown; use: ParameterUse } | undefined;
const defaults = new Map<ParameterId, Map<string, Resolved>>();

function resolve(parameters: CaseContext["parameters"], id: ParameterId, on: string): Resolved {
  const r = resolveParameter({ overlay: parameters }, id, on);
  return r.ok ? { value: r.value, use: JSON.parse(JSON.stringify(r.use)) as ParameterUse } : undefined;
}

/** The parameter in force on a date: the overlay's, else the default (resolved once per id and date). */
function param(c: CaseContext, id: ParameterId, on: string): Resolved {
  if (c.parameters[id] !== undefined) return resolve(c.parameters, id, on);
  let byDate = defaults.get(id);
  if (byDate === undefined) defaults.set(id, (byDate = new Map()));
  let r = byDate.get(on);
  if (r === undefined && !byDate.has(on)) byDate.set(on, (r = resolve(c.parameters, id, on)));
  return r;
}

/** A deep copy of a plain JSON value (a parameter's value: a period, a number, a small object). */
function plain(v: unknown): unknown {
  if (typeof v !== "object" || v === null) return v;
  if (Array.isArray(v)) return v.map(plain);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = plain((v as Record<string, unknown>)[k]);
  return out;
}

/** The case's own copy of a parameter use (the resolved one is shared by every case). */
function copyUse(u: ParameterUse): ParameterUse {
  return { ...u, value: plain(u.value), citation: { ...u.citation } };
}

type Window =
  | "serviceReferralWindow"
  | "emergencyServiceReferralWindow"
  | "assessmentTimeline"
  | "referralTimeline"
  | "reportReviewTimeline"
  | "headquartersNotificationWindow" | "departmentOfManagementNotificationWindow" | "memberStateResponseWindow" | "victimStatusUpdateMaxInterval" | "investigationTimeline" | "urgentInvestigationTimeline";

function openDeadline(
  c: CaseContext,
  id: string,
  kind: DeadlineKind,
  subject: Deadline["subject"],
  path: Deadline["path"],
  startedOn: string,
  parameterId: Window,
  facts: Deadline["facts"],
): CaseContext {
  const p = param(c, parameterId, startedOn);
  if (!p) return c;
  const dueOn = addWindow(startedOn, p.value as DeadlineWindow);
  if (!dueOn) return c;
  const o = deadlineObligations[kind];
  const deadline: Deadline = { id, kind, obligationIds: [...o.obligationIds], citation: { ...o.citation }, subject, path, startedOn, facts, dueOn, parameter: copyUse(p.use) };
  return { ...c, deadlines: [...c.deadlines, deadline] };
}

// The preliminary assessment and the referral for investigation owed in each round (AP-E3 (a)).
function assessmentOwed(c: CaseContext, from: string): CaseContext {
  return openDeadline(c, `assessment:${c.round}`, "assessment", { kind: "allegation", id: c.caseId }, ["context", "assessments"], from, "assessmentTimeline", { caseId: c.caseId, round: c.round });
}

function referralOwed(c: CaseContext, from: string): CaseContext {
  const id = `referral:${c.round}`;
  if (c.deadlines.some((d) => d.id === id && !d.resolution)) return c;
  return openDeadline(c, id, "referral", { kind: "allegation", id: c.caseId }, ["context", "investigations"], from, "referralTimeline", { caseId: c.caseId, round: c.round });
}

// A referral to a service a victim needs is owed within its window (AP-R1), unless one is under way.
function serviceReferralOwed(c: CaseContext, victimRef: string, service: string, from: string): CaseContext {
  const prefix = `service-referral:${victimRef}:${service}:`;
  const mine = c.deadlines.filter((d) => d.kind === "service-referral" && d.id.startsWith(prefix));
  if (mine.some((d) => !d.resolution)) return c;
  if (c.assistance.referrals.some((r) => r.victimRef === victimRef && r.service === service && r.status !== "rejected" && r.status !== "completed")) return c;
  const window = service === "emergency-medical" ? "emergencyServiceReferralWindow" : "serviceReferralWindow";
  return openDeadline(c, `${prefix}${mine.length + 1}`, "service-referral", { kind: "victim", id: victimRef }, ["context", "assistance", "referrals"], from, window, { caseId: c.caseId, victimRef, service });
}

function resolveDeadlines(c: CaseContext, matches: (d: Deadline) => boolean, kind: "met" | "discharged", on: string, by: CaseEventType): CaseContext {
  if (!c.deadlines.some((d) => !d.resolution && matches(d))) return c;
  return { ...c, deadlines: c.deadlines.map((d) => (!d.resolution && matches(d) ? { ...d, resolution: { kind, on, by } } : d)) };
}

function victimUpdateRunning(c: CaseContext, victimRef: string, from: string): CaseContext {
  let n = 1;
  for (const d of c.deadlines) {
    if (d.kind !== "victim-status-update" || d.subject.id !== victimRef) continue;
    if (!d.resolution) return c;
    n++;
  }
  return openDeadline(c, `victim-update:${victimRef}:${n}`, "victim-status-update", { kind: "victim", id: victimRef }, ["context", "victimUpdates"], from, "victimStatusUpdateMaxInterval", {
    caseId: c.caseId,
    victimRef,
  });
}

function allVictimUpdatesRunning(c: CaseContext, from: string): CaseContext {
  let next = c;
  for (const v of c.victims) next = victimUpdateRunning(next, v.ref, from);
  return next;
}

function owedToDm(c: CaseContext, kind: "investigation" | "action", ref: string, index: number, on: string): CaseContext {
  return openDeadline(
    c,
    `dm-notification:${ref}`,
    "department-of-management-notification",
    { kind, id: ref },
    ["context", kind === "investigation" ? "investigations" : "actions", index, "departmentOfManagementInformedOn"],
    on,
    "departmentOfManagementNotificationWindow",
    { caseId: c.caseId, about: kind, ref },
  );
}

// ---------------------------------------------------------------------------------------------
// Reading the record.

const currentAssessment = (c: CaseContext) => c.assessments.findLast((a) => a.round === c.round);
const currentOutcome = (c: CaseContext) => (c.outcome?.round === c.round ? c.outcome.result : undefined);
const runningInvestigation = (c: CaseContext) => c.investigations.findLast((i) => i.round === c.round && !i.reportReceivedOn && !i.endedOn);
const category = (c: CaseContext) => c.subjects[0]?.category ?? "unidentified";
const country = (c: CaseContext) => c.subjects.find((s) => s.contributingCountry !== undefined)?.contributingCountry;
const hasSubject = (c: CaseContext, ref: string | undefined) => ref === undefined || c.subjects.some((s) => s.ref === ref);
const victimKnown = (c: CaseContext, ref: string | undefined) => ref === undefined || c.victims.some((v) => v.ref === ref);

function finalActions(c: CaseContext, cat: string, on: string): readonly string[] | undefined {
  const byCategory = param(c, "finalActionsByCategory", on)?.value as Record<string, readonly string[]> | undefined;
  if (!byCategory) return undefined;
  return cat === "non-un-force" || cat === "unidentified" ? [] : byCategory[cat];
}

function startInvestigation(c: CaseContext, spec: { entity: InvestigationRecord["entity"]; memberState?: string; nationalInvestigationOfficerAppointed?: boolean }, on: string): CaseContext {
  const urgent = currentAssessment(c)?.urgent ?? false;
  const index = c.investigations.length;
  const id = `INV-${index + 1}`;
  const record: InvestigationRecord = {
    id,
    round: c.round,
    entity: spec.entity,
    ...(spec.memberState !== undefined ? { memberState: spec.memberState } : {}),
    ...(spec.nationalInvestigationOfficerAppointed !== undefined ? { nationalInvestigationOfficerAppointed: spec.nationalInvestigationOfficerAppointed } : {}),
    startedOn: on,
    urgent,
  };
  let next: CaseContext = { ...c, investigations: [...c.investigations, record] };
  if (spec.entity !== "national-authorities") {
    next = openDeadline(
      next,
      `investigation:${id}`,
      "investigation",
      { kind: "investigation", id },
      ["context", "investigations", index, "reportReceivedOn"],
      on,
      urgent ? "urgentInvestigationTimeline" : "investigationTimeline",
      { caseId: c.caseId, investigationId: id, entity: spec.entity, urgent },
    );
  }
  return owedToDm(next, "investigation", id, index, on);
}

function withAction(c: CaseContext, action: ActionRecord): CaseContext {
  const index = c.actions.length;
  return owedToDm({ ...c, actions: [...c.actions, action] }, "action", action.id, index, action.takenOn);
}

// ---------------------------------------------------------------------------------------------
// Opening.

/** Opens a case from its input, as openCase does (same schema, same checks, same record); `undefined` if refused. */
export function handOpen(input: unknown): HandState | undefined {
  const parsed = CaseOpening.safeParse(input);
  if (!parsed.success) return undefined;
  const o = parsed.data;
  const seen = new Set<string>();
  const firstCategory = o.subjects[0]?.category;
  const firstCountry = o.subjects.find((s) => s.contributingCountry !== undefined)?.contributingCountry;
  for (const s of o.subjects) {
    if (seen.has(s.ref) || s.category !== firstCategory) return undefined;
    if (s.contributingCountry !== undefined && s.contributingCountry !== firstCountry) return undefined;
    seen.add(s.ref);
  }
  if (new Set(o.victims.map((v) => v.ref)).size !== o.victims.length) return undefined;
  if (new Set(o.serviceMap.map((p) => p.id)).size !== o.serviceMap.length) return undefined;
  if (o.incidentDate !== undefined && o.incidentDate > o.receivedOn) return undefined;
  const overlay = createParameterSet(o.parameters ?? {});
  if (!overlay.ok) return undefined;
  const context: CaseContext = {
    caseId: o.id,
    ...(o.missionId !== undefined ? { missionId: o.missionId } : {}),
    receivedOn: o.receivedOn,
    ...(o.incidentDate !== undefined ? { incidentDate: o.incidentDate } : {}),
    lastEventOn: o.receivedOn,
    round: 1,
    intake: {
      channel: o.intake.channel,
      ...(o.intake.channelId !== undefined ? { channelId: o.intake.channelId } : {}),
      rumour: o.intake.rumour ?? o.intake.channel === "rumour",
      missionPersonnelMayBeInvolved: o.intake.missionPersonnelMayBeInvolved,
      ...(o.intake.headOfMissionLiaisonOn !== undefined ? { headOfMissionLiaisonOn: o.intake.headOfMissionLiaisonOn } : {}),
    },
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
    parameters: JSON.parse(JSON.stringify(overlay.value.overlay)) as CaseContext["parameters"],
    deadlines: [],
  };
  return { allegation: "intake", support: "awaitingNeedsAssessment", paternity: "noClaim", context };
}

// ---------------------------------------------------------------------------------------------
// Events.

const openStages = new Set([
  "intake",
  "preliminaryAssessment.assessing",
  "preliminaryAssessment.awaitingInformation",
  "evidencePreservation",
  "referral.awaitingMemberStateResponse",
  "referral.memberStateDeclined",
  "investigation",
  "reportReview",
  "accountability",
]);
/** Stages that take an interim measure (all open stages but intake). */
const interimStages = new Set([...openStages].filter((s) => s !== "intake"));
/** Stages where the only decision is closure for other reasons (before a report). */
const earlyStages = new Set([...interimStages].filter((s) => s !== "reportReview" && s !== "accountability"));
const subjectStages = new Set(["intake", "preliminaryAssessment.assessing", "preliminaryAssessment.awaitingInformation", "evidencePreservation"]);

function refuse(reason: string): HandResult {
  return { ok: false, reason };
}

function to(state: HandState, allegation: string, context: CaseContext): HandResult {
  return { ok: true, state: { ...state, allegation, context } };
}

function assist(state: HandState, c: CaseContext, support: Support, change: Partial<CaseContext["assistance"]>): HandResult {
  return { ok: true, state: { ...state, support, context: { ...c, assistance: { ...c.assistance, ...change } } } };
}

/** Applies one event: validation, stage, rules, record, deadlines. */
export function handApply(state: HandState, raw: unknown): HandResult {
  const parsed = CaseEvent.safeParse(raw);
  if (!parsed.success) return refuse("invalid-event");
  const e = parsed.data;
  const prev = state.context;
  if (e.at < prev.lastEventOn) return refuse("invalid-event: out of order");
  const s = state.allegation;
  const c: CaseContext = { ...prev, lastEventOn: e.at };

  switch (e.type) {
    // Owed at every stage.
    case "HEADQUARTERS_NOTIFIED": {
      if (c.headquarters.notifiedOn !== undefined) return refuse("DPKO-HQ-f: already notified");
      const next = { ...c, headquarters: { ...c.headquarters, notifiedOn: e.at } };
      return to(state, s, resolveDeadlines(next, (d) => d.kind === "headquarters-notification", "met", e.at, e.type));
    }
    case "HEADQUARTERS_MONITORING_RECORDED": {
      if (c.headquarters.notifiedOn === undefined) return refuse("DPKO-HQ-f: not notified");
      const milestone = { milestone: e.milestone, on: e.at, ...(e.note !== undefined ? { note: e.note } : {}) };
      return to(state, s, { ...c, headquarters: { ...c.headquarters, monitoring: [...c.headquarters.monitoring, milestone] } });
    }
    case "VICTIM_STATUS_UPDATE_GIVEN": {
      if (!victimKnown(c, e.victimRef)) return refuse("no such victim");
      let next: CaseContext = { ...c, victimUpdates: [...c.victimUpdates, { victimRef: e.victimRef, on: e.at }] };
      next = resolveDeadlines(next, (d) => d.kind === "victim-status-update" && d.subject.id === e.victimRef, "met", e.at, e.type);
      return to(state, s, next.registeredOn !== undefined && next.closedOn === null ? victimUpdateRunning(next, e.victimRef, e.at) : next);
    }

    // Every open stage.
    case "VICTIM_RECORDED": {
      if (!openStages.has(s)) return refuse("not-allowed-in-state");
      const v = e.victim;
      if (c.victims.some((x) => x.ref === v.ref)) return refuse("victim already recorded");
      const next = { ...c, victims: [...c.victims, { ref: v.ref, age: v.age, sex: v.sex, beneficiary: v.beneficiary, recordedOn: e.at }] };
      return to(state, s, next.registeredOn !== undefined ? victimUpdateRunning(next, v.ref, e.at) : next);
    }
    case "HEAD_OF_MISSION_LIAISON_RECORDED":
      if (!openStages.has(s)) return refuse("not-allowed-in-state");
      return to(state, s, c.intake.headOfMissionLiaisonOn !== undefined ? c : { ...c, intake: { ...c.intake, headOfMissionLiaisonOn: e.at } });
    case "SUBJECT_RECORDED": {
      if (!subjectStages.has(s)) return refuse("not-allowed-in-state");
      const x = e.subject;
      if (c.subjects.some((y) => y.ref === x.ref)) return refuse("subject already recorded");
      const cat = c.subjects[0]?.category;
      if (cat !== undefined && cat !== x.category) return refuse("another personnel category");
      const ctry = country(c);
      if (ctry !== undefined && x.contributingCountry !== undefined && ctry !== x.contributingCountry) return refuse("another contributing country");
      const subject = {
        ref: x.ref,
        category: x.category,
        ...(x.contributingCountry !== undefined ? { contributingCountry: x.contributingCountry } : {}),
        ...(x.personnelId !== undefined ? { personnelId: x.personnelId } : {}),
        recordedOn: e.at,
      };
      return to(state, s, { ...c, subjects: [...c.subjects, subject] });
    }

    // Intake and preliminary assessment.
    case "REGISTERED": {
      if (s !== "intake") return refuse("not-allowed-in-state");
      const { rumour, missionPersonnelMayBeInvolved, headOfMissionLiaisonOn } = c.intake;
      if (rumour && missionPersonnelMayBeInvolved && headOfMissionLiaisonOn === undefined) return refuse("DPKO-RC-e: liaison first");
      let next: CaseContext = { ...c, registeredOn: e.at };
      if (next.headquarters.notifiedOn === undefined) {
        next = openDeadline(next, "hq-notification", "headquarters-notification", { kind: "allegation", id: c.caseId }, ["context", "headquarters", "notifiedOn"], e.at, "headquartersNotificationWindow", {
          caseId: c.caseId,
          channel: c.intake.channel,
          rumour: c.intake.rumour,
        });
      }
      next = assessmentOwed(next, e.at);
      return to(state, "preliminaryAssessment.assessing", allVictimUpdatesRunning(next, e.at));
    }
    case "INFORMATION_REQUESTED":
      if (s !== "preliminaryAssessment.assessing") return refuse("not-allowed-in-state");
      return to(state, "preliminaryAssessment.awaitingInformation", {
        ...c,
        informationRequests: [...c.informationRequests, { requestedOn: e.at, ...(e.from !== undefined ? { from: e.from } : {}) }],
      });
    case "INFORMATION_RECEIVED": {
      if (s !== "preliminaryAssessment.awaitingInformation") return refuse("not-allowed-in-state");
      const last = c.informationRequests.length - 1;
      const requests = c.informationRequests.map((r, i) => (i === last && r.receivedOn === undefined ? { ...r, receivedOn: e.at } : r));
      return to(state, "preliminaryAssessment.assessing", { ...c, informationRequests: requests });
    }
    case "ASSESSMENT_COMPLETED": {
      if (s !== "preliminaryAssessment.assessing") return refuse("not-allowed-in-state");
      const threshold = param(c, "childAgeThresholdYears", e.at);
      if (!threshold) return refuse("no child age threshold in force");
      const classification = classifyAllegation({ conduct: e.conduct, victims: c.victims }, { childAgeThresholdYears: threshold.value as number });
      if (classification.kind === "classified" && e.seriousness === "not-serious") return refuse("SGB-3.2a: SEA is serious misconduct");
      const assessment = {
        round: c.round,
        completedOn: e.at,
        seriousness: e.seriousness,
        urgent: e.urgent,
        classification: JSON.parse(JSON.stringify(classification)) as typeof classification,
        childAgeThreshold: copyUse(threshold.use),
      };
      const assessed = resolveDeadlines(c, (d) => d.id === `assessment:${c.round}`, "met", e.at, e.type);
      return to(state, "evidencePreservation", referralOwed({ ...assessed, conduct: e.conduct, assessments: [...c.assessments, assessment] }, e.at));
    }

    // Evidence, referral, investigation.
    case "EVIDENCE_PRESERVED":
      if (s !== "evidencePreservation") return refuse("not-allowed-in-state");
      return to(state, s, { ...c, evidence: [...c.evidence, { round: c.round, kind: "preserved", on: e.at, teamUnits: [...e.teamUnits] }] });
    case "EVIDENCE_PRESERVATION_NOT_POSSIBLE":
      if (s !== "evidencePreservation") return refuse("not-allowed-in-state");
      return to(state, s, { ...c, evidence: [...c.evidence, { round: c.round, kind: "not-possible", on: e.at, reason: e.reason }] });
    case "REFERRED_FOR_INVESTIGATION": {
      if (s !== "evidencePreservation") return refuse("not-allowed-in-state");
      if (!c.evidence.some((r) => r.round === c.round)) return refuse("AP-E2: evidence step first");
      const assessment = currentAssessment(c);
      if (!assessment) return refuse("assessment first");
      if (!investigationRoutes[category(c)][assessment.seriousness].includes(e.entity)) return refuse("AP-E3: not a route for this category");
      const referred = resolveDeadlines(c, (d) => d.kind === "referral", "met", e.at, e.type);
      if (!memberStateEntities.includes(e.entity)) {
        return to(state, "investigation", startInvestigation(referred, { entity: e.entity, ...(e.memberState !== undefined ? { memberState: e.memberState } : {}) }, e.at));
      }
      const ctry = country(referred);
      if (e.memberState === undefined && ctry === undefined) return refuse("AP-E3: no country to notify");
      if (e.memberState !== undefined && ctry !== undefined && e.memberState !== ctry) return refuse("AP-E3: another country");
      const memberState = e.memberState ?? ctry ?? "";
      const index = referred.memberStateReferrals.length;
      const id = `MSR-${index + 1}`;
      const next = { ...referred, memberStateReferrals: [...referred.memberStateReferrals, { id, round: referred.round, entity: e.entity, memberState, referredOn: e.at }] };
      return to(
        state,
        "referral.awaitingMemberStateResponse",
        openDeadline(
          next,
          `member-state-response:${id}`,
          "member-state-response",
          { kind: "member-state-referral", id },
          ["context", "memberStateReferrals", index, "response"],
          e.at,
          "memberStateResponseWindow",
          { caseId: referred.caseId, referralId: id, entity: e.entity, memberState },
        ),
      );
    }
    case "MEMBER_STATE_RESPONDED": {
      if (s !== "referral.awaitingMemberStateResponse") return refuse("not-allowed-in-state");
      if (!e.willInvestigate && e.jointWithOios) return refuse("a refusal takes no part in a joint investigation");
      const index = c.memberStateReferrals.length - 1;
      const referral = c.memberStateReferrals[index];
      const target = e.willInvestigate ? "investigation" : "referral.memberStateDeclined";
      if (!referral) return to(state, target, c);
      const response = { on: e.at, willInvestigate: e.willInvestigate, nationalInvestigationOfficerAppointed: e.nationalInvestigationOfficerAppointed, jointWithOios: e.jointWithOios };
      let next: CaseContext = { ...c, memberStateReferrals: c.memberStateReferrals.map((r, i) => (i === index ? { ...r, response } : r)) };
      next = resolveDeadlines(next, (d) => d.id === `member-state-response:${referral.id}`, "met", e.at, e.type);
      if (!e.willInvestigate) return to(state, target, next);
      const spec = { entity: e.jointWithOios ? ("joint-oios-member-state" as const) : referral.entity, memberState: referral.memberState, nationalInvestigationOfficerAppointed: e.nationalInvestigationOfficerAppointed };
      return to(state, target, startInvestigation(next, spec, e.at));
    }
    case "OIOS_INVESTIGATION_OPENED": {
      if (s === "referral.awaitingMemberStateResponse") {
        const referral = c.memberStateReferrals.findLast((r) => r.round === c.round);
        const deadline = referral && c.deadlines.find((d) => d.id === `member-state-response:${referral.id}`);
        if (!deadline || e.at <= deadline.dueOn) return refuse("AP-E3: the country's window has not passed");
      } else if (s !== "referral.memberStateDeclined") return refuse("not-allowed-in-state");
      const next = resolveDeadlines(c, (d) => d.kind === "member-state-response", "discharged", e.at, e.type);
      return to(state, "investigation", startInvestigation(next, { entity: "oios" }, e.at));
    }
    case "INTERIM_MEASURE_TAKEN": {
      if (!interimStages.has(s)) return refuse("not-allowed-in-state");
      if (c.subjects.length === 0) return refuse("no subject");
      if (!hasSubject(c, e.subjectRef)) return refuse("no such subject");
      const cat = c.subjects[0]?.category;
      if (e.kind === "suspension-of-payments" && (cat === undefined || !isUniformed(cat))) return refuse("not uniformed personnel");
      const id = `ACT-${c.actions.length + 1}`;
      return to(state, s, withAction(c, { id, round: c.round, kind: e.kind, interim: true, takenOn: e.at, ...(e.subjectRef !== undefined ? { subjectRef: e.subjectRef } : {}) }));
    }
    case "INVESTIGATION_REPORT_RECEIVED": {
      if (s !== "investigation") return refuse("not-allowed-in-state");
      const running = runningInvestigation(c);
      if (!running) return to(state, "reportReview", c);
      const next = { ...c, investigations: c.investigations.map((i) => (i.id === running.id ? { ...i, reportReceivedOn: e.at } : i)) };
      const reviewed = resolveDeadlines(next, (d) => d.id === `investigation:${running.id}`, "met", e.at, e.type);
      return to(
        state,
        "reportReview",
        openDeadline(reviewed, `report-review:${running.id}`, "report-review", { kind: "investigation", id: running.id }, ["context", "recommendations"], e.at, "reportReviewTimeline", {
          caseId: c.caseId,
          investigationId: running.id,
        }),
      );
    }

    // Review, decision, accountability.
    case "RECOMMENDATIONS_RECORDED": {
      if (s !== "reportReview" && s !== "accountability") return refuse("not-allowed-in-state");
      const seen = new Set(c.recommendations.filter((r) => r.round === c.round).map((r) => r.ref));
      for (const r of e.recommendations) {
        if (seen.has(r.ref)) return refuse("recommendation already recorded");
        seen.add(r.ref);
        if (!hasSubject(c, r.subjectRef)) return refuse("no such subject");
      }
      const added = e.recommendations.map((r) => ({ ref: r.ref, round: c.round, action: r.action, ...(r.subjectRef !== undefined ? { subjectRef: r.subjectRef } : {}), recordedOn: e.at }));
      return to(state, s, resolveDeadlines({ ...c, recommendations: [...c.recommendations, ...added] }, (d) => d.kind === "report-review", "met", e.at, e.type));
    }
    case "LEGAL_AFFAIRS_CONSULTED":
      if (s !== "reportReview" && s !== "accountability") return refuse("not-allowed-in-state");
      return to(state, s, { ...c, legalAffairsConsultations: [...c.legalAffairsConsultations, { on: e.at, round: c.round }] });
    case "OUTCOME_DECIDED": {
      if (s !== "reportReview" && !(earlyStages.has(s) && e.result === "closed-other")) return refuse(earlyStages.has(s) ? "only closed-other before a report" : "not-allowed-in-state");
      if (e.result === "substantiated" && c.subjects.length === 0) return refuse("no subject");
      const running = runningInvestigation(c);
      let next: CaseContext = { ...c, outcome: { result: e.result, decidedOn: e.at, round: c.round } };
      if (running) next = { ...next, investigations: next.investigations.map((i) => (i.id === running.id ? { ...i, endedOn: e.at } : i)) };
      next = resolveDeadlines(next, (d) => d.kind === "report-review", "met", e.at, e.type);
      const ended = (d: Deadline) => d.kind === "investigation" || d.kind === "member-state-response" || d.kind === "assessment" || d.kind === "referral";
      return to(state, "accountability", resolveDeadlines(next, ended, "discharged", e.at, e.type));
    }
    case "ACTION_TAKEN": {
      if (s !== "accountability") return refuse("not-allowed-in-state");
      const outcome = currentOutcome(c);
      if (!outcome) return refuse("DPKO-GM-d: no decision");
      if (!hasSubject(c, e.subjectRef)) return refuse("no such subject");
      if (e.recommendationRef !== undefined) {
        const r = c.recommendations.find((x) => x.ref === e.recommendationRef && x.round === c.round);
        if (!r || r.effectedBy !== undefined || r.notImplemented !== undefined) return refuse("no open recommendation");
      }
      if (e.kind === "no-action-warranted") {
        if (outcome === "substantiated") return refuse("SGB-3.2a: a substantiated allegation calls for action");
      } else if (e.kind !== "administrative-measure") {
        if (outcome !== "substantiated") return refuse("SGB-3.2a: a sanction follows a substantiated finding");
        if (e.kind === "payments-withheld-to-trust-fund") {
          if (!isUniformed(category(c))) return refuse("not uniformed personnel");
        } else {
          const allowed = finalActions(c, category(c), e.at);
          if (!allowed?.includes(e.kind)) return refuse("SGB-3.2a: not an action for this category");
        }
      }
      const id = `ACT-${c.actions.length + 1}`;
      const action: ActionRecord = {
        id,
        round: c.round,
        kind: e.kind,
        interim: false,
        takenOn: e.at,
        ...(e.subjectRef !== undefined ? { subjectRef: e.subjectRef } : {}),
        ...(e.recommendationRef !== undefined ? { recommendationRef: e.recommendationRef } : {}),
      };
      const next =
        e.recommendationRef === undefined
          ? c
          : { ...c, recommendations: c.recommendations.map((r) => (r.ref === e.recommendationRef && r.round === c.round ? { ...r, effectedBy: id } : r)) };
      return to(state, s, withAction(next, action));
    }
    case "RECOMMENDATION_NOT_IMPLEMENTED": {
      if (s !== "accountability") return refuse("not-allowed-in-state");
      const r = c.recommendations.find((x) => x.ref === e.ref && x.round === c.round);
      if (!r || r.effectedBy !== undefined || r.notImplemented !== undefined) return refuse("no open recommendation");
      return to(state, s, { ...c, recommendations: c.recommendations.map((x) => (x.ref === e.ref && x.round === c.round ? { ...x, notImplemented: { on: e.at, reason: e.reason } } : x)) });
    }
    case "CRIMINAL_REFERRAL_MADE": {
      if (s !== "accountability") return refuse("not-allowed-in-state");
      if (currentOutcome(c) !== "substantiated") return refuse("SGB-5: not substantiated");
      if (!hasSubject(c, e.subjectRef)) return refuse("no such subject");
      const consultation = c.legalAffairsConsultations.findLast((x) => x.round === c.round && x.on <= e.at);
      if (!consultation) return refuse("SGB-5: consult the Office of Legal Affairs first");
      return to(
        state,
        s,
        withAction(c, {
          id: `ACT-${c.actions.length + 1}`,
          round: c.round,
          kind: "referral-for-criminal-accountability",
          interim: false,
          takenOn: e.at,
          ...(e.subjectRef !== undefined ? { subjectRef: e.subjectRef } : {}),
          legalAffairsConsultedOn: consultation.on,
          referredTo: { to: e.to, country: e.country },
        }),
      );
    }
    case "CASE_CLOSED": {
      if (s !== "accountability") return refuse("not-allowed-in-state");
      const outcome = currentOutcome(c);
      if (!outcome) return refuse("DPKO-GM-d: no decision");
      const actions = c.actions.filter((a) => a.round === c.round && !a.interim);
      if (actions.length === 0) return refuse("DPKO-GM-d: no action");
      if (outcome === "substantiated") {
        for (const subject of c.subjects) {
          const allowed = finalActions(c, subject.category, e.at) ?? [];
          const covered = actions.some((a) => (a.subjectRef === undefined || a.subjectRef === subject.ref) && (a.kind === "referral-for-criminal-accountability" || allowed.includes(a.kind)));
          if (!covered) return refuse("SGB-3.2a: a subject without an appropriate action");
        }
      }
      if (c.recommendations.some((r) => r.round === c.round && r.effectedBy === undefined && r.notImplemented === undefined)) return refuse("AP-E4: open recommendation");
      const next: CaseContext = { ...c, closedOn: e.at };
      return to(state, "closed", next.registeredOn === undefined ? next : allVictimUpdatesRunning(next, e.at));
    }
    case "CASE_REOPENED": {
      if (s !== "closed") return refuse("not-allowed-in-state");
      const { outcome, closedOn } = c;
      const prior = outcome ? [{ ...outcome, ...(closedOn !== null ? { closedOn } : {}), reopenedOn: e.at, reopenReason: e.reason }] : [];
      const next: CaseContext = assessmentOwed({ ...c, outcome: null, closedOn: null, round: c.round + 1, priorOutcomes: [...c.priorOutcomes, ...prior] }, e.at);
      return to(state, "preliminaryAssessment.assessing", next.registeredOn === undefined ? next : allVictimUpdatesRunning(next, e.at));
    }

    // Victim assistance.
    case "VRA_ASSIGNED":
      return assist(state, c, state.support, { advocate: { ref: e.advocateRef, assignedOn: e.at } });
    case "CONSENT_RECORDED":
      if (!victimKnown(c, e.victimRef)) return refuse("no such victim");
      return assist(state, c, state.support, { consents: [...c.assistance.consents, { victimRef: e.victimRef, services: [...e.services], on: e.at }] });
    case "NEEDS_ASSESSED": {
      if (state.support === "concluded") return refuse("not-allowed-in-state");
      if (!victimKnown(c, e.victimRef)) return refuse("no such victim");
      const assessed = { ...c, assistance: { ...c.assistance, needsAssessments: [...c.assistance.needsAssessments, { victimRef: e.victimRef, on: e.at, needs: [...e.needs] }] } };
      return assist(state, [...new Set(e.needs)].reduce((x, service) => serviceReferralOwed(x, e.victimRef, service, e.at), assessed), "assisting", {});
    }
    case "SERVICE_REFERRAL_MADE": {
      if (state.support !== "assisting") return refuse("not-allowed-in-state");
      if (!victimKnown(c, e.victimRef)) return refuse("no such victim");
      const provider = c.serviceMap.find((p) => p.id === e.providerId);
      if (!provider?.services.includes(e.service)) return refuse("AP-E5: not a mapped provider of the service");
      const consented = c.assistance.consents.some((x) => x.victimRef === e.victimRef && x.services.includes(e.service));
      if (!consented && !c.assistance.overrides.some((o) => o.victimRef === e.victimRef && o.service === e.service)) return refuse("AP-R1: no consent");
      const referral = {
        id: `SR-${c.assistance.referrals.length + 1}`,
        victimRef: e.victimRef,
        service: e.service,
        providerId: e.providerId,
        on: e.at,
        basis: consented ? ("consent" as const) : ("override" as const),
        status: "pending" as const,
        statusOn: e.at,
      };
      const referred = { ...c, assistance: { ...c.assistance, referrals: [...c.assistance.referrals, referral] } };
      const owed = (d: Deadline) => d.kind === "service-referral" && d.subject.id === e.victimRef && String(d.facts["service"]) === e.service;
      return assist(state, resolveDeadlines(referred, owed, "met", e.at, e.type), "assisting", {});
    }
    case "PATERNITY_CLAIM_RECORDED":
      if (state.paternity !== "noClaim") return refuse("not-allowed-in-state");
      if (!victimKnown(c, e.victimRef)) return refuse("no such victim");
      return { ok: true, state: { ...state, paternity: "claimRecorded", context: { ...c, assistance: { ...c.assistance, paternity: { victimRef: e.victimRef, claimRecordedOn: e.at } } } } };
    case "DNA_SAMPLE_COLLECTED": {
      if (state.paternity !== "claimRecorded") return refuse("not-allowed-in-state");
      const p = c.assistance.paternity;
      return { ok: true, state: { ...state, paternity: "dnaSampleCollected", context: p ? { ...c, assistance: { ...c.assistance, paternity: { ...p, dnaSampleCollectedOn: e.at } } } : c } };
    }
    default:
      return refuse(`${(e as EventOf<CaseEventType>).type} is not handled by the hand-written reducer`);
  }
}

/** Replays a log (opening, then events in seq order) by hand; `undefined` if any entry is refused. */
export function handReplay(log: readonly { caseId: string; seq: number; event: unknown }[]): HandState | undefined {
  const first = log[0];
  if (first?.seq !== 1) return undefined;
  const opening = first.event as { type?: unknown; input?: unknown };
  if (opening.type !== "case-opened") return undefined;
  let state = handOpen(opening.input);
  for (let i = 1; state && i < log.length; i++) {
    const entry = log[i]!;
    if (entry.caseId !== first.caseId || entry.seq !== i + 1) return undefined;
    const r = handApply(state, entry.event);
    state = r.ok ? r.state : undefined;
  }
  return state;
}

/** The machine's state value as the hand-written reducer's three stage fields, to check they agree. */
export function stagesOf(value: unknown): { allegation: string; support: string; paternity: string } {
  const v = value as { allegation: string | Record<string, string>; victimAssistance: { support: string; paternity: string } };
  const a = typeof v.allegation === "string" ? v.allegation : Object.entries(v.allegation).map(([k, x]) => `${k}.${x}`)[0] ?? "?";
  return { allegation: a, support: v.victimAssistance.support, paternity: v.victimAssistance.paternity };
}
