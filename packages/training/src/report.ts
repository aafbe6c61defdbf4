import { inputIssuesFromZod, normalizeAsOf, Personnel, type InputIssue, type ParameterUse } from "@psea/core";
import { z } from "zod";
import { assessTraining, type StatusCounts, type TrainingRow } from "./assess";
import { onStrength, type TrainingWindows } from "./courses";
import { resolveReportParameters } from "./parameters";
import { meetsTarget, Tally, type ComplianceRate, type RateBreakdown } from "./rates";

/**
 * Options of {@link complianceReport}.
 *
 * @category Training
 * @example
 * const options: ComplianceReportOptions = { asOf: "2019-06-30" };
 * options.asOf; // "2019-06-30"
 */
export interface ComplianceReportOptions {
  /** The date of the report, as `YYYY-MM-DD` or a Date. Required: the report never reads the clock. */
  readonly asOf: string | Date;
  /** A host's parameter overlay (validated) or a set built with `createParameterSet`. */
  readonly parameters?: unknown;
}

/**
 * Training compliance against the plan's target (Prevention goal 2 (d), expected result (i)): rates
 * per person overall, by office and by category; per course; and counts by status.
 *
 * @category Training
 * @example
 * const t: Pick<TrainingCompliance, "target" | "meetsTarget"> = { target: 1, meetsTarget: true };
 * t.meetsTarget; // true
 */
export interface TrainingCompliance extends RateBreakdown {
  readonly target: number;
  /** Whether the overall rate meets the target. */
  readonly meetsTarget: boolean;
  readonly byCourse: Readonly<Record<string, ComplianceRate>>;
  readonly statusCounts: StatusCounts;
}

/**
 * The result of {@link complianceReport}: the input's issues with their paths, or the report.
 *
 * @category Training
 * @example
 * const r: ComplianceReport = { ok: false, issues: [{ path: ["asOf"], code: "invalid-as-of", message: "…" }] };
 * r.ok; // false
 */
export type ComplianceReport =
  | { readonly ok: false; readonly issues: readonly InputIssue[] }
  | {
      readonly ok: true;
      readonly asOf: string;
      readonly training: TrainingCompliance;
      /** One row per person on strength per course required of them, in personnel then course order. */
      readonly rows: readonly TrainingRow[];
      /** Personnel on strength who acknowledged receipt of ST/SGB/2003/13 on or before `asOf`. */
      readonly bulletinAcknowledgement: RateBreakdown;
      /** Managers on strength (roles in `managementRoles`) who signed the SEA pledge on or before `asOf`. */
      readonly managersPledge: RateBreakdown;
      /** Every parameter the report used, with its value, dates and citation. */
      readonly parameters: readonly ParameterUse[];
    };

const PersonnelList = z.array(Personnel).superRefine((people, ctx) => {
  const seen = new Set<string>();
  people.forEach((p, i) => {
    if (seen.has(p.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: "duplicate id in personnel: each person's id must be unique", params: { code: "duplicate-id" } });
    seen.add(p.id);
  });
});

/**
 * Training, bulletin-acknowledgement and managers' pledge compliance of a personnel list as of a
 * date (action plan Prevention goal 2; DPKO General management (b); Enforcement goal 5). Takes
 * anything: invalid input comes back as issues with paths (relative to the list) and codes.
 * Pure, deterministic, linear in the number of personnel; never throws on data, never mutates it.
 *
 * @category Training
 * @example
 * const personnel = [
 *   { id: "P-1", category: "civilian-staff", gender: "female", officeId: "HQ", arrivalDate: "2018-01-02",
 *     bulletinAcknowledgedOn: "2018-01-03", trainings: [{ courseId: "sea-induction", completedOn: "2018-01-10" }] },
 *   { id: "P-2", category: "military-contingent", gender: "male", officeId: "FO-1", arrivalDate: "2018-01-02", roles: ["supervisor"] },
 * ];
 * const r = complianceReport(personnel, { asOf: "2018-06-30" });
 * r.ok && r.training.overall; // { population: 2, compliant: 1, rate: 0.5 }
 * r.ok && r.training.meetsTarget; // false
 * r.ok && r.rows.filter((row) => row.status === "never-taken").map((row) => [row.personnelId, row.courseId, row.dueDate]); // [["P-2", "sea-induction", "2018-02-02"]]
 * r.ok && r.bulletinAcknowledgement.overall.rate; // 0.5
 * r.ok && r.managersPledge.overall; // { population: 1, compliant: 0, rate: 0 }
 * const bad = complianceReport([{ id: "P-1" }], { asOf: "2018-06-30" });
 * !bad.ok && bad.issues[0]?.path; // [0, "category"]
 */
export function complianceReport(personnel: unknown, options: ComplianceReportOptions): ComplianceReport {
  const asOf = normalizeAsOf((options as Partial<ComplianceReportOptions> | undefined)?.asOf);
  if (!asOf) return { ok: false, issues: [{ path: ["asOf"], code: "invalid-as-of", message: "asOf must be a YYYY-MM-DD date or a valid Date" }] };
  const params = resolveReportParameters((options as Partial<ComplianceReportOptions>).parameters, asOf);
  const parsed = PersonnelList.safeParse(personnel);
  // Every problem at once, so a host fixes its data and its overlay in one round.
  if (!params.ok || !parsed.success) return { ok: false, issues: [...(params.ok ? [] : params.issues), ...(parsed.success ? [] : inputIssuesFromZod(parsed.error))] };

  const v = params.value.values;
  const windows: TrainingWindows = { inductionWindow: v.inductionWindow, refresherPeriod: v.refresherPeriod, roleTrainingWindow: v.roleTrainingWindow };
  const assessment = assessTraining(parsed.data, v.trainingCourses, windows, asOf);

  const managing = new Set<string>(v.managementRoles);
  const bulletin = new Tally();
  const pledge = new Tally();
  for (const p of parsed.data) {
    if (!onStrength(p, asOf)) continue;
    bulletin.add(p.officeId, p.category, p.bulletinAcknowledgedOn !== undefined && p.bulletinAcknowledgedOn <= asOf);
    if (p.roles.some((r) => managing.has(r))) pledge.add(p.officeId, p.category, p.pledgeSignedOn !== undefined && p.pledgeSignedOn <= asOf);
  }

  const target = v.trainingComplianceTarget;
  return {
    ok: true,
    asOf,
    training: {
      target,
      meetsTarget: meetsTarget(assessment.byPerson.overall, target),
      ...assessment.byPerson,
      byCourse: assessment.byCourse,
      statusCounts: assessment.statusCounts,
    },
    rows: assessment.rows,
    bulletinAcknowledgement: bulletin.breakdown(),
    managersPledge: pledge.breakdown(),
    parameters: params.value.uses,
  };
}
