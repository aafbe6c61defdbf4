import { RiskFactorId, riskFactors } from "../checklist/risk-factor";
import type { RiskScoringReport } from "./risk-scoring-report";

type Cell = string | number | boolean | null;

/**
 * A report section as the kit's report layer lays it out (figures, Vega-Lite charts, tables),
 * declared here structurally so that this package does not depend on the report layer: a value of
 * this type is a `ReportSection` of `@psea/reports`.
 *
 * @category Risk report data
 * @example
 * const s: RiskReportSection = { id: "risk", title: "Risk", figures: [], charts: [], tables: [] };
 * s.tables.length; // 0
 */
export interface RiskReportSection {
  readonly id: string;
  readonly title: string;
  readonly summary?: string;
  readonly figures: readonly { readonly label: string; readonly value: Cell; readonly target?: number; readonly unit?: string }[];
  readonly charts: readonly { readonly id: string; readonly title: string; readonly description: string; readonly vegaLite: Readonly<Record<string, unknown>> }[];
  readonly tables: readonly {
    readonly id: string;
    readonly title: string;
    readonly columns: readonly { readonly key: string; readonly label: string; readonly kind?: "text" | "count" | "date" | "percent" }[];
    readonly rows: Iterable<Readonly<Record<string, Cell>>>;
    readonly note?: string;
  }[];
}

/**
 * The risk-scoring report laid out as one section: headline figures, the likelihood × impact heat
 * map as a Vega-Lite chart, and tables of the ranking, the location × factor points, the trends and
 * the recommendation tracker.
 *
 * @category Risk report data
 * @example
 * const r = buildRiskScoringReport({}, { asOf: "2018-06-30" });
 * r.ok && riskScoringSections(r.report).map((s) => s.tables.map((t) => t.id)); // [["risk-ranking", "risk-factor-heat-map", "risk-trends", "risk-recommendations"]]
 */
export function riskScoringSections(report: RiskScoringReport): RiskReportSection[] {
  const highOrAbove = report.ranking.filter((r) => r.level === "high" || r.level === "critical").length;
  const rising = report.ranking.filter((r) => r.direction === "rising").length;
  const overdue = report.recommendations.filter((r) => r.state === "overdue").length;
  const byCamp = new Map<string, Record<string, Cell>>();
  for (const c of report.factorHeatMap) {
    const row = byCamp.get(c.campId) ?? { campId: c.campId };
    row[c.factor] = c.points;
    byCamp.set(c.campId, row);
  }
  return [
    {
      id: "risk-scoring",
      title: "Camp SEA risk scores",
      summary: `${report.ranking.length} camps scored from their latest risk-factor checklist as of ${report.asOf}; ${highOrAbove} high or critical, ${rising} rising.`,
      figures: [
        { label: "Camps scored", value: report.ranking.length },
        { label: "High or critical", value: highOrAbove },
        { label: "Rising since the previous assessment", value: rising },
        { label: "Camps without a scored assessment", value: report.unassessed.length },
        { label: "Recommendations overdue", value: overdue },
      ],
      charts: [
        {
          id: "risk-matrix",
          title: "Camps by likelihood and impact",
          description: report.matrix
            .filter((c) => c.count > 0)
            .map((c) => `${c.count} at likelihood ${c.likelihood}, impact ${c.impact} (${c.level})`)
            .join("; ") || "no camp scored",
          vegaLite: {
            mark: "rect",
            data: { values: report.matrix.map((c) => ({ likelihood: c.likelihood, impact: c.impact, level: c.level, count: c.count })) },
            encoding: {
              x: { field: "impact", type: "ordinal", title: "Impact" },
              y: { field: "likelihood", type: "ordinal", title: "Likelihood", sort: "descending" },
              color: { field: "count", type: "quantitative", title: "Camps" },
            },
          },
        },
      ],
      tables: [
        {
          id: "risk-ranking",
          title: "Camps ranked by SEA risk score",
          columns: [
            { key: "rank", label: "Rank", kind: "count" },
            { key: "campName", label: "Camp" },
            { key: "unit", label: "Unit" },
            { key: "assessedOn", label: "Assessed", kind: "date" },
            { key: "likelihood", label: "Likelihood", kind: "count" },
            { key: "impact", label: "Impact", kind: "count" },
            { key: "score", label: "Score", kind: "count" },
            { key: "level", label: "Level" },
            { key: "change", label: "Change", kind: "count" },
          ],
          rows: report.ranking.map((r) => ({ rank: r.rank, campName: r.campName, unit: r.unit, assessedOn: r.assessedOn, likelihood: r.likelihood, impact: r.impact, score: r.score, level: r.level, change: r.change })),
          note: "Scores come from each camp's checklist and the weights in force on its date; no score is attributed to a contributing country.",
        },
        {
          id: "risk-factor-heat-map",
          title: "Points by camp and factor",
          columns: [{ key: "campId", label: "Camp" }, ...RiskFactorId.options.map((f) => ({ key: f, label: riskFactors[f].label, kind: "count" as const }))],
          rows: [...byCamp.values()],
        },
        {
          id: "risk-trends",
          title: "Change since the previous assessment",
          columns: [
            { key: "campName", label: "Camp" },
            { key: "assessments", label: "Assessments", kind: "count" },
            { key: "previousScore", label: "Previous score", kind: "count" },
            { key: "score", label: "Score", kind: "count" },
            { key: "direction", label: "Direction" },
          ],
          rows: report.trends.map((t) => ({
            campName: t.campName,
            assessments: t.points.length,
            previousScore: t.trend.kind === "change" ? t.trend.previousScore : null,
            score: t.points.at(-1)?.score ?? null,
            direction: t.trend.kind === "change" ? t.trend.direction : "first",
          })),
        },
        {
          id: "risk-recommendations",
          title: "Recommendations on assessed factors",
          columns: [
            { key: "mitigationId", label: "Recommendation" },
            { key: "riskId", label: "Risk" },
            { key: "factor", label: "Factor" },
            { key: "addressedTo", label: "To" },
            { key: "recommendedOn", label: "Made", kind: "date" },
            { key: "dueOn", label: "Due", kind: "date" },
            { key: "state", label: "State" },
          ],
          rows: report.recommendations.map((r) => ({ mitigationId: r.mitigationId, riskId: r.riskId, factor: r.factor, addressedTo: r.addressedTo, recommendedOn: r.recommendedOn, dueOn: r.dueOn, state: r.state })),
        },
      ],
    },
  ];
}
