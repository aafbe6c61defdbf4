// Runs every TSDoc @example in the published packages' sources and checks the value shown in
// its trailing comment (`expr; // value`). An example whose output drifts from the code fails here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { isDeepStrictEqual } from "node:util";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const packages = ["core", "cases", "risk", "training", "partners", "reports", "cli"];

function walk(dir: string, acc: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, acc);
    else if (name.endsWith(".ts") && !name.endsWith(".test.ts") && name !== "bin.ts") acc.push(p);
  }
  return acc;
}

interface Example {
  file: string;
  line: number;
  code: string;
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const out: Example[] = [];
  const re = /\/\*\*[\s\S]*?\*\//g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lines = m[0].split("\n").map((l) => l.replace(/^\s*\/?\*+\/?\s?/, "").replace(/\*\/\s*$/, ""));
    const start = lines.findIndex((l) => l.trim().startsWith("@example"));
    if (start < 0) continue;
    const body: string[] = [];
    for (const l of lines.slice(start + 1)) {
      if (/^\s*@\w+/.test(l)) break;
      body.push(l);
    }
    const code = body.join("\n").replace(/^```\w*\n?|```\s*$/gm, "").trim();
    if (code) out.push({ file, line: text.slice(0, m.index).split("\n").length, code });
  }
  return out;
}

const modules: Record<string, Record<string, unknown>> = {
  "@psea/core": await import("@psea/core"),
  "@psea/core/rules": await import("@psea/core/rules"),
  "@psea/core/parameters": await import("@psea/core/parameters"),
  "@psea/core/cadences": await import("@psea/core/cadences"),
  "@psea/core/action-plan": await import("@psea/core/action-plan"),
  zod: await import("zod"),
  xstate: await import((await import("node:module")).createRequire(join(root, "packages/cases/package.json")).resolve("xstate")), // as @psea/cases resolves it
};
for (const p of packages.slice(1)) modules[`@psea/${p}`] = await import(`@psea/${p}`);
// Core's examples see every core entry point, as the package's own source does.
const coreScope = Object.assign({}, ...["", "/rules", "/parameters", "/cadences", "/action-plan"].map((s) => modules[`@psea/core${s}`]));

/** The value a trailing comment shows, or undefined when it is prose rather than a value. */
function expected(comment: string): { value: unknown } | undefined {
  for (const candidate of [comment, comment.split(/:\s|\s—\s|\s\(/)[0]!]) {
    try {
      return { value: new Function(`return (${candidate});`)() };
    } catch {
      /* not a literal; try a shorter prefix */
    }
  }
  return undefined;
}

function compile(example: Example): { run: (scope: object) => unknown; checks: number } {
  const imports: string[] = [];
  const source = example.code.replace(
    /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+"([^"]+)";?$/gm,
    (_all, isType: string | undefined, names: string, from: string) => {
      if (!isType) imports.push(`const {${names.replace(/\btype\s+\w+\s*,?/g, "")}} = __modules[${JSON.stringify(from)}];`);
      return "";
    },
  );
  // Each top-level expression statement followed by `// value` becomes a check of that value.
  const sf = ts.createSourceFile("example.ts", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const stmt of sf.statements) {
    if (!ts.isExpressionStatement(stmt)) continue;
    const comment = ts.getTrailingCommentRanges(source, stmt.end)?.find((c) => c.kind === ts.SyntaxKind.SingleLineCommentTrivia);
    if (!comment) continue;
    const shown = source.slice(comment.pos + 2, comment.end).trim();
    if (!expected(shown)) continue;
    edits.push({ start: stmt.getStart(sf), end: stmt.end, text: `__check(() => (${stmt.expression.getText(sf)}), ${JSON.stringify(shown)});` });
  }
  let body = source;
  for (const e of edits.reverse()) body = body.slice(0, e.start) + e.text + body.slice(e.end);
  const js = ts.transpileModule(`${imports.join("\n")}\n${body}`, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None, verbatimModuleSyntax: false },
    reportDiagnostics: false,
  }).outputText.replace(/^"use strict";/, "").replace(/^export \{\};?$/m, "");
  // Examples are sloppy-mode scripts so `with` can put the package's exports in scope.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const fn = new Function("__scope", "__modules", "__check", `with (__scope) { ${js} }`);
  return { run: (scope) => fn(scope, modules, checkValue), checks: edits.length };
}

function checkValue(actual: () => unknown, comment: string): void {
  const e = expected(comment)!;
  const a = actual();
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(a ?? null)), JSON.parse(JSON.stringify(e.value ?? null))))
    throw new Error(`shown ${comment}, got ${JSON.stringify(a)}`);
}

describe("TSDoc @example blocks", () => {
  for (const pkg of packages) {
    const files = walk(join(root, "packages", pkg, "src"));
    const examples = files.flatMap(examplesOf);
    // A file's own exports are in scope too, for helpers documented where they are defined.
    const ownExports = new Map<string, Record<string, unknown>>();
    beforeAll(async () => {
      for (const f of new Set(examples.map((e) => e.file))) ownExports.set(f, (await import(f)) as Record<string, unknown>);
    });
    it(`every example in @psea/${pkg} runs and shows its real output`, () => {
      const failures: string[] = [];
      let checked = 0;
      for (const ex of examples) {
        try {
          const c = compile(ex);
          checked += c.checks;
          c.run({ ...(pkg === "core" ? coreScope : modules[`@psea/${pkg}`]), ...ownExports.get(ex.file) });
        } catch (e) {
          failures.push(`${relative(root, ex.file)}:${ex.line}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      expect(failures).toEqual([]);
      if (pkg === "core") expect(checked).toBeGreaterThan(40);
    });
  }
});
