/**
 * A count as a report shows it: the exact number; `"<N"` where a public output suppresses a count
 * below the minimum cell size; `"suppressed"` where it hides a larger count so that no total gives a
 * small one back.
 *
 * @category Report builders
 * @example
 * const shown: PublicCount = "<5";
 */
export type PublicCount = number | `<${number}` | "suppressed";

/**
 * A labelled key of a cross-tabulation's rows or columns.
 *
 * @category Report builders
 * @example
 * const k: CrossTabKey = { key: "MC", label: "Military contingent (MC)" };
 */
export interface CrossTabKey {
  readonly key: string;
  readonly label: string;
}

/**
 * A table of counts with row totals, column totals and a grand total. In a public output, counts
 * below the minimum cell size read `"<N"` and the counts suppressed to protect them `"suppressed"`.
 *
 * @category Report builders
 * @example
 * const t = crossTab("t", "By sex", [{ key: "f", label: "Female" }], [{ key: "n", label: "Count" }], [[3]]);
 * t.total; // 3
 */
export interface CrossTab {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly CrossTabKey[];
  readonly columns: readonly CrossTabKey[];
  readonly cells: readonly (readonly PublicCount[])[];
  readonly rowTotals: readonly PublicCount[];
  readonly columnTotals: readonly PublicCount[];
  readonly total: PublicCount;
  /** How many counts are hidden (`"<N"` or `"suppressed"`), totals included. */
  readonly suppressed: number;
}

/**
 * Builds an exact cross-tabulation from a matrix of counts (rows × columns).
 *
 * @category Report builders
 * @example
 * const t = crossTab("t", "T", [{ key: "a", label: "A" }, { key: "b", label: "B" }], [{ key: "x", label: "X" }], [[2], [7]]);
 * t.rowTotals; // [2, 7]
 * t.columnTotals; // [9]
 */
export function crossTab(id: string, title: string, rows: readonly CrossTabKey[], columns: readonly CrossTabKey[], counts: readonly (readonly number[])[]): CrossTab {
  const cells = rows.map((_, i) => columns.map((_, j) => counts[i]?.[j] ?? 0));
  const rowTotals = cells.map((r) => r.reduce((a, b) => a + b, 0));
  const columnTotals = columns.map((_, j) => cells.reduce((a, r) => a + r[j]!, 0));
  return { id, title, rows, columns, cells, rowTotals, columnTotals, total: rowTotals.reduce((a, b) => a + b, 0), suppressed: 0 };
}

/**
 * Totals that must be hidden because a table sharing them hides them: the grand total, and column
 * totals by column key.
 *
 * @category Report builders
 * @example
 * const seed: SuppressionSeed = { total: true, columns: new Set(["MC"]) };
 */
export interface SuppressionSeed {
  readonly total?: boolean;
  readonly columns?: ReadonlySet<string>;
}

/**
 * Small-cell suppression that totals cannot undo (complementary suppression). Every count from 1 to
 * `minimum - 1`, totals included, is shown as `"<minimum"`; then, as long as any row, column, the
 * totals row or the totals column (each with its total) has exactly one suppressed count, the
 * smallest other non-zero count of that line is suppressed too, so no subtraction gives a suppressed
 * count back; those read `"suppressed"`. Zeros are shown: a zero reveals no one. Input must hold
 * exact counts.
 *
 * @category Report builders
 * @example
 * const t = crossTab("t", "T", [{ key: "a", label: "A" }, { key: "b", label: "B" }], [{ key: "x", label: "X" }, { key: "y", label: "Y" }], [[2, 9], [8, 6]]);
 * const s = suppressCrossTab(t, 5);
 * s.cells; // [["<5", "suppressed"], ["suppressed", "suppressed"]]
 * s.total; // 25
 */
export function suppressCrossTab(table: CrossTab, minimum: number, forced: SuppressionSeed = {}): CrossTab {
  const R = table.rows.length;
  const C = table.columns.length;
  // One grid with the totals as its last row and column: [R][C] is the grand total.
  const grid: number[][] = [...table.cells.map((r, i) => [...r.map(Number), Number(table.rowTotals[i])]), [...table.columnTotals.map(Number), Number(table.total)]];
  const small = grid.map((r) => r.map((v) => v > 0 && v < minimum));
  const hidden = small.map((r) => [...r]);
  // Counts another table shows hidden must be hidden here too, or that table's protection is undone.
  if (forced.total && grid[R]![C]! > 0) hidden[R]![C] = true;
  table.columns.forEach((c, j) => {
    if (forced.columns?.has(c.key) && grid[R]![j]! > 0) hidden[R]![j] = true;
  });
  const lines: [number, number][][] = [];
  for (let i = 0; i <= R; i++) lines.push(Array.from({ length: C + 1 }, (_, j) => [i, j] as [number, number]));
  for (let j = 0; j <= C; j++) lines.push(Array.from({ length: R + 1 }, (_, i) => [i, j] as [number, number]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      if (line.filter(([i, j]) => hidden[i]![j]).length !== 1) continue;
      let pick: [number, number] | undefined;
      for (const [i, j] of line) {
        const v = grid[i]![j]!;
        if (hidden[i]![j] || v === 0) continue;
        if (!pick || v < grid[pick[0]]![pick[1]]!) pick = [i, j];
      }
      // A line with one suppressed count and no other non-zero count: its total equals that count,
      // and the total is itself below the minimum, so it is already hidden. Nothing to add.
      if (!pick) continue;
      hidden[pick[0]]![pick[1]] = true;
      changed = true;
    }
  }
  const show = (i: number, j: number): PublicCount => (small[i]![j] ? `<${minimum}` : hidden[i]![j] ? "suppressed" : grid[i]![j]!);
  return {
    ...table,
    cells: table.cells.map((r, i) => r.map((_, j) => show(i, j))),
    rowTotals: table.rows.map((_, i) => show(i, C)),
    columnTotals: table.columns.map((_, j) => show(R, j)),
    total: show(R, C),
    suppressed: hidden.flat().filter(Boolean).length,
  };
}
