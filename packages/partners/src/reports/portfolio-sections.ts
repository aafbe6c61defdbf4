import type { PartnerPortfolio } from "./portfolio";

/**
 * A value in a report figure or table cell, as `ReportCell` of `@psea/reports`.
 *
 * @category Reports
 * @example
 * const c: PartnerReportCell = "2019-06-30";
 * c; // "2019-06-30"
 */
export type PartnerReportCell = string | number | boolean | null;

/**
 * A report section as plain data, structurally the `ReportSection` of `@psea/reports` (figures,
 * charts, tables), so its renderers and dashboard take the portfolio without this package
 * depending on them.
 *
 * @category Reports
 * @example
 * const s: PartnerReportSection = { id: "x", title: "X", figures: [{ label: "Partners", value: 3 }], charts: [], tables: [] };
 * s.figures[0]?.value; // 3
 */
export interface PartnerReportSection {
  readonly id: string;
  readonly title: string;
  readonly summary?: string;
  readonly figures: readonly { readonly label: string; readonly value: PartnerReportCell; readonly target?: number; readonly unit?: string }[];
  readonly charts: readonly { readonly id: string; readonly title: string; readonly description: string; readonly vegaLite: Readonly<Record<string, unknown>> }[];
  readonly tables: readonly {
    readonly id: string;
    readonly title: string;
    readonly columns: readonly { readonly key: string; readonly label: string; readonly kind?: "text" | "count" | "date" | "percent" }[];
    readonly rows: Iterable<Readonly<Record<string, PartnerReportCell>>>;
    readonly note?: string;
  }[];
}

/**
 * The portfolio view laid out as report sections: figures by rating, a bar chart of the ratings,
 * and tables of overdue action points and partners due for reassessment.
 *
 * @category Reports
 * @example
 * const sections = partnerPortfolioSections({ asOf: "2019-06-30", partners: 2, byRating: { high: 1, moderate: 0, low: 1, unrated: 0 },
 *   overdueActionPoints: [], dueActionPoints: 0, dueForReassessment: [], arrangementsWithoutAssessment: [], parameters: [] });
 * sections.map((s) => s.id); // ["partners-portfolio", "partners-follow-up"]
 * sections[0]?.figures.map((f) => [f.label, f.value]); // [["Partners assessed", 2], ["High risk", 1], ["Moderate risk", 0], ["Low risk", 1], ["Not rated", 0], ["Arrangements without an assessment", 0]]
 */
export function partnerPortfolioSections(report: PartnerPortfolio): PartnerReportSection[] {
  const ratings = [
    { rating: "High risk", count: report.byRating.high },
    { rating: "Moderate risk", count: report.byRating.moderate },
    { rating: "Low risk", count: report.byRating.low },
    { rating: "Not rated", count: report.byRating.unrated },
  ];
  return [
    {
      id: "partners-portfolio",
      title: "Implementing partners' PSEA capacity",
      summary: `${report.partners} partner(s) assessed as of ${report.asOf}.`,
      figures: [
        { label: "Partners assessed", value: report.partners },
        ...ratings.map((r) => ({ label: r.rating, value: r.count })),
        { label: "Arrangements without an assessment", value: report.arrangementsWithoutAssessment.length },
      ],
      charts: [
        {
          id: "partners-by-rating",
          title: "Partners by overall rating",
          description: ratings.map((r) => `${r.rating}: ${r.count}`).join("; "),
          vegaLite: {
            $schema: "https://vega.github.io/schema/vega-lite/v5.json",
            data: { values: ratings },
            mark: "bar",
            encoding: { x: { field: "rating", type: "nominal", sort: null, title: "Overall rating" }, y: { field: "count", type: "quantitative", title: "Partners" } },
          },
        },
      ],
      tables: [],
    },
    {
      id: "partners-follow-up",
      title: "Capacity-strengthening follow-up",
      figures: [
        { label: "Overdue action points", value: report.overdueActionPoints.length },
        { label: "Action points due soon", value: report.dueActionPoints },
        { label: "Partners due for reassessment", value: report.dueForReassessment.length },
      ],
      charts: [],
      tables: [
        {
          id: "partners-overdue-action-points",
          title: "Overdue action points",
          columns: [
            { key: "partnerId", label: "Partner" },
            { key: "actionPointId", label: "Action point" },
            { key: "standardId", label: "Standard" },
            { key: "owner", label: "Owner" },
            { key: "dueDate", label: "Due", kind: "date" },
          ],
          rows: report.overdueActionPoints.map((p) => ({ partnerId: p.partnerId, actionPointId: p.actionPointId, standardId: p.standardId, owner: p.owner, dueDate: p.dueDate })),
        },
        {
          id: "partners-reassessment",
          title: "Partners due for reassessment",
          columns: [
            { key: "partnerId", label: "Partner" },
            { key: "finalizedOn", label: "Last determination", kind: "date" },
            { key: "dueDate", label: "Due", kind: "date" },
            { key: "status", label: "Status" },
          ],
          rows: report.dueForReassessment.map((d) => ({ partnerId: d.partnerId, finalizedOn: d.finalizedOn, dueDate: d.dueDate, status: d.status })),
        },
      ],
    },
  ];
}
