import { addDuration, defineRuleSet, evaluate, type AnyRule, type EvaluateOptions, type Finding, type MissionDatasetInput } from "../../src";
import { compliantDataset } from "@psea/test-support";

type OccurrenceInput = { cadenceId: string; on: string; languages?: string[]; antiSeaMessage?: boolean };

/** One occurrence on the first day of every window from `start` up to `asOf`, in `languages`. */
export function heldEvery(cadenceId: string, period: string, start: string, asOf: string, languages: string[] = []): OccurrenceInput[] {
  const out: OccurrenceInput[] = [];
  for (let k = 0; addDuration(start, period, k) <= asOf; k++) out.push({ cadenceId, on: addDuration(start, period, k), languages });
  return out;
}

/** The compliant test mission with the given occurrences recorded. */
export function withOccurrences(occurrences: OccurrenceInput[], mission: Partial<NonNullable<MissionDatasetInput["mission"]>> = {}): MissionDatasetInput {
  const d = compliantDataset();
  return { ...d, mission: { ...d.mission, ...mission }, cadenceOccurrences: occurrences };
}

/** Evaluates a single rule and returns its findings, failing the test on invalid input. */
export function findingsOf(rule: AnyRule, input: unknown, options: EvaluateOptions): readonly Finding[] {
  const r = evaluate(defineRuleSet({ id: "one", title: "one rule", rules: [rule] }), input, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  if (r.ruleErrors.length > 0) throw new Error(JSON.stringify(r.ruleErrors));
  return r.findings;
}

/** Drops the occurrences of one cadence dated `on`. */
export function without(occurrences: OccurrenceInput[], on: string): OccurrenceInput[] {
  return occurrences.filter((o) => o.on !== on);
}
