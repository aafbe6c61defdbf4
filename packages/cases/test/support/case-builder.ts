import { expect } from "vitest";
import { applyEvent, openCase, type CaseOpeningInput, type CaseRejectionReason, type CaseState } from "../../src";

export const RECEIVED_ON = "2018-06-01";

/** An allegation against a contingent member, one child victim, a small service map. */
export function opening(overrides: Partial<CaseOpeningInput> = {}): CaseOpeningInput {
  return {
    id: "A-1",
    missionId: "MSN",
    receivedOn: RECEIVED_ON,
    incidentDate: "2018-05-20",
    intake: { channel: "hotline", channelId: "hotline-4044" },
    subjects: [{ ref: "S-1", category: "military-contingent", contributingCountry: "XYZ" }],
    victims: [{ ref: "V-1", age: { kind: "known", years: 16 }, sex: "female" }],
    serviceMap: [
      { id: "SP-CLINIC", name: "District clinic", services: ["emergency-medical", "general-medical"] },
      { id: "SP-NGO", name: "Psychosocial NGO", services: ["psychosocial", "material"] },
      { id: "SP-LEGAL", name: "Legal aid clinic", services: ["legal"] },
    ],
    ...overrides,
  };
}

export function open(input: unknown = opening()): CaseState {
  const r = openCase(input);
  if (!r.ok) throw new Error(`openCase refused: ${JSON.stringify(r.issues)}`);
  return r.state;
}

/** Applies events in order; fails the test on the first refusal. */
export function apply(state: CaseState, ...events: unknown[]): CaseState {
  return events.reduce<CaseState>((s, e) => {
    const r = applyEvent(s, e);
    if (!r.ok) throw new Error(`${JSON.stringify(e)} refused: ${JSON.stringify(r.reason)}`);
    return r.state;
  }, state);
}

/** Expects a refusal that leaves the very same state object, unchanged, and returns the reason. */
export function refusal(state: CaseState, event: unknown): CaseRejectionReason {
  const before = JSON.stringify(state);
  const r = applyEvent(state, event);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error("accepted");
  expect(r.state).toBe(state);
  expect(JSON.stringify(state)).toBe(before);
  return r.reason;
}

export const conduct = {
  childSexualActivity: { sexualActivity: "actual", exchange: ["money"] },
  transactionalAdult: { sexualActivity: "actual", exchange: ["money"] },
  none: { sexualActivity: "none" },
} as const;

/** Events of the allegation path, dated in order from the receipt. */
export const at = {
  registered: "2018-06-02",
  hqNotified: "2018-06-02",
  assessed: "2018-06-05",
  evidence: "2018-06-06",
  referred: "2018-06-07",
  responded: "2018-06-12",
  report: "2018-10-01",
  outcome: "2018-10-15",
  action: "2018-10-20",
  closed: "2018-11-01",
} as const;

export const events = {
  registered: { type: "REGISTERED", at: at.registered },
  hqNotified: { type: "HEADQUARTERS_NOTIFIED", at: at.hqNotified },
  assessedSerious: { type: "ASSESSMENT_COMPLETED", at: at.assessed, conduct: conduct.childSexualActivity, seriousness: "serious", urgent: false },
  evidencePreserved: { type: "EVIDENCE_PRESERVED", at: at.evidence, teamUnits: ["child-protection", "un-police", "force"] },
  referredToTcc: { type: "REFERRED_FOR_INVESTIGATION", at: at.referred, entity: "troop-contributing-country" },
  tccWillInvestigate: {
    type: "MEMBER_STATE_RESPONDED",
    at: at.responded,
    willInvestigate: true,
    nationalInvestigationOfficerAppointed: true,
    jointWithOios: false,
  },
  report: { type: "INVESTIGATION_REPORT_RECEIVED", at: at.report },
  substantiated: { type: "OUTCOME_DECIDED", at: at.outcome, result: "substantiated" },
  repatriated: { type: "ACTION_TAKEN", at: at.action, kind: "repatriation", subjectRef: "S-1" },
  closed: { type: "CASE_CLOSED", at: at.closed },
} as const;

/** A contingent case taken to the TCC's investigation. */
export function underTccInvestigation(): CaseState {
  return apply(open(), events.registered, events.hqNotified, events.assessedSerious, events.evidencePreserved, events.referredToTcc, events.tccWillInvestigate);
}

/** A contingent case decided substantiated. */
export function substantiated(): CaseState {
  return apply(underTccInvestigation(), events.report, events.substantiated);
}
