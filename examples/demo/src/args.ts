import { parseArgs } from "node:util";

/**
 * What the demo runs with.
 *
 * @category Demo
 */
export interface DemoOptions {
  readonly seed: number;
  readonly personnel: number;
  readonly asOf: string;
  /** Directory the reports are written to. */
  readonly outDir: string;
  /** Put into every victim's and complainant's identity, to prove none reaches an output. */
  readonly canary?: string;
}

/**
 * The demo's defaults: seed 2018, about 5,000 personnel, as of 30 June 2019.
 *
 * @category Demo
 * @example
 * DEMO_DEFAULTS.seed; // 2018
 */
export const DEMO_DEFAULTS = { seed: 2018, personnel: 5000, asOf: "2019-06-30" } as const;

/**
 * Reads `--out <dir>`, `--seed <n>`, `--personnel <n>` and `--as-of <YYYY-MM-DD>` (or the output
 * directory as the only positional argument). Returns an error message instead of throwing.
 *
 * @category Demo
 * @example
 * parseDemoArgs(["--seed", "7", "/tmp/out"], "reports"); // { ok: true, options: { seed: 7, personnel: 5000, asOf: "2019-06-30", outDir: "/tmp/out" } }
 * parseDemoArgs(["--seed", "x"], "reports").ok; // false
 */
export function parseDemoArgs(argv: readonly string[], defaultOutDir: string): { ok: true; options: DemoOptions } | { ok: false; error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { out: { type: "string" }, seed: { type: "string" }, personnel: { type: "string" }, "as-of": { type: "string" } },
      allowPositionals: true,
    });
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) return { ok: false, error: `expected at most one output directory, got ${positionals.length}` };
  const integer = (name: string, raw: string | undefined, fallback: number, min: number) => {
    if (raw === undefined) return fallback;
    return /^\d+$/.test(raw) && Number(raw) >= min ? Number(raw) : `--${name} must be an integer of at least ${min}, got '${raw}'`;
  };
  const seed = integer("seed", values.seed, DEMO_DEFAULTS.seed, 0);
  if (typeof seed === "string") return { ok: false, error: seed };
  const personnel = integer("personnel", values.personnel, DEMO_DEFAULTS.personnel, 1);
  if (typeof personnel === "string") return { ok: false, error: personnel };
  const asOf = values["as-of"] ?? DEMO_DEFAULTS.asOf;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return { ok: false, error: `--as-of must be a YYYY-MM-DD date, got '${asOf}'` };
  return { ok: true, options: { seed, personnel, asOf, outDir: values.out ?? positionals[0] ?? defaultOutDir } };
}
