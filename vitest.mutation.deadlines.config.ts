import { defineConfig } from "vitest/config";
import mutation from "./vitest.mutation.config";

// A faster test set for scoring the case deadlines (stryker.deadlines.config.json): only the tests of
// the cases package (deadlines, the machine that opens and resolves them, restore and persistence),
// not the rule tests of core, risk and training. A score measured here is a lower bound of the score
// against the full mutation test set.
export default defineConfig({
  ...mutation,
  test: {
    ...mutation.test,
    include: ["packages/cases/test/**/*.test.ts"],
  },
});
