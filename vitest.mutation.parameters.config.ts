import { defineConfig } from "vitest/config";
import mutation from "./vitest.mutation.config";

// The test set for scoring the parameter files (stryker.parameters.config.json): core's parameter
// tests, which check the catalogue's values, citations and dates and the resolution of overlays.
// The rule tests read parameters too, but running every one of them for each mutant of the
// resolver would slow a run several-fold. A score measured here is a lower bound of the score
// against the full mutation test set.
export default defineConfig({
  ...mutation,
  test: {
    ...mutation.test,
    include: ["packages/core/test/parameters/**/*.test.ts"],
  },
});
