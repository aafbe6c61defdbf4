import { toPathIssues, type PathIssue } from "../cadences/issues";
import { ActionPlan } from "./schema";

/**
 * The result of {@link parseActionPlan}.
 *
 * @category Action plan
 * @example
 * import { minuscaActionPlan2018_2019 } from "@psea/core/action-plan";
 * const result: ParseActionPlanResult = parseActionPlan(minuscaActionPlan2018_2019);
 * result.ok; // true
 */
export type ParseActionPlanResult = { readonly ok: true; readonly value: ActionPlan } | { readonly ok: false; readonly issues: readonly PathIssue[] };

/**
 * Parses an action plan from anything (a JSON file, a form). Never throws; every problem comes
 * back with its path and a code (zod's, or `duplicate-id`, `id-outside-goal`, `duplicate-goal`,
 * `duplicate-pillar`, `invalid-period`). AP-MATRIX.
 *
 * @category Action plan
 * @example
 * const r = parseActionPlan({ id: "AP", mission: "M", period: { from: "2018-01-01", to: "2019-12-31" },
 *   pillars: [{ id: "remedial", title: "Remedial", objective: "…", goals: [{ number: 1, title: "…", partners: {}, activities: [{ id: "P1.a", text: "…" }] }] }] });
 * !r.ok && r.issues[0]; // { path: ["pillars", 0, "goals", 0, "activities", 0, "id"], code: "id-outside-goal", message: "expected an id starting with its pillar's letter and goal number (R1.)" }
 */
export function parseActionPlan(input: unknown): ParseActionPlanResult {
  const r = ActionPlan.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: toPathIssues(r.error) };
}
