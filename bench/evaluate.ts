// Checks a 100,000-personnel synthetic mission against every rule the kit ships and reports the cost as
// a ratio against parsing the same dataset with its schema alone, measured in the same run: the parse
// is work any host does anyway, so the ratio says what the rules add. Writes bench/results-evaluate.json.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { MissionDataset, evaluate } from "@psea/core";
import { pseaRuleSet } from "@psea/cli";
import { generateMission } from "@psea/fixtures";
import { Bench } from "tinybench";

const PERSONNEL = 100_000;
const AS_OF = "2019-06-30";
const dataset = generateMission({ seed: 2018, personnel: PERSONNEL, asOf: AS_OF, violations: "some" });

const check = evaluate(pseaRuleSet, dataset, { asOf: AS_OF });
if (!check.ok) throw new Error(`the generated mission did not parse: ${check.issues.length} issues`);

const bench = new Bench({ iterations: 5, warmupIterations: 1 });
bench
  .add("parse only (MissionDataset.safeParse)", () => {
    MissionDataset.safeParse(dataset);
  })
  .add(`evaluate(pseaRuleSet): parse + ${pseaRuleSet.rules.length} rules`, () => {
    evaluate(pseaRuleSet, dataset, { asOf: AS_OF });
  });
await bench.run();

const [parse, rules] = bench.tasks.map((t) => {
  const r = t.result as { latency?: { mean?: number } } | undefined;
  return { name: t.name, meanMs: r?.latency?.mean ?? Number.NaN };
});
const ratio = rules!.meanMs / parse!.meanMs;
const results = {
  benchmark: "evaluate every rule over a synthetic mission vs parsing it",
  personnel: PERSONNEL,
  rules: pseaRuleSet.rules.length,
  findings: check.findings.length,
  node: process.version,
  meanMs: { parse: parse!.meanMs, evaluate: rules!.meanMs },
  ratio,
};
writeFileSync(join(import.meta.dirname, "results-evaluate.json"), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(
  `${PERSONNEL.toLocaleString("en")} personnel, ${results.rules} rules, ${results.findings} findings\n` +
    `  ${parse!.name.padEnd(48)} ${parse!.meanMs.toFixed(1)} ms\n` +
    `  ${rules!.name.padEnd(48)} ${rules!.meanMs.toFixed(1)} ms\n` +
    `  ratio evaluate / parse: ${ratio.toFixed(2)}×\n`,
);
