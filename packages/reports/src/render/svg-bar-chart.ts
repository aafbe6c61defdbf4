import { escapeHtml } from "./escape";

/**
 * One bar of {@link renderSvgBarChart}. `color` must be a hex colour or a colour name; anything else falls back to grey.
 *
 * @category Rendering
 * @example
 * const bar: Bar = { label: "violation", value: 3, color: "#b42318" };
 */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly color?: string;
}

/**
 * Options of {@link renderSvgBarChart}.
 *
 * @category Rendering
 * @example
 * const options: BarChartOptions = { title: "Findings by obligation", bars: [{ label: "DPKO-GM-c", value: 2 }], width: 480 };
 */
export interface BarChartOptions {
  readonly title: string;
  readonly bars: readonly Bar[];
  /** Total width in pixels (default 560). */
  readonly width?: number;
}

const ROW = 26;
const BAR = 18;
const TOP = 30;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 48;
const MAX_LABEL = 26;
const DEFAULT_COLOR = "#5b6b7a";
// Only plain colour tokens reach the SVG, so a colour can never close the attribute.
const SAFE_COLOR = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20})$/;

function truncate(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/**
 * A horizontal bar chart as a standalone SVG element (hand-written, no dependencies, every text
 * escaped). Each bar carries a `<title>` with its full label and value for screen readers and tooltips.
 *
 * @category Rendering
 * @example
 * const svg = renderSvgBarChart({ title: "Findings by severity", bars: [{ label: "violation", value: 2 }] });
 * svg.startsWith("<svg"); // true
 * svg.includes("<title>violation: 2</title>"); // true
 */
export function renderSvgBarChart(options: BarChartOptions): string {
  const width = Number.isFinite(options.width) && (options.width ?? 0) >= LABEL_WIDTH + VALUE_WIDTH + 40 ? Math.round(options.width!) : 560;
  const bars = options.bars.map((b) => ({ ...b, value: Number.isFinite(b.value) && b.value > 0 ? b.value : 0 }));
  const rows = Math.max(bars.length, 1);
  const height = TOP + rows * ROW + 8;
  const plot = width - LABEL_WIDTH - VALUE_WIDTH;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const title = escapeHtml(options.title);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-label="${title}" font-family="system-ui, sans-serif" font-size="13">`,
    `<title>${title}</title>`,
    `<text x="0" y="18" font-weight="600">${title}</text>`,
  ];
  if (bars.length === 0) parts.push(`<text x="${LABEL_WIDTH}" y="${TOP + BAR - 4}" fill="${DEFAULT_COLOR}">No findings</text>`);
  bars.forEach((b, i) => {
    const y = TOP + i * ROW;
    const w = b.value === 0 ? 0 : Math.max(2, Math.round((b.value / max) * plot));
    const color = b.color !== undefined && SAFE_COLOR.test(b.color) ? b.color : DEFAULT_COLOR;
    parts.push(
      `<g>`,
      `<title>${escapeHtml(`${b.label}: ${b.value}`)}</title>`,
      `<text x="${LABEL_WIDTH - 8}" y="${y + BAR - 5}" text-anchor="end">${escapeHtml(truncate(b.label))}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${w}" height="${BAR}" rx="2" fill="${color}"/>`,
      `<text x="${LABEL_WIDTH + w + 6}" y="${y + BAR - 5}">${b.value}</text>`,
      `</g>`,
    );
  });
  parts.push(`</svg>`);
  return parts.join("");
}
