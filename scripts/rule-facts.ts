// Lists the fact keys every rule and exception can put in a finding's explanation, read from the
// code by the TypeScript compiler: the keys of the type of every `facts` a rule's definition (or a
// function it calls) builds. `pnpm run docs:reference` writes docs/rule-facts.md; a test keeps it in
// step with the code.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { pseaRuleSet } from "@psea/cli";

const root = join(import.meta.dirname, "..");
const PACKAGES = ["core", "training", "risk", "partners"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** Where a rule's or an exception's facts come from, and their keys. */
export interface DefinitionFacts {
  readonly file: string;
  readonly keys: readonly string[];
  /** Some facts have keys only known at run time (a record spread in). */
  readonly openEnded: boolean;
}

function program(): ts.Program {
  const configPath = join(root, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  // Only the files that define rules are roots; what they import is loaded with them.
  const files = PACKAGES.flatMap((p) => sourceFiles(join(root, "packages", p, "src"))).filter((f) => /define(Rule|Exception)\(|CadenceRule\(/.test(readFileSync(f, "utf8")));
  return ts.createProgram({ rootNames: files, options: { ...parsed.options, noEmit: true, skipLibCheck: true, types: [] } });
}

const isUnder = (file: string) => PACKAGES.some((p) => file.startsWith(join(root, "packages", p, "src")));

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// An id as a string, or, for a template such as `ap.cc1474.measure.${measure}`, as a pattern: "/^ap\.cc1474\.measure\..+$/".
function stringProperty(obj: ts.ObjectLiteralExpression, name: string, checker: ts.TypeChecker): string | undefined {
  for (const p of obj.properties) {
    if (!ts.isPropertyAssignment(p) || p.name.getText() !== name) continue;
    const t = checker.getTypeAtLocation(p.initializer);
    if (t.isStringLiteral()) return t.value;
    const e = p.initializer;
    if (ts.isTemplateExpression(e)) return `/^${escapeRegExp(e.head.text)}${e.templateSpans.map((s) => `.+${escapeRegExp(s.literal.text)}`).join("")}$/`;
  }
  return undefined;
}

function factsOf(facts: Map<string, DefinitionFacts>, id: string): DefinitionFacts | undefined {
  const exact = facts.get(id);
  if (exact) return exact;
  for (const [key, f] of facts) if (key.startsWith("/") && new RegExp(key.slice(1, -1)).test(id)) return f;
  return undefined;
}

/** Collects the keys of every `facts` under `node`, following calls into the kit's own functions. */
function collectFacts(node: ts.Node, checker: ts.TypeChecker, keys: Set<string>, seen: Set<ts.Node>, open: { value: boolean }): void {
  const visit = (n: ts.Node): void => {
    if ((ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n)) && n.name.getText() === "facts") {
      const expr = ts.isPropertyAssignment(n) ? n.initializer : n.name;
      const type = checker.getTypeAtLocation(expr);
      const parts = type.isUnion() ? type.types : [type];
      for (const part of parts) {
        const nonNull = checker.getNonNullableType(part);
        const props = checker.getPropertiesOfType(nonNull);
        for (const p of props) keys.add(p.getName());
        if (checker.getIndexInfosOfType(nonNull).length > 0 && props.length === 0) open.value = true;
      }
    }
    if (ts.isCallExpression(n) || ts.isIdentifier(n)) {
      const target = ts.isCallExpression(n) ? n.expression : n;
      let symbol = checker.getSymbolAtLocation(target);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      for (const d of symbol?.declarations ?? []) {
        const body =
          ts.isFunctionDeclaration(d) || ts.isMethodDeclaration(d)
            ? d
            : ts.isVariableDeclaration(d) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer) || ts.isObjectLiteralExpression(d.initializer))
              ? d.initializer
              : undefined;
        if (!body || seen.has(body) || !isUnder(d.getSourceFile().fileName)) continue;
        // A rule or cadence defined elsewhere is its own entry, not part of this one.
        if (ts.isObjectLiteralExpression(body) && !ts.isCallExpression(n)) continue;
        seen.add(body);
        visit(body);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
}

function calleeName(call: ts.CallExpression): string {
  return ts.isIdentifier(call.expression) ? call.expression.text : call.expression.getText();
}

/** The cadence id behind a `periodicCadenceRule(x)` / `perEventCadenceRule(x)` argument. */
function cadenceIdOf(arg: ts.Expression, checker: ts.TypeChecker): string | undefined {
  let symbol = checker.getSymbolAtLocation(arg);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const d = symbol?.declarations?.[0];
  if (!d || !ts.isVariableDeclaration(d) || !d.initializer || !ts.isCallExpression(d.initializer)) return undefined;
  const obj = d.initializer.arguments[0];
  return obj && ts.isObjectLiteralExpression(obj) ? stringProperty(obj, "id", checker) : undefined;
}

/** The facts of every rule and exception of the kit, by id, read from the code. */
export function ruleFactsFromCode(): Map<string, DefinitionFacts> {
  const p = program();
  const checker = p.getTypeChecker();
  const out = new Map<string, DefinitionFacts>();
  for (const sf of p.getSourceFiles()) {
    if (!isUnder(sf.fileName) || sf.fileName.endsWith("define-rule.ts") || sf.fileName.endsWith("define-exception.ts")) continue;
    const visit = (n: ts.Node): void => {
      if (ts.isCallExpression(n)) {
        const name = calleeName(n);
        const arg = n.arguments[0];
        let id: string | undefined;
        if ((name === "defineRule" || name === "defineException") && arg && ts.isObjectLiteralExpression(arg)) id = stringProperty(arg, "id", checker);
        if ((name === "periodicCadenceRule" || name === "perEventCadenceRule") && arg) {
          const cadence = cadenceIdOf(arg, checker);
          if (cadence !== undefined) id = `cadence.${cadence}`;
        }
        if (id !== undefined) {
          const keys = new Set<string>();
          const open = { value: false };
          collectFacts(n, checker, keys, new Set(), open);
          out.set(id, { file: relative(root, sf.fileName), keys: [...keys], openEnded: open.value });
          return;
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The fact keys of every rule and exception of `pseaRuleSet`, as Markdown. */
export function renderRuleFacts(facts: Map<string, DefinitionFacts> = ruleFactsFromCode()): string {
  const row = (id: string, what: string, none = "none") => {
    const f = factsOf(facts, id);
    const keys = f ? [...f.keys].map((k) => `\`${k}\``).join(", ") + (f.openEnded ? " (and keys known only at run time)" : "") : "(not found in the code)";
    return `| \`${id}\` | ${cell(what)} | ${keys || none} | ${f ? `\`${f.file}\`` : ""} |`;
  };
  const lines = [
    "# Fact keys of every rule",
    "",
    "Generated from the code by `pnpm run docs:reference` (the TypeScript compiler reads the type of every `facts`",
    "a rule builds); do not edit by hand. Each finding's `explanation.facts` holds some of the keys listed for its",
    "rule: which ones depends on the finding (a rule may build different facts for different cases). Facts never",
    "carry a victim's or complainant's identity. An exception that lowers a finding adds its own facts under",
    "`explanation.exception.facts` when it applies on the recorded facts.",
    "",
    "## Rules",
    "",
    "| rule | obligations | fact keys | defined in |",
    "| --- | --- | --- | --- |",
    ...pseaRuleSet.rules.map((r) => row(r.id, r.obligations.join(", "))),
    "",
    "## Exceptions",
    "",
    "| exception | obligation; lowers | fact keys | defined in |",
    "| --- | --- | --- | --- |",
    ...pseaRuleSet.exceptions.map((e) => row(e.id, `${e.obligation}; ${e.overrides} to ${e.lowersTo}`, "none: it applies on a recorded decision, named in the basis")),
  ];
  return `${lines.join("\n")}\n`;
}
