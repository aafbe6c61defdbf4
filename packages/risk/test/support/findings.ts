import type { EvaluationResult } from "@psea/core";
import { expect } from "vitest";

/** The findings of a run that must have parsed, with no rule that failed to run. */
export function findings(r: EvaluationResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

export const AP = { document: "MINUSCA-AP-2018-2019" } as const;
