import type { ParameterId, ParameterUse, ParameterValue } from "@psea/core";
import { resolveParameter } from "@psea/core/parameters";
import type { CaseContext } from "../machine/context";
import { privateCopy } from "../machine/private-copy";

/** A resolution, with its use already in plain JSON form; `undefined` when nothing is in force. */
type Resolved = { readonly value: unknown; readonly use: ParameterUse } | undefined;

// When the case's overlay has no value for a parameter, its resolution depends only on the
// parameter and the date (the catalogue is constant), so it is resolved once per parameter and date.
// Overlay values belong to the case, so they are resolved every time. The cache is bounded; it only
// ever holds a few parameters over the dates cases use.
const MAX_DEFAULTS = 8192;
const fromDefaults = new Map<ParameterId, Map<string, Resolved>>();
let cached = 0;

function resolveOnce(parameters: CaseContext["parameters"], id: ParameterId, on: string): Resolved {
  const r = resolveParameter({ overlay: parameters }, id, on);
  // The resolved use may share objects with the catalogue; the copy kept is plain JSON.
  return r.ok ? { value: r.value, use: JSON.parse(JSON.stringify(r.use)) as ParameterUse } : undefined;
}

// The case's own copy of a use: its value (a period, a number, a small object) and its citation.
function copyUse(use: ParameterUse): ParameterUse {
  return { ...use, value: privateCopy(use.value), citation: { ...use.citation } };
}

function lookup(parameters: CaseContext["parameters"], id: ParameterId, on: string): Resolved {
  // Read as resolveParameter reads it, so that a malformed overlay fails the same way.
  const own: unknown = parameters[id];
  if (own !== undefined) return resolveOnce(parameters, id, on);
  // Stryker disable all: the cache below changes how fast an answer comes, never the answer (caches.test.ts
  // holds every cached answer to resolveParameter's); a mutant that bypasses or resizes it is equivalent.
  let byDate = fromDefaults.get(id);
  if (byDate === undefined) fromDefaults.set(id, (byDate = new Map()));
  const known = byDate.get(on);
  if (known !== undefined || byDate.has(on)) return known;
  if (++cached > MAX_DEFAULTS) {
    fromDefaults.clear();
    cached = 1;
    fromDefaults.set(id, byDate);
    byDate.clear();
  }
  // Stryker restore all
  const resolved = resolveOnce(parameters, id, on);
  byDate.set(on, resolved);
  return resolved;
}

/**
 * The value of a parameter in force on a date for this case: the case's own overlay first, then the
 * defaults. `undefined` when none is in force then (a period before the rule existed). The `use` is
 * the case's own plain copy, to keep in its record.
 *
 * @category Deadlines
 * @example
 * caseParameter({ parameters: {} }, "investigationTimeline", "2018-06-01")?.value; // "P6M"
 */
export function caseParameter<K extends ParameterId>(
  context: Pick<CaseContext, "parameters">,
  id: K,
  on: string,
): { value: ParameterValue<K>; use: ParameterUse } | undefined {
  const r = lookup(context.parameters, id, on);
  return r ? { value: r.value as ParameterValue<K>, use: copyUse(r.use) } : undefined;
}

/**
 * The value alone, for checks that read it and keep nothing: {@link caseParameter} without the copy of its use.
 *
 * @category Deadlines
 * @example
 * caseParameterValue({ parameters: {} }, "childAgeThresholdYears", "2018-06-01"); // 18
 */
export function caseParameterValue<K extends ParameterId>(context: Pick<CaseContext, "parameters">, id: K, on: string): ParameterValue<K> | undefined {
  const r = lookup(context.parameters, id, on);
  return r ? (r.value as ParameterValue<K>) : undefined;
}
