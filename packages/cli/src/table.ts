import stringWidth from "string-width";
import { printableCell } from "./printable";

/**
 * A plain-text table: a header row, then rows, columns padded to their widest cell as a terminal
 * shows it (`string-width`: wide CJK characters count two, combining marks none; the last column
 * is left ragged so long messages do not pad every line). Cells are made printable.
 *
 * @category CLI
 * @example
 * formatTable(["A", "B"], [["x", "long text"], ["yy", "z"]]);
 * // "A   B\nx   long text\nyy  z\n"
 * formatTable(["NAME", "N"], [["北京", "1"], ["Bangui", "2"]]);
 * // "NAME    N\n北京    1\nBangui  2\n"
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [headers, ...rows].map((r) => r.map(printableCell));
  // A loop, not Math.max(...rows): a million findings would overflow the argument list.
  const widths = headers.map((_, i) => all.reduce((w, r) => Math.max(w, stringWidth(r[i] ?? "")), 0));
  return all
    .map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : cell + " ".repeat(Math.max(0, (widths[i] ?? 0) - stringWidth(cell)))))
        .join("  ")
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join("");
}
