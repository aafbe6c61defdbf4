import { generateMissionFixture, mutateJson } from "@psea/fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport, reportKinds, type ReportKindId } from "../../src";

const kinds = Object.keys(reportKinds) as ReportKindId[];
const base = generateMissionFixture({ seed: 3, personnel: 40, allegations: 8, partners: 3, communications: 3 }).dataset;

function settles(kind: ReportKindId, input: unknown, asOf: unknown): void {
  const frozen = JSON.stringify(input);
  const r = buildReport(kind, input, { asOf } as never);
  expect(typeof r.ok).toBe("boolean");
  if (!r.ok) for (const i of r.issues) expect(typeof i.code).toBe("string");
  expect(JSON.stringify(input)).toBe(frozen);
}

describe("every builder on bad input", () => {
  it("returns a result, never throws and never mutates, on any JSON value", () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.jsonValue({ maxDepth: 4 }), (kind, input) => settles(kind, input, "2019-06-30")),
      { numRuns: 60 },
    );
  });

  it("returns a result on a valid dataset with one value replaced anywhere, at any as-of date", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom("9999-12-31", "0001-01-01", -1, 1e308, "")),
        // A far-future as-of date is left out: the engine then schedules every cadence window up to it.
        fc.constantFrom("2019-06-30", "2018-01-01", "1900-01-01"),
        (kind, path, replacement, asOf) => settles(kind, mutateJson(base, path, replacement), asOf),
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it("lists at most a thousand issues for an input with thousands of errors, and says so in its own words", () => {
    for (const kind of kinds) {
      const r = buildReport(kind, { ...base, personnel: Array.from({ length: 3000 }, () => 0) }, { asOf: "2019-06-30" });
      if (r.ok) continue;
      expect(r.issues.length, kind).toBeLessThanOrEqual(1001);
      if (r.issues.length > 1000) expect(r.issues.at(-1), kind).toEqual({ path: [], code: "too-many-issues", message: "only the first issues are listed: the input has more" });
    }
  });

  it("reads a deeply nested unknown value without recursing into it", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 2_000; i++) deep = [deep];
    // Too deep for JSON.stringify itself: the result is checked, not the input's text.
    const input = { ...base, extra: deep, cases: [{ value: deep, context: { caseId: "C", receivedOn: "2019-01-01" } }] };
    for (const kind of kinds) expect(buildReport(kind, input, { asOf: "2019-06-30" }).ok).toBe(true);
  });
});
