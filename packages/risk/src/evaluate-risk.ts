import { evaluate, type EvaluateOptions, type EvaluationResult, type InputIssue } from "@psea/core";
import { parseRiskDataset } from "./parse-risk-dataset";
import { riskRules } from "./rules";

const keyOf = (i: InputIssue) => JSON.stringify([i.path, i.code, i.message]);

/**
 * Checks a mission dataset (anything: it is parsed first) against {@link riskRules} as of a date,
 * after the risk-specific reference checks of {@link parseRiskDataset}. Every input issue of both
 * parses is returned at once; the document is never thrown on nor mutated.
 *
 * @category Risk rules
 * @example
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const r = evaluateRisk({ mission, offLimitsList: { updatedOn: "2018-04-01" } }, { asOf: "2018-06-30" });
 * r.ok && r.summary; // { rulesEvaluated: 11, violations: 0, warnings: 0, notices: 0 }
 * const bad = evaluateRisk({ mission, campAssessments: [{ id: "CRA-1", campId: "NOPE", assessedOn: "2018-03-10" }] }, { asOf: "2018-06-30" });
 * !bad.ok && bad.issues.map((i) => i.code); // ["unknown-reference"]
 */
export function evaluateRisk(input: unknown, options: EvaluateOptions): EvaluationResult {
  const risk = parseRiskDataset(input);
  const result = evaluate(riskRules, input, options);
  if (risk.ok) return result;
  const issues = result.ok ? [] : [...result.issues];
  const seen = new Set(issues.map(keyOf));
  for (const i of risk.issues) if (!seen.has(keyOf(i))) issues.push(i);
  return { ok: false, issues };
}
