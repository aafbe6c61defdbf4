// Every rule the kit ships against a bare safeParse of the same dataset, at one size (argv[2]).
import { MissionDataset, evaluate } from "@psea/core";
import { pseaRuleSet } from "@psea/cli";
import { generateMission } from "@psea/fixtures";
import { measure, report } from "../lib/measure";

const personnel = Number(process.argv[2] ?? 10_000);
const AS_OF = "2019-06-30";
const dataset = generateMission({ seed: 2018, personnel, asOf: AS_OF, violations: "some" });
const check = evaluate(pseaRuleSet, dataset, { asOf: AS_OF });
if (!check.ok) throw new Error(`the generated mission did not parse: ${check.issues.length} issues`);
const passes = personnel >= 1_000_000 ? 1 : personnel >= 100_000 ? 3 : 10;
const warm = personnel < 1_000_000;
const parse = await measure(() => MissionDataset.safeParse(dataset), passes, warm);
const rules = await measure(() => evaluate(pseaRuleSet, dataset, { asOf: AS_OF }), passes, warm);
report({ personnel, rules: pseaRuleSet.rules.length, findings: check.findings.length, parse, evaluate: rules });
