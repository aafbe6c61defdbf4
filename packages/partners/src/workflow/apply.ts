import { IsoDate, RecordId, type InputIssue, type ParameterSet } from "@psea/core";
import { defaultParameterSet } from "@psea/core/parameters";
import { getNextTransitions, transition } from "xstate";
import { z } from "zod";
import { ratingSchemeOn } from "../scheme/rating-scheme";
import { issuesOf } from "../schemas/parse-partner-dataset";
import { ActionPoint, AssessmentStatus, StandardRating } from "../schemas/partner-assessment";
import { assessmentChecks, type AssessmentGuardName, type AssessmentRefusal, type AssessmentRefusalCode } from "./checks";
import { AssessmentOpening, type AssessmentContext, type AssessmentState } from "./context";
import { AssessmentEvent, assessmentEventTypes, type AssessmentEventType } from "./events";
import { assessmentMachine } from "./machine";

/**
 * The result of {@link openAssessment}.
 *
 * @category Workflow
 * @example
 * const r: OpenAssessmentResult = openAssessment({ id: "PCA-1" });
 * !r.ok && r.issues.map((i) => i.path[0]); // ["partnerId", "createdOn"]
 */
export type OpenAssessmentResult = { readonly ok: true; readonly state: AssessmentState } | { readonly ok: false; readonly issues: readonly InputIssue[] };

/**
 * The result of {@link applyAssessmentEvent}: the next state, or the refusal with the very state given.
 *
 * @category Workflow
 * @example
 * const opened = openAssessment({ id: "PCA-1", partnerId: "IP-1", createdOn: "2018-01-02" });
 * const r: ApplyAssessmentEventResult | false = opened.ok && applyAssessmentEvent(opened.state, { type: "FINALIZED", at: "2018-01-03" });
 * r && !r.ok && r.reason.code; // "not-allowed-in-state"
 */
export type ApplyAssessmentEventResult =
  | { readonly ok: true; readonly state: AssessmentState }
  | { readonly ok: false; readonly state: AssessmentState; readonly reason: AssessmentRefusal };

/**
 * Options of {@link openAssessment}.
 *
 * @category Workflow
 * @example
 * import { defaultParameterSet } from "@psea/core/parameters";
 * const o: OpenAssessmentOptions = { parameters: defaultParameterSet };
 * openAssessment({ id: "PCA-1", partnerId: "IP-1", createdOn: "2018-01-02" }, o).ok; // true
 */
export interface OpenAssessmentOptions {
  /** The parameter set the default scheme is taken from (a host's overlay built with `createParameterSet`). */
  readonly parameters?: ParameterSet;
}

const Scheme = AssessmentOpening.shape.scheme.unwrap();

/**
 * The schema of a stored assessment state: what a restored snapshot must hold before the machine reads it. @internal
 */
export const AssessmentStateSchema = z.object({
  value: AssessmentStatus,
  context: z.object({
    id: RecordId,
    partnerId: RecordId,
    agreementIds: z.array(RecordId),
    createdOn: IsoDate,
    lastEventOn: IsoDate,
    scheme: Scheme,
    assessor: z.string().nullable(),
    ratings: z.array(StandardRating),
    submittedOn: z.array(IsoDate),
    rejections: z.array(z.object({ on: IsoDate, comment: z.string() })),
    finalizedOn: IsoDate.nullable(),
    overall: z
      .object({ rating: z.enum(["high", "moderate", "low"]).nullable(), total: z.number().nullable(), unrated: z.array(z.string()) })
      .nullable(),
    cancelled: z.object({ on: IsoDate, reason: z.string().nullable() }).nullable(),
    plan: z.object({ adoptedOn: IsoDate, actionPoints: z.array(ActionPoint) }).nullable(),
  }),
});

/**
 * Opens an assessment in `draft`, with the scheme given or the one in force on `createdOn`. Takes
 * anything: invalid input comes back as issues with a path and a code. Never throws.
 *
 * @category Workflow
 * @example
 * const r = openAssessment({ id: "PCA-1", partnerId: "IP-1", agreementIds: ["PA-1"], createdOn: "2018-01-02" });
 * r.ok && [r.state.value, r.state.context.agreementIds, r.state.context.overall]; // ["draft", ["PA-1"], null]
 * const early = openAssessment({ id: "PCA-0", partnerId: "IP-1", createdOn: "2017-06-30" });
 * !early.ok && early.issues[0]?.code; // "parameter-not-in-force"
 */
export function openAssessment(input: unknown, options: OpenAssessmentOptions = {}): OpenAssessmentResult {
  try {
    const parsed = AssessmentOpening.safeParse(input);
    if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
    const o = parsed.data;
    let scheme = o.scheme;
    if (scheme === undefined) {
      const resolved = ratingSchemeOn(o.createdOn, options.parameters ?? defaultParameterSet);
      if (!resolved.ok) return { ok: false, issues: [{ path: ["createdOn"], code: resolved.error.code, message: resolved.error.message }] };
      scheme = resolved.scheme as typeof scheme & object;
    }
    const context: AssessmentContext = {
      id: o.id,
      partnerId: o.partnerId,
      agreementIds: o.agreementIds,
      createdOn: o.createdOn,
      lastEventOn: o.createdOn,
      scheme: JSON.parse(JSON.stringify(scheme)) as AssessmentContext["scheme"],
      assessor: null,
      ratings: [],
      submittedOn: [],
      rejections: [],
      finalizedOn: null,
      overall: null,
      cancelled: null,
      plan: null,
    };
    return { ok: true, state: { value: "draft", context } };
  } catch {
    return { ok: false, issues: [{ path: [], code: "unreadable-input", message: "the input could not be read" }] };
  }
}

type Snapshot = ReturnType<typeof assessmentMachine.resolveState>;

/** The machine snapshot of a state, read from a private copy; `undefined` when it is not a state of the workflow. */
function resolve(state: unknown): Snapshot | undefined {
  try {
    const parsed = AssessmentStateSchema.safeParse(state);
    if (!parsed.success) return undefined;
    return assessmentMachine.resolveState(parsed.data as AssessmentState);
  } catch {
    return undefined;
  }
}

function refuse(state: AssessmentState, code: AssessmentRefusalCode, message: string, path?: (string | number)[]): ApplyAssessmentEventResult {
  return { ok: false, state, reason: path ? { code, message, path } : { code, message } };
}

function plain(s: Snapshot): AssessmentState {
  return { value: s.value as AssessmentState["value"], context: s.context };
}

/**
 * Applies one event to an assessment as a pure function over the machine (`resolveState` and
 * xstate's `transition`): no actor, no clock, no side effect. An event that does not parse, that
 * the stage does not take, that is dated before the latest event, or that a guard refuses is
 * rejected with a typed reason, and the state returned is the very object given. Never throws and
 * never mutates its inputs.
 *
 * @category Workflow
 * @example
 * const opened = openAssessment({ id: "PCA-1", partnerId: "IP-1", createdOn: "2018-01-02" });
 * if (!opened.ok) throw new Error("not opened");
 * const r = applyAssessmentEvent(opened.state, { type: "ASSIGNED", at: "2018-01-03", assessor: "Partnership officer" });
 * r.ok && r.state.value; // "assigned"
 * const no = applyAssessmentEvent(opened.state, { type: "SUBMITTED", at: "2018-01-03" });
 * !no.ok && no.reason.code; // "not-allowed-in-state"
 * no.state === opened.state; // true
 */
export function applyAssessmentEvent(state: AssessmentState, event: unknown): ApplyAssessmentEventResult {
  try {
    const parsed = AssessmentEvent.safeParse(event);
    if (!parsed.success) {
      const first = issuesOf(parsed.error)[0];
      return refuse(state, "invalid-event", first ? `${first.path.join(".") || "event"}: ${first.message}` : "not an assessment event", first ? [...first.path] : []);
    }
    const e = parsed.data;
    const snapshot = resolve(state);
    if (!snapshot) return refuse(state, "invalid-state", "the state given is not a state of the assessment workflow", ["value"]);
    if (e.at < snapshot.context.lastEventOn) return refuse(state, "out-of-order", "the event is dated before the assessment's latest event", ["at"]);
    const candidates = getNextTransitions(snapshot).filter((t) => t.eventType === e.type);
    if (candidates.length === 0) return refuse(state, "not-allowed-in-state", `${e.type} is not accepted when the assessment is ${String(snapshot.value)}`, ["type"]);
    for (const t of candidates) {
      const g = t.guard as string | { type: string } | undefined;
      const name = (typeof g === "string" ? g : g?.type) as AssessmentGuardName | undefined;
      const refusal = name ? (assessmentChecks[name] as (c: AssessmentContext, e: AssessmentEvent) => AssessmentRefusal | undefined)(snapshot.context, e) : undefined;
      if (refusal) return { ok: false, state, reason: refusal };
    }
    const [next] = transition(assessmentMachine, snapshot, e);
    return { ok: true, state: plain(next) };
  } catch {
    return refuse(state, "invalid-state", "the event could not be applied to this state");
  }
}

/**
 * What {@link applyAssessmentEvents} gives: the state the events lead to, or where it stopped.
 *
 * @category Workflow
 * @example
 * const opened = openAssessment({ id: "PCA-1", partnerId: "IP-1", createdOn: "2018-01-02" });
 * const r: ApplyAssessmentEventsResult | false = opened.ok && applyAssessmentEvents(opened.state, [{ type: "STARTED", at: "2018-01-03" }]);
 * r && !r.ok && [r.index, r.reason.code]; // [0, "not-allowed-in-state"]
 */
export type ApplyAssessmentEventsResult =
  | { readonly ok: true; readonly state: AssessmentState }
  | { readonly ok: false; readonly index: number; readonly state: AssessmentState; readonly reason: AssessmentRefusal };

/**
 * Applies events in order, stopping at the first refused: the same as folding {@link applyAssessmentEvent}.
 *
 * @category Workflow
 * @example
 * const opened = openAssessment({ id: "PCA-1", partnerId: "IP-1", createdOn: "2018-01-02" });
 * const r = opened.ok && applyAssessmentEvents(opened.state, [
 *   { type: "ASSIGNED", at: "2018-01-03", assessor: "Partnership officer" },
 *   { type: "STARTED", at: "2018-01-04" },
 * ]);
 * r && r.ok && r.state.value; // "in-progress"
 */
export function applyAssessmentEvents(state: AssessmentState, events: readonly unknown[]): ApplyAssessmentEventsResult {
  let current = state;
  for (let index = 0; index < events.length; index++) {
    const r = applyAssessmentEvent(current, events[index]);
    if (!r.ok) return { ok: false, index, state: current, reason: r.reason };
    current = r.state;
  }
  return { ok: true, state: current };
}

/**
 * The event types the current stage takes, in workflow order. A guard may still refuse a
 * particular event of one of them. Empty for a state that is not one of the workflow's.
 *
 * @category Workflow
 * @example
 * const opened = openAssessment({ id: "PCA-1", partnerId: "IP-1", createdOn: "2018-01-02" });
 * opened.ok && allowedAssessmentEvents(opened.state); // ["ASSIGNED", "CANCELLED"]
 */
export function allowedAssessmentEvents(state: AssessmentState): AssessmentEventType[] {
  const snapshot = resolve(state);
  if (!snapshot) return [];
  const types = new Set(getNextTransitions(snapshot).map((t) => t.eventType));
  return assessmentEventTypes.filter((t) => types.has(t));
}
