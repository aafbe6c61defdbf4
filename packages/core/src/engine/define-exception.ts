import type { z } from "zod";
import type { Citation } from "../parameters/citation";
import type { ParameterId } from "../parameters/catalogue";
import type { RuleContext } from "./define-rule";
import type { ExceptionBasis, Finding, ObligationId, Severity } from "./finding";

/**
 * What an exception's `match` returns for a finding it applies to: the recorded decision, or the
 * facts that made it apply. `undefined` leaves the finding as it is.
 *
 * @category Engine
 * @example
 * const m: ExceptionMatch = { basis: "decision", decisionId: "D-1", decidedOn: "2018-07-01" };
 */
export type ExceptionMatch = ExceptionBasis;

/**
 * A declared exception to a rule. It never applies silently: a discretion (such as SGB 4.5) applies
 * only where `match` finds a recorded decision for that very finding; a mandatory carve-out (such as
 * SGB 4.4) only where the record proves every fact it turns on. Either way the lowered finding shows
 * the exception, its basis and the original severity.
 *
 * @category Engine
 * @example
 * const kindOf = (ruleException: RuleException) => ruleException.kind;
 */
export interface RuleException<In = unknown, K extends ParameterId = ParameterId> {
  readonly kind: "exception";
  readonly id: string;
  readonly title: string;
  readonly obligation: ObligationId;
  readonly citation: Citation;
  /** The rule whose findings this exception may lower. */
  readonly overrides: string;
  readonly lowersTo: Severity;
  readonly reads: z.ZodObject;
  /** The parameters `match` uses, resolved for `asOf` like a rule's. */
  readonly parameters: readonly K[];
  readonly match: (finding: Finding, input: In, ctx: RuleContext<K>) => ExceptionMatch | undefined;
}

/**
 * An exception as the engine holds it, whatever its input type.
 *
 * @category Engine
 * @example
 * const kindOf = (anyRuleException: AnyRuleException) => anyRuleException.kind;
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
// biome-ignore lint/suspicious/noExplicitAny: exceptions of every input and parameter type share one list
export type AnyRuleException = RuleException<any, any>;

/**
 * Declares an exception.
 *
 * @category Engine
 * @example
 * import { MissionDatasetShape, cite } from "@psea/core";
 * const ex = defineException({
 *   id: "example.exception", title: "Example", obligation: "SGB-4.5",
 *   citation: cite("ST/SGB/2003/13", "section 4.5"), overrides: "sgb.3.2d.relationship-with-beneficiary",
 *   lowersTo: "notice", reads: MissionDatasetShape.pick({ discretionDecisions: true }),
 *   match: () => undefined,
 * });
 * ex.overrides; // "sgb.3.2d.relationship-with-beneficiary"
 */
export function defineException<S extends z.ZodObject, const K extends ParameterId = never>(definition: {
  id: string;
  title: string;
  obligation: ObligationId;
  citation: Citation;
  overrides: string;
  lowersTo: Severity;
  reads: S;
  parameters?: readonly K[];
  match: (finding: Finding, input: z.output<S>, ctx: RuleContext<K>) => ExceptionMatch | undefined;
}): RuleException<z.output<S>, K> {
  return { kind: "exception", parameters: [], ...definition };
}
