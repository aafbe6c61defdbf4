import type { ParameterId, ParameterValue } from "../parameters/catalogue";
import type { ParameterUse } from "../parameters/types";
import type { RuleContext } from "./define-rule";

/**
 * One declared parameter as in force on `on` (the day a duty arose, a deadline's start), with the
 * uses a finding cites, so that an overlay never rewrites the past. Through the engine's
 * `paramsOn`; a rule run outside the engine gets the value resolved for `asOf`, with no uses.
 * `undefined` when no value is in force on `on`: the engine has then recorded a rule error, and the
 * rule judges nothing that depends on it.
 *
 * @category Engine
 * @example
 * const outside: RuleContext<"investigationTimeline"> = { asOf: "2019-01-01", params: { investigationTimeline: "P6M" } };
 * parameterOn(outside, "investigationTimeline", "2018-03-01"); // { value: "P6M", uses: [] }
 */
export function parameterOn<K extends ParameterId, P extends K>(
  context: Pick<RuleContext<K>, "params" | "paramsOn">,
  id: P,
  on: string,
): { readonly value: ParameterValue<P>; readonly uses: readonly ParameterUse[] } | undefined {
  if (!context.paramsOn) return { value: context.params[id], uses: [] };
  const then = context.paramsOn(on, [id]);
  return then ? { value: then.values[id], uses: then.uses } : undefined;
}
