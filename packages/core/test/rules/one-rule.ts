import { expect } from "vitest";
import { defineRuleSet, evaluate, type AllegationInput, type AnyRule, type EvaluationResult, type Finding } from "../../src";
import { compliantDataset } from "@psea/test-support";

/** One rule evaluated alone on the compliant mission with `allegations` in place of its own. */
export function evaluateOneRule(rule: AnyRule, allegations: readonly AllegationInput[], asOf: string, parameters?: Record<string, unknown>): EvaluationResult {
  const set = defineRuleSet({ id: "one", title: "one rule", rules: [rule] });
  return evaluate(set, { ...compliantDataset(), allegations }, { asOf, ...(parameters ? { parameters } : {}) });
}

/**
 * The findings of one rule evaluated alone on the compliant mission with `allegations` in place of
 * its own, failing the test on an input issue or a rule error, so a finding is that rule's.
 */
export function oneRuleFindings(rule: AnyRule, allegations: readonly AllegationInput[], asOf: string, parameters?: Record<string, unknown>): readonly Finding[] {
  const r = evaluateOneRule(rule, allegations, asOf, parameters);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

/** An allegation received 2018-03-01 against one civilian staff member, with nothing done on it yet. */
export function receivedAllegation(extra: Partial<AllegationInput> = {}): AllegationInput {
  return {
    id: "A-1",
    receivedOn: "2018-03-01",
    intake: { channel: "hotline", channelId: "hotline-4044" },
    subjects: [{ ref: "S-1", category: "civilian-staff" }],
    conduct: { sexualActivity: "actual", exchange: ["money"] },
    ...extra,
  };
}
