import type { ReportException, ReportFinding, ReportParameter } from "../findings-report";
import { displayValue } from "./escape";

/**
 * A finding's facts as `name: value` text, joined with `; `.
 *
 * @category Rendering
 * @example
 * describeFacts({ grade: "P-3", comparison: "below" }); // "grade: P-3; comparison: below"
 */
export function describeFacts(facts: ReportFinding["facts"]): string {
  return Object.entries(facts)
    .map(([k, v]) => `${k}: ${displayValue(v)}`)
    .join("; ");
}

/**
 * A parameter as used: its value, the dates it is in force, its source and its layer.
 *
 * @category Rendering
 * @example
 * describeParameter({ id: "focalPointMinimumGrade", value: "P-4", effectiveFrom: "2003-10-15",
 *   citation: "DPKO-IG, General management responsibilities (c)", layer: "default" });
 * // "focalPointMinimumGrade = P-4 (in force from 2003-10-15; DPKO-IG, General management responsibilities (c); default)"
 */
export function describeParameter(p: ReportParameter): string {
  const dates = p.effectiveTo !== undefined ? `from ${p.effectiveFrom} until ${p.effectiveTo}` : `from ${p.effectiveFrom}`;
  return `${p.id} = ${displayValue(p.value)} (in force ${dates}; ${p.citation}; ${p.layer})`;
}

/**
 * An applied exception as one line of text: by whose decision, or on which recorded facts.
 *
 * @category Rendering
 * @example
 * describeException({ exceptionId: "sgb.4.5", obligationId: "SGB-4.5", citation: "ST/SGB/2003/13, section 4.5",
 *   basis: "decision", decisionId: "D-1", decidedOn: "2018-07-01", originalSeverity: "violation" });
 * // "sgb.4.5 (SGB-4.5; ST/SGB/2003/13, section 4.5) applied by decision D-1 of 2018-07-01; was violation"
 */
export function describeException(e: ReportException): string {
  const basis =
    e.basis === "decision"
      ? `by decision ${e.decisionId} of ${e.decidedOn}`
      : `on the recorded facts ${Object.entries(e.facts).map(([k, v]) => `${k}=${displayValue(v)}`).join(", ")}`;
  return `${e.exceptionId} (${e.obligationId}; ${e.citation}) applied ${basis}; was ${e.originalSeverity}`;
}

/**
 * The findings a finding replaced, as one line of text.
 *
 * @category Rendering
 * @example
 * describeSupersedes([{ ruleId: "a.rule", severity: "warning", citation: "DPKO-IG, x" }]); // "a.rule (warning; DPKO-IG, x)"
 */
export function describeSupersedes(s: ReportFinding["supersedes"]): string {
  return s.map((x) => `${x.ruleId} (${x.severity}; ${x.citation})`).join("; ");
}
