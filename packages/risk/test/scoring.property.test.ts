import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mutateJson as mutate } from "@psea/fixtures";
import { buildRiskScoringReport, riskScoringSections, scoreAssessments } from "../src";
import { scoringDataset } from "./support/checklists";

/** Runs per property: small by default, raised in a hardening run with PSEA_FUZZ_RUNS. */
const runs = Math.max(1, Number.parseInt(process.env["PSEA_FUZZ_RUNS"] ?? "", 10) || 60);

const asOf = fc.oneof(fc.constant("2018-06-30"), fc.date({ min: new Date(2017, 0, 1), max: new Date(2400, 0, 1), noInvalidDate: true }), fc.string());
const keys = ["campAssessments", "camps", "riskRegister", "jointPatrols"];
const replacement = fc.oneof(
  fc.jsonValue(),
  fc.integer({ min: -3, max: 100_000 }),
  fc.double(),
  fc.constantFrom("poor", "good", "unrestricted", true, false, "2017-12-31", "2018-03-10", "9999-12-31", "CAMP-S", "communityProximity", { allegations: 1, personnelOnStrength: 0, since: "2018-01-01" }),
);

function check(input: unknown, on: unknown) {
  const a = scoreAssessments(input, { asOf: on as string });
  if (!a.ok) expect(a.issues.every((i) => Array.isArray(i.path) && typeof i.code === "string" && typeof i.message === "string")).toBe(true);
  const b = buildRiskScoringReport(input, { asOf: on as string });
  if (b.ok) riskScoringSections(b.report).forEach((s) => [...s.tables].forEach((t) => [...t.rows]));
  return [a, b];
}

describe("AP-P6 risk scoring entry points (properties)", () => {
  it("AP-P6 never throws on arbitrary input, and answers scores or issues with paths and codes", () => {
    fc.assert(
      fc.property(fc.jsonValue(), asOf, (input, on) => {
        check(input, on);
      }),
      { numRuns: runs },
    );
  });

  it("AP-P6 on mutated valid datasets never throws, never mutates its input, and is deterministic", () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.array(fc.nat({ max: 40 }), { maxLength: 5 }), replacement, asOf, (key, path, value, on) => {
        const d = scoringDataset() as Record<string, unknown>;
        const input = Object.freeze({ ...d, [key]: mutate(d[key], path, value) });
        const before = JSON.stringify(input);
        const first = check(input, on);
        expect(JSON.stringify(input)).toBe(before);
        expect(JSON.stringify(check(input, on))).toBe(JSON.stringify(first));
      }),
      { numRuns: runs },
    );
  });
});
