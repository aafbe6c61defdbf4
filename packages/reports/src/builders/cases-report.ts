import { ServiceKind, type ServiceProvider } from "@psea/cases";
import { addDuration, durationParts, type InputIssue, type ParameterUse } from "@psea/core";
import type { ReportBuildOptions, ReportBuildResult, ReportKind, ReportSection } from "../model/report-document";
import { barChart } from "./charts";
import { buildContext, parameterOf } from "./issues";
import { parseReportDataset, type CaseStage, type ReportDataset } from "./report-dataset";
import { reportedClassification, type ReportedClassification } from "./reported-classification";

/**
 * Age bands of open cases, read against the investigation timelines in force: within the urgent
 * timeline, within the timeline, within twice the timeline, and beyond.
 *
 * @category Report builders
 * @example
 * ageBands; // ["within-urgent-timeline", "within-timeline", "within-twice-timeline", "beyond-twice-timeline"]
 */
export const ageBands = ["within-urgent-timeline", "within-timeline", "within-twice-timeline", "beyond-twice-timeline"] as const;
/**
 * A band of {@link ageBands}. @category Report builders
 * @example
 * const ageBand: AgeBand = "within-urgent-timeline";
 */
export type AgeBand = (typeof ageBands)[number];

/**
 * An open case: its stage, its age in days since the report was received, and its band.
 *
 * @category Report builders
 * @example
 * const c: OpenCase = { caseId: "A-1", stage: "investigation", receivedOn: "2018-01-02", ageDays: 179, band: "within-timeline",
 *   classification: { by: "derived", kind: "classified", nature: "sexual-abuse", type: "rape" } };
 */
export interface OpenCase {
  readonly caseId: string;
  readonly stage: CaseStage;
  readonly receivedOn: string;
  readonly ageDays: number;
  readonly band: AgeBand;
  /**
   * The nature and type: as recorded, else as derived from the allegation's facts under the parameters
   * in force on `asOf`; for a case record, as its latest preliminary assessment by `asOf` classified it.
   */
  readonly classification: ReportedClassification;
}

/**
 * A deadline passed without the duty being done: an investigation past its timeline, or a deadline
 * a case record keeps (headquarters notification, Member State response, victim update, …).
 *
 * @category Report builders
 * @example
 * const d: OverdueDeadline = { caseId: "A-1", kind: "investigation", startedOn: "2018-01-10", dueOn: "2018-07-10", daysOverdue: 5 };
 */
export interface OverdueDeadline {
  readonly caseId: string;
  readonly kind: string;
  readonly startedOn: string;
  readonly dueOn: string;
  readonly daysOverdue: number;
}

/**
 * One referral of a victim to a service, as the victim-assistance tracking table shows it (AP-E5 (j)).
 * The victim is not named, nor referenced: the row counts a service, not a person.
 *
 * @category Report builders
 * @example
 * const s: ServiceTracking = { caseId: "C-1", service: "psychosocial", providerId: "SP-1", referredOn: "2018-02-03", status: "pending", statusOn: "2018-02-03", daysInStatus: 10 };
 */
export interface ServiceTracking {
  readonly caseId: string;
  readonly service: ServiceKind;
  readonly providerId: string;
  readonly referredOn: string;
  readonly status: "pending" | "accepted" | "rejected" | "completed";
  readonly statusOn: string;
  readonly daysInStatus: number;
}

/**
 * The mission's service map (AP-E5 (i)): per region and service, how many providers offer it; a gap
 * where none does. Providers without a region serve the whole mission.
 *
 * @category Report builders
 * @example
 * const m: ServiceMapCell = { region: "North", service: "legal", providers: 0, gap: true };
 */
export interface ServiceMapCell {
  readonly region: string;
  readonly service: ServiceKind;
  readonly providers: number;
  readonly gap: boolean;
}

/**
 * The cases and victims report: case ageing against the deadlines (open cases by stage and age
 * band, overdue deadlines), the victim-assistance service tracking table and the service map with
 * its gaps. Built from `cases` records when the dataset has any, otherwise from its allegations.
 *
 * @category Report builders
 * @example
 * const r: Pick<CasesReport, "kind" | "source"> = { kind: "cases", source: "allegations" };
 */
export interface CasesReport {
  readonly kind: "cases";
  readonly asOf: string;
  readonly source: "cases" | "allegations";
  readonly bandLabels: Readonly<Record<AgeBand, string>>;
  readonly openCases: readonly OpenCase[];
  readonly overdueDeadlines: readonly OverdueDeadline[];
  readonly services: readonly ServiceTracking[];
  readonly serviceMap: readonly ServiceMapCell[];
  /** Services assessed as needed that no provider on the map offers anywhere. */
  readonly unmappedNeeds: readonly ServiceKind[];
  readonly parameters: readonly ParameterUse[];
}

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function spelled(duration: string): string {
  const p = durationParts(duration);
  const part = (n: number, unit: string) => (n > 0 ? [`${n} ${unit}${n === 1 ? "" : "s"}`] : []);
  return [...part(p.years, "year"), ...part(p.months, "month"), ...part(p.weeks, "week"), ...part(p.days, "day")].join(" ") || duration;
}

function allegationStageOf(a: ReportDataset["allegations"][number], asOf: string): CaseStage {
  if (a.outcome && a.outcome.decidedOn <= asOf) return "accountability";
  const inv = a.investigation;
  if (inv && inv.referredOn <= asOf) return inv.concludedOn !== undefined && inv.concludedOn <= asOf ? "reportReview" : "investigation";
  return "preliminaryAssessment";
}

/**
 * Builds the cases and victims report of a report dataset as of a date.
 *
 * @category Report builders
 * @example
 * const d = { mission: { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] },
 *   allegations: [{ id: "A-1", receivedOn: "2018-01-02", intake: { channel: "hotline" }, conduct: { sexualActivity: "actual" },
 *     investigation: { entity: "OIOS", referredOn: "2018-01-10" } }] };
 * const r = buildCasesReport(d, { asOf: "2018-07-15" });
 * r.ok && r.report.openCases[0]?.band; // "within-twice-timeline"
 * r.ok && r.report.overdueDeadlines[0]?.daysOverdue; // 5
 */
export function buildCasesReport(input: unknown, options: ReportBuildOptions): ReportBuildResult<CasesReport> {
  const ctx = buildContext(options);
  const issues: InputIssue[] = ctx.ok ? [] : [...ctx.issues];
  const parsed = parseReportDataset(input);
  if (!parsed.ok) issues.push(...parsed.issues);
  if (!ctx.ok || !parsed.ok) return { ok: false, issues };
  const asOf = ctx.value.asOf;
  const timeline = parameterOf(ctx.value, "investigationTimeline");
  const urgent = parameterOf(ctx.value, "urgentInvestigationTimeline");
  if (!timeline.ok) issues.push(timeline.issue);
  if (!urgent.ok) issues.push(urgent.issue);
  const threshold = parameterOf(ctx.value, "childAgeThresholdYears");
  const relationship = parameterOf(ctx.value, "adultBeneficiaryRelationshipClassification");
  if (!threshold.ok) issues.push(threshold.issue);
  if (!relationship.ok) issues.push(relationship.issue);
  if (!timeline.ok || !urgent.ok || !threshold.ok || !relationship.ok) return { ok: false, issues };
  const d = parsed.value;
  const classify = { childAgeThresholdYears: threshold.value, adultBeneficiaryRelationship: relationship.value };
  const assessed = (c: ReportDataset["cases"][number]): ReportedClassification => {
    const last = c.assessments.filter((x) => x.completedOn <= asOf).at(-1)?.classification;
    if (!last) return { by: "none", kind: "not-assessed", nature: null, type: null };
    return last.kind === "classified" ? { by: "case-assessment", kind: "classified", nature: last.nature ?? null, type: last.type ?? null } : { by: "case-assessment", kind: last.kind, nature: null, type: null };
  };

  const band = (receivedOn: string): AgeBand =>
    asOf < addDuration(receivedOn, urgent.value)
      ? "within-urgent-timeline"
      : asOf < addDuration(receivedOn, timeline.value)
        ? "within-timeline"
        : asOf < addDuration(receivedOn, timeline.value, 2)
          ? "within-twice-timeline"
          : "beyond-twice-timeline";
  const source = d.cases.length > 0 ? "cases" : "allegations";
  const openCases: OpenCase[] = [];
  const overdue: OverdueDeadline[] = [];
  if (source === "cases") {
    for (const c of d.cases) {
      if (c.receivedOn > asOf) continue;
      if (!(c.closedOn && c.closedOn <= asOf) && c.stage !== "closed") openCases.push({ caseId: c.caseId, stage: c.stage, receivedOn: c.receivedOn, ageDays: days(c.receivedOn, asOf), band: band(c.receivedOn), classification: assessed(c) });
      for (const x of c.deadlines) {
        const open = x.startedOn <= asOf && (x.resolution === undefined || x.resolution.on > asOf);
        if (open && x.dueOn < asOf) overdue.push({ caseId: c.caseId, kind: x.kind, startedOn: x.startedOn, dueOn: x.dueOn, daysOverdue: days(x.dueOn, asOf) });
      }
    }
  } else {
    for (const a of d.allegations) {
      if (a.receivedOn > asOf || (a.closedOn !== undefined && a.closedOn <= asOf)) continue;
      openCases.push({
        caseId: a.id,
        stage: allegationStageOf(a, asOf),
        receivedOn: a.receivedOn,
        ageDays: days(a.receivedOn, asOf),
        band: band(a.receivedOn),
        classification: reportedClassification(a, classify),
      });
      const inv = a.investigation;
      if (inv && inv.referredOn <= asOf && !(inv.concludedOn !== undefined && inv.concludedOn <= asOf)) {
        const dueOn = addDuration(inv.referredOn, inv.urgent ? urgent.value : timeline.value);
        if (dueOn < asOf) overdue.push({ caseId: a.id, kind: "investigation", startedOn: inv.referredOn, dueOn, daysOverdue: days(dueOn, asOf) });
      }
    }
  }
  openCases.sort((x, y) => y.ageDays - x.ageDays || (x.caseId < y.caseId ? -1 : 1));
  overdue.sort((x, y) => y.daysOverdue - x.daysOverdue || (x.caseId < y.caseId ? -1 : x.caseId > y.caseId ? 1 : x.kind < y.kind ? -1 : 1));

  const services: ServiceTracking[] = d.cases
    .flatMap((c) =>
      c.assistance.referrals
        .filter((r) => r.on <= asOf)
        .map((r) => ({ caseId: c.caseId, service: r.service, providerId: r.providerId, referredOn: r.on, status: r.status, statusOn: r.statusOn, daysInStatus: Math.max(0, days(r.statusOn, asOf)) })),
    )
    .sort((x, y) => (x.referredOn < y.referredOn ? -1 : x.referredOn > y.referredOn ? 1 : x.caseId < y.caseId ? -1 : 1));

  const providers = new Map<string, ServiceProvider>();
  for (const p of [...d.serviceProviders, ...d.cases.flatMap((c) => c.serviceMap)]) if (!providers.has(p.id)) providers.set(p.id, p);
  const regions = [...new Set([...d.offices.map((o) => o.region), ...[...providers.values()].flatMap((p) => (p.region ? [p.region] : []))])].sort();
  const serviceMap = regions.flatMap((region) =>
    ServiceKind.options.map((service) => {
      const n = [...providers.values()].filter((p) => p.services.includes(service) && (p.region === undefined || p.region === region)).length;
      return { region, service, providers: n, gap: n === 0 };
    }),
  );
  const offered = new Set([...providers.values()].flatMap((p) => p.services));
  const needed = new Set(d.cases.flatMap((c) => c.assistance.needsAssessments.filter((n) => n.on <= asOf).flatMap((n) => n.needs)));
  const unmappedNeeds = ServiceKind.options.filter((s) => needed.has(s) && !offered.has(s));

  return {
    ok: true,
    report: {
      kind: "cases",
      asOf,
      source,
      bandLabels: {
        "within-urgent-timeline": `Under ${spelled(urgent.value)}`,
        "within-timeline": `${spelled(urgent.value)} to ${spelled(timeline.value)}`,
        "within-twice-timeline": `${spelled(timeline.value)} to twice that`,
        "beyond-twice-timeline": `Over twice ${spelled(timeline.value)}`,
      },
      openCases,
      overdueDeadlines: overdue,
      services,
      serviceMap,
      unmappedNeeds,
      parameters: [urgent.use, timeline.use, threshold.use, relationship.use],
    },
  };
}

/**
 * Lays the cases report out as sections: case ageing, victim-assistance services, the service map.
 *
 * @category Report builders
 * @example
 * const r = buildCasesReport({ mission: { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] } }, { asOf: "2018-06-30" });
 * r.ok && casesSections(r.report).map((s) => s.id); // ["cases.ageing", "cases.services", "cases.service-map"]
 */
export function casesSections(r: CasesReport): readonly ReportSection[] {
  const stages = [...new Set(r.openCases.map((c) => c.stage))];
  const ageing = stages.flatMap((stage) => ageBands.map((b) => ({ stage, band: r.bandLabels[b], cases: r.openCases.filter((c) => c.stage === stage && c.band === b).length })));
  const statuses = ["pending", "accepted", "rejected", "completed"] as const;
  const byService = ServiceKind.options.flatMap((s) => statuses.map((st) => ({ service: s, status: st, referrals: r.services.filter((x) => x.service === s && x.status === st).length })));
  const gaps = r.serviceMap.filter((c) => c.gap);
  return [
    {
      id: "cases.ageing",
      title: "Case ageing against deadlines",
      summary: `Open cases by stage and by age since the report was received, read against the investigation timelines (${r.source === "cases" ? "from case records" : "from allegation records"}).`,
      figures: [
        { label: "Open cases", value: r.openCases.length },
        { label: "Overdue deadlines", value: r.overdueDeadlines.length },
        { label: `Open ${r.bandLabels["beyond-twice-timeline"].toLowerCase()}`, value: r.openCases.filter((c) => c.band === "beyond-twice-timeline").length },
      ],
      charts: [
        barChart({
          id: "cases.chart.ageing",
          title: "Open cases by stage and age",
          description:
            r.openCases.length === 0
              ? "No open cases."
              : `${r.openCases.length} open case(s): ${stages.map((s) => `${s} ${r.openCases.filter((c) => c.stage === s).length}`).join(", ")}; ${ageBands.map((b) => `${r.bandLabels[b]} ${r.openCases.filter((c) => c.band === b).length}`).join(", ")}.`,
          values: ageing,
          x: { field: "stage", title: "Stage", sort: stages },
          y: { field: "cases", title: "Open cases" },
          color: { field: "band", title: "Age since received", sort: ageBands.map((b) => r.bandLabels[b]) },
        }),
      ],
      tables: [
        {
          id: "cases.open",
          title: "Open cases, oldest first",
          columns: [
            { key: "caseId", label: "Case", kind: "text" },
            { key: "stage", label: "Stage", kind: "text" },
            { key: "receivedOn", label: "Received", kind: "date" },
            { key: "ageDays", label: "Age (days)", kind: "count" },
            { key: "band", label: "Age band", kind: "text" },
            { key: "nature", label: "Nature", kind: "text" },
            { key: "type", label: "Type", kind: "text" },
            { key: "classifiedBy", label: "Classified by", kind: "text" },
          ],
          rows: r.openCases.map(({ classification: k, ...c }) => ({
            ...c,
            band: r.bandLabels[c.band],
            nature: k.nature ?? (k.kind === "classified" ? "" : k.kind),
            type: k.type ?? "",
            classifiedBy: k.by,
          })),
          note: "Nature and type as recorded; where none is recorded, as derived from the allegation's facts (SGB section 1) under the parameters in force; for a case record, as its latest preliminary assessment.",
        },
        {
          id: "cases.overdue",
          title: "Overdue deadlines",
          columns: [
            { key: "caseId", label: "Case", kind: "text" },
            { key: "kind", label: "Deadline", kind: "text" },
            { key: "startedOn", label: "From", kind: "date" },
            { key: "dueOn", label: "Due", kind: "date" },
            { key: "daysOverdue", label: "Days overdue", kind: "count" },
          ],
          rows: r.overdueDeadlines.map((x) => ({ ...x })),
        },
      ],
    },
    {
      id: "cases.services",
      title: "Victim assistance: service tracking (AP-E5 (j))",
      figures: [
        { label: "Referrals", value: r.services.length },
        { label: "Pending", value: r.services.filter((s) => s.status === "pending").length },
      ],
      charts: [
        barChart({
          id: "cases.chart.services",
          title: "Referrals by service and status",
          description: r.services.length === 0 ? "No referrals." : ServiceKind.options.map((s) => `${s} ${r.services.filter((x) => x.service === s).length}`).join(", "),
          values: byService,
          x: { field: "service", title: "Service", sort: [...ServiceKind.options] },
          y: { field: "referrals", title: "Referrals" },
          color: { field: "status", title: "Status", sort: [...statuses] },
        }),
      ],
      tables: [
        {
          id: "cases.services",
          title: "Service tracking",
          columns: [
            { key: "caseId", label: "Case", kind: "text" },
            { key: "service", label: "Service", kind: "text" },
            { key: "providerId", label: "Provider", kind: "text" },
            { key: "referredOn", label: "Referred", kind: "date" },
            { key: "status", label: "Status", kind: "text" },
            { key: "statusOn", label: "Since", kind: "date" },
            { key: "daysInStatus", label: "Days in status", kind: "count" },
          ],
          rows: r.services.map((s) => ({ ...s })),
          note: "One row per referral; victims are neither named nor referenced.",
        },
      ],
    },
    {
      id: "cases.service-map",
      title: "Service map and gaps (AP-E5 (i))",
      figures: [
        { label: "Gaps (region × service)", value: gaps.length },
        { label: "Needed services no provider offers", value: r.unmappedNeeds.length },
      ],
      charts: [],
      tables: [
        {
          id: "cases.service-map",
          title: "Providers by region and service",
          columns: [{ key: "region", label: "Region", kind: "text" }, ...ServiceKind.options.map((s) => ({ key: s, label: s, kind: "count" as const }))],
          rows: [...new Set(r.serviceMap.map((c) => c.region))].map((region) => ({
            region,
            ...Object.fromEntries(r.serviceMap.filter((c) => c.region === region).map((c) => [c.service, c.providers])),
          })),
          note: "A zero is a gap: no provider on the map offers the service in the region.",
        },
      ],
    },
  ];
}

/**
 * The cases and victims report as a report kind (`psea report cases`).
 *
 * @category Report builders
 * @example
 * casesReport.id; // "cases"
 */
export const casesReport: ReportKind<CasesReport> = {
  id: "cases",
  title: "Cases and victims: ageing, assistance, service map",
  build: (input, options) => buildCasesReport(input, options),
  sections: casesSections,
};
