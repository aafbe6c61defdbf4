// Runs the README's worked example as CI does: the code block after `<!-- example: two-camps -->` is
// extracted, transpiled and executed, and every `expression; // value` line is checked against the
// value the README shows. The README cannot drift from the code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as core from "@psea/core";
import * as coreParameters from "@psea/core/parameters";
import * as risk from "../src";

const readme = readFileSync(join(import.meta.dirname, "../README.md"), "utf8");

/** The fenced TypeScript block that follows a marker comment in the README. */
export function exampleBlock(markdown: string, marker: string): string | undefined {
  const at = markdown.indexOf(`<!-- example: ${marker} -->`);
  if (at < 0) return undefined;
  const m = /```ts\n([\s\S]*?)```/.exec(markdown.slice(at));
  return m?.[1];
}

const modules: Record<string, unknown> = { "@psea/risk": risk, "@psea/core": core, "@psea/core/parameters": coreParameters };

function parses(value: string): boolean {
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    new Function(`return (${value});`);
    return true;
  } catch {
    return false;
  }
}

function compile(code: string): { run: () => void; checks: number } {
  const imports: string[] = [];
  const source = code.replace(/^import\s+\{([^}]*)\}\s+from\s+"([^"]+)";?$/gm, (_all, names: string, from: string) => {
    imports.push(`const {${names.replace(/\btype\s+\w+\s*,?/g, "")}} = __modules[${JSON.stringify(from)}];`);
    return "";
  });
  const sf = ts.createSourceFile("readme.ts", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const stmt of sf.statements) {
    if (!ts.isExpressionStatement(stmt)) continue;
    const comment = ts.getTrailingCommentRanges(source, stmt.end)?.find((c) => c.kind === ts.SyntaxKind.SingleLineCommentTrivia);
    if (!comment) continue;
    // A value shown over several lines continues in the `//` lines right below it, until it parses.
    let shown = source.slice(comment.pos + 2, comment.end).trim();
    const after = source.slice(comment.end).split("\n").slice(1);
    for (const line of after) {
      if (parses(shown)) break;
      const cont = /^\s*\/\/(.*)$/.exec(line);
      if (!cont) break;
      shown += `\n${cont[1]}`;
    }
    edits.push({ start: stmt.getStart(sf), end: stmt.end, text: `__check(() => (${stmt.expression.getText(sf)}), ${JSON.stringify(shown)}, ${sf.getLineAndCharacterOfPosition(stmt.getStart(sf)).line + 1});` });
  }
  let body = source;
  for (const e of edits.reverse()) body = body.slice(0, e.start) + e.text + body.slice(e.end);
  const js = ts.transpileModule(`${imports.join("\n")}\n${body}`, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText.replace(/^export \{\};?$/m, "");
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const fn = new Function("__modules", "__check", js);
  return { run: () => fn(modules, check), checks: edits.length };
}

function check(actual: () => unknown, shown: string, line: number): void {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const expected: unknown = new Function(`return (${shown});`)();
  const got = JSON.parse(JSON.stringify(actual() ?? null)) as unknown;
  if (!isDeepStrictEqual(got, JSON.parse(JSON.stringify(expected ?? null)))) throw new Error(`README line ${line} of the example shows ${shown}, got ${JSON.stringify(got)}`);
}

describe("AP-P6 the README's worked example", () => {
  it("AP-P6 scores two camps from their checklists, explains the difference and shows the register entry the high one requires", () => {
    const code = exampleBlock(readme, "two-camps");
    expect(code).toBeDefined();
    const c = compile(code!);
    expect(c.checks).toBeGreaterThanOrEqual(8);
    c.run();
  });

  it("AP-P6 the extraction finds a marked block and checks its values", () => {
    const md = "<!-- example: t -->\n\n```ts\nconst a = 1 + 1;\na; // 2\n[a, a]; // [2,\n//  2]\n```\n";
    const c = compile(exampleBlock(md, "t")!);
    expect(c.checks).toBe(2);
    c.run();
    expect(() => compile("1 + 1; // 3").run()).toThrow(/shows 3, got 2/);
  });
});
