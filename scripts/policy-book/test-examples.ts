// Harvests the policy book's examples from the tests themselves: every `it`/`test` call, with the
// titles of the `describe` blocks around it and the ids it names. The files are parsed, never run,
// so the book is cheap to build and does not depend on the machine's speed; the tests still run
// (and bite) on their own in `pnpm test`.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** Whether a test shows the rule met, the rule broken, both, or something else (a property, a shape). */
export type ExampleKind = "passing" | "failing" | "both" | "other";

export interface TestExample {
  /** Path from the repository root, with forward slashes. */
  readonly file: string;
  /** The titles of the enclosing `describe` blocks, outermost first. */
  readonly describe: readonly string[];
  readonly title: string;
  readonly kind: ExampleKind;
  /** Every string literal in the test's body, and the values of the file's string constants it reads. */
  readonly strings: ReadonlySet<string>;
}

const SKIP = new Set(["node_modules", "dist", ".git", "coverage", ".stryker-tmp"]);

function walk(dir: string, acc: string[] = []): string[] {
  if (!existsSync(dir)) return acc;
  for (const name of readdirSync(dir).sort()) {
    if (SKIP.has(name)) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, acc);
    else if (/\.test\.tsx?$/.test(name)) acc.push(p);
  }
  return acc;
}

// Titles say which way a test goes ("passes ...", "fails ...", "flags ..."); these words carry it.
const PASSING = /\b(pass(es|ing)?|accepts?|meets?|met|compliant|allows?|nothing|no findings?|not flagged|clears?|satisf(y|ies|ied))\b/i;
const FAILING = /\b(fail(s|ing)?|flags?|flagged|violations?|violates?|refuses?|rejects?|overdue|missed|misses|missing|lapsed|warns?|warnings?|breach(es|ed)?)\b/i;

// An exception (a carve-out such as SGB 4.4, a discretion such as SGB 4.5) is tested in its own words:
// it "applies" or "lowers" a finding when the bulletin's carve-out is met (its passing side), and
// "does not apply", "never applies" or "cannot lower" when it is not (its failing side). Read only as
// the leading verb after an id, so that "the profile still applies" elsewhere in a title says nothing.
const EXCEPTION_NOT_MET = /^(?:does not|doesn't|never|cannot|can't|do not)\s+(?:appl(?:y|ies)|lowers?)\b/i;
const EXCEPTION_MET = /^(?:appl(?:y|ies)|lowers?)\b/i;
const LEADING_ID = /^[A-Z][A-Za-z0-9.()-]*:\s*/;

/** Which way a test goes, from its title. */
export function exampleKind(title: string): ExampleKind {
  const rest = title.replace(LEADING_ID, "");
  if (EXCEPTION_NOT_MET.test(rest)) return "failing";
  if (EXCEPTION_MET.test(rest)) {
    // "applies only to staff members: a UN Volunteer keeps the violation" shows both sides; the
    // object of "lowers the warning" is the finding lowered, not a failing side.
    const after = rest.indexOf(":");
    const tail = after < 0 ? "other" : wordKind(rest.slice(after + 1));
    return tail === "failing" || tail === "both" ? "both" : "passing";
  }
  return wordKind(title);
}

function wordKind(title: string): ExampleKind {
  // "not a violation", "never flagged": a negated word says nothing about the side.
  const said = title.replace(/\b(?:not|never)\s+(?:(?:a|an|the|be)\s+)?\w+/gi, "");
  const pass = PASSING.test(said);
  const fail = FAILING.test(said);
  return pass && fail ? "both" : pass ? "passing" : fail ? "failing" : "other";
}

function titleOf(node: ts.Expression | undefined, source: ts.SourceFile): string | undefined {
  if (node === undefined) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.getText(source).slice(1, -1);
  return undefined;
}

// `it`, `it.each(...)`, `it.skip`, `test.each(...)`: the name of the function called, and whether it is a test or a block.
function callKind(expr: ts.LeftHandSideExpression): "test" | "describe" | undefined {
  let e: ts.Expression = expr;
  while (true) {
    if (ts.isCallExpression(e)) e = e.expression;
    else if (ts.isPropertyAccessExpression(e)) e = e.expression;
    else break;
  }
  if (!ts.isIdentifier(e)) return undefined;
  if (e.text === "it" || e.text === "test") return "test";
  if (e.text === "describe" || e.text === "suite") return "describe";
  return undefined;
}

function fileConstants(source: ts.SourceFile): Map<string, string> {
  const consts = new Map<string, string>();
  for (const st of source.statements) {
    if (!ts.isVariableStatement(st) || !(st.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const d of st.declarationList.declarations) {
      if (ts.isIdentifier(d.name) && d.initializer && (ts.isStringLiteral(d.initializer) || ts.isNoSubstitutionTemplateLiteral(d.initializer))) {
        consts.set(d.name.text, d.initializer.text);
      }
    }
  }
  return consts;
}

function stringsIn(node: ts.Node, consts: Map<string, string>, acc: Set<string>): Set<string> {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) acc.add(node.text);
  else if (ts.isIdentifier(node)) {
    const v = consts.get(node.text);
    if (v !== undefined) acc.add(v);
  }
  ts.forEachChild(node, (c) => {
    stringsIn(c, consts, acc);
  });
  return acc;
}

/** Every test of one file. */
export function harvestFile(path: string, root: string): TestExample[] {
  const text = readFileSync(path, "utf8");
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const consts = fileConstants(source);
  const file = relative(root, path).split("\\").join("/");
  const out: TestExample[] = [];
  const visit = (node: ts.Node, blocks: readonly string[]): void => {
    if (ts.isCallExpression(node)) {
      const kind = callKind(node.expression);
      const title = titleOf(node.arguments[0], source);
      if (kind !== undefined && title !== undefined) {
        if (kind === "test") {
          const strings = new Set<string>();
          stringsIn(node.expression, consts, strings);
          for (const arg of node.arguments) stringsIn(arg, consts, strings);
          out.push({ file, describe: blocks, title, kind: exampleKind(title), strings });
          return;
        }
        for (const arg of node.arguments.slice(1)) visit(arg, [...blocks, title]);
        return;
      }
    }
    ts.forEachChild(node, (c) => visit(c, blocks));
  };
  visit(source, []);
  return out;
}

/** Every test under the given folders (relative to `root`), in a stable order. */
export function harvestTests(root: string, folders: readonly string[] = ["packages", "examples"]): TestExample[] {
  return folders.flatMap((f) => walk(join(root, f))).flatMap((p) => harvestFile(p, root));
}
