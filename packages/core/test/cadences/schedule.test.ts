import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDuration } from "../../src";
import { cadenceSchedule } from "../../src/cadences";

const PERIODS = ["P1D", "P3D", "P1W", "P2W", "P1M", "P3M", "P6M", "P1Y", "P1M15D", "P2Y"] as const;
const day = (offset: number) => addDuration("2000-01-01", `P${offset}D`);

function windows(period: string, start: string, asOf: string) {
  const r = cadenceSchedule(period, start, asOf);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.windows;
}

describe("cadenceSchedule", () => {
  it("computes every month-end bound from the start: a cadence started on 31 January returns to the 31st", () => {
    expect(windows("P1M", "2018-01-31", "2018-06-15").map((w) => [w.from, w.to])).toEqual([
      ["2018-01-31", "2018-02-28"],
      ["2018-02-28", "2018-03-31"],
      ["2018-03-31", "2018-04-30"],
      ["2018-04-30", "2018-05-31"],
      ["2018-05-31", "2018-06-30"],
    ]);
  });

  it("handles a leap-day start yearly", () => {
    expect(windows("P1Y", "2016-02-29", "2020-03-01").map((w) => w.from)).toEqual(["2016-02-29", "2017-02-28", "2018-02-28", "2019-02-28", "2020-02-29"]);
  });

  it("has no window before the start and exactly one, open, on the start day", () => {
    expect(windows("P1W", "2018-01-01", "2017-12-31")).toEqual([]);
    expect(windows("P1W", "2018-01-01", "2018-01-01")).toEqual([{ index: 0, from: "2018-01-01", to: "2018-01-08" }]);
  });

  it("rejects bad input with paths instead of throwing", () => {
    expect(cadenceSchedule("P0D", "2018-01-01", "2018-02-01")).toEqual({
      ok: false,
      issues: [{ path: ["period"], code: "empty-period", message: expect.any(String) }],
    });
    const r = cadenceSchedule("weekly", "2018-02-30", 7);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => i.path[0])).toEqual(["period", "start", "asOf"]);
  });

  it("property: windows tile [start, asOf] without gaps or overlaps, the last containing asOf", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9000 }), fc.integer({ min: -30, max: 1500 }), fc.constantFrom(...PERIODS), (s, span, period) => {
        const start = day(s);
        const asOf = day(Math.max(0, s + span));
        const ws = windows(period, start, asOf);
        if (asOf < start) {
          expect(ws).toEqual([]);
          return;
        }
        expect(ws[0]!.from).toBe(start);
        ws.forEach((w, i) => {
          expect(w.index).toBe(i);
          expect(w.from < w.to).toBe(true);
          if (i > 0) expect(w.from).toBe(ws[i - 1]!.to);
        });
        const last = ws.at(-1)!;
        expect(last.from <= asOf && asOf < last.to).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
