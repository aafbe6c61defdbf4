import type { AnyRule } from "./define-rule";
import type { AnyRuleException } from "./define-exception";

/**
 * A named collection of rules and the exceptions declared against them.
 *
 * @category Engine
 * @example
 * import { allRules } from "@psea/core/rules";
 * const set: RuleSet = allRules;
 * set.rules.length > 0; // true
 */
export interface RuleSet {
  readonly id: string;
  readonly title: string;
  readonly rules: readonly AnyRule[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly exceptions: readonly AnyRuleException[];
}

/**
 * Defines a rule set. Rule and exception ids must be unique; an exception must name a rule of the set.
 *
 * @category Engine
 * @example
 * const set = defineRuleSet({ id: "empty", title: "Empty", rules: [] });
 * set.rules.length; // 0
 */
export function defineRuleSet(definition: {
  id: string;
  title: string;
  rules: readonly AnyRule[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  exceptions?: readonly AnyRuleException[];
}): RuleSet {
  const set: RuleSet = { exceptions: [], ...definition };
  const ids = new Set<string>();
  for (const r of [...set.rules, ...set.exceptions]) {
    if (ids.has(r.id)) throw new Error(`rule set '${set.id}': duplicate id '${r.id}'`);
    ids.add(r.id);
  }
  for (const e of set.exceptions) {
    if (!set.rules.some((r) => r.id === e.overrides)) throw new Error(`rule set '${set.id}': exception '${e.id}' overrides unknown rule '${e.overrides}'`);
  }
  return set;
}

/**
 * Merges rule sets into one, keeping every rule and exception.
 *
 * @category Engine
 * @example
 * const a = defineRuleSet({ id: "a", title: "A", rules: [] });
 * combineRuleSets("all", "All", [a, a]).rules.length; // 0
 */
export function combineRuleSets(id: string, title: string, sets: readonly RuleSet[]): RuleSet {
  const unique = [...new Set(sets)];
  return defineRuleSet({ id, title, rules: unique.flatMap((s) => s.rules), exceptions: unique.flatMap((s) => s.exceptions) });
}
