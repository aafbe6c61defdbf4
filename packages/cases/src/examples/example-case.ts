import type { z } from "zod";
import { applyEvents } from "../machine/apply-event";
import type { CaseState } from "../machine/case-state";
import type { CaseEvent } from "../machine/events";
import { openCase, type CaseOpeningInput } from "../machine/open-case";

// Example data for documentation and for trying the library out: one allegation and the events that
// take it along the contingent route (a contributing country that investigates). The package's own
// examples build on it, so that each stays a short program whose output is real.

/**
 * An allegation as received, ready for `openCase`: a military contingent member of country `XYZ`, one
 * victim aged 16 (by reference only), received on 2018-06-01 through the hotline, and a small
 * service map. A fresh object on every call; `overrides` replace whole top-level fields.
 *
 * @category Examples
 * @example
 * const opened = openCase(exampleCaseOpening());
 * opened.ok && opened.state.context.subjects.map((s) => s.category); // ["military-contingent"]
 * openCase(exampleCaseOpening({ intake: { channel: "rumour" } })).ok; // true
 */
export function exampleCaseOpening(overrides: Partial<CaseOpeningInput> = {}): CaseOpeningInput {
  return {
    id: "A-1",
    receivedOn: "2018-06-01",
    intake: { channel: "hotline", channelId: "hotline-4044" },
    subjects: [{ ref: "S-1", category: "military-contingent", contributingCountry: "XYZ" }],
    victims: [{ ref: "V-1", age: { kind: "known", years: 16 }, sex: "female" }],
    serviceMap: [
      { id: "SP-CLINIC", name: "District clinic", services: ["emergency-medical", "general-medical"] },
      { id: "SP-NGO", name: "Psychosocial NGO", services: ["psychosocial", "material"] },
    ],
    ...overrides,
  };
}

/**
 * A stage of the example allegation's path, in order: see {@link exampleCase} for the event that
 * reaches each one.
 *
 * @category Examples
 * @example
 * const stage: ExampleCaseStage = "substantiated";
 * exampleCase(stage).context.outcome; // { result: "substantiated", decidedOn: "2018-10-15", round: 1 }
 */
export type ExampleCaseStage =
  | "opened"
  | "registered"
  | "headquartersNotified"
  | "assessed"
  | "evidencePreserved"
  | "referred"
  | "investigating"
  | "reported"
  | "substantiated"
  | "actionTaken"
  | "closed";

// Each stage after "opened" and the event that reaches it, dated in order from the receipt.
const path: readonly (readonly [ExampleCaseStage, z.input<typeof CaseEvent>])[] = [
  ["registered", { type: "REGISTERED", at: "2018-06-02" }],
  ["headquartersNotified", { type: "HEADQUARTERS_NOTIFIED", at: "2018-06-02" }],
  ["assessed", { type: "ASSESSMENT_COMPLETED", at: "2018-06-05", conduct: { sexualActivity: "actual", exchange: ["money"] }, seriousness: "serious", urgent: false }],
  ["evidencePreserved", { type: "EVIDENCE_PRESERVED", at: "2018-06-06", teamUnits: ["child-protection", "un-police", "force"] }],
  ["referred", { type: "REFERRED_FOR_INVESTIGATION", at: "2018-06-07", entity: "troop-contributing-country" }],
  ["investigating", { type: "MEMBER_STATE_RESPONDED", at: "2018-06-12", willInvestigate: true, nationalInvestigationOfficerAppointed: true, jointWithOios: false }],
  ["reported", { type: "INVESTIGATION_REPORT_RECEIVED", at: "2018-10-01" }],
  ["substantiated", { type: "OUTCOME_DECIDED", at: "2018-10-15", result: "substantiated" }],
  ["actionTaken", { type: "ACTION_TAKEN", at: "2018-10-20", kind: "repatriation", subjectRef: "S-1" }],
  ["closed", { type: "CASE_CLOSED", at: "2018-11-01" }],
];

/**
 * The allegation of {@link exampleCaseOpening}, opened and taken to `stage` by applying, in order:
 * `REGISTERED` (2018-06-02), `HEADQUARTERS_NOTIFIED` (2018-06-02), `ASSESSMENT_COMPLETED` (2018-06-05;
 * actual sexual activity in exchange for money, serious, not urgent), `EVIDENCE_PRESERVED`
 * (2018-06-06), `REFERRED_FOR_INVESTIGATION` to the troop-contributing country (2018-06-07),
 * `MEMBER_STATE_RESPONDED` that it will investigate (2018-06-12), `INVESTIGATION_REPORT_RECEIVED`
 * (2018-10-01), `OUTCOME_DECIDED` substantiated (2018-10-15), `ACTION_TAKEN` repatriation of S-1
 * (2018-10-20) and `CASE_CLOSED` (2018-11-01). The data is fixed and the machine accepts all of it
 * (the package's examples are run as tests), so it throws only if the library itself is broken.
 *
 * @category Examples
 * @example
 * publicStatus(exampleCase("investigating")); // "pending-member-state-investigation"
 * exampleCase("registered").context.registeredOn; // "2018-06-02"
 * allowedEvents(exampleCase()).includes("REGISTERED"); // true
 */
export function exampleCase(stage: ExampleCaseStage = "opened"): CaseState {
  const opened = openCase(exampleCaseOpening());
  if (!opened.ok) throw new Error(`the example allegation was refused: ${JSON.stringify(opened.issues)}`);
  const upTo = path.findIndex(([reached]) => reached === stage) + 1;
  const applied = applyEvents(opened.state, path.slice(0, upTo).map(([, event]) => event));
  if (!applied.ok) throw new Error(`the example event ${applied.index} was refused: ${applied.reason.message}`);
  return applied.state;
}
