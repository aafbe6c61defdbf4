import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join, resolve } from "node:path";
import { defineConfig, type Options } from "tsup";

/** The built file names of a package's entries: `{ index: "src/index.ts" }` or `["src/index.ts"]` gives `index`. */
function entryNames(entry: Record<string, string> | string[]): string[] {
  return Array.isArray(entry) ? entry.map((f) => basename(f).replace(/\.ts$/, "")) : Object.keys(entry);
}

/**
 * Writes `dist/<entry>.node.mjs` for each entry: an ES module that re-exports the CommonJS build by
 * name. The package's `node` export condition points `import` at it, so in Node an ESM host and a
 * CommonJS host in one process load the same copy of the package (no dual-package hazard: one
 * `InputLimitError` class, one set of schemas). Bundlers keep the real ESM build.
 */
export function writeNodeWrappers(distDir: string, names: readonly string[]): void {
  const require = createRequire(join(distDir, "package.json"));
  for (const name of names) {
    const exported = Object.keys(require(`./${name}.cjs`) as object).filter((k) => k !== "default" && k !== "__esModule");
    const body = exported.length > 0 ? `export const { ${exported.join(", ")} } = cjs;\n` : "";
    writeFileSync(
      join(distDir, `${name}.node.mjs`),
      `// Node resolves \`import\` here: one copy of the package serves ESM and CommonJS hosts alike.\nimport cjs from "./${name}.cjs";\n${body}`,
    );
  }
}

/**
 * The one tsup configuration every `@psea/*` package shares: ESM and CJS with
 * declarations for both, so `publint --strict` and `attw --pack` agree, and the Node wrappers.
 */
export function packageConfig(entry: Record<string, string> | string[] = ["src/index.ts"], overrides: Options = {}) {
  return defineConfig({
    entry,
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    treeshake: true,
    // Entry points share chunks, so a subpath and the top level hold one copy of what they share.
    splitting: true,
    // Not for a `bin` entry: loading it would run the command.
    onSuccess: async () => writeNodeWrappers(resolve("dist"), entryNames(entry).filter((n) => n !== "bin")),
    ...overrides,
  });
}
