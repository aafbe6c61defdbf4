import { evaluate, type AllegationInput, type EvaluationResult, type Finding, type MissionDatasetInput, type RuleSet } from "../../../src";
import { bulletinRules } from "../../../src/rules";
import { AS_OF, compliantDataset } from "@psea/test-support";

/** A victim as a dataset holds it. */
export type VictimInput = NonNullable<AllegationInput["victims"]>[number];

/** An adult victim who is not a beneficiary: no 3.2 standard turns on them alone. */
export function victim(v: Partial<VictimInput> & { ref: string }): VictimInput {
  return { age: { kind: "known", years: 25 }, sex: "female", ...v };
}

/**
 * An allegation of sexual assault of an adult by one civilian staff member, still under review:
 * it classifies cleanly and meets no 3.2 standard, so a test changes one fact and expects one finding.
 */
export function allegation(a: Partial<AllegationInput> & { id: string }): AllegationInput {
  return {
    receivedOn: "2018-03-01",
    incidentDate: "2018-02-20",
    intake: { channel: "hotline", channelId: "hotline-4044" },
    subjects: [{ ref: "S-1", category: "civilian-staff" }],
    victims: [victim({ ref: "V-1" })],
    conduct: { sexualActivity: "actual", physicalIntrusion: "actual", coercion: true },
    ...a,
  };
}

/** A partner agreement as a dataset holds it. */
export type PartnerAgreementInput = NonNullable<MissionDatasetInput["partnerAgreements"]>[number];

/** An arrangement with an NGO, informed and undertaken before it started: GM (e) has nothing to say. */
export function partnerAgreement(a: Partial<PartnerAgreementInput> = {}): PartnerAgreementInput {
  return {
    id: "PA-1",
    partnerName: "Partner NGO",
    partnerKind: "ngo",
    startDate: "2018-01-01",
    informedOfStandardsOn: "2017-12-01",
    writtenUndertakingOn: "2017-12-15",
    ...a,
  };
}

/** The compliant mission with extra sections. */
export function datasetWith(sections: Partial<MissionDatasetInput>): MissionDatasetInput {
  return { ...compliantDataset(), ...sections };
}

/** Evaluates the bulletin's rules (or another set) as of {@link AS_OF}, failing the test on invalid input. */
export function run(input: unknown, options: { asOf?: string; parameters?: unknown; set?: RuleSet } = {}): Extract<EvaluationResult, { ok: true }> {
  const r = evaluate(options.set ?? bulletinRules, input, {
    asOf: options.asOf ?? AS_OF,
    ...(options.parameters !== undefined ? { parameters: options.parameters } : {}),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  if (r.ruleErrors.length > 0) throw new Error(JSON.stringify(r.ruleErrors));
  return r;
}

/** The findings of one rule. */
export function findingsOf(r: { findings: readonly Finding[] }, ruleId: string): Finding[] {
  return r.findings.filter((f) => f.ruleId === ruleId);
}

/** The single finding of a result; fails if there are more or none. */
export function single(r: { findings: readonly Finding[] }): Finding {
  if (r.findings.length !== 1) throw new Error(`expected one finding, got ${JSON.stringify(r.findings.map((f) => [f.ruleId, f.subject, f.severity]))}`);
  return r.findings[0]!;
}

export { AS_OF };
