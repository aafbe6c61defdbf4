// Small report kinds standing in for the builders in tests: they read a dataset's personnel and
// allegations and lay out the chart types the dashboard draws (bars against a target, a heat map,
// a stacked bar with a legend, a line), with text from the data in titles, labels and cells.
import type { ReportKind, ReportSection } from "@psea/reports";

interface Dataset {
  readonly personnel?: readonly { readonly id: string; readonly officeId: string; readonly category: string; readonly trainings?: readonly unknown[] }[];
  readonly allegations?: readonly { readonly id: string; readonly receivedOn: string; readonly victims?: readonly { readonly ref: string; readonly identity?: unknown }[] }[];
  readonly offices?: readonly { readonly id: string; readonly name: string }[];
}

function asDataset(input: unknown): Dataset | undefined {
  return typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Dataset) : undefined;
}

/** Training compliance by office and category: bars against the 100% target. */
export const trainingKind: ReportKind<{ byOffice: { office: string; rate: number }[]; byCategory: { category: string; trained: number; untrained: number }[] }> = {
  id: "prevention",
  title: "Prevention",
  build(input) {
    const d = asDataset(input);
    if (!d) return { ok: false, issues: [{ path: [], code: "invalid_type", message: "expected a dataset object" }] };
    const offices = new Map<string, { n: number; t: number }>();
    const categories = new Map<string, { trained: number; untrained: number }>();
    for (const p of d.personnel ?? []) {
      const trained = (p.trainings?.length ?? 0) > 0;
      const o = offices.get(p.officeId) ?? { n: 0, t: 0 };
      offices.set(p.officeId, { n: o.n + 1, t: o.t + (trained ? 1 : 0) });
      const c = categories.get(p.category) ?? { trained: 0, untrained: 0 };
      categories.set(p.category, trained ? { ...c, trained: c.trained + 1 } : { ...c, untrained: c.untrained + 1 });
    }
    const names = new Map((d.offices ?? []).map((o) => [o.id, o.name]));
    return {
      ok: true,
      report: {
        byOffice: [...offices].map(([id, o]) => ({ office: names.get(id) ?? id, rate: Math.round((1000 * o.t) / o.n) / 10 })),
        byCategory: [...categories].map(([category, c]) => ({ category, ...c })),
      },
    };
  },
  sections(r): ReportSection[] {
    return [
      {
        id: "training",
        title: "Training compliance",
        summary: "Share of personnel up to date with required SEA training, against the 100% target.",
        figures: [{ label: "Offices", value: r.byOffice.length }, { label: "Best office", value: Math.max(0, ...r.byOffice.map((o) => o.rate)), unit: "%", target: 100 }],
        charts: [
          {
            id: "training-by-office",
            title: "Training compliance by office",
            description: r.byOffice.map((o) => `${o.office}: ${o.rate}%`).join("; ") || "No personnel.",
            vegaLite: {
              width: 360,
              data: { values: r.byOffice },
              layer: [
                { mark: "bar", encoding: { y: { field: "office", type: "nominal", title: "Office" }, x: { field: "rate", type: "quantitative", title: "Trained (%)", scale: { domain: [0, 100] } } } },
                { mark: { type: "rule", color: "#b42318", strokeDash: [4, 2] }, encoding: { x: { datum: 100 } } },
              ],
            },
          },
          {
            id: "training-by-category",
            title: "Trained and untrained personnel by category",
            description: r.byCategory.map((c) => `${c.category}: ${c.trained} trained, ${c.untrained} not`).join("; ") || "No personnel.",
            vegaLite: {
              width: 360,
              data: { values: r.byCategory },
              transform: [{ fold: ["trained", "untrained"], as: ["status", "personnel"] }],
              mark: "bar",
              encoding: {
                y: { field: "category", type: "nominal", title: "Category" },
                x: { field: "personnel", type: "quantitative", title: "Personnel" },
                color: { field: "status", type: "nominal", title: "Status", scale: { range: ["#027a48", "#b42318"] } },
              },
            },
          },
        ],
        tables: [
          {
            id: "training-by-office",
            title: "Training compliance by office",
            columns: [{ key: "office", label: "Office" }, { key: "rate", label: "Trained (%)", kind: "percent" }],
            rows: r.byOffice,
          },
        ],
      },
    ];
  },
};

/** Allegations by month (a line) and a likelihood × impact heat map. */
export const casesKind: ReportKind<{ byMonth: { month: string; allegations: number }[] }> = {
  id: "cases",
  title: "Cases and victims",
  build(input) {
    const d = asDataset(input);
    if (!d) return { ok: false, issues: [{ path: [], code: "invalid_type", message: "expected a dataset object" }] };
    const months = new Map<string, number>();
    for (const a of d.allegations ?? []) months.set(a.receivedOn.slice(0, 7), (months.get(a.receivedOn.slice(0, 7)) ?? 0) + 1);
    return { ok: true, report: { byMonth: [...months].sort().map(([month, allegations]) => ({ month, allegations })) } };
  },
  sections(r): ReportSection[] {
    const cells = [1, 2, 3, 4, 5].flatMap((likelihood) => [1, 2, 3, 4, 5].map((impact) => ({ likelihood, impact, risks: (likelihood * impact) % 4 })));
    return [
      {
        id: "ageing",
        title: "Allegations received",
        figures: [{ label: "Allegations", value: r.byMonth.reduce((n, m) => n + m.allegations, 0) }],
        charts: [
          {
            id: "allegations-by-month",
            title: "Allegations by month received",
            description: r.byMonth.map((m) => `${m.month}: ${m.allegations}`).join("; ") || "No allegations.",
            vegaLite: {
              width: 360,
              data: { values: r.byMonth },
              mark: { type: "line", point: true },
              encoding: { x: { field: "month", type: "ordinal", title: "Month" }, y: { field: "allegations", type: "quantitative", title: "Allegations" } },
            },
          },
          {
            id: "risk-heat-map",
            title: "Risk heat map",
            description: "Risks by likelihood (1-5) and impact (1-5).",
            vegaLite: {
              data: { values: cells },
              mark: "rect",
              width: 250,
              height: 250,
              encoding: {
                x: { field: "impact", type: "ordinal", title: "Impact" },
                y: { field: "likelihood", type: "ordinal", title: "Likelihood", sort: "descending" },
                color: { field: "risks", type: "quantitative", title: "Risks", scale: { scheme: "oranges" } },
              },
            },
          },
        ],
        tables: [{ id: "by-month", title: "Allegations by month", columns: [{ key: "month", label: "Month", kind: "date" }, { key: "allegations", label: "Allegations", kind: "count" }], rows: r.byMonth }],
      },
    ];
  },
};

/** A kind whose text comes from the data, to prove that renderers escape it. */
export const hostileKind: ReportKind<{ text: string }> = {
  id: "hostile",
  title: "Hostile <b>text</b>",
  build: () => ({ ok: true, report: { text: `</svg><script>alert(1)</script><img src=x onerror=alert(2)> "quoted" & 'single' https://example.org` } }),
  sections: (r) => [
    {
      id: "hostile",
      title: `Section ${r.text}`,
      summary: r.text,
      figures: [{ label: r.text, value: r.text }],
      charts: [
        {
          id: "hostile-chart",
          title: `Chart ${r.text}`,
          description: `Description ${r.text}`,
          vegaLite: {
            data: { values: [{ label: r.text, n: 3 }, { label: "plain", n: 1 }] },
            mark: "bar",
            encoding: { x: { field: "label", type: "nominal", title: r.text }, y: { field: "n", type: "quantitative" }, color: { field: "label", type: "nominal", title: r.text } },
          },
        },
      ],
      tables: [{ id: "t", title: r.text, columns: [{ key: "label", label: r.text }], rows: [{ label: r.text }], note: r.text }],
    },
  ],
};

/** The fixture registry, as the builders' `reportKinds` will be shaped. */
export const fixtureKinds = { prevention: trainingKind, cases: casesKind } as const;
