import { join } from "node:path";
import { normalizeAsOf } from "@psea/core";
import { generateMission } from "@psea/fixtures";
import { jsonChunks } from "@psea/reports";
import { findingsSummary } from "../demo-summary";
import { demoRecords } from "./demo-records";
import { EXIT, type CliIo, type ExitCode } from "../io";
import { progressFor } from "../progress";
import { AS_OF_EXPECTED, documentOutputs, writeOutputs, type ReportOutput } from "../report-output";
import { buildAllReports, dashboardHtml, findingsOutputs } from "./report";
import { stringOption, type Command, type CommandContext } from "./command";

/**
 * What `psea demo` runs with.
 *
 * @category CLI
 * @example
 * const options: DemoOptions = { outDir: "psea-demo", seed: 2018, personnel: 5000, asOf: "2019-06-30" };
 */
export interface DemoOptions {
  readonly outDir: string;
  readonly seed: number;
  readonly personnel: number;
  readonly asOf: string;
  readonly quiet?: boolean;
  /** Put into every victim's and complainant's identity, to prove that none reaches an output. */
  readonly canary?: string;
}

/**
 * The defaults of `psea demo`: seed 2018, 5,000 personnel, as of 30 June 2019, into `psea-demo`.
 *
 * @category CLI
 * @example
 * DEMO_DEFAULTS.personnel; // 5000
 */
export const DEMO_DEFAULTS = { outDir: "psea-demo", seed: 2018, personnel: 5000, asOf: "2019-06-30" } as const;

/**
 * What a demo run wrote.
 *
 * @category CLI
 * @example
 * const r: DemoResult = { dataset: "psea-demo/dataset.json", dashboard: "psea-demo/dashboard.html", files: [], summary: "" };
 */
export interface DemoResult {
  readonly dataset: string;
  readonly dashboard: string;
  readonly files: readonly string[];
  readonly summary: string;
}

/**
 * The demo: generates a synthetic mission (seeded), writes it as `dataset.json` (a real file to
 * feed to `psea validate` and `psea report`), builds every report kind of the registry, and writes
 * the dashboard (`dashboard.html`), each report as JSON and its tables as CSV, and the findings as
 * JSON, CSV and Markdown. Returns the paths and a summary naming the dashboard. The synthetic
 * victims and complainants have identities; no report carries them.
 *
 * @category CLI
 * @example
 * const files = new Map<string, string>();
 * const io: CliIo = { readFile: () => "", stdout: () => {}, stderr: () => {}, now: () => new Date(0),
 *   writeFile: async (path, chunks) => { let t = ""; for await (const c of chunks) t += c; files.set(path, t); } };
 * const done = runDemo({ outDir: "out", seed: 1, personnel: 50, asOf: "2019-06-30", quiet: true }, io, { io, ruleSet: pseaRuleSet, reportKinds: defaultReportKinds(pseaRuleSet) });
 * done instanceof Promise; // true: it resolves once out/dashboard.html and the rest are written
 */
export async function runDemo(options: DemoOptions, io: CliIo, ctx: CommandContext): Promise<DemoResult> {
  const progress = progressFor(io, options.quiet === true);
  const generated = generateMission({
    seed: options.seed,
    personnel: options.personnel,
    asOf: options.asOf,
    violations: "some",
    ...(options.canary !== undefined ? { canary: options.canary } : {}),
  });
  const regions = (generated.offices ?? []).map((o) => o.region);
  const dataset = { ...generated, ...demoRecords(regions, options.asOf, options.seed) };
  const built = buildAllReports(dataset, ctx.reportKinds ?? {}, { asOf: options.asOf }, progress);
  const outputs: ReportOutput[] = [{ name: "dataset.json", chunks: jsonChunks(dataset) }];
  if (built.findings) outputs.push(...(["json", "csv", "md"] as const).flatMap((f) => findingsOutputs(built.findings!, f, true)));
  for (const doc of built.documents) {
    if (doc.kind === "findings") continue;
    outputs.push(...documentOutputs(doc, "json", { bom: true, single: false }), ...documentOutputs(doc, "csv", { bom: true, single: false }));
  }
  outputs.push({ name: "dashboard.html", chunks: [await dashboardHtml(built, dataset.mission.name, options.asOf)] });
  const files = await writeOutputs(io, options.outDir, outputs);
  const dashboard = join(options.outDir, "dashboard.html");
  const t = built.findings?.totals;
  const lines = [
    `PSEA Policy Kit demo: ${dataset.mission.name} (synthetic, seed ${options.seed}) as of ${options.asOf}`,
    `${(dataset.personnel?.length ?? 0).toLocaleString("en")} personnel, ${dataset.offices?.length ?? 0} offices, ${dataset.allegations?.length ?? 0} allegations.`,
    ...(t ? [`${t.rulesEvaluated} rules evaluated as of ${options.asOf}: ${t.bySeverity.violation} violations, ${t.bySeverity.warning} warnings, ${t.bySeverity.notice} notices.`] : []),
    "",
    ...(built.findings ? [findingsSummary(built.findings)] : []),
    `Reports: ${built.documents.map((d) => d.kind).join(", ")}${built.skipped.length > 0 ? ` (not built: ${built.skipped.map((s) => s.kind).join(", ")})` : ""}.`,
    `${files.length} files written to ${options.outDir}, the dataset as ${join(options.outDir, "dataset.json")}.`,
    "",
    `Dashboard: ${dashboard}`,
    "",
  ];
  return { dataset: join(options.outDir, "dataset.json"), dashboard, files, summary: lines.join("\n") };
}

function integer(values: Readonly<Record<string, string | boolean | undefined>>, name: string, fallback: number, min: number): number | string {
  const raw = stringOption(values, name);
  if (raw === undefined) return fallback;
  return /^\d{1,9}$/.test(raw) && Number(raw) >= min ? Number(raw) : `--${name}: expected a whole number of at least ${min}`;
}

/**
 * `psea demo [--out DIR] [--personnel N] [--seed N] [--as-of DATE] [--quiet]`: writes a synthetic
 * mission dataset, every report and the dashboard, and prints a summary naming the dashboard.
 *
 * @category CLI
 * @example
 * demoCommand.usage; // "psea demo [--out DIR] [--personnel N] [--seed N] [--as-of YYYY-MM-DD] [--quiet]"
 */
export const demoCommand: Command = {
  name: "demo",
  summary: "Write a synthetic mission dataset, every report and the dashboard",
  usage: "psea demo [--out DIR] [--personnel N] [--seed N] [--as-of YYYY-MM-DD] [--quiet]",
  help: [
    "Generates a synthetic mission (with planted violations), writes it as dataset.json, and",
    "writes every report built from it: dashboard.html, each report as JSON and its tables as",
    "CSV, and the findings as JSON, CSV and Markdown. Then try:",
    "  psea validate psea-demo/dataset.json --as-of 2019-06-30",
    "  psea report public-data psea-demo/dataset.json --as-of 2019-06-30 --format csv",
    "",
    "Options:",
    `  -o, --out DIR          where to write (default ${DEMO_DEFAULTS.outDir})`,
    `  --personnel N          personnel to generate (default ${DEMO_DEFAULTS.personnel})`,
    `  --seed N               the generator's seed (default ${DEMO_DEFAULTS.seed})`,
    `  --as-of YYYY-MM-DD     the date of the reports (default ${DEMO_DEFAULTS.asOf})`,
    "  -q, --quiet            no progress bar",
  ].join("\n"),
  options: {
    out: { type: "string", short: "o", valueName: "DIR" },
    personnel: { type: "string", valueName: "N" },
    seed: { type: "string", valueName: "N" },
    "as-of": { type: "string", valueName: "YYYY-MM-DD" },
    quiet: { type: "boolean", short: "q" },
  },
  positionals: { min: 0, max: 0 },
  async run({ values }, ctx): Promise<ExitCode> {
    const { io } = ctx;
    const seed = integer(values, "seed", DEMO_DEFAULTS.seed, 0);
    const personnel = integer(values, "personnel", DEMO_DEFAULTS.personnel, 1);
    const asOf = normalizeAsOf(stringOption(values, "as-of") ?? DEMO_DEFAULTS.asOf);
    const problems = [seed, personnel].filter((v): v is string => typeof v === "string");
    if (asOf === undefined) problems.push(`--as-of: ${AS_OF_EXPECTED}`);
    if (typeof personnel === "number" && personnel > 1_000_000) problems.push("--personnel: at most 1000000");
    if (problems.length > 0 || asOf === undefined) {
      for (const p of problems) io.stderr(`psea demo: ${p}\n`);
      return EXIT.badInput;
    }
    if (!io.writeFile) {
      io.stderr("psea demo: this host cannot write files\n");
      return EXIT.badInput;
    }
    const result = await runDemo(
      { outDir: stringOption(values, "out") ?? DEMO_DEFAULTS.outDir, seed: seed as number, personnel: personnel as number, asOf, quiet: values["quiet"] === true },
      io,
      ctx,
    );
    io.stdout(result.summary);
    return EXIT.ok;
  },
};
