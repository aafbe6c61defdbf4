// Masks identity values out of a findings-sized output of n allegations, each with its own victim
// and complainant identities, at n = 1,000 and n = 8,000, and reports each cost as a ratio against
// JSON.stringify of the output and of the identities' dataset (linear work over the same data),
// measured in the same run.
// Masking linear in the output keeps that ratio flat as n grows eightfold; a quadratic masking
// (every string tested against every identity) multiplies it by about eight.
// Writes bench/results-mask.json.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { maskIdentityValues } from "@psea/reports";
import { Bench } from "tinybench";

const SIZES = [1_000, 8_000] as const;

function dataset(n: number) {
  const allegations = Array.from({ length: n }, (_, i) => ({
    id: `A-${i}`,
    victims: [{ ref: `V-${i}`, identity: { name: `Victim Name ${i} Ngaba`, contact: `+236 7${String(i).padStart(7, "0")}` } }],
    complainant: { ref: `C-${i}`, identity: { name: `Complainant ${i} Yakite` } },
  }));
  return { allegations };
}

// What an evaluation gives for such a dataset: a few findings per allegation, with their facts.
function output(n: number) {
  return {
    findings: Array.from({ length: n * 3 }, (_, i) => ({
      ruleId: "sgb-3.2b-child-victim",
      subject: { kind: "allegation", id: `A-${Math.floor(i / 3)}` },
      path: ["allegations", Math.floor(i / 3), "victims", 0],
      message: `allegation A-${Math.floor(i / 3)}: the victim was under 18 on the incident date`,
      explanation: { facts: { victimRef: `V-${Math.floor(i / 3)}`, ageAtIncident: 16, incidentDate: "2018-05-01" } },
    })),
  };
}

const cases = SIZES.map((n) => ({ n, source: dataset(n), value: output(n) }));
// Correctness before speed: an identity copied into a message is masked.
{
  const { source, value } = cases[0]!;
  const leaked = { ...value, note: "Victim Name 7 Ngaba called" };
  if (JSON.stringify(maskIdentityValues(leaked, source)).includes("Victim Name 7 Ngaba")) throw new Error("an identity was not masked");
}

const bench = new Bench({ iterations: Number(process.env["BENCH_ITERATIONS"] ?? 5), warmupIterations: 1 });
for (const { n, source, value } of cases) {
  bench.add(`stringify ${n}`, () => void (JSON.stringify(value) + JSON.stringify(source)));
  bench.add(`mask ${n}`, () => void maskIdentityValues(value, source));
}
await bench.run();
const mean = (name: string) => {
  const r = bench.tasks.find((t) => t.name === name)?.result as { latency?: { mean?: number } } | undefined;
  return r?.latency?.mean ?? Number.NaN;
};

const rows = cases.map(({ n }) => ({ n, stringifyMs: mean(`stringify ${n}`), maskMs: mean(`mask ${n}`), ratio: mean(`mask ${n}`) / mean(`stringify ${n}`) }));
const growth = rows[1]!.ratio / rows[0]!.ratio;
const results = {
  benchmark: "maskIdentityValues over a findings-sized output, against JSON.stringify of it and of the dataset, at two sizes",
  node: process.version,
  rows,
  // 1 for masking linear in the output; about 8 (the size ratio) for quadratic masking.
  ratioGrowth: Number(growth.toFixed(2)),
  linear: growth < 2,
};
writeFileSync(join(import.meta.dirname, "results-mask.json"), `${JSON.stringify(results, null, 2)}\n`);
for (const r of rows) {
  process.stdout.write(`  ${String(r.n).padStart(5)} allegations: mask ${r.maskMs.toFixed(1)} ms, stringify ${r.stringifyMs.toFixed(1)} ms, ratio ${r.ratio.toFixed(1)}×\n`);
}
process.stdout.write(`  ratio growth for 8× the allegations: ${growth.toFixed(2)} (${results.linear ? "linear" : "NOT linear"})\n`);
