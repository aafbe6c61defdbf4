import { formatCitation } from "@psea/core";
import type { ReportKind, ReportSection, ReportTable } from "../../model/report-document";
import { barChart, crossTabTable } from "../charts";
import type { CrossTab } from "../cross-tab";
import { publicPersonnelLabels } from "./personnel-codes";
import { buildPublicData, type PublicDataReport } from "./public-data-report";
import { actionGroups, publicEntityLabels, victimGroups } from "./public-vocabulary";

function suppressionNote(r: PublicDataReport): string {
  const p = r.minimumCellSize;
  return r.suppression === "complementary"
    ? `Counts from 1 to ${Number(p.value) - 1} are shown as <${String(p.value)}; "suppressed" hides a larger count so that no total gives a small one back (complementary suppression). Minimum cell size ${String(p.value)}, in force from ${p.effectiveFrom} (${formatCitation(p.citation)}).`
    : "Internal report: exact counts, no suppression.";
}

/** Bars of the numeric margins only: a suppressed count has no height to draw. */
function marginBars(t: CrossTab, by: "rows" | "columns", id: string, title: string, axis: string, valueTitle: string) {
  const keys = by === "rows" ? t.rows : t.columns;
  const totals = by === "rows" ? t.rowTotals : t.columnTotals;
  const values = keys.flatMap((k, i) => (typeof totals[i] === "number" ? [{ group: k.label, count: totals[i] }] : []));
  const hidden = keys.length - values.length;
  const description =
    keys.length === 0
      ? `${title}: nothing to show.`
      : `${title}: ${keys.map((k, i) => `${k.label} ${String(totals[i])}`).join("; ")}.${hidden > 0 ? ` ${hidden} suppressed count(s) not drawn.` : ""}`;
  return barChart({ id, title, description, values, x: { field: "group", title: axis, sort: values.map((v) => v.group) }, y: { field: "count", title: valueTitle } });
}

function recordsTable(r: PublicDataReport): ReportTable {
  return {
    id: "public-data.records",
    title: "Counted allegations (internal)",
    columns: [
      { key: "month", label: "Month received", kind: "date" },
      { key: "category", label: "Category", kind: "text" },
      { key: "country", label: "Contributing country", kind: "text" },
      { key: "nature", label: "SE/SA", kind: "text" },
      { key: "type", label: "Type", kind: "text" },
      { key: "perpetrators", label: "Perpetrators", kind: "count" },
      ...victimGroups.map((g) => ({ key: `victims.${g}`, label: `Victims: ${g}`, kind: "count" as const })),
      { key: "entity", label: "Investigating entity", kind: "text" },
      { key: "status", label: "Status", kind: "text" },
      { key: "days", label: "Days to complete", kind: "count" },
      ...actionGroups.map((g) => ({ key: `actions.${g}`, label: `Actions: ${g}`, kind: "count" as const })),
      { key: "criminalReferral", label: "Criminal referral", kind: "text" },
      { key: "paternityOpen", label: "Paternity claims open", kind: "count" },
      { key: "paternityResolved", label: "Paternity claims resolved", kind: "count" },
    ],
    rows: r.records.map((x) => ({
      month: x.month,
      category: x.category,
      country: x.contributingCountry,
      nature: x.nature,
      type: x.type,
      perpetrators: x.perpetrators,
      ...Object.fromEntries(victimGroups.map((g) => [`victims.${g}`, x.victims[g]])),
      entity: x.investigatingEntity,
      status: x.status,
      days: x.daysToComplete,
      ...Object.fromEntries(actionGroups.map((g) => [`actions.${g}`, x.actions[g]])),
      criminalReferral: x.criminalReferral,
      paternityOpen: x.paternityClaims.open,
      paternityResolved: x.paternityClaims.resolved,
    })),
    note: "One row per counted allegation; no record id, name or free text.",
  };
}

/**
 * Lays a public-data report out as sections: headline figures and charts, then one section per view.
 *
 * @category Report builders
 * @example
 * const r = buildPublicData({ mission: { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] } }, { asOf: "2019-01-01" });
 * r.ok && publicDataSections(r.report).map((s) => s.id); // ["public-data.summary", "public-data.allegations", "public-data.perpetrators", "public-data.victims", "public-data.investigations", "public-data.actions"]
 */
export function publicDataSections(r: PublicDataReport): readonly ReportSection[] {
  const note = suppressionNote(r);
  const v = r.views;
  const scope = [r.filters.year !== undefined ? `year ${r.filters.year}` : undefined, r.filters.category ? publicPersonnelLabels[r.filters.category] : undefined, r.filters.nationality ? `nationality ${r.filters.nationality}` : undefined]
    .filter(Boolean)
    .join(", ");
  return [
    {
      id: "public-data.summary",
      title: `UN public SEA data: ${r.mission}, as of ${r.asOf}${scope ? ` (${scope})` : ""}`,
      summary: `${r.countingRule} ${note}`,
      figures: [
        { label: "Allegations", value: v.allegations.total },
        { label: "Alleged perpetrators", value: v.perpetrators.total },
        { label: "Victims", value: v.victims.total },
        { label: "Actions taken", value: v.actions.total },
      ],
      charts: [
        marginBars(v.allegations, "columns", "public-data.chart.category", "Allegations by personnel category", "Personnel category", "Allegations"),
        marginBars(v.byMonth, "rows", "public-data.chart.month", "Allegations by month received", "Month received", "Allegations"),
      ],
      tables: [crossTabTable(v.byMonth, "Month received", note)],
    },
    {
      id: "public-data.allegations",
      title: "Allegations",
      figures: [],
      charts: [marginBars(v.allegations, "rows", "public-data.chart.type", "Allegations by type (SE/SA)", "Type", "Allegations")],
      tables: [crossTabTable(v.allegations, "Type", note)],
    },
    { id: "public-data.perpetrators", title: "Alleged perpetrators", figures: [], charts: [], tables: [crossTabTable(v.perpetrators, "Personnel category", note)] },
    {
      id: "public-data.victims",
      title: "Victims",
      summary: "Groups follow the victim's sex and age at the incident; a victim is counted with each counted allegation of their report.",
      figures: [],
      charts: [marginBars(v.victims, "rows", "public-data.chart.victims", "Victims by group", "Victim group", "Victims")],
      tables: [crossTabTable(v.victims, "Victim group", note)],
    },
    {
      id: "public-data.investigations",
      title: "Investigations",
      figures: [],
      charts: [marginBars(v.investigations, "columns", "public-data.chart.status", "Allegations by status", "Status", "Allegations")],
      tables: [
        crossTabTable(v.investigations, "Investigating entity", note),
        {
          id: "public-data.completed",
          title: "Completed investigations: days from referral to conclusion",
          columns: [
            { key: "entity", label: "Investigating entity", kind: "text" },
            { key: "completed", label: "Completed", kind: "count" },
            { key: "averageDays", label: "Average days", kind: "count" },
            { key: "longestDays", label: "Longest (days)", kind: "count" },
          ],
          rows: r.completedInvestigations.map((c) => ({ entity: publicEntityLabels[c.entity], completed: c.completed, averageDays: c.averageDays, longestDays: c.longestDays })),
          note: "Calendar days from referral to conclusion, exact; lengths are shown only where the count is.",
        },
      ],
    },
    {
      id: "public-data.actions",
      title: "Actions and paternity claims",
      figures: [],
      charts: [],
      tables: [crossTabTable(v.actions, "Action", note), crossTabTable(v.paternityClaims, "Contributing country", note), ...(r.audience === "internal" ? [recordsTable(r)] : [])],
    },
  ];
}

/**
 * The UN public SEA data as a report kind (`psea report public-data`).
 *
 * @category Report builders
 * @example
 * publicDataReport.id; // "public-data"
 */
export const publicDataReport: ReportKind<PublicDataReport> = {
  id: "public-data",
  title: "UN public SEA data",
  build: (input, options) => buildPublicData(input, options),
  sections: publicDataSections,
};
