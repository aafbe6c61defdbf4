import type { ReportChart, ReportTable } from "../model/report-document";
import type { CrossTab } from "./cross-tab";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/**
 * A bar chart as a Vega-Lite spec with its data inline, axis titles, a legend when bars are coloured
 * by a series, and an optional rule at a target value (such as 100% for training compliance).
 *
 * @category Report builders
 * @example
 * const c = barChart({ id: "c", title: "Cases by stage", description: "2 in intake",
 *   values: [{ stage: "intake", n: 2 }], x: { field: "stage", title: "Stage" }, y: { field: "n", title: "Cases" } });
 * c.vegaLite["$schema"]; // "https://vega.github.io/schema/vega-lite/v5.json"
 */
export function barChart(spec: {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly values: readonly Readonly<Record<string, string | number | null>>[];
  readonly x: { readonly field: string; readonly title: string; readonly sort?: readonly string[] };
  readonly y: { readonly field: string; readonly title: string; readonly max?: number };
  readonly color?: { readonly field: string; readonly title: string; readonly sort?: readonly string[] };
  readonly target?: { readonly value: number; readonly label: string };
}): ReportChart {
  const bars = {
    mark: { type: "bar", tooltip: true },
    encoding: {
      x: { field: spec.x.field, type: "nominal", title: spec.x.title, ...(spec.x.sort ? { sort: [...spec.x.sort] } : {}), axis: { labelAngle: -30 } },
      y: { field: spec.y.field, type: "quantitative", title: spec.y.title, ...(spec.y.max !== undefined ? { scale: { domain: [0, spec.y.max] } } : {}) },
      ...(spec.color
        ? { color: { field: spec.color.field, type: "nominal", title: spec.color.title, ...(spec.color.sort ? { sort: [...spec.color.sort] } : {}), legend: { title: spec.color.title } } }
        : {}),
    },
  };
  const body = spec.target
    ? {
        layer: [
          bars,
          {
            mark: { type: "rule", color: "#b00020", strokeDash: [4, 3] },
            data: { values: [{ target: spec.target.value, label: spec.target.label }] },
            encoding: { y: { field: "target", type: "quantitative" } },
          },
        ],
      }
    : bars;
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    vegaLite: { $schema: SCHEMA, title: spec.title, description: spec.description, data: { values: spec.values.map((v) => ({ ...v })) }, width: "container", ...body },
  };
}

/**
 * A heat map as a Vega-Lite spec: one rect per cell, coloured by a count, with the count as text.
 *
 * @category Report builders
 * @example
 * const c = heatMap({ id: "h", title: "Risks", description: "1 risk at likelihood 2, impact 3",
 *   values: [{ likelihood: 2, impact: 3, risks: 1 }], x: { field: "likelihood", title: "Likelihood" },
 *   y: { field: "impact", title: "Impact" }, value: { field: "risks", title: "Open risks" } });
 * c.vegaLite["layer"] !== undefined; // true
 */
export function heatMap(spec: {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly values: readonly Readonly<Record<string, string | number>>[];
  readonly x: { readonly field: string; readonly title: string };
  readonly y: { readonly field: string; readonly title: string };
  readonly value: { readonly field: string; readonly title: string };
}): ReportChart {
  const x = { field: spec.x.field, type: "ordinal", title: spec.x.title };
  const y = { field: spec.y.field, type: "ordinal", title: spec.y.title, sort: "descending" };
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    vegaLite: {
      $schema: SCHEMA,
      title: spec.title,
      description: spec.description,
      data: { values: spec.values.map((v) => ({ ...v })) },
      layer: [
        { mark: { type: "rect", tooltip: true }, encoding: { x, y, color: { field: spec.value.field, type: "quantitative", title: spec.value.title, scale: { scheme: "orangered" }, legend: { title: spec.value.title } } } },
        { mark: { type: "text", baseline: "middle" }, encoding: { x, y, text: { field: spec.value.field, type: "quantitative" } } },
      ],
    },
  };
}

/**
 * A {@link CrossTab} as a report table: one row per row key with its cells and total, then a totals row.
 *
 * @category Report builders
 * @example
 * import { crossTab } from "@psea/reports";
 * const t = crossTabTable(crossTab("t", "T", [{ key: "a", label: "A" }], [{ key: "x", label: "X" }], [[4]]), "Category");
 * [...t.rows].at(-1); // { row: "Total", x: 4, total: 4 }
 */
export function crossTabTable(table: CrossTab, rowHeader: string, note?: string): ReportTable {
  const rows = table.rows.map((r, i) => ({ row: r.label, ...Object.fromEntries(table.columns.map((c, j) => [c.key, table.cells[i]![j]!])), total: table.rowTotals[i]! }));
  rows.push({ row: "Total", ...Object.fromEntries(table.columns.map((c, j) => [c.key, table.columnTotals[j]!])), total: table.total });
  return {
    id: table.id,
    title: table.title,
    columns: [{ key: "row", label: rowHeader, kind: "text" }, ...table.columns.map((c) => ({ key: c.key, label: c.label, kind: "count" as const })), { key: "total", label: "Total", kind: "count" }],
    rows,
    ...(note !== undefined ? { note } : {}),
  };
}
