import { severityOrder, type Severity } from "@psea/core";
import type { FindingsReport } from "./findings-report";
import type { ReportChart, ReportSection } from "./model/report-document";

/**
 * The colour of each severity in charts and badges (contrast at least 4.5:1 on white).
 *
 * @category Rendering
 * @example
 * SEVERITY_COLORS.violation; // "#b42318"
 */
export const SEVERITY_COLORS: Readonly<Record<Severity, string>> = { violation: "#b42318", warning: "#b54708", notice: "#175cd3" };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function severityChart(report: FindingsReport): ReportChart {
  const t = report.totals.bySeverity;
  return {
    id: "findings-by-severity",
    title: "Findings by severity",
    description: `${plural(t.violation, "violation")}, ${plural(t.warning, "warning")} and ${plural(t.notice, "notice")}, ${report.totals.findings} findings in all.`,
    vegaLite: {
      width: 360,
      height: 140,
      data: { values: severityOrder.map((s) => ({ severity: s, findings: t[s] })) },
      mark: { type: "bar", tooltip: false },
      encoding: {
        y: { field: "severity", type: "nominal", sort: [...severityOrder], title: "Severity" },
        x: { field: "findings", type: "quantitative", title: "Findings", axis: { tickMinStep: 1 } },
        color: {
          field: "severity",
          type: "nominal",
          title: "Severity",
          scale: { domain: [...severityOrder], range: severityOrder.map((s) => SEVERITY_COLORS[s]) },
        },
      },
    },
  };
}

function obligationChart(report: FindingsReport): ReportChart {
  const rows = report.totals.byObligation;
  const top = [...rows].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  return {
    id: "findings-by-obligation",
    title: "Findings by obligation",
    description:
      rows.length === 0
        ? "No obligation has a finding."
        : `${plural(rows.length, "obligation")} with findings; most: ${top.slice(0, 3).map((r) => `${r.key} (${r.count})`).join(", ")}.`,
    vegaLite: {
      width: 360,
      height: { step: 16 },
      data: { values: rows.map((r) => ({ obligation: r.key, findings: r.count })) },
      mark: { type: "bar", tooltip: false, color: "#475467" },
      encoding: {
        y: { field: "obligation", type: "nominal", sort: "-x", title: "Obligation" },
        x: { field: "findings", type: "quantitative", title: "Findings", axis: { tickMinStep: 1 } },
      },
    },
  };
}

/**
 * A findings report as report sections, for the dashboard and the section renderers: the totals
 * as figures, charts of findings by severity and by obligation (Vega-Lite), and tables of findings
 * by obligation and by rule. The list of findings itself is not a section: the dashboard shows it
 * as an appendix grouped by obligation.
 *
 * @category Reports
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * import { focalPointAppointed } from "@psea/core/rules";
 * const rules = defineRuleSet({ id: "gm-c", title: "GM (c)", rules: [focalPointAppointed] });
 * const mission = { id: "M", name: "Mission", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const r = evaluate(rules, { mission }, { asOf: "2018-06-30" });
 * if (!r.ok) throw new Error("not a mission dataset");
 * const [section] = findingsSections(buildFindingsReport(r, { title: "PSEA compliance", asOf: "2018-06-30" }));
 * section?.figures.map((f) => `${f.label}: ${f.value}`); // ["Findings: 2", "Violations: 2", "Warnings: 0", "Notices: 0", "Rules evaluated: 1"]
 * section?.charts.map((c) => c.id); // ["findings-by-severity", "findings-by-obligation"]
 * section?.charts[0]?.description; // "2 violations, 0 warnings and 0 notices, 2 findings in all."
 */
export function findingsSections(report: FindingsReport): ReportSection[] {
  const t = report.totals;
  return [
    {
      id: "findings",
      title: "Compliance findings",
      summary: `${plural(t.rulesEvaluated, "rule")} evaluated as of ${report.evaluatedAsOf}: ${plural(t.findings, "finding")}.`,
      figures: [
        { label: "Findings", value: t.findings },
        { label: "Violations", value: t.bySeverity.violation },
        { label: "Warnings", value: t.bySeverity.warning },
        { label: "Notices", value: t.bySeverity.notice },
        { label: "Rules evaluated", value: t.rulesEvaluated },
      ],
      charts: [severityChart(report), obligationChart(report)],
      tables: [
        {
          id: "findings-by-obligation",
          title: "Findings by obligation",
          columns: [
            { key: "obligation", label: "Obligation" },
            { key: "findings", label: "Findings", kind: "count" },
          ],
          rows: t.byObligation.map((r) => ({ obligation: r.key, findings: r.count })),
          note: "A finding under two obligations counts under each.",
        },
        {
          id: "findings-by-rule",
          title: "Findings by rule",
          columns: [
            { key: "rule", label: "Rule" },
            { key: "findings", label: "Findings", kind: "count" },
          ],
          rows: t.byRule.map((r) => ({ rule: r.key, findings: r.count })),
        },
      ],
    },
  ];
}
