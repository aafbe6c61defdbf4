import { defineConfig } from "vitest/config";
import mutation from "./vitest.mutation.config";

// A faster test set for scoring rule files (stryker.rules.config.json): only the tests of the rules,
// the cadences and the risk register, the ones written against a rule's findings. Every mutant of a
// rule is otherwise also run against each test that evaluates every rule (the cases, the CLI-facing
// examples), which on a busy 2-core machine slows a run three- to four-fold. A score measured here is
// a lower bound of the score against the full mutation test set.
export default defineConfig({
  ...mutation,
  test: {
    ...mutation.test,
    include: ["packages/core/test/{rules,cadences}/**/*.test.ts", "packages/risk/test/**/*.test.ts"],
  },
});
