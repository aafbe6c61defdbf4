import { toPathIssues, type PathIssue } from "../cadences/issues";
import { StatusUpdate, type ActivityStatus } from "./activity-status";
import type { ActionPlan, ActionPlanActivity, PillarId } from "./schema";

/**
 * A recorded status of one activity in one month.
 *
 * @category Action plan
 * @example
 * const statusOf = (statusEntry: StatusEntry) => statusEntry.status;
 */
export type StatusEntry = StatusUpdate;

/**
 * The monthly tracking of a plan: the plan and the statuses recorded so far. Immutable: every
 * change returns a new tracker and leaves the old one as it was.
 *
 * @category Action plan
 * @example
 * const planOf = (actionPlanTracker: ActionPlanTracker) => actionPlanTracker.plan;
 */
export interface ActionPlanTracker {
  readonly plan: ActionPlan;
  /** Keyed by activity id and month (`P1.h@2018-03`). */
  readonly entries: Readonly<Record<string, StatusEntry>>;
}

/**
 * An activity of a plan with the pillar and goal it belongs to.
 *
 * @category Action plan
 * @example
 * import { minuscaActionPlan2018_2019 } from "@psea/core/action-plan";
 * const [first]: LocatedActivity[] = planActivities(minuscaActionPlan2018_2019);
 * [first?.id, first?.pillar]; // ["P1.a", "prevention"]
 */
export interface LocatedActivity extends ActionPlanActivity {
  readonly pillar: PillarId;
  readonly goal: number;
}

/**
 * Every activity of a plan, in plan order.
 *
 * @category Action plan
 * @example
 * import { minuscaActionPlan2018_2019 } from "@psea/core/action-plan";
 * planActivities(minuscaActionPlan2018_2019)[0]?.id; // "P1.a"
 */
export function planActivities(plan: ActionPlan): LocatedActivity[] {
  return plan.pillars.flatMap((p) => p.goals.flatMap((g) => g.activities.map((a) => ({ ...a, pillar: p.id, goal: g.number }))));
}

/**
 * The key of one activity-month in {@link ActionPlanTracker.entries}.
 *
 * @category Action plan
 * @example
 * trackerEntryKey("P1.h", 2018, 3); // "P1.h@2018-03"
 */
export function trackerEntryKey(activityId: string, year: number, month: number): string {
  return `${activityId}@${year}-${String(month).padStart(2, "0")}`;
}

/**
 * Starts tracking a parsed plan (see `parseActionPlan`), with nothing recorded yet. AP-MATRIX.
 *
 * @category Action plan
 * @example
 * import { minuscaActionPlan2018_2019 } from "@psea/core/action-plan";
 * Object.keys(createTracker(minuscaActionPlan2018_2019).entries).length; // 0
 */
export function createTracker(plan: ActionPlan): ActionPlanTracker {
  return Object.freeze({ plan, entries: Object.freeze({}) });
}

/**
 * Why a status could not be recorded: `unknown-activity`, `outside-plan-period`, or zod's code
 * for a malformed update (a month of 13 is `too_big` at `["month"]`).
 *
 * @category Action plan
 * @example
 * const codeOf = (trackerError: TrackerError) => trackerError.code;
 */
export type TrackerError = PathIssue;

/**
 * The result of {@link recordStatus}.
 *
 * @category Action plan
 * @example
 * const isOkTrue = (recordStatusResult: RecordStatusResult) => recordStatusResult.ok === true;
 */
export type RecordStatusResult = { readonly ok: true; readonly tracker: ActionPlanTracker } | { readonly ok: false; readonly error: TrackerError };

function monthInPeriod(plan: ActionPlan, year: number, month: number): boolean {
  const first = `${year}-${String(month).padStart(2, "0")}-01`;
  const last = `${year}-${String(month).padStart(2, "0")}-31`;
  return first <= plan.period.to && last >= plan.period.from;
}

/**
 * Records the status of an activity for a month, replacing what was recorded for that month.
 * The update is validated (`unknown` in): an unknown activity, a month outside 1-12 or outside
 * the plan's period is an error with a path. Neither the tracker nor the update is changed.
 * AP-MATRIX.
 *
 * @category Action plan
 * @example
 * import { minuscaActionPlan2018_2019 } from "@psea/core/action-plan";
 * const t0 = createTracker(minuscaActionPlan2018_2019);
 * const r = recordStatus(t0, { activityId: "P1.h", year: 2018, month: 3, status: "ongoing" });
 * r.ok && activityStatusOn(r.tracker, "P1.h", 2018, 3); // "ongoing"
 * activityStatusOn(t0, "P1.h", 2018, 3); // undefined
 * recordStatus(t0, { activityId: "P9.z", year: 2018, month: 3, status: "ongoing" }); // { ok: false, error: { code: "unknown-activity", path: ["activityId"], … } }
 */
export function recordStatus(tracker: ActionPlanTracker, update: unknown): RecordStatusResult {
  const parsed = StatusUpdate.safeParse(update);
  if (!parsed.success) return { ok: false, error: toPathIssues(parsed.error)[0]! };
  const u = parsed.data;
  if (!planActivities(tracker.plan).some((a) => a.id === u.activityId)) {
    return { ok: false, error: { code: "unknown-activity", path: ["activityId"], message: "expected the id of one of the plan's activities" } };
  }
  if (!monthInPeriod(tracker.plan, u.year, u.month)) {
    return {
      ok: false,
      error: { code: "outside-plan-period", path: ["month"], message: `expected a month within the plan period, ${tracker.plan.period.from} to ${tracker.plan.period.to}` },
    };
  }
  const entry: StatusEntry = Object.freeze({ ...u });
  const entries = Object.freeze({ ...tracker.entries, [trackerEntryKey(u.activityId, u.year, u.month)]: entry });
  return { ok: true, tracker: Object.freeze({ plan: tracker.plan, entries }) };
}

/**
 * The status recorded for an activity in a month, if any. AP-MATRIX.
 *
 * @category Action plan
 * @example
 * import { minuscaActionPlan2018_2019 } from "@psea/core/action-plan";
 * activityStatusOn(createTracker(minuscaActionPlan2018_2019), "P1.a", 2018, 1); // undefined
 */
export function activityStatusOn(tracker: ActionPlanTracker, activityId: string, year: number, month: number): ActivityStatus | undefined {
  return tracker.entries[trackerEntryKey(activityId, year, month)]?.status;
}
