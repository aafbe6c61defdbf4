import { printableCell } from "./printable";

/**
 * A plain-text table: a header row, then rows, columns padded to their widest cell (the last one
 * is left ragged so long messages do not pad every line). Cells are made printable.
 *
 * @category CLI
 * @example
 * formatTable(["A", "B"], [["x", "long text"], ["yy", "z"]]);
 * // "A   B\nx   long text\nyy  z\n"
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [headers, ...rows].map((r) => r.map(printableCell));
  const widths = headers.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  return all
    .map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join("");
}
