import type { InputIssue, ParameterUse } from "@psea/core";
import { rcReportRecipient } from "@psea/core/cadences";
import type { ReportBuildOptions, ReportBuildResult, ReportKind, ReportSection } from "../model/report-document";
import { barChart } from "./charts";
import { buildContext, parameterOf, reportIssue } from "./issues";
import { countAllegation } from "./public-data/public-data-report";
import { parseReportDataset } from "./report-dataset";
import { buildComplianceScorecard, type ObligationStatus } from "./scorecard";

/**
 * Options of {@link buildRcAnnualReport}: the year reported on (by default the year of `asOf`).
 *
 * @category Report builders
 * @example
 * const o: RcAnnualOptions = { asOf: "2019-01-15", year: 2018 };
 */
export interface RcAnnualOptions extends ReportBuildOptions {
  readonly year?: number;
}

/**
 * The Resident Coordinator's annual report on progress (DPKO guidelines, Responsibilities of HoM and
 * RC (f)): the recipient derived from the country context, progress per obligation, the Network and
 * focal-point status, and allegation and assistance figures as counts only. No names: the Network,
 * officials and focal points are described by status and dates.
 *
 * @category Report builders
 * @example
 * const r: Pick<RcAnnualReport, "kind" | "recipient"> = { kind: "rc-annual", recipient: "IASC Working Group" };
 */
export interface RcAnnualReport {
  readonly kind: "rc-annual";
  readonly year: number;
  /** The last day the figures cover: 31 December of the year, or `asOf` if earlier. */
  readonly coversTo: string;
  readonly mission: string;
  readonly context: "humanitarian" | "development";
  readonly recipient: string;
  readonly recipientParameter: ParameterUse;
  readonly obligations: readonly { readonly id: string; readonly status: ObligationStatus; readonly violations: number; readonly warnings: number }[];
  readonly network: { readonly established: boolean; readonly establishedOn: string | null; readonly reportsTo: string | null; readonly functioning: boolean };
  readonly rcHomAgreement: { readonly recorded: boolean; readonly agreedOn: string | null };
  readonly focalPoints: {
    readonly focalPointAppointedOn: string | null;
    readonly alternateAppointedOn: string | null;
    readonly fieldFocalPoints: number;
    readonly officesNeedingOne: number;
    readonly officesCovered: number;
  };
  readonly allegations: {
    readonly reportsReceived: number;
    /** Counted as the UN counts them (one per report, category and contributing country). */
    readonly countedAllegations: number;
    readonly victims: number;
    readonly rumoured: number;
    readonly referredForInvestigation: number;
    readonly closed: number;
  };
  readonly assistance: {
    readonly casesWithAssistance: number;
    readonly needsAssessments: number;
    readonly referrals: number;
    readonly referralsByStatus: Readonly<Record<"pending" | "accepted" | "rejected" | "completed", number>>;
  };
}

const within = (date: string | undefined | null, from: string, to: string) => date !== undefined && date !== null && date >= from && date <= to;

/**
 * Builds the Resident Coordinator's annual report of a report dataset for a year.
 *
 * @category Report builders
 * @example
 * const r = buildRcAnnualReport({ mission: { id: "M", name: "M", country: "CAF", context: "development", missionPresent: false, relevantLanguages: ["fr"] } }, { asOf: "2019-01-15", year: 2018 });
 * r.ok && r.report.recipient; // "UN Development Group"
 * r.ok && r.report.coversTo; // "2018-12-31"
 */
export function buildRcAnnualReport(input: unknown, options: RcAnnualOptions): ReportBuildResult<RcAnnualReport> {
  const ctx = buildContext(options);
  const o = (typeof options === "object" && options !== null ? options : {}) as Partial<RcAnnualOptions>;
  const issues: InputIssue[] = ctx.ok ? [] : [...ctx.issues];
  const year = o.year ?? (ctx.ok ? Number(ctx.value.asOf.slice(0, 4)) : 0);
  if (!Number.isInteger(year) || year < 1900 || year > 9999) issues.push(reportIssue(["year"], "invalid-option"));
  const parsed = parseReportDataset(input);
  if (!parsed.ok) issues.push(...parsed.issues);
  if (!ctx.ok || !parsed.ok || issues.length > 0) return { ok: false, issues };
  const from = `${String(year).padStart(4, "0")}-01-01`;
  const end = `${String(year).padStart(4, "0")}-12-31`;
  const coversTo = ctx.value.asOf < end ? ctx.value.asOf : end;
  if (coversTo < from) return { ok: false, issues: [reportIssue(["year"], "invalid-option")] };
  const d = parsed.value;

  const recipient = rcReportRecipient(d.mission.context, coversTo, ctx.value.params);
  const threshold = parameterOf({ asOf: coversTo, params: ctx.value.params }, "childAgeThresholdYears");
  const scorecard = buildComplianceScorecard(input, { asOf: coversTo, parameters: ctx.value.params });
  if (!recipient.ok) issues.push(...recipient.issues.map((i) => reportIssue(i.path, i.code)));
  if (!threshold.ok) issues.push(threshold.issue);
  const relationship = parameterOf({ asOf: coversTo, params: ctx.value.params }, "adultBeneficiaryRelationshipClassification");
  if (!relationship.ok) issues.push(relationship.issue);
  if (!scorecard.ok) issues.push(...scorecard.issues);
  if (!recipient.ok || !threshold.ok || !relationship.ok || !scorecard.ok) return { ok: false, issues };

  const received = d.allegations.filter((a) => within(a.receivedOn, from, coversTo));
  const grades = new Map(d.personnel.flatMap((p) => (p.grade === undefined ? [] : [[p.id, p.grade] as const])));
  const counted = received.flatMap((a) => countAllegation(a, { mission: d.mission.id, asOf: coversTo, childAgeThresholdYears: threshold.value, adultBeneficiaryRelationship: relationship.value, grades }));
  const referrals = d.cases.flatMap((c) => c.assistance.referrals).filter((r) => within(r.on, from, coversTo));
  const byStatus = { pending: 0, accepted: 0, rejected: 0, completed: 0 };
  for (const r of referrals) byStatus[r.status] += 1;
  const needing = new Set(d.offices.filter((x) => x.significantStaffPresence && x.kind !== "headquarters").map((x) => x.id));
  const field = d.roster.fieldFocalPoints.filter((f) => f.appointedOn <= coversTo);
  const appointed = (a: { appointedOn: string } | undefined) => (a && a.appointedOn <= coversTo ? a.appointedOn : null);
  const network = d.mission.network && d.mission.network.establishedOn <= coversTo ? d.mission.network : undefined;

  return {
    ok: true,
    report: {
      kind: "rc-annual",
      year,
      coversTo,
      mission: d.mission.id,
      context: d.mission.context,
      recipient: recipient.recipient,
      recipientParameter: recipient.use,
      obligations: scorecard.report.obligations.map((l) => ({ id: l.id, status: l.status, violations: l.counts.violation, warnings: l.counts.warning })),
      network: { established: network !== undefined, establishedOn: network?.establishedOn ?? null, reportsTo: network?.reportsTo ?? null, functioning: network?.functioning ?? false },
      rcHomAgreement: { recorded: d.mission.rcHomAgreement !== undefined && d.mission.rcHomAgreement.agreedOn <= coversTo, agreedOn: d.mission.rcHomAgreement?.agreedOn ?? null },
      focalPoints: {
        focalPointAppointedOn: appointed(d.roster.focalPoint),
        alternateAppointedOn: appointed(d.roster.alternate),
        fieldFocalPoints: field.length,
        officesNeedingOne: needing.size,
        officesCovered: new Set(field.map((f) => f.officeId).filter((id) => needing.has(id))).size,
      },
      allegations: {
        reportsReceived: received.length,
        countedAllegations: counted.length,
        victims: received.reduce((n, a) => n + a.victims.length, 0),
        rumoured: received.filter((a) => a.intake.rumour || a.intake.channel === "rumour").length,
        referredForInvestigation: received.filter((a) => a.investigation !== undefined && a.investigation.referredOn <= coversTo).length,
        closed: received.filter((a) => a.closedOn !== undefined && a.closedOn <= coversTo).length,
      },
      assistance: {
        casesWithAssistance: d.cases.filter((c) => c.assistance.referrals.some((r) => within(r.on, from, coversTo))).length,
        needsAssessments: d.cases.flatMap((c) => c.assistance.needsAssessments).filter((n) => within(n.on, from, coversTo)).length,
        referrals: referrals.length,
        referralsByStatus: byStatus,
      },
    },
  };
}

const STATUS_LABEL: Readonly<Record<ObligationStatus, string>> = { met: "Met", findings: "Findings", "not-assessed": "Not assessed" };

/**
 * Lays the RC annual report out as sections: to whom, structures, figures, progress per obligation.
 *
 * @category Report builders
 * @example
 * const r = buildRcAnnualReport({ mission: { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] } }, { asOf: "2018-12-31" });
 * r.ok && rcAnnualSections(r.report)[0]?.title; // "Resident Coordinator's annual report on SEA, 2018, to the IASC Working Group"
 */
export function rcAnnualSections(r: RcAnnualReport): readonly ReportSection[] {
  const fp = r.focalPoints;
  const counts = [
    { label: "Met", n: r.obligations.filter((o) => o.status === "met").length },
    { label: "Findings", n: r.obligations.filter((o) => o.status === "findings").length },
    { label: "Not assessed", n: r.obligations.filter((o) => o.status === "not-assessed").length },
  ];
  return [
    {
      id: "rc-annual.summary",
      title: `Resident Coordinator's annual report on SEA, ${r.year}, to the ${r.recipient}`,
      summary: `Covers 1 January to ${r.coversTo}. The recipient follows the ${r.context} context (parameter rcReportRecipientByContext, in force from ${r.recipientParameter.effectiveFrom}).`,
      figures: [
        { label: "Allegations reported", value: r.allegations.reportsReceived },
        { label: "Allegations as counted by the UN", value: r.allegations.countedAllegations },
        { label: "Victims", value: r.allegations.victims },
        { label: "Referrals for assistance", value: r.assistance.referrals },
      ],
      charts: [
        barChart({
          id: "rc-annual.chart.progress",
          title: "Obligations by status",
          description: counts.map((c) => `${c.label}: ${c.n}`).join("; "),
          values: counts.map((c) => ({ status: c.label, obligations: c.n })),
          x: { field: "status", title: "Status", sort: counts.map((c) => c.label) },
          y: { field: "obligations", title: "Obligations" },
        }),
      ],
      tables: [],
    },
    {
      id: "rc-annual.structures",
      title: "Network and focal points",
      figures: [
        { label: "Network established", value: r.network.established },
        { label: "Network functioning", value: r.network.functioning },
        { label: "Network reports to", value: r.network.reportsTo },
        { label: "RC-HoM agreement recorded", value: r.rcHomAgreement.recorded },
        { label: "Focal Point appointed on", value: fp.focalPointAppointedOn },
        { label: "Alternate appointed on", value: fp.alternateAppointedOn },
        { label: "Field offices with a focal point", value: `${fp.officesCovered} of ${fp.officesNeedingOne}` },
      ],
      charts: [],
      tables: [],
    },
    {
      id: "rc-annual.figures",
      title: "Allegations and assistance (counts only)",
      figures: [],
      charts: [],
      tables: [
        {
          id: "rc-annual.figures",
          title: `Figures for ${r.year}`,
          columns: [
            { key: "figure", label: "Figure", kind: "text" },
            { key: "count", label: "Count", kind: "count" },
          ],
          rows: [
            { figure: "Allegations reported", count: r.allegations.reportsReceived },
            { figure: "Allegations as counted by the UN", count: r.allegations.countedAllegations },
            { figure: "Victims", count: r.allegations.victims },
            { figure: "Rumoured allegations", count: r.allegations.rumoured },
            { figure: "Referred for investigation", count: r.allegations.referredForInvestigation },
            { figure: "Closed", count: r.allegations.closed },
            { figure: "Cases with assistance referrals", count: r.assistance.casesWithAssistance },
            { figure: "Needs assessments", count: r.assistance.needsAssessments },
            { figure: "Referrals for assistance", count: r.assistance.referrals },
            ...Object.entries(r.assistance.referralsByStatus).map(([s, n]) => ({ figure: `Referrals ${s}`, count: n })),
          ],
        },
      ],
    },
    {
      id: "rc-annual.obligations",
      title: "Progress per obligation",
      figures: [],
      charts: [],
      tables: [
        {
          id: "rc-annual.obligations",
          title: `Obligations as of ${r.coversTo}`,
          columns: [
            { key: "id", label: "Obligation", kind: "text" },
            { key: "status", label: "Status", kind: "text" },
            { key: "violations", label: "Violations", kind: "count" },
            { key: "warnings", label: "Warnings", kind: "count" },
          ],
          rows: r.obligations.map((o) => ({ ...o, status: STATUS_LABEL[o.status] })),
        },
      ],
    },
  ];
}

/**
 * The RC annual report as a report kind (`psea report rc-annual`).
 *
 * @category Report builders
 * @example
 * rcAnnualReport.id; // "rc-annual"
 */
export const rcAnnualReport: ReportKind<RcAnnualReport> = {
  id: "rc-annual",
  title: "Resident Coordinator annual report (DPKO-RC-f)",
  build: (input, options) => buildRcAnnualReport(input, options),
  sections: rcAnnualSections,
};
