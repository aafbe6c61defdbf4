import { IDENTITY_KEY } from "../confidentiality";
import type { ReportChart } from "../model/report-document";
import { escapeHtml as h } from "./escape";

// Keys a chart specification may not carry: `url` would fetch data (a chart's data is inline),
// `href` would turn marks into links, `usermeta` is not for rendering, and `identity` is where
// the vocabulary keeps a victim's or complainant's identity.
const FORBIDDEN_KEYS = new Set(["url", "href", "usermeta", "$schema", IDENTITY_KEY]);

function sanitize(value: unknown, depth: number): unknown {
  if (depth > 64) return null;
  if (Array.isArray(value)) return value.map((v) => sanitize(v, depth + 1));
  if (typeof value === "bigint") return Number(value);
  if (typeof value !== "object" || value === null) return typeof value === "function" || typeof value === "symbol" ? null : value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!FORBIDDEN_KEYS.has(k) && v !== undefined) out[k] = sanitize(v, depth + 1);
  return out;
}

// About 36 characters of a 13px bold title fit the 300px a chart is drawn at.
const TITLE_LINE = 36;

/**
 * Splits a chart title into lines of at most {@link TITLE_LINE} characters at spaces (a longer word
 * keeps a line of its own), so a long title wraps instead of widening or leaving the chart.
 */
function titleLines(title: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of title.trim().split(/\s+/)) {
    if (line !== "" && line.length + 1 + word.length > TITLE_LINE) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** The title to draw: the spec's own (a string or a title object with a string text), else the chart's. */
function titleOf(spec: Record<string, unknown>, fallback: string): Record<string, unknown> {
  const own = spec["title"];
  const props = typeof own === "object" && own !== null && !Array.isArray(own) ? (own as Record<string, unknown>) : {};
  const text = typeof own === "string" ? own : typeof props["text"] === "string" ? props["text"] : fallback;
  return { anchor: "start", frame: "group", ...props, text: titleLines(text) };
}
const FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif";

/**
 * The Vega-Lite specification the kit renders for a chart: the chart's own spec with its data
 * kept inline, every `url`, `href`, `usermeta` and `identity` removed (nothing is fetched, no mark becomes a
 * link), the chart's title and description added when the spec has none, and the kit's font. The
 * title is wrapped into lines and anchored at the start of the plot, and the view is sized to hold
 * everything it draws (`autosize: pad`), so no title, label or legend is cut off.
 *
 * @category Rendering
 * @example
 * const chart = { id: "c", title: "Findings", description: "3 violations",
 *   vegaLite: { mark: "bar", data: { url: "https://example.org/x.json" }, encoding: { href: { field: "u" } } } };
 * const spec = chartSpec(chart);
 * spec.data; // {}
 * spec.encoding; // {}
 * spec.title; // { anchor: "start", frame: "group", text: ["Findings"] }
 */
export function chartSpec(chart: ReportChart): Record<string, unknown> {
  const spec = sanitize(chart.vegaLite, 0) as Record<string, unknown>;
  const config = typeof spec["config"] === "object" && spec["config"] !== null ? (spec["config"] as Record<string, unknown>) : {};
  return {
    ...spec,
    title: titleOf(spec, chart.title),
    // A host draws `width: "container"` to fit its page; on the server there is no container, so the
    // chart is drawn 300px wide and the view grows to hold every mark, title and legend included,
    // instead of cutting them off at a fixed size (the page scales the SVG down to fit).
    ...(spec["width"] === "container" ? { width: 300 } : {}),
    autosize: { type: "pad", contains: "padding" },
    description: spec["description"] ?? chart.description,
    background: spec["background"] ?? "transparent",
    config: { font: FONT, ...config },
  };
}

let libraries: Promise<{ vega: typeof import("vega"); vegaLite: typeof import("vega-lite") }> | undefined;
function load() {
  libraries ??= Promise.all([import("vega"), import("vega-lite")]).then(([vega, vegaLite]) => ({ vega, vegaLite }));
  return libraries;
}

/**
 * Options of {@link renderChartSvg}.
 *
 * @category Rendering
 * @example
 * const options: ChartSvgOptions = { idPrefix: "chart-3" };
 */
export interface ChartSvgOptions {
  /** Prefix of the ids of the chart's `<title>` and `<desc>` (default `chart`); unique per page. */
  readonly idPrefix?: string;
}

function fallbackSvg(chart: ReportChart): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="60" viewBox="0 0 480 60" font-family="system-ui, sans-serif" font-size="13">`,
    `<text x="0" y="18" font-weight="600">${h(chart.title)}</text>`,
    `<text x="0" y="42" fill="#475467">This chart could not be drawn; its description follows.</text>`,
    `</svg>`,
  ].join("");
}

/**
 * A chart as inline SVG, rendered on the server by Vega: the Vega-Lite spec (made safe by
 * {@link chartSpec}) is compiled to Vega and drawn with the headless renderer, which needs no
 * canvas and no browser. The SVG carries `role="img"`, an `aria-label` with the title, and a
 * `<title>` and `<desc>` (the chart's text alternative); every text comes out escaped. A spec Vega
 * cannot draw gives a small SVG saying so instead of an error: a page is never lost to one chart.
 *
 * @category Rendering
 * @example
 * const chart = { id: "sev", title: "Findings by severity", description: "2 violations, 1 warning",
 *   vegaLite: { mark: "bar", data: { values: [{ severity: "violation", n: 2 }, { severity: "warning", n: 1 }] },
 *     encoding: { x: { field: "severity", type: "nominal" }, y: { field: "n", type: "quantitative" } } } };
 * const svg = renderChartSvg(chart);
 * svg instanceof Promise; // true: it resolves to '<svg … role="img" aria-label="Findings by severity" …><title …>Findings by severity</title><desc …>2 violations, 1 warning</desc>…'
 */
export async function renderChartSvg(chart: ReportChart, options: ChartSvgOptions = {}): Promise<string> {
  const id = (options.idPrefix ?? "chart").replace(/[^A-Za-z0-9_-]/g, "-");
  let svg: string;
  try {
    const { vega, vegaLite } = await load();
    const compiled = vegaLite.compile(chartSpec(chart) as never).spec;
    const loader = vega.loader();
    // Inline data only: any attempt to load a resource fails instead of reaching the network or disk.
    loader.load = () => Promise.reject(new Error("charts take inline data only"));
    loader.sanitize = () => Promise.reject(new Error("charts take inline data only"));
    const view = new vega.View(vega.parse(compiled), { renderer: "none", loader, logLevel: vega.None });
    try {
      svg = await view.toSVG();
    } finally {
      view.finalize();
    }
  } catch {
    svg = fallbackSvg(chart);
  }
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) svg = fallbackSvg(chart);
  const head = /^<svg\b[^>]*>/.exec(svg)![0];
  const size = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(head)?.[1] ?? "";
  const width = size("width");
  const height = size("height");
  const viewBox = size("viewBox") || `0 0 ${width} ${height}`;
  const accessible =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" class="chart" role="img" width="${h(width)}" height="${h(height)}" viewBox="${h(viewBox)}" ` +
    `aria-label="${h(chart.title)}" aria-labelledby="${id}-title" aria-describedby="${id}-desc">` +
    `<title id="${id}-title">${h(chart.title)}</title><desc id="${id}-desc">${h(chart.description)}</desc>`;
  // Vega numbers gradients and clip paths from a process-wide counter: renumber them per chart, under
  // the chart's own prefix, so the same report always gives the same page and two charts never clash.
  const local = new Map<string, string>();
  const body = svg.slice(head.length).replace(/\b(gradient|clip)_(\d+)\b/g, (whole, kind: string) => {
    let mapped = local.get(whole);
    if (mapped === undefined) local.set(whole, (mapped = `${id}-${kind}-${local.size}`));
    return mapped;
  });
  return accessible + body;
}
