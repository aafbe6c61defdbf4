// Runs the package README's example, as a new user would copy it, and checks its output against the
// block shown below it. The example imports @psea/partners and @psea/core, as published.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as core from "@psea/core";
import * as coreParameters from "@psea/core/parameters";
import * as partners from "@psea/partners";

const readme = readFileSync(join(import.meta.dirname, "../README.md"), "utf8");
const section = readme.slice(readme.indexOf("## From draft to final"));
const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
const output = /Output:\s*```text\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
const modules: Record<string, object> = { "@psea/partners": partners, "@psea/core": core, "@psea/core/parameters": coreParameters };

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

describe("README: one assessment from draft to final", () => {
  it("runs and prints what the README shows", async () => {
    expect(code).toContain("openAssessment");
    const body = code.replace(/^import\s+\{([^}]*)\}\s+from\s+"([^"]+)";?$/gm, (_all, names: string, from: string) => {
      if (!(from in modules)) throw new Error(`the example imports ${from}`);
      return `const {${names}} = __modules[${JSON.stringify(from)}];`;
    });
    const js = ts.transpileModule(body, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
    const lines: string[] = [];
    const fakeConsole = { log: (...args: unknown[]) => lines.push(args.map(show).join(" ")) };
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;
    await new AsyncFunction("__modules", "console", js)(modules, fakeConsole);
    expect(lines).toEqual(output.trim().split("\n"));
  });
});
