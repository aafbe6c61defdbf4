import { addDuration, addWorkingDays, isIsoDate } from "@psea/core";
import { defaultParameterSet, resolveParameter } from "@psea/core/parameters";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWindow, type DeadlineWindow } from "../../src";
import { caseParameter, caseParameterValue } from "../../src/deadlines/case-parameters";

// Parameter resolution and date arithmetic are computed once per parameter (or period) and date.
// These tests hold the cached answers to what the uncached computation gives, and the copies a case
// keeps to being its own.

const day = 86_400_000;
const isoDate = fc.integer({ min: Date.UTC(2015, 0, 1) / day, max: Date.UTC(2025, 11, 31) / day }).map((d) => new Date(d * day).toISOString().slice(0, 10));
const window = fc.oneof(fc.constantFrom<DeadlineWindow>("P1D", "P1W", "P1M", "P3M", "P6M", "P1Y2M", "P10D"), fc.integer({ min: 0, max: 40 }).map((n) => ({ workingDays: n })));

function uncached(from: string, w: DeadlineWindow): string | undefined {
  if (!isIsoDate(from)) return undefined;
  // Calendar arithmetic from the core (time-zone free; core's own tests hold it to date-fns' rules).
  return typeof w === "string" ? addDuration(from, w) : addWorkingDays(from, w.workingDays);
}

describe("addWindow's cache", () => {
  it("gives what addDuration and addWorkingDays compute, on first and later calls (fast-check, 2,000 runs)", () => {
    fc.assert(
      fc.property(isoDate, window, (from, w) => {
        const expected = uncached(from, w);
        expect(addWindow(from, w)).toBe(expected);
        expect(addWindow(from, w)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps a period and a count of working days apart, and malformed input undefined, every time", () => {
    for (let i = 0; i < 2; i++) {
      expect(addWindow("2018-06-01", "P10D")).toBe("2018-06-11");
      expect(addWindow("2018-06-01", { workingDays: 10 })).toBe("2018-06-15");
      expect(addWindow("2018-02-30", "P1D")).toBeUndefined();
      expect(addWindow("2018-06-01", "PT1H")).toBeUndefined();
      expect(addWindow("2018-02-30", { workingDays: 1 })).toBeUndefined();
    }
  });
});

describe("caseParameter's cache", () => {
  it("gives what resolveParameter gives, as plain JSON, for defaults on any date (fast-check, 500 runs)", () => {
    const ids = ["headquartersNotificationWindow", "memberStateResponseWindow", "investigationTimeline", "childAgeThresholdYears", "victimStatusUpdateMaxInterval"] as const;
    fc.assert(
      fc.property(fc.constantFrom(...ids), isoDate, (id, on) => {
        const r = resolveParameter(defaultParameterSet, id, on);
        const expected = r.ok ? { value: r.value, use: JSON.parse(JSON.stringify(r.use)) as unknown } : undefined;
        expect(caseParameter({ parameters: {} }, id, on)).toEqual(expected);
        expect(caseParameter({ parameters: {} }, id, on)).toEqual(expected);
        expect(caseParameterValue({ parameters: {} }, id, on)).toEqual(expected?.value);
      }),
      { numRuns: 500 },
    );
  });

  it("hands each caller its own copy of the use", () => {
    const first = caseParameter({ parameters: {} }, "memberStateResponseWindow", "2018-06-01");
    expect(first?.use).toMatchObject({ id: "memberStateResponseWindow", value: { workingDays: 10 }, layer: "default" });
    if (!first) return;
    (first.use.value as { workingDays: number }).workingDays = 99;
    (first.use.citation as { clause: string }).clause = "changed";
    const second = caseParameter({ parameters: {} }, "memberStateResponseWindow", "2018-06-01");
    expect(second?.use.value).toEqual({ workingDays: 10 });
    expect(second?.use.citation.clause).not.toBe("changed");
  });

  it("reads a case's overlay afresh every time: overlay values are not cached", () => {
    const overlay = (value: string) => ({
      investigationTimeline: [{ value, effectiveFrom: "2018-01-01", citation: { document: "CC-1474" as const, clause: "x" } }],
    });
    expect(caseParameter({ parameters: overlay("P4M") }, "investigationTimeline", "2018-06-01")).toMatchObject({ value: "P4M", use: { layer: "overlay" } });
    expect(caseParameter({ parameters: overlay("P5M") }, "investigationTimeline", "2018-06-01")).toMatchObject({ value: "P5M", use: { layer: "overlay" } });
    expect(caseParameter({ parameters: {} }, "investigationTimeline", "2018-06-01")).toMatchObject({ use: { layer: "default" } });
  });
});
