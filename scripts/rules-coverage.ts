// Obligation coverage: for every obligation in the policy catalogue, which rules, exceptions or
// workflow steps encode it and which test files exercise it. Fails below a threshold.
//   pnpm rules:coverage [--min 1] [--json] [--catalogue path]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { combineRuleSets } from "@psea/core";
import { allRules as coreRules } from "@psea/core/rules";
import { partnerRules } from "@psea/partners";
import { riskRules } from "@psea/risk";
import { trainingRules } from "@psea/training";

// Every rule set the kit ships: the core's, and those of the packages that add their own sections.
const allRules = combineRuleSets("coverage", "Every rule the kit ships", [coreRules, trainingRules, riskRules, partnerRules]);

const root = join(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    min: { type: "string", default: "1" },
    json: { type: "boolean", default: false },
    catalogue: { type: "string" },
  },
});
const candidates = [values.catalogue, join(root, "../shared/policy/obligations.json"), join(root, "docs/policy/obligations.json")];
const cataloguePath = candidates.find((p): p is string => p !== undefined && existsSync(p));
if (!cataloguePath) {
  process.stderr.write("no obligation catalogue found\n");
  process.exit(2);
}
const catalogue = JSON.parse(readFileSync(cataloguePath, "utf8")) as { obligations: { id: string; kind: string; summary: string }[] };

function walk(dir: string, acc: string[] = []): string[] {
  if (!existsSync(dir)) return acc;
  for (const name of readdirSync(dir)) {
    if (["node_modules", "dist", ".git", "coverage"].includes(name)) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, acc);
    else if (/\.(ts|mts|tsx)$/.test(name)) acc.push(p);
  }
  return acc;
}
const files = walk(join(root, "packages")).concat(walk(join(root, "examples")));
const isTest = (p: string) => /(\.test\.|\.test-d\.|\/test\/)/.test(p);
const sources = files.filter((f) => !isTest(f)).map((f) => ({ f, text: readFileSync(f, "utf8") }));
const tests = files.filter(isTest).map((f) => ({ f, text: readFileSync(f, "utf8") }));
const literal = (id: string) => new RegExp(`["'\`]${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["'\`]`);

const rows = catalogue.obligations.map((o) => {
  const rules = allRules.rules.filter((r) => r.obligations.includes(o.id as never)).map((r) => r.id);
  const exceptions = allRules.exceptions.filter((e) => e.obligation === o.id).map((e) => e.id);
  const encodedIn = sources.filter((s) => literal(o.id).test(s.text)).map((s) => relative(root, s.f));
  const testedIn = tests.filter((t) => t.text.includes(o.id)).map((t) => relative(root, t.f));
  const encoded = rules.length + exceptions.length > 0 || encodedIn.length > 0;
  return { id: o.id, kind: o.kind, rules: [...rules, ...exceptions], encodedIn, testedIn, covered: encoded && testedIn.length > 0 };
});
const covered = rows.filter((r) => r.covered).length;
const ratio = covered / rows.length;
const min = Number(values.min);

if (values.json) process.stdout.write(`${JSON.stringify({ catalogue: relative(root, cataloguePath), covered, total: rows.length, ratio, rows }, null, 2)}\n`);
else {
  for (const r of rows) {
    const mark = r.covered ? "ok " : "-- ";
    const where = r.rules.length > 0 ? r.rules.join(", ") : r.encodedIn.slice(0, 2).join(", ") || "not encoded";
    process.stdout.write(`${mark}${r.id.padEnd(11)} ${r.kind.padEnd(14)} ${where}  [${r.testedIn.length} test file(s)]\n`);
  }
  process.stdout.write(`obligations covered: ${covered}/${rows.length} (${(ratio * 100).toFixed(1)}%), threshold ${(min * 100).toFixed(0)}%\n`);
}
process.exit(ratio + 1e-9 >= min ? 0 : 1);
