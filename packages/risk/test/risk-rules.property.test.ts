import { evaluate } from "@psea/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mutateJson as mutate } from "@psea/fixtures";
import { evaluateRisk, riskRules } from "../src";
import { compliantRiskDataset } from "@psea/test-support";

const riskKeys = ["riskRegister", "camps", "campAssessments", "offLimitsList", "jointPatrols"];
const asOf = fc.oneof(fc.constant("2018-06-30"), fc.date({ min: new Date(2018, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }), fc.string());

describe("AP-P6 riskRules (properties)", () => {
  it("AP-P6 evaluating riskRules never throws on arbitrary input, and answers ok or issues with paths", () => {
    fc.assert(
      fc.property(fc.jsonValue(), asOf, (input, on) => {
        for (const r of [evaluate(riskRules, input, { asOf: on }), evaluateRisk(input, { asOf: on })]) {
          if (!r.ok) expect(r.issues.every((i) => Array.isArray(i.path) && typeof i.code === "string")).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("AP-P6 on mutated risk sections, never throws, never mutates, and every rule runs when the input parses", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...riskKeys),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.oneof(fc.jsonValue(), fc.integer({ min: -3, max: 12 }), fc.constantFrom("2017-01-01", "2018-06-30", "2019-12-31", "open", "rejected", "P-FP", "CAMP-N")),
        asOf,
        (key, path, replacement, on) => {
          const d = compliantRiskDataset() as Record<string, unknown>;
          const input = Object.freeze({ ...d, [key]: mutate(d[key], path, replacement) });
          const before = JSON.stringify(input);
          const r = evaluateRisk(input, { asOf: on });
          expect(JSON.stringify(input)).toBe(before);
          if (r.ok) {
            expect(r.ruleErrors).toEqual([]);
            expect(r.findings.every((f) => f.obligationIds.includes("AP-P6"))).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
