import type { z } from "zod";
import type { Citation } from "./citation";

/**
 * A value in force from `effectiveFrom` (inclusive) until `effectiveTo` (exclusive, open when absent).
 *
 * @category Parameters
 * @example
 * import { cite } from "@psea/core";
 * const window: DatedValue<string> = { value: "P3M", effectiveFrom: "2018-01-01", citation: cite("DPKO-IG", "Training (a)") };
 * window.effectiveTo; // undefined
 */
export interface DatedValue<T> {
  readonly value: T;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly citation: Citation;
  readonly note?: string;
}

/**
 * Another value a source also states for the same parameter. Kept visible instead of resolved away.
 *
 * @category Parameters
 * @example
 * const valueOf = (parameterConflict: ParameterConflict) => parameterConflict.value;
 */
export interface ParameterConflict {
  readonly value: unknown;
  readonly citation: Citation;
  readonly note: string;
}

/**
 * A named policy parameter: its schema and its dated values.
 *
 * @category Parameters
 * @example
 * const definition: ParameterDefinition<string> = defaultParameters.inductionWindow;
 * definition.values.length > 0; // true
 */
export interface ParameterDefinition<T> {
  readonly title: string;
  readonly description: string;
  readonly schema: z.ZodType<T>;
  readonly values: readonly DatedValue<T>[];
  readonly conflicts?: readonly ParameterConflict[];
}

/**
 * Declares a parameter; the schema fixes the value type.
 *
 * @category Parameters
 * @example
 * import { z } from "zod";
 * const p = defineParameter({
 *   title: "Child age threshold", description: "…", schema: z.number().int(),
 *   values: [{ value: 18, effectiveFrom: "2003-10-15", citation: cite("ST/SGB/2003/13", "section 3.2(b)") }],
 * });
 * p.values[0]?.value; // 18
 */
export function defineParameter<T>(
  definition: Omit<ParameterDefinition<T>, "values"> & { readonly values: readonly DatedValue<NoInfer<T>>[] },
): ParameterDefinition<T> {
  return definition;
}

/**
 * The record of one parameter as a rule used it: what the explanation of a finding shows.
 *
 * @category Parameters
 * @example
 * const resolved = resolveParameter(defaultParameterSet, "inductionWindow", "2019-01-01");
 * const use: ParameterUse | undefined = resolved.ok ? resolved.use : undefined;
 * use?.id; // "inductionWindow"
 */
export interface ParameterUse {
  readonly id: string;
  readonly value: unknown;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly citation: Citation;
  readonly layer: "default" | "overlay";
}
