import { addDuration, type InputIssue, type ParameterUse, type PersonnelCategory } from "@psea/core";
import { isOpenMitigation, isOpenRisk, resolveRiskScale, scoreRisk, type RiskCategory, type RiskLevel } from "@psea/risk";
import { complianceReport, isBehind, type ComplianceRate } from "@psea/training";
import type { ReportBuildOptions, ReportBuildResult, ReportKind, ReportSection } from "../model/report-document";
import { barChart, heatMap } from "./charts";
import { buildContext, parameterOf, reportIssue } from "./issues";
import { parseReportDataset } from "./report-dataset";

/**
 * A compliance rate of one group against the target: people, compliant people, and the rate in
 * percent (`null` for an empty group).
 *
 * @category Report builders
 * @example
 * const r: GroupRate = { group: "BGF", population: 4, compliant: 3, percent: 75 };
 */
export interface GroupRate {
  readonly group: string;
  readonly population: number;
  readonly compliant: number;
  readonly percent: number | null;
}

/**
 * A required course a person on strength is behind on, by personnel id (never by name).
 *
 * @category Report builders
 * @example
 * const o: OverdueTraining = { personnelId: "P-7", officeId: "BGF", category: "civilian-staff", courseId: "sea-induction", status: "overdue", dueDate: "2018-02-14" };
 */
export interface OverdueTraining {
  readonly personnelId: string;
  readonly officeId: string;
  readonly category: PersonnelCategory;
  readonly courseId: string;
  readonly status: "overdue" | "never-taken";
  readonly dueDate: string | null;
}

/**
 * An open risk of the register, ranked by score. Its description and location are free text and
 * are left out.
 *
 * @category Report builders
 * @example
 * const r: RankedRisk = { id: "R-1", category: "security", officeId: "BGF", likelihood: 4, impact: 5, score: 20, level: "critical", openMitigations: 1, overdueMitigations: 0 };
 */
export interface RankedRisk {
  readonly id: string;
  readonly category: RiskCategory;
  readonly officeId: string | null;
  readonly likelihood: number | null;
  readonly impact: number | null;
  readonly score: number | null;
  readonly level: RiskLevel | null;
  readonly openMitigations: number;
  readonly overdueMitigations: number;
}

/**
 * A mitigation still open past the follow-up window.
 *
 * @category Report builders
 * @example
 * const m: OverdueMitigation = { id: "M-1", riskId: "R-1", addressedTo: "force", recommendedOn: "2018-01-10", dueOn: "2018-02-10", daysOverdue: 140 };
 */
export interface OverdueMitigation {
  readonly id: string;
  readonly riskId: string;
  readonly addressedTo: string;
  readonly recommendedOn: string;
  readonly dueOn: string;
  readonly daysOverdue: number;
}

/**
 * Community-based complaint mechanism coverage of a region: a functional CBCM, else a functional
 * Community Liaison Assistant as fallback, else none (action plan, Prevention goal 5).
 *
 * @category Report builders
 * @example
 * const c: RegionCoverage = { region: "North", coverage: "community-liaison-assistant", functionalCbcms: 0, functionalClas: 1, notFunctional: 1 };
 */
export interface RegionCoverage {
  readonly region: string;
  readonly coverage: "functional" | "community-liaison-assistant" | "none";
  readonly functionalCbcms: number;
  readonly functionalClas: number;
  readonly notFunctional: number;
}

/**
 * The prevention report: training compliance by office, region and personnel category against the
 * target with who is behind (by id); the risk register as a heat map, a ranked list and overdue
 * mitigations; the off-limits list's review status; CBCM coverage by region.
 *
 * @category Report builders
 * @example
 * const r: Pick<PreventionReport, "kind"> = { kind: "prevention" };
 */
export interface PreventionReport {
  readonly kind: "prevention";
  readonly asOf: string;
  readonly training: {
    /** The target in percent (100). */
    readonly targetPercent: number;
    readonly overall: GroupRate;
    readonly byOffice: readonly GroupRate[];
    readonly byRegion: readonly GroupRate[];
    readonly byCategory: readonly GroupRate[];
    readonly overdue: readonly OverdueTraining[];
  };
  readonly risk: {
    readonly likelihoodLevels: number;
    readonly impactLevels: number;
    /** Open scored risks per cell, every cell of the scale listed. */
    readonly heatMap: readonly { readonly likelihood: number; readonly impact: number; readonly risks: number }[];
    readonly ranked: readonly RankedRisk[];
    readonly overdueMitigations: readonly OverdueMitigation[];
  };
  readonly offLimits: {
    readonly status: "current" | "overdue" | "missing";
    readonly updatedOn: string | null;
    readonly nextReviewDue: string | null;
    readonly places: number;
  };
  readonly complaintMechanisms: readonly RegionCoverage[];
  readonly parameters: readonly ParameterUse[];
}

const percent = (r: ComplianceRate | undefined): number | null => (r?.rate == null ? null : Math.round(r.rate * 1000) / 10);
const rate = (group: string, r: ComplianceRate): GroupRate => ({ group, population: r.population, compliant: r.compliant, percent: percent(r) });
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * Builds the prevention report of a report dataset (see {@link ReportDataset}) as of a date.
 *
 * @category Report builders
 * @example
 * const r = buildPrevention({ mission: { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] },
 *   offices: [{ id: "O", name: "O", region: "North", kind: "field-office", significantStaffPresence: true }],
 *   complaintMechanisms: [{ id: "C", region: "North", kind: "community-liaison-assistant", functional: true, establishedOn: "2018-01-01" }] }, { asOf: "2018-06-30" });
 * r.ok && r.report.complaintMechanisms[0]?.coverage; // "community-liaison-assistant"
 * r.ok && r.report.offLimits.status; // "missing"
 */
export function buildPrevention(input: unknown, options: ReportBuildOptions): ReportBuildResult<PreventionReport> {
  const ctx = buildContext(options);
  const issues: InputIssue[] = ctx.ok ? [] : [...ctx.issues];
  const parsed = parseReportDataset(input);
  if (!parsed.ok) issues.push(...parsed.issues);
  if (!ctx.ok || !parsed.ok) return { ok: false, issues };
  const { asOf, params } = ctx.value;
  const d = parsed.value;

  const follow = parameterOf(ctx.value, "mitigationFollowUpWindow");
  const review = parameterOf(ctx.value, "offLimitsReviewPeriod");
  const scale = resolveRiskScale(asOf, params.overlay);
  const training = complianceReport(d.personnel, { asOf, parameters: params });
  if (!follow.ok) issues.push(follow.issue);
  if (!review.ok) issues.push(review.issue);
  if (!scale.ok) issues.push(...scale.issues.map((i) => reportIssue(i.path, i.code)));
  if (!training.ok) issues.push(...training.issues.map((i) => reportIssue(i.path[0] === "asOf" || i.path[0] === "parameters" ? i.path : ["personnel", ...i.path], i.code)));
  if (!follow.ok || !review.ok || !scale.ok || !training.ok) return { ok: false, issues };

  // Training by region: a person is compliant when no required course is behind, as the package counts.
  const regionOf = new Map(d.offices.map((o) => [o.id, o.region]));
  const people = new Map<string, { region: string; behind: boolean }>();
  for (const row of training.rows) {
    const p = people.get(row.personnelId) ?? { region: regionOf.get(row.officeId) ?? "unknown", behind: false };
    p.behind ||= isBehind(row.status);
    people.set(row.personnelId, p);
  }
  const regions = new Map<string, [number, number]>();
  for (const p of people.values()) {
    const c = regions.get(p.region) ?? [0, 0];
    c[0] += 1;
    if (!p.behind) c[1] += 1;
    regions.set(p.region, c);
  }
  const t = training.training;

  // Risk register.
  const heat = new Map<string, number>();
  const ranked: RankedRisk[] = [];
  const overdueMitigations: OverdueMitigation[] = [];
  for (const r of d.riskRegister) {
    if (!isOpenRisk(r, asOf)) continue;
    const s = scoreRisk(r, scale.value);
    if (s.ok) heat.set(`${s.likelihood}:${s.impact}`, (heat.get(`${s.likelihood}:${s.impact}`) ?? 0) + 1);
    let open = 0;
    let overdue = 0;
    for (const m of r.mitigations) {
      if (!isOpenMitigation(m, asOf)) continue;
      open += 1;
      const dueOn = addDuration(m.recommendedOn, follow.value);
      if (dueOn >= asOf) continue;
      overdue += 1;
      overdueMitigations.push({ id: m.id, riskId: r.id, addressedTo: m.addressedTo, recommendedOn: m.recommendedOn, dueOn, daysOverdue: daysBetween(dueOn, asOf) });
    }
    ranked.push({
      id: r.id,
      category: r.category,
      officeId: r.officeId ?? null,
      likelihood: s.ok ? s.likelihood : null,
      impact: s.ok ? s.impact : null,
      score: s.ok ? s.score : null,
      level: s.ok ? s.level : null,
      openMitigations: open,
      overdueMitigations: overdue,
    });
  }
  ranked.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  overdueMitigations.sort((a, b) => b.daysOverdue - a.daysOverdue || (a.id < b.id ? -1 : 1));
  const cells: { likelihood: number; impact: number; risks: number }[] = [];
  for (let l = 1; l <= scale.value.likelihoodLevels; l++) for (let i = 1; i <= scale.value.impactLevels; i++) cells.push({ likelihood: l, impact: i, risks: heat.get(`${l}:${i}`) ?? 0 });

  // Off-limits list: a list updated after the as-of date is not yet known then.
  const list = d.offLimitsList && d.offLimitsList.updatedOn <= asOf ? d.offLimitsList : undefined;
  const nextReviewDue = list ? addDuration(list.updatedOn, review.value) : null;

  // CBCM coverage, for every region with an office or a mechanism.
  const regionNames = [...new Set([...d.offices.map((o) => o.region), ...d.complaintMechanisms.map((c) => c.region)])].sort();
  const coverage = regionNames.map((region): RegionCoverage => {
    const here = d.complaintMechanisms.filter((c) => c.region === region && c.establishedOn <= asOf);
    const functionalCbcms = here.filter((c) => c.kind === "cbcm" && c.functional).length;
    const functionalClas = here.filter((c) => c.kind === "community-liaison-assistant" && c.functional).length;
    return {
      region,
      coverage: functionalCbcms > 0 ? "functional" : functionalClas > 0 ? "community-liaison-assistant" : "none",
      functionalCbcms,
      functionalClas,
      notFunctional: here.filter((c) => !c.functional).length,
    };
  });

  return {
    ok: true,
    report: {
      kind: "prevention",
      asOf,
      training: {
        targetPercent: Math.round(t.target * 1000) / 10,
        overall: rate("All personnel", t.overall),
        byOffice: Object.entries(t.byOffice).map(([k, v]) => rate(k, v)),
        byRegion: [...regions.keys()].sort().map((k) => rate(k, { population: regions.get(k)![0], compliant: regions.get(k)![1], rate: regions.get(k)![1] / regions.get(k)![0] })),
        byCategory: Object.entries(t.byCategory).map(([k, v]) => rate(k, v)),
        overdue: training.rows
          .filter((r) => isBehind(r.status))
          .map((r) => ({ personnelId: r.personnelId, officeId: r.officeId, category: r.category, courseId: r.courseId, status: r.status as "overdue" | "never-taken", dueDate: r.dueDate })),
      },
      risk: { likelihoodLevels: scale.value.likelihoodLevels, impactLevels: scale.value.impactLevels, heatMap: cells, ranked, overdueMitigations },
      offLimits: {
        status: !list ? "missing" : nextReviewDue! < asOf ? "overdue" : "current",
        updatedOn: list?.updatedOn ?? null,
        nextReviewDue,
        places: list?.places.length ?? 0,
      },
      complaintMechanisms: coverage,
      parameters: [...training.parameters, follow.use, review.use],
    },
  };
}

function rateBars(id: string, title: string, axis: string, rates: readonly GroupRate[], target: number) {
  const values = rates.map((r) => ({ group: r.group, percent: r.percent ?? 0 }));
  return barChart({
    id,
    title,
    description: `${title}, against the ${target}% target: ${rates.map((r) => `${r.group} ${r.percent ?? "n/a"}% (${r.compliant} of ${r.population})`).join("; ") || "no personnel"}.`,
    values,
    x: { field: "group", title: axis, sort: values.map((v) => v.group) },
    y: { field: "percent", title: "Compliant (%)", max: 100 },
    target: { value: target, label: `Target ${target}%` },
  });
}

const rateTable = (id: string, title: string, header: string, rates: readonly GroupRate[]) => ({
  id,
  title,
  columns: [
    { key: "group", label: header, kind: "text" as const },
    { key: "population", label: "Personnel", kind: "count" as const },
    { key: "compliant", label: "Compliant", kind: "count" as const },
    { key: "percent", label: "Compliant (%)", kind: "percent" as const },
  ],
  rows: rates.map((r) => ({ ...r })),
});

/**
 * Lays the prevention report out as sections: training, risk, the off-limits list, CBCM coverage.
 *
 * @category Report builders
 * @example
 * const r = buildPrevention({ mission: { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] } }, { asOf: "2018-06-30" });
 * r.ok && preventionSections(r.report).map((s) => s.id); // ["prevention.training", "prevention.risk", "prevention.off-limits", "prevention.cbcm"]
 */
export function preventionSections(r: PreventionReport): readonly ReportSection[] {
  const tr = r.training;
  const levels = r.risk;
  const scored = levels.heatMap.reduce((a, c) => a + c.risks, 0);
  return [
    {
      id: "prevention.training",
      title: "SEA training compliance",
      summary: `Personnel on strength with every required SEA course up to date, against the ${tr.targetPercent}% target (action plan, Prevention goal 2).`,
      figures: [
        { label: "Training compliance", value: tr.overall.percent, target: tr.targetPercent, unit: "%" },
        { label: "Courses overdue or never taken", value: tr.overdue.length },
      ],
      charts: [
        rateBars("prevention.chart.training-office", "Training compliance by office", "Office", tr.byOffice, tr.targetPercent),
        rateBars("prevention.chart.training-category", "Training compliance by personnel category", "Personnel category", tr.byCategory, tr.targetPercent),
      ],
      tables: [
        rateTable("prevention.training.office", "By office", "Office", tr.byOffice),
        rateTable("prevention.training.region", "By region", "Region", tr.byRegion),
        rateTable("prevention.training.category", "By personnel category", "Personnel category", tr.byCategory),
        {
          id: "prevention.training.overdue",
          title: "Who is behind (by personnel id)",
          columns: [
            { key: "personnelId", label: "Personnel id", kind: "text" },
            { key: "officeId", label: "Office", kind: "text" },
            { key: "category", label: "Category", kind: "text" },
            { key: "courseId", label: "Course", kind: "text" },
            { key: "status", label: "Status", kind: "text" },
            { key: "dueDate", label: "Due", kind: "date" },
          ],
          rows: tr.overdue.map((o) => ({ ...o })),
        },
      ],
    },
    {
      id: "prevention.risk",
      title: "SEA risk register",
      figures: [
        { label: "Open risks", value: levels.ranked.length },
        { label: "Overdue mitigations", value: levels.overdueMitigations.length },
      ],
      charts: [
        heatMap({
          id: "prevention.chart.risk-heat-map",
          title: "Open risks by likelihood and impact",
          description: `${scored} scored open risk(s) on a ${levels.likelihoodLevels} × ${levels.impactLevels} scale${scored > 0 ? `: ${levels.heatMap.filter((c) => c.risks > 0).map((c) => `${c.risks} at likelihood ${c.likelihood}, impact ${c.impact}`).join("; ")}` : ""}.`,
          values: levels.heatMap,
          x: { field: "likelihood", title: "Likelihood" },
          y: { field: "impact", title: "Impact" },
          value: { field: "risks", title: "Open risks" },
        }),
      ],
      tables: [
        {
          id: "prevention.risk.ranked",
          title: "Open risks, highest score first",
          columns: [
            { key: "id", label: "Risk", kind: "text" },
            { key: "category", label: "Category", kind: "text" },
            { key: "officeId", label: "Office", kind: "text" },
            { key: "likelihood", label: "Likelihood", kind: "count" },
            { key: "impact", label: "Impact", kind: "count" },
            { key: "score", label: "Score", kind: "count" },
            { key: "level", label: "Level", kind: "text" },
            { key: "openMitigations", label: "Open mitigations", kind: "count" },
            { key: "overdueMitigations", label: "Overdue mitigations", kind: "count" },
          ],
          rows: levels.ranked.map((x) => ({ ...x })),
        },
        {
          id: "prevention.risk.overdue-mitigations",
          title: "Mitigations open past the follow-up window",
          columns: [
            { key: "id", label: "Mitigation", kind: "text" },
            { key: "riskId", label: "Risk", kind: "text" },
            { key: "addressedTo", label: "Addressed to", kind: "text" },
            { key: "recommendedOn", label: "Recommended", kind: "date" },
            { key: "dueOn", label: "Due", kind: "date" },
            { key: "daysOverdue", label: "Days overdue", kind: "count" },
          ],
          rows: levels.overdueMitigations.map((x) => ({ ...x })),
        },
      ],
    },
    {
      id: "prevention.off-limits",
      title: "Off-limits list",
      summary:
        r.offLimits.status === "missing"
          ? "No off-limits list is on record."
          : `Last updated ${r.offLimits.updatedOn}; next review due ${r.offLimits.nextReviewDue} (${r.offLimits.status}).`,
      figures: [
        { label: "Review status", value: r.offLimits.status },
        { label: "Places off limits", value: r.offLimits.places },
      ],
      charts: [],
      tables: [],
    },
    {
      id: "prevention.cbcm",
      title: "Community-based complaint mechanisms by region",
      figures: [
        { label: "Regions with a functional CBCM", value: r.complaintMechanisms.filter((c) => c.coverage === "functional").length },
        { label: "Regions without coverage", value: r.complaintMechanisms.filter((c) => c.coverage === "none").length },
      ],
      charts: [],
      tables: [
        {
          id: "prevention.cbcm",
          title: "Coverage by region",
          columns: [
            { key: "region", label: "Region", kind: "text" },
            { key: "coverage", label: "Coverage", kind: "text" },
            { key: "functionalCbcms", label: "Functional CBCMs", kind: "count" },
            { key: "functionalClas", label: "Functional CLA fallbacks", kind: "count" },
            { key: "notFunctional", label: "Not functional", kind: "count" },
          ],
          rows: r.complaintMechanisms.map((c) => ({ ...c })),
        },
      ],
    },
  ];
}

/**
 * The prevention report as a report kind (`psea report prevention`).
 *
 * @category Report builders
 * @example
 * preventionReport.id; // "prevention"
 */
export const preventionReport: ReportKind<PreventionReport> = {
  id: "prevention",
  title: "Prevention: training, risk, off-limits, complaint mechanisms",
  build: (input, options) => buildPrevention(input, options),
  sections: preventionSections,
};
