// `pnpm bench`: every figure of the kit's performance, measured in one run and printed as one table
// of ratios, each beside its target with a pass/miss mark. Parts that need a clean process (a size
// of the dataset, peak memory, a cold import) run in child processes of this run. No test asserts
// on timings; this is where they live.
//
// PSEA_BENCH_SIZES=10000,100000 (personnel sizes for the rules-vs-parse rows; default adds 1,000,000)
// PSEA_BENCH_QUICK=1 (a few minutes: sizes 10k and 100k, 100k CSV rows, 2,000 case histories,
// 3 import samples, peak memory at 100k)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageFigures } from "./lib/bundles";
import type { Timing } from "./lib/measure";

const here = import.meta.dirname;
const root = join(here, "..");
const quick = process.env["PSEA_BENCH_QUICK"] === "1";
const sizes = (process.env["PSEA_BENCH_SIZES"] ?? (quick ? "10000,100000" : "10000,100000,1000000")).split(",").map(Number);
const largest = Math.max(...sizes);
const tmp = mkdtempSync(join(tmpdir(), "psea-bench-"));

function part<T>(file: string, args: string[], env: Record<string, string> = {}, flags: string[] = []): T {
  process.stderr.write(`  running ${file} ${args.join(" ")}\n`);
  const out = execFileSync(process.execPath, [...flags, "--conditions=@psea/source", "--import", "tsx", join(here, file), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 64 * 2 ** 20,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = out.split("\n").find((l) => l.startsWith("@@result "));
  if (line) return JSON.parse(line.slice("@@result ".length)) as T;
  return undefined as T;
}

interface Row {
  readonly measure: string;
  readonly value: string;
  readonly target: string;
  readonly pass: boolean | undefined;
  readonly detail: string;
}
const rows: Row[] = [];
const x = (n: number) => `${n.toFixed(2)}×`;
const ms = (t: Timing) => `${t.cpuMs.toFixed(0)} ms CPU / ${t.wallMs.toFixed(0)} ms wall`;
const ratioRow = (measure: string, a: Timing, b: Timing, target: number, atLeast = false) => {
  const cpu = a.cpuMs / b.cpuMs;
  const wall = a.wallMs / b.wallMs;
  rows.push({
    measure,
    value: `${x(cpu)} CPU, ${x(wall)} wall`,
    target: `${atLeast ? "≥" : "≤"} ${target}×`,
    pass: atLeast ? cpu >= target : cpu <= target,
    detail: `${ms(a)} vs ${ms(b)}`,
  });
};

try {
  // 1. Every rule against a bare safeParse, per size, and the cost per person across sizes.
  type SizeResult = { personnel: number; rules: number; findings: number; parse: Timing; evaluate: Timing };
  const bySize: SizeResult[] = sizes.map((n) => part<SizeResult>("parts/evaluate-size.ts", [String(n)]));
  for (const s of bySize) ratioRow(`all ${s.rules} rules (evaluate) / MissionDataset.safeParse, ${s.personnel.toLocaleString("en")} personnel`, s.evaluate, s.parse, 1.5);
  if (bySize.length > 1) {
    const perPerson = (s: SizeResult) => s.evaluate.cpuMs / s.personnel;
    const flat = perPerson(bySize.at(-1)!) / perPerson(bySize[0]!);
    rows.push({
      measure: `evaluate CPU per person, ${bySize.at(-1)!.personnel.toLocaleString("en")} / ${bySize[0]!.personnel.toLocaleString("en")}`,
      value: x(flat),
      target: "≤ 1.5× (flat)",
      pass: flat <= 1.5,
      detail: `${bySize.map((s) => `${(perPerson(s) * 1000).toFixed(1)} µs`).join(", ")} CPU per person`,
    });
  }

  // 2. The same five rules in json-rules-engine and GoRules ZEN (findings checked identical first).
  type Engines = { personnel: number; facts: number; findings: number; kit: { rulesAlone: Timing; endToEnd: Timing }; jsonRulesEngine: { rulesAlone: Timing; endToEnd: Timing }; zen: { rulesAlone: Timing; endToEnd: Timing } };
  const engines = part<Engines>("parts/engines.ts", [quick ? "5000" : "10000"]);
  const at = `5 rules, ${engines.personnel.toLocaleString("en")} personnel, ${engines.findings} identical findings`;
  ratioRow(`json-rules-engine / kit, rules alone (${at})`, engines.jsonRulesEngine.rulesAlone, engines.kit.rulesAlone, 50, true);
  ratioRow(`GoRules ZEN / kit, rules alone`, engines.zen.rulesAlone, engines.kit.rulesAlone, 20, true);
  ratioRow(`json-rules-engine / kit, end to end (kit validates)`, engines.jsonRulesEngine.endToEnd, engines.kit.endToEnd, 5, true);
  ratioRow(`GoRules ZEN / kit, end to end (kit validates)`, engines.zen.endToEnd, engines.kit.endToEnd, 5, true);

  // 3. Replay against a hand-written reducer.
  part("run.ts", [], quick ? { BENCH_HISTORIES: "2000", BENCH_ITERATIONS: "3" } : {});
  const replay = JSON.parse(readFileSync(join(here, "results.json"), "utf8")) as { events: number; ratio: { machineOverHandWritten: number }; meanMsPerPass: { machine: number; hand: number }; cpuMsOnePass: { machine: number; hand: number; ratio: number } };
  rows.push({
    measure: `replay() / hand-written reducer (${replay.events.toLocaleString("en")} events)`,
    value: `${x(replay.cpuMsOnePass.ratio)} CPU, ${x(replay.ratio.machineOverHandWritten)} wall`,
    target: "≤ 2×",
    pass: replay.cpuMsOnePass.ratio <= 2,
    detail: `${replay.cpuMsOnePass.machine.toFixed(0)} ms vs ${replay.cpuMsOnePass.hand.toFixed(0)} ms CPU a pass`,
  });

  // 4. psea validate end to end at 100k, and its peak memory at the largest size.
  const validateSize = Math.min(100_000, largest);
  const file = join(tmp, `mission-${validateSize}.json`);
  part("parts/write-dataset.ts", [String(validateSize), file]);
  const v = part<{ baseline: Timing; validate: Timing }>("parts/validate.ts", [file]);
  ratioRow(`psea validate / (read + JSON.parse + safeParse), ${validateSize.toLocaleString("en")} personnel`, v.validate, v.baseline, 1.5);
  const rssSize = quick ? validateSize : largest;
  const rssFile = rssSize === validateSize ? file : join(tmp, `mission-${rssSize}.json`);
  if (rssFile !== file) part("parts/write-dataset.ts", [String(rssSize), rssFile]);
  const rss = part<{ maxRssMb: number }>("parts/validate.ts", [rssFile, "rss"]);
  const baseRss = part<{ maxRssMb: number }>("parts/validate.ts", [rssFile, "baseline-rss"]);
  rows.push({
    measure: `psea validate peak RSS, ${rssSize.toLocaleString("en")} personnel`,
    value: `${(rss.maxRssMb / 1024).toFixed(2)} GiB`,
    target: "< 2.5 GiB",
    pass: rss.maxRssMb < 2.5 * 1024,
    detail: `read + JSON.parse + safeParse alone: ${(baseRss.maxRssMb / 1024).toFixed(2)} GiB`,
  });

  // Masking identities out of the output: linear when its cost ratio does not grow with the size.
  part("mask.ts", []);
  const mask = JSON.parse(readFileSync(join(here, "results-mask.json"), "utf8")) as { ratioGrowth: number };
  rows.push({ measure: "masking identities: cost ratio growth for 8× the allegations", value: x(mask.ratioGrowth), target: "< 2× (linear)", pass: mask.ratioGrowth < 2, detail: "Aho-Corasick, one pass over each string" });

  // 5. A million public-data rows as CSV against JSON.stringify, and memory while writing.
  part("report-csv.ts", [], { BENCH_ROWS: quick ? "100000" : "1000000", BENCH_ITERATIONS: quick ? "2" : "3" }, ["--expose-gc"]);
  const csv = JSON.parse(readFileSync(join(here, "results-report-csv.json"), "utf8")) as { rows: number; ratio: { wall: number; cpu: number }; rssGrowthMb: number };
  rows.push({ measure: `CSV / JSON.stringify, ${csv.rows.toLocaleString("en")} rows`, value: `${x(csv.ratio.cpu)} CPU, ${x(csv.ratio.wall)} wall`, target: "≤ 1.5×", pass: csv.ratio.cpu <= 1.5, detail: "" });
  rows.push({ measure: "CSV resident memory growth", value: `${csv.rssGrowthMb} MB`, target: "< 64 MB", pass: csv.rssGrowthMb < 64, detail: "" });

  // 6. Bundle sizes and cold imports.
  process.stderr.write("  bundling packages and timing cold imports\n");
  const figures = await packageFigures(quick ? 3 : 7);
  for (const p of figures.packages) {
    const core = p.name === "@psea/core";
    rows.push({
      measure: `${p.name} min+gzip, deps external`,
      value: `${(p.gzipBytes / 1024).toFixed(1)} KB`,
      target: core ? "≤ 30 KB" : "-",
      pass: core ? p.gzipBytes <= 30 * 1024 : undefined,
      detail: `cold import ${p.importCpuMs.toFixed(0)} ms CPU / ${p.importWallMs.toFixed(0)} ms wall`,
    });
  }
  const core = figures.packages.find((p) => p.name === "@psea/core")!;
  const coldCpu = core.importCpuMs / figures.zod.cpuMs;
  rows.push({
    measure: "cold import @psea/core / zod alone",
    value: `${x(coldCpu)} CPU, ${x(core.importWallMs / figures.zod.wallMs)} wall`,
    target: "≤ 1.5×",
    pass: coldCpu <= 1.5,
    detail: `zod ${figures.zod.cpuMs.toFixed(0)} ms CPU / ${figures.zod.wallMs.toFixed(0)} ms wall (median of fresh processes)`,
  });

  const head = ["measure", "value", "target", "", "detail"];
  const table = rows.map((r) => [r.measure, r.value, r.target, r.pass === undefined ? "" : r.pass ? "pass" : "MISS", r.detail]);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  process.stdout.write(`\nPSEA Policy Kit benchmarks (node ${process.version}; ratios in CPU time, wall time beside)\n\n${line(head)}\n${line(widths.map((w) => "-".repeat(w)))}\n${table.map(line).join("\n")}\n`);
  writeFileSync(join(here, "results-suite.json"), `${JSON.stringify({ node: process.version, quick, sizes, rows, bySize, engines, figures }, null, 2)}\n`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
