import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// The test set of a mutation run (stryker.config.json): the behaviour tests of the packages whose
// source is mutated.
// - Type tests cannot kill a mutant. Scale tests and fast-check properties sized for thousands of
//   runs (`*propert*`, `purity`, `graph`) repeat what the example tests cover, at a cost paid again
//   for every mutant: with them, one folder takes hours instead of minutes.
// - Stryker runs in a sandbox copy whose node_modules links back to this tree, so `@psea/*` is
//   aliased to the sandbox's own sources: a mutant in core is seen by a test of cases.
// - Test files share one module graph (isolate: false): a mutant is switched on at run time, so no
//   module needs evaluating again, and each test file no longer pays for importing core afresh.
// Spread rather than mergeConfig: mergeConfig concatenates `include`, and this list must replace it.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  ...base,
  resolve: {
    ...base.resolve,
    alias: [{ find: /^@psea\/(core|cases|risk|training|fixtures|reports|cli)$/, replacement: here("./packages/$1/src/index.ts") }],
  },
  test: {
    ...base.test,
    include: ["packages/{core,cases,risk,training}/test/**/*.test.ts"],
    exclude: [
      "**/node_modules/**",
      "**/test/types/**",
      "**/public-types.test.ts",
      "**/*scale.test.ts",
      "**/*propert*.test.ts",
      "packages/cases/test/machine/{purity,graph}.test.ts",
    ],
    isolate: false,
    reporters: ["default"],
  },
});
