import type { InputIssue, ParameterSet, ParameterUse, ParameterValue } from "@psea/core";
import { createParameterSet, defaultParameterSet, resolveParameter } from "@psea/core/parameters";

/**
 * The parameters a compliance report reads, in the order their uses are listed.
 *
 * @category Training
 * @example
 * reportParameterIds.includes("trainingComplianceTarget"); // true
 */
export const reportParameterIds = [
  "trainingCourses",
  "inductionWindow",
  "refresherPeriod",
  "roleTrainingWindow",
  "trainingComplianceTarget",
  "managementRoles",
] as const;

/** A parameter a compliance report reads. @internal */
export type ReportParameterId = (typeof reportParameterIds)[number];

/** The report's parameters resolved for one date, with the record of each use. @internal */
export interface ResolvedReportParameters {
  readonly values: { readonly [K in ReportParameterId]: ParameterValue<K> };
  readonly uses: readonly ParameterUse[];
}

function isParameterSet(value: unknown): value is ParameterSet {
  return typeof value === "object" && value !== null && "overlay" in value && Object.keys(value).length === 1;
}

/**
 * Resolves the report's parameters from a host's overlay (validated) or a built parameter set.
 * Problems come back as issues under `["parameters", …]`; nothing falls back to a guess. @internal
 */
export function resolveReportParameters(
  parameters: unknown,
  asOf: string,
): { ok: true; value: ResolvedReportParameters } | { ok: false; issues: InputIssue[] } {
  let set: ParameterSet = defaultParameterSet;
  if (isParameterSet(parameters)) set = parameters;
  else if (parameters !== undefined) {
    const built = createParameterSet(parameters);
    if (!built.ok) return { ok: false, issues: built.issues.map((i) => ({ path: ["parameters", ...i.path], code: i.code, message: i.message })) };
    set = built.value;
  }
  const values: Record<string, unknown> = {};
  const uses: ParameterUse[] = [];
  const issues: InputIssue[] = [];
  for (const id of reportParameterIds) {
    const r = resolveParameter(set, id, asOf);
    if (!r.ok) {
      issues.push({ path: ["parameters", id], code: r.error.code, message: r.error.message });
      continue;
    }
    values[id] = r.value;
    uses.push(r.use);
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { values: values as ResolvedReportParameters["values"], uses } };
}
