import type { z } from "zod";
import type { Citation } from "../parameters/citation";
import type { ParameterId, ParameterValue } from "../parameters/catalogue";
import type { ParameterUse } from "../parameters/types";
import type { FactValue, ObligationId, Severity, Subject } from "./finding";

/**
 * What a rule's evaluate function receives besides its input.
 *
 * @category Engine
 * @example
 * const ctx: RuleContext<"inductionWindow"> = { asOf: "2019-01-01", params: { inductionWindow: "P1M" } };
 * ctx.asOf; // "2019-01-01"
 */
export interface RuleContext<K extends ParameterId> {
  /** The date the check is made as of (`YYYY-MM-DD`). */
  readonly asOf: string;
  /** The declared parameters, resolved for `asOf`. */
  readonly params: { readonly [P in K]: ParameterValue<P> };
  /**
   * Some of the declared parameters resolved on another date than `asOf`, such as the date of the
   * record a finding judges, so that an overlay never rewrites the past: the values and their uses,
   * for the finding's `parameters`. `undefined` when one is not in force on that date; the engine
   * then reports it as a rule error. Absent when a rule is run outside the engine.
   */
  readonly paramsOn?: <P extends K>(on: string, ids: readonly P[]) => ParametersOn<P> | undefined;
}

/**
 * Parameters resolved on a date of a rule's choosing ({@link RuleContext.paramsOn}).
 *
 * @category Engine
 * @example
 * const on: ParametersOn<"campRiskAssessmentPeriod"> = { values: { campRiskAssessmentPeriod: "P6M" }, uses: [] };
 * on.values.campRiskAssessmentPeriod; // "P6M"
 */
export interface ParametersOn<P extends ParameterId> {
  readonly values: { readonly [Q in P]: ParameterValue<Q> };
  readonly uses: readonly ParameterUse[];
}

/**
 * What a rule returns for one finding; the engine adds the rule's id, obligations, citation and parameters.
 *
 * @category Engine
 * @example
 * const subjectOf = (findingDraft: FindingDraft) => findingDraft.subject;
 */
export interface FindingDraft {
  readonly subject: Subject;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly facts?: Readonly<Record<string, FactValue>>;
  /** Overrides the rule's default severity for this finding. */
  readonly severity?: Severity;
  /** Defaults to the rule id. */
  readonly concern?: string;
  /** Parameters the finding used on another date than `asOf` (from `paramsOn`), shown after those of `asOf`. */
  readonly parameters?: readonly ParameterUse[];
}

/**
 * A defined rule.
 *
 * @category Engine
 * @example
 * const kindOf = (rule: Rule) => rule.kind;
 */
export interface Rule<In = unknown, K extends ParameterId = ParameterId, S extends z.ZodObject = z.ZodObject> {
  readonly kind: "rule";
  readonly id: string;
  readonly title: string;
  readonly obligations: readonly [ObligationId, ...ObligationId[]];
  readonly citation: Citation;
  readonly severity: Severity;
  readonly reads: S;
  readonly parameters: readonly K[];
  /** Rules whose findings on the same subject and concern this rule's findings replace. */
  readonly supersedes: readonly string[];
  readonly evaluate: (input: In, ctx: RuleContext<K>) => Iterable<FindingDraft>;
}

/**
 * A rule as the engine holds it, whatever its input type.
 *
 * @category Engine
 * @example
 * const kindOf = (anyRule: AnyRule) => anyRule.kind;
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
// biome-ignore lint/suspicious/noExplicitAny: rules of every input, fact and parameter type share one rule set
export type AnyRule = Rule<any, any, any>;

/**
 * Defines a rule: an id, the obligations it encodes, the clause it cites, the schema of the dataset
 * sections it reads, the parameters it uses and a pure evaluate function.
 *
 * @category Engine
 * @example
 * import { MissionDatasetShape, cite } from "@psea/core";
 * const rule = defineRule({
 *   id: "example.mission-has-languages",
 *   title: "Relevant languages are recorded",
 *   obligations: ["DPKO-RC-d"],
 *   citation: cite("DPKO-IG", "Responsibilities of HoM and RC (d)"),
 *   severity: "warning",
 *   reads: MissionDatasetShape.pick({ mission: true }),
 *   parameters: [],
 *   *evaluate({ mission }) {
 *     if (mission.relevantLanguages.length < 2)
 *       yield { subject: { kind: "mission", id: mission.id }, path: ["mission", "relevantLanguages"], message: "only one language" };
 *   },
 * });
 * rule.id; // "example.mission-has-languages"
 */
export function defineRule<S extends z.ZodObject, const K extends ParameterId = never>(definition: {
  id: string;
  title: string;
  obligations: readonly [ObligationId, ...ObligationId[]];
  citation: Citation;
  severity: Severity;
  reads: S;
  parameters: readonly K[];
  supersedes?: readonly string[];
  evaluate: (input: z.output<S>, ctx: RuleContext<K>) => Iterable<FindingDraft>;
}): Rule<z.output<S>, K, S> {
  return { kind: "rule", supersedes: [], ...definition };
}
