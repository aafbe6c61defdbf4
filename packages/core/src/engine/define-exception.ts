import type { z } from "zod";
import type { Citation } from "../parameters/citation";
import type { Finding, ObligationId, Severity } from "./finding";

/**
 * A recorded decision that makes an exception apply to one finding.
 *
 * @category Engine
 */
export interface ExceptionMatch {
  readonly decisionId: string;
  readonly decidedOn: string;
}

/**
 * A declared exception to a rule (such as SGB 4.4 against SGB 3.2(b)). It never applies silently:
 * only where `match` finds a recorded decision for that very finding.
 *
 * @category Engine
 */
export interface RuleException<In = unknown> {
  readonly kind: "exception";
  readonly id: string;
  readonly title: string;
  readonly obligation: ObligationId;
  readonly citation: Citation;
  /** The rule whose findings this exception may lower. */
  readonly overrides: string;
  readonly lowersTo: Severity;
  readonly reads: z.ZodObject;
  readonly match: (finding: Finding, input: In, asOf: string) => ExceptionMatch | undefined;
}

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
export function defineException<S extends z.ZodObject>(definition: {
  id: string;
  title: string;
  obligation: ObligationId;
  citation: Citation;
  overrides: string;
  lowersTo: Severity;
  reads: S;
  match: (finding: Finding, input: z.output<S>, asOf: string) => ExceptionMatch | undefined;
}): RuleException<z.output<S>> {
  return { kind: "exception", ...definition };
}
