import { defineConfig } from "vitest/config";

// CI asks for a machine-readable report beside the usual one, to print `N passed, N failed`.
const jsonReport = process.env["PSEA_TEST_REPORT"];

export default defineConfig({
  resolve: { conditions: ["@psea/source"] },
  ssr: { resolve: { conditions: ["@psea/source"] } },
  test: {
    include: ["packages/*/test/**/*.test.ts", "examples/*/test/**/*.test.ts", "scripts/test/**/*.test.ts"],
    setupFiles: ["./scripts/vitest.setup.ts"],
    typecheck: { enabled: false },
    // Sized for a busy shared 2-core machine, where property tests and PGlite start-up run several
    // times slower than on an idle one. Timing is never asserted in tests (see bench/).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: jsonReport ? ["default", ["json", { outputFile: jsonReport }]] : ["default"],
  },
});
