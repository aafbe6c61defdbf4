// The five rules in the kit, json-rules-engine and GoRules ZEN over the same dataset: findings
// compared first (the run fails if they differ), then rules alone and end to end.
import { generateMission } from "@psea/fixtures";
import type { MissionDataset } from "@psea/core";
import { factsOf, jsonRulesEngine, kit, kitFindings, zenEngine } from "../lib/engines";
import { measure, report } from "../lib/measure";

const personnel = Number(process.argv[2] ?? 10_000);
const AS_OF = "2019-06-30";
const dataset = generateMission({ seed: 2018, personnel, asOf: AS_OF, violations: "some" });
const k = kit(AS_OF);
const parsed = k.parse(dataset);
const raw = dataset as unknown as MissionDataset;
const facts = factsOf(raw, AS_OF);
const jre = jsonRulesEngine();
const zen = zenEngine();

const expected = kitFindings(k.endToEnd(dataset));
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
for (const [name, got] of [
  ["kit, rules alone", kitFindings(k.rulesAlone(parsed))],
  ["json-rules-engine", await jre(facts)],
  ["GoRules ZEN", await zen.run(facts)],
] as const) {
  if (!same(got, expected)) {
    process.stderr.write(`${name}: ${got.length} findings, the kit ${expected.length}; first difference: ${got.find((x) => !expected.includes(x)) ?? expected.find((x) => !got.includes(x))}\n`);
    process.exit(1);
  }
}
const passes = 3;
const result = {
  personnel,
  facts: facts.length,
  findings: expected.length,
  kit: { rulesAlone: await measure(() => k.rulesAlone(parsed), 10), endToEnd: await measure(() => k.endToEnd(dataset), passes) },
  jsonRulesEngine: { rulesAlone: await measure(() => jre(facts), passes), endToEnd: await measure(() => jre(factsOf(raw, AS_OF)), passes) },
  zen: { rulesAlone: await measure(() => zen.run(facts), passes), endToEnd: await measure(() => zen.run(factsOf(raw, AS_OF)), passes) },
};
zen.dispose();
report(result);
