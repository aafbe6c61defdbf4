import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepFreeze, mutateJson as mutate } from "@psea/fixtures";
import { evaluate } from "../../src";
import { allRules } from "../../src/rules";
import { compliantDataset } from "@psea/test-support";

describe("evaluate (properties)", () => {
  it("never throws on arbitrary input, and answers ok or issues with paths", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.oneof(fc.constant("2018-06-30"), fc.string(), fc.date({ noInvalidDate: false })), (input, asOf) => {
        const r = evaluate(allRules, input, { asOf });
        if (!r.ok) expect(r.issues.every((i) => Array.isArray(i.path) && typeof i.code === "string")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on, nor mutates, mutated valid datasets", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue(), (path, replacement) => {
        const input = deepFreeze(mutate(compliantDataset(), path, replacement));
        const before = JSON.stringify(input);
        const r = evaluate(allRules, input, { asOf: "2018-06-30" });
        expect(JSON.stringify(input)).toBe(before);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic: the same input and date give the same result", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.jsonValue(), (path, replacement) => {
        const input = mutate(compliantDataset(), path, replacement);
        expect(evaluate(allRules, input, { asOf: "2019-01-01" })).toEqual(evaluate(allRules, structuredClone(input), { asOf: "2019-01-01" }));
      }),
      { numRuns: 100 },
    );
  });
});
