import type { Citation } from "../parameters/citation";
import type { ParameterUse } from "../parameters/types";

/**
 * How serious a finding is. `violation`: a standard is breached; `warning`: strongly discouraged or at risk;
 * `notice`: for the record (for example a breach lowered by a recorded discretion decision).
 *
 * @category Engine
 * @example
 * const s: Severity = "warning";
 */
export type Severity = "violation" | "warning" | "notice";

/**
 * Severities from most to least serious.
 *
 * @category Engine
 * @example
 * severityOrder.indexOf("violation"); // 0
 */
export const severityOrder: readonly Severity[] = ["violation", "warning", "notice"];

/**
 * An obligation id from the policy catalogue: `SGB-3.2b`, `DPKO-GM-c`, `AP-P6`, …
 *
 * @category Engine
 * @example
 * const id: ObligationId = "DPKO-GM-c";
 */
export type ObligationId = `SGB-${string}` | `DPKO-${string}` | `AP-${string}`;

/**
 * What a finding is about. Subjects are referenced by record id, never by a person's identity.
 *
 * @category Engine
 * @example
 * const s: Subject = { kind: "allegation", id: "A-1" };
 */
export interface Subject {
  readonly kind: string;
  readonly id: string;
}

/**
 * A plain, serialisable fact a rule read. Never a victim's or complainant's identity.
 *
 * @category Engine
 * @example
 * const facts: Record<string, FactValue> = { recorded: false, number: 2, since: null, languages: ["fr"] };
 * facts.recorded; // false
 */
export type FactValue = string | number | boolean | null | readonly (string | number | boolean)[];

/**
 * What made a declared exception apply to one finding: a recorded decision (a discretion, such as
 * SGB 4.5) or the recorded facts alone (a mandatory carve-out, such as SGB 4.4), with the facts shown.
 *
 * @category Engine
 * @example
 * const byDecision: ExceptionBasis = { basis: "decision", decisionId: "D-1", decidedOn: "2018-07-01" };
 * const byFacts: ExceptionBasis = { basis: "facts", facts: { legallyMarried: true } };
 */
export type ExceptionBasis =
  | { readonly basis: "decision"; readonly decisionId: string; readonly decidedOn: string }
  | { readonly basis: "facts"; readonly facts: Readonly<Record<string, FactValue>> };

/**
 * A declared exception that lowered a finding, with what made it apply: a recorded decision, or the facts.
 *
 * @category Engine
 * @example
 * const e: AppliedException = {
 *   exceptionId: "sgb.4.5.adult-beneficiary-discretion", obligationId: "SGB-4.5",
 *   citation: { document: "ST/SGB/2003/13", clause: "section 4.5" }, originalSeverity: "warning",
 *   basis: "decision", decisionId: "D-1", decidedOn: "2018-07-01",
 * };
 */
export type AppliedException = {
  readonly exceptionId: string;
  readonly obligationId: ObligationId;
  readonly citation: Citation;
  readonly originalSeverity: Severity;
} & ExceptionBasis;

/**
 * Why a finding was made: the facts read and the parameters used, with their effective dates.
 *
 * @category Engine
 * @example
 * import { allRules } from "@psea/core/rules";
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const result = evaluate(allRules, { mission }, { asOf: "2019-01-01" });
 * const why: Explanation | undefined = result.ok ? result.findings[0]?.explanation : undefined;
 * why?.facts.recorded; // false
 */
export interface Explanation {
  readonly facts: Readonly<Record<string, FactValue>>;
  readonly parameters: readonly ParameterUse[];
  readonly exception?: AppliedException;
  /** Findings of less specific rules this one replaced, by declaration. */
  readonly supersedes?: readonly { readonly ruleId: string; readonly severity: Severity; readonly citation: Citation }[];
}

/**
 * One result of checking a record against a rule. Plain data: serialisable, comparable, safe to log.
 *
 * @category Engine
 * @example
 * import { allRules } from "@psea/core/rules";
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const result = evaluate(allRules, { mission }, { asOf: "2019-01-01" });
 * const first: Finding | undefined = result.ok ? result.findings[0] : undefined;
 * first?.severity; // "violation"
 * first?.subject; // { kind: "mission", id: "M" }
 */
export interface Finding {
  readonly ruleId: string;
  readonly obligationIds: readonly ObligationId[];
  readonly severity: Severity;
  readonly citation: Citation;
  readonly subject: Subject;
  /** Path of the field that decided it, from the root of the evaluated input. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** What the finding is about, so findings of different rules on the same question can be compared. */
  readonly concern: string;
  readonly explanation: Explanation;
}

/**
 * Two rules that judged the same concern of the same subject differently, with no declared
 * exception or supersession between them. Reported, never resolved by rule order.
 *
 * @category Engine
 * @example
 * import { allRules } from "@psea/core/rules";
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const result = evaluate(allRules, { mission }, { asOf: "2019-01-01" });
 * const conflicts: readonly Conflict[] = result.ok ? result.conflicts : [];
 * conflicts.length; // 0
 */
export interface Conflict {
  readonly subject: Subject;
  readonly concern: string;
  readonly findings: readonly { readonly ruleId: string; readonly severity: Severity }[];
  readonly message: string;
}
