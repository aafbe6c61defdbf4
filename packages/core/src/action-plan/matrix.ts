import { ActivityStatus } from "./activity-status";
import type { PillarId } from "./schema";
import { trackerEntryKey, planActivities, type ActionPlanTracker } from "./tracker";

/**
 * One month of a matrix row: the recorded status and comment, or `null` where nothing is recorded.
 *
 * @category Action plan
 * @example
 * const statusOf = (matrixCell: MatrixCell) => matrixCell.status;
 */
export interface MatrixCell {
  readonly month: number;
  readonly status: ActivityStatus | null;
  readonly comment: string | null;
}

/**
 * One activity of the matrix with its twelve months, January first.
 *
 * @category Action plan
 * @example
 * const pillarOf = (matrixRow: MatrixRow) => matrixRow.pillar;
 */
export interface MatrixRow {
  readonly pillar: PillarId;
  readonly goal: number;
  readonly activityId: string;
  readonly activity: string;
  /** The activity's text is partly illegible in the source (its `illegible` flag): it keeps the readable words with "…". */
  readonly activityIllegible: boolean;
  readonly months: readonly MatrixCell[];
}

/**
 * The plan's January–December tracking grid for a year, ready to render.
 *
 * @category Action plan
 * @example
 * const planIdOf = (actionPlanMatrix: ActionPlanMatrix) => actionPlanMatrix.planId;
 */
export interface ActionPlanMatrix {
  readonly planId: string;
  readonly year: number;
  readonly rows: readonly MatrixRow[];
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * The tracking grid of a year: one row per activity in plan order × 12 months. AP-MATRIX.
 *
 * @category Action plan
 * @example
 * import { minuscaActionPlan2018_2019 } from "@psea/core/action-plan";
 * const r = recordStatus(createTracker(minuscaActionPlan2018_2019), { activityId: "P1.a", year: 2018, month: 2, status: "completed" });
 * const m = r.ok ? trackerMatrix(r.tracker, 2018) : undefined;
 * m?.rows[0]?.months.map((c) => c.status).slice(0, 3); // [null, "completed", null]
 */
export function trackerMatrix(tracker: ActionPlanTracker, year: number): ActionPlanMatrix {
  const rows = planActivities(tracker.plan).map((a) => ({
    pillar: a.pillar,
    goal: a.goal,
    activityId: a.id,
    activity: a.text,
    activityIllegible: a.illegible === true,
    months: MONTHS.map((month) => {
      const e = tracker.entries[trackerEntryKey(a.id, year, month)];
      return { month, status: e?.status ?? null, comment: e?.comment ?? null };
    }),
  }));
  return { planId: tracker.plan.id, year, rows };
}

/**
 * Counts of activities by status in one month.
 *
 * @category Action plan
 * @example
 * const yearOf = (monthSummary: MonthSummary) => monthSummary.year;
 */
export interface MonthSummary {
  readonly year: number;
  readonly month: number;
  readonly activities: number;
  readonly byStatus: Readonly<Record<ActivityStatus, number>>;
  readonly notRecorded: number;
}

/**
 * How many activities stood in each status in a month, and how many had nothing recorded. AP-MATRIX.
 *
 * @category Action plan
 * @example
 * import { minuscaActionPlan2018_2019 } from "@psea/core/action-plan";
 * const s = trackerMonthSummary(createTracker(minuscaActionPlan2018_2019), 2018, 1);
 * s.byStatus.ongoing; // 0
 * s.notRecorded === s.activities; // true
 */
export function trackerMonthSummary(tracker: ActionPlanTracker, year: number, month: number): MonthSummary {
  const byStatus = Object.fromEntries(ActivityStatus.options.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  const activities = planActivities(tracker.plan);
  let notRecorded = 0;
  for (const a of activities) {
    const status = tracker.entries[trackerEntryKey(a.id, year, month)]?.status;
    if (status) byStatus[status] += 1;
    else notRecorded += 1;
  }
  return { year, month, activities: activities.length, byStatus, notRecorded };
}
