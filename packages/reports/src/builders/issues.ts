import { inputIssuesFromZod, normalizeAsOf, type InputIssue, type ParameterId, type ParameterSet, type ParameterUse, type ParameterValue } from "@psea/core";
import { createParameterSet, defaultParameterSet, resolveParameter } from "@psea/core/parameters";
import type { z } from "zod";

// A builder's issues say where and what, never what was received: a value may hold identity, and an
// id echoed in a message could reach a log. The message is derived from the code alone.
const messages: Readonly<Record<string, string>> = {
  "invalid-as-of": "asOf must be a YYYY-MM-DD date or a valid Date",
  "duplicate-id": "this id appears more than once in its section",
  "unknown-reference": "this reference points at no record of the dataset",
  "non-un-force-personnel-id": "a member of a non-UN force is never mission personnel and carries no personnel id",
  invalid_type: "the value has the wrong type",
  invalid_value: "the value is not one of the allowed values",
  invalid_format: "the value is not in the expected format",
  too_small: "the value is too small or too short",
  too_big: "the value is too large or too long",
  unrecognized_keys: "the object has keys it should not have",
  invalid_union: "the value matches none of the allowed forms",
  "parameter-not-in-force": "no value of this parameter is in force on the as-of date",
  "invalid-option": "the option is not valid",
  "unknown-report-kind": "no report kind has this id",
  "too-many-issues": "only the first issues are listed: the input has more",
};

/**
 * An input issue with a fixed message for its code, so that no received value is ever echoed.
 *
 * @category Report builders
 * @example
 * reportIssue(["allegations", 0, "receivedOn"], "invalid_format").message; // "the value is not in the expected format"
 */
export function reportIssue(path: readonly (string | number)[], code: string): InputIssue {
  return { path: [...path], code, message: messages[code] ?? "the input is not valid here" };
}

/**
 * Turns a zod error into report issues: path and code kept, zod's message replaced.
 *
 * @category Report builders
 * @example
 * import { z } from "zod";
 * const r = z.object({ n: z.number() }).safeParse({ n: "secret" });
 * !r.success && issuesFromZod(r.error)[0]; // { path: ["n"], code: "invalid_type", message: "the value has the wrong type" }
 */
export function issuesFromZod(error: z.ZodError, prefix: readonly (string | number)[] = []): InputIssue[] {
  return inputIssuesFromZod(error, prefix).map((i) => reportIssue(i.path, i.code));
}

/**
 * The resolved as-of date and parameter set every builder starts from. @internal
 * @category Report builders
 * @example
 * const asOfOf = (buildContext: BuildContext) => buildContext.asOf;
 */
export interface BuildContext {
  readonly asOf: string;
  readonly params: ParameterSet;
}

/**
 * Reads `asOf` and `parameters` of a builder's options; issues for either, never a throw.
 *
 * @category Report builders
 * @example
 * const r = buildContext({ asOf: "2019-06-30" });
 * r.ok && r.value.asOf; // "2019-06-30"
 * buildContext({ asOf: "30/06/2019" }).ok; // false
 */
export function buildContext(options: unknown): { ok: true; value: BuildContext } | { ok: false; issues: InputIssue[] } {
  const o = (typeof options === "object" && options !== null ? options : {}) as { asOf?: unknown; parameters?: unknown };
  const asOf = normalizeAsOf(o.asOf);
  const issues: InputIssue[] = [];
  if (!asOf) issues.push(reportIssue(["asOf"], "invalid-as-of"));
  let params: ParameterSet = defaultParameterSet;
  const p = o.parameters;
  if (typeof p === "object" && p !== null && "overlay" in p && Object.keys(p).length === 1) params = p as ParameterSet;
  else if (p !== undefined) {
    const r = createParameterSet(p);
    if (r.ok) params = r.value;
    else issues.push(...r.issues.map((i) => reportIssue(["parameters", ...i.path], i.code)));
  }
  if (!asOf || issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { asOf, params } };
}

/**
 * A parameter value in force on the build date, with its use (value, dates, citation), or an issue.
 *
 * @category Report builders
 * @example
 * import { defaultParameterSet } from "@psea/core/parameters";
 * const r = parameterOf({ asOf: "2019-06-30", params: defaultParameterSet }, "publicDataMinimumCellSize");
 * r.ok && r.value; // 5
 */
export function parameterOf<K extends ParameterId>(
  ctx: BuildContext,
  id: K,
): { ok: true; value: ParameterValue<K>; use: ParameterUse } | { ok: false; issue: InputIssue } {
  const r = resolveParameter(ctx.params, id, ctx.asOf);
  return r.ok ? { ok: true, value: r.value, use: r.use } : { ok: false, issue: reportIssue(["parameters", id], r.error.code) };
}
