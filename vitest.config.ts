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
    // Sized for a busy 2-core machine (CI, or a laptop running other jobs): a property test of a
    // thousand generated case histories takes 10 s alone and over 35 s at a load of 16.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: jsonReport ? ["default", ["json", { outputFile: jsonReport }]] : ["default"],
  },
});
