import type { RuleSet } from "@psea/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mutateJson as mutate } from "@psea/fixtures";
import { pseaRuleSet, run } from "../src";
import { compliantDataset, compliantRiskDataset, rosterRules } from "./support/datasets";
import { fakeIo } from "./support/fake-io";

async function check(text: string, asOf: string, ruleSet: RuleSet = rosterRules): Promise<void> {
  const f = fakeIo({ "m.json": text });
  const code = await run(["validate", "m.json", `--as-of=${asOf}`, "--format", "json"], f.io, { ruleSet });
  expect([0, 1, 2]).toContain(code);
  const out = JSON.parse(f.stdout());
  if (out.ok) {
    expect(Array.isArray(out.findings)).toBe(true);
    expect(code).toBe(out.summary.violations > 0 ? 1 : out.ruleErrors.length > 0 ? 2 : 0);
  } else {
    expect(code).toBe(2);
    expect(out.issues.length).toBeGreaterThan(0);
  }
}

describe("psea validate never throws on bad input", () => {
  it("any JSON value yields a valid evaluation or exit 2 with issues", async () => {
    await fc.assert(fc.asyncProperty(fc.jsonValue(), async (v) => check(JSON.stringify(v), "2018-06-30")), { numRuns: 150 });
  });

  it("any text yields a valid evaluation or exit 2 with issues", async () => {
    await fc.assert(fc.asyncProperty(fc.string(), async (text) => check(text, "2018-06-30")), { numRuns: 100 });
  });

  it("a compliant dataset with any one value replaced by random JSON yields a valid evaluation of every rule the kit ships or exit 2", async () => {
    const base = compliantRiskDataset();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), async (choices, value) => {
        await check(JSON.stringify(mutate(base, choices, value)), "2018-06-30", pseaRuleSet);
      }),
      { numRuns: 200 },
    );
  });

  it("any --as-of string yields a valid evaluation or exit 2", async () => {
    const text = JSON.stringify(compliantDataset());
    await fc.assert(fc.asyncProperty(fc.string(), async (asOf) => check(text, asOf)), { numRuns: 100 });
  });
});
