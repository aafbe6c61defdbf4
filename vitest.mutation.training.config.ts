import { defineConfig } from "vitest/config";
import mutation from "./vitest.mutation.config";

// A faster test set for scoring the training rules (stryker.training.config.json): only the tests of
// the training package, the ones written against those rules' findings and statuses. A score
// measured here is a lower bound of the score against the full mutation test set.
export default defineConfig({
  ...mutation,
  test: {
    ...mutation.test,
    include: ["packages/training/test/**/*.test.ts"],
  },
});
