import type { Personnel, PersonnelCategory } from "@psea/core";
import type { TrainingCourse, TrainingWindowParameter, TrainingWindows } from "./courses";
import { entry, Tally, toRecord, type ComplianceRate, type RateBreakdown } from "./rates";
import { createDueDates, isBehind, statusWith, type TrainingStatus } from "./status";

/**
 * One person's standing on one course they are required to take, as of the report's date.
 * `index` is the person's position in the personnel list, for locating the record.
 *
 * @category Training
 * @example
 * const row: TrainingRow = {
 *   personnelId: "P-1", index: 0, officeId: "HQ", category: "civilian-staff", courseId: "sea-induction",
 *   window: "inductionWindow", status: "compliant", dueDate: "2018-04-01", lastCompletedOn: "2018-03-05",
 * };
 * row.status; // "compliant"
 */
export interface TrainingRow {
  readonly personnelId: string;
  readonly index: number;
  readonly officeId: string;
  readonly category: PersonnelCategory;
  readonly courseId: string;
  readonly window: TrainingWindowParameter;
  readonly status: Exclude<TrainingStatus, "not-required">;
  readonly dueDate: string | null;
  readonly lastCompletedOn: string | null;
}

/**
 * How many required (person, course) pairs stand at each status.
 *
 * @category Training
 * @example
 * const c: StatusCounts = { compliant: 3, due: 1, overdue: 0, "never-taken": 1 };
 * c["never-taken"]; // 1
 */
export type StatusCounts = Readonly<Record<Exclude<TrainingStatus, "not-required">, number>>;

/** What one pass over personnel yields for the report and the rules. @internal */
export interface TrainingAssessment {
  readonly rows: readonly TrainingRow[];
  /** Per person: someone with at least one required course is compliant when none is behind. */
  readonly byPerson: RateBreakdown;
  readonly byCourse: Readonly<Record<string, ComplianceRate>>;
  readonly statusCounts: StatusCounts;
}

/**
 * Assesses every person on every course in one pass. A person counts in the rates when at least
 * one course is required of them, and as compliant when none is overdue or never taken: being
 * inside a window is not falling short of the plan's 100%. @internal
 */
export function assessTraining(
  personnel: readonly Personnel[],
  courses: readonly TrainingCourse[],
  windows: TrainingWindows,
  asOf: string,
): TrainingAssessment {
  const add = createDueDates();
  const rows: TrainingRow[] = [];
  const people = new Tally();
  const byCourse = new Map<string, [number, number]>();
  const counts = { compliant: 0, due: 0, overdue: 0, "never-taken": 0 };
  for (let index = 0; index < personnel.length; index++) {
    const p = personnel[index]!;
    let required = false;
    let behind = false;
    for (const course of courses) {
      const r = statusWith(p, course, asOf, windows, add);
      if (r.status === "not-required") continue;
      required = true;
      const late = isBehind(r.status);
      behind ||= late;
      counts[r.status] += 1;
      const c = entry(byCourse, course.id);
      c[0] += 1;
      if (!late) c[1] += 1;
      rows.push({
        personnelId: p.id,
        index,
        officeId: p.officeId,
        category: p.category,
        courseId: course.id,
        window: course.window,
        status: r.status,
        dueDate: r.dueDate,
        lastCompletedOn: r.lastCompletedOn,
      });
    }
    if (required) people.add(p.officeId, p.category, !behind);
  }
  return { rows, byPerson: people.breakdown(), byCourse: toRecord(byCourse), statusCounts: counts };
}
