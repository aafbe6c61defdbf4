import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// The tests that compute with dates, run by CI once per host time zone (TZ=UTC, America/New_York,
// Pacific/Apia, Asia/Kathmandu): a calendar date must not depend on where the host is.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      "packages/core/test/time/**/*.test.ts",
      "packages/core/test/vocabulary/time-and-grade.test.ts",
      "packages/core/test/cadences/schedule.test.ts",
      "packages/core/test/cadences/assess.test.ts",
      "packages/core/test/cadences/dated-windows.test.ts",
      "packages/core/test/classification/age-at-incident.test.ts",
      "packages/cases/test/deadlines/**/*.test.ts",
    ],
  },
});
