import { overallRating, weakStandards } from "../scheme/rating-scheme";
import type { AssessmentContext } from "./context";
import type { AssessmentEvent, AssessmentEventOf } from "./events";

/**
 * Why the workflow refused an event. The state is left unchanged.
 * - `invalid-event`: the event does not parse;
 * - `invalid-state`: the state given is not one of the workflow's;
 * - `out-of-order`: dated before the assessment's latest event;
 * - `not-allowed-in-state`: the current stage takes no event of that type;
 * - `comment-required`: a rejection without a comment;
 * - `standards-unrated`: submitting or finalizing before every standard is rated;
 * - `unknown-standard`, `not-on-scale`, `unknown-evidence-kind`: a rating outside the scheme;
 * - `invalid-plan`: a plan that does not give each weak standard an action point, or a second plan;
 * - `unknown-action-point`: completing an action point that is not open.
 *
 * @category Workflow
 * @example
 * const code: AssessmentRefusalCode = "comment-required";
 * code; // "comment-required"
 */
export type AssessmentRefusalCode =
  | "invalid-event"
  | "invalid-state"
  | "out-of-order"
  | "not-allowed-in-state"
  | "comment-required"
  | "standards-unrated"
  | "unknown-standard"
  | "not-on-scale"
  | "unknown-evidence-kind"
  | "invalid-plan"
  | "unknown-action-point";

/**
 * A refusal: its code, a message that never quotes the event's free text, and the event path at fault.
 *
 * @category Workflow
 * @example
 * const r: AssessmentRefusal = { code: "comment-required", message: "a rejection needs a comment", path: ["comment"] };
 * r.path; // ["comment"]
 */
export interface AssessmentRefusal {
  readonly code: AssessmentRefusalCode;
  readonly message: string;
  readonly path?: (string | number)[];
}

type Check<E extends AssessmentEvent = AssessmentEvent> = (context: AssessmentContext, event: E) => AssessmentRefusal | undefined;

const hasComment: Check<AssessmentEventOf<"REJECTED">> = (_c, e) =>
  e.comment === undefined || e.comment.trim() === "" ? { code: "comment-required", message: "a rejection needs a comment saying what to revise", path: ["comment"] } : undefined;

const allRated: Check = (c) => {
  const { unrated } = overallRating(c.scheme, c.ratings);
  return unrated.length > 0 ? { code: "standards-unrated", message: `${unrated.length} standard(s) not rated yet: ${unrated.join(", ")}` } : undefined;
};

const ratingValid: Check<AssessmentEventOf<"STANDARD_RATED">> = (c, e) => {
  const standard = c.scheme.standards.find((s) => s.id === e.standardId);
  if (!standard) return { code: "unknown-standard", message: "the standard is not one of the assessment's", path: ["standardId"] };
  if (!c.scheme.scale.some((l) => l.score === e.score)) {
    return { code: "not-on-scale", message: `the score is not on the scale (${c.scheme.scale.map((l) => `${l.level} ${l.score}`).join(", ")})`, path: ["score"] };
  }
  const i = e.evidence.findIndex((x) => !standard.evidenceKinds.includes(x.kind));
  if (i >= 0) return { code: "unknown-evidence-kind", message: `evidence for ${standard.id} is one of: ${standard.evidenceKinds.join(", ")}`, path: ["evidence", i, "kind"] };
  return undefined;
};

const planValid: Check<AssessmentEventOf<"PLAN_ADOPTED">> = (c, e) => {
  if (c.plan) return { code: "invalid-plan", message: "a plan was already adopted", path: ["type"] };
  const weak = new Set(weakStandards(c.scheme, c.ratings));
  const ids = new Set<string>();
  for (const [i, p] of e.actionPoints.entries()) {
    if (!weak.has(p.standardId)) return { code: "invalid-plan", message: "an action point must address a weak standard", path: ["actionPoints", i, "standardId"] };
    if (ids.has(p.id)) return { code: "invalid-plan", message: "duplicate action point id", path: ["actionPoints", i, "id"] };
    if (p.dueDate < e.at) return { code: "invalid-plan", message: "an action point is due on or after the plan's date", path: ["actionPoints", i, "dueDate"] };
    ids.add(p.id);
  }
  const uncovered = [...weak].filter((s) => !e.actionPoints.some((p) => p.standardId === s));
  if (uncovered.length > 0) return { code: "invalid-plan", message: `no action point for weak standard(s): ${uncovered.join(", ")}`, path: ["actionPoints"] };
  return undefined;
};

const actionPointOpen: Check<AssessmentEventOf<"ACTION_POINT_COMPLETED">> = (c, e) => {
  const p = c.plan?.actionPoints.find((x) => x.id === e.actionPointId);
  return p === undefined || p.completedOn !== undefined ? { code: "unknown-action-point", message: "no open action point has that id", path: ["actionPointId"] } : undefined;
};

/**
 * The checks behind the machine's guards, by guard name: each returns a refusal, or nothing when
 * the event may proceed. The guards are these checks finding nothing, so a refusal's reason is
 * always the guard's own. @internal
 */
export const assessmentChecks = { hasComment, allRated, ratingValid, planValid, actionPointOpen } as const;

/** A guard name of the assessment machine. @internal */
export type AssessmentGuardName = keyof typeof assessmentChecks;
