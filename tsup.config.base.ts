import { defineConfig, type Options } from "tsup";

/**
 * The one tsup configuration every `@psea/*` package shares: ESM and CJS with
 * declarations for both, so `publint --strict` and `attw --pack` agree.
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
    splitting: false,
    ...overrides,
  });
}
