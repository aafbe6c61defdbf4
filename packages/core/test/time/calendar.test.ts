import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IsoDate, MAX_ISO_DATE, MIN_ISO_DATE, addDays, addDuration, addMonths, addWorkingDays, dayNumber, daysBetween, fromDayNumber, isIsoDate, normalizeAsOf, parseIsoDate, toIsoDate } from "../../src";

// These tests run under several host time zones in CI (vitest.dates.config.ts): UTC,
// America/New_York, Pacific/Apia (which skipped 30 December 2011) and Asia/Kathmandu (UTC+05:45).
const zone = process.env["TZ"] ?? "host";

const anyDay = fc.integer({ min: dayNumber(MIN_ISO_DATE)!, max: dayNumber(MAX_ISO_DATE)! });

describe(`calendar dates, whatever the host's time zone (TZ=${zone})`, () => {
  it("reads a Date in UTC", () => {
    expect(normalizeAsOf(new Date("2019-06-30T23:00:00-05:00"))).toBe("2019-07-01");
    expect(normalizeAsOf(new Date("2019-07-01T00:30:00+05:45"))).toBe("2019-06-30");
    expect(normalizeAsOf(new Date(Date.UTC(2018, 0, 31, 23, 59, 59)))).toBe("2018-01-31");
    expect(toIsoDate(new Date("2018-01-31T23:30:00-05:00"))).toBe("2018-02-01");
    expect(parseIsoDate("2018-02-28")?.toISOString()).toBe("2018-02-28T00:00:00.000Z");
  });

  it("knows every day, including one a time zone skipped (Pacific/Apia, 30 December 2011)", () => {
    expect(parseIsoDate("2011-12-30")?.toISOString()).toBe("2011-12-30T00:00:00.000Z");
    expect(normalizeAsOf("2011-12-30")).toBe("2011-12-30");
    expect(addDays("2011-12-29", 1)).toBe("2011-12-30");
    expect(addDuration("2011-12-29", "P1D")).toBe("2011-12-30");
    expect(addWorkingDays("2011-12-29", 1)).toBe("2011-12-30");
    expect(daysBetween("2011-12-29", "2011-12-31")).toBe(2);
  });

  it("does not lose or gain a day across daylight-saving changes", () => {
    // New York, March and November 2018; Apia's change of September 2018.
    expect(addDays("2018-03-10", 1)).toBe("2018-03-11");
    expect(addDays("2018-03-11", 1)).toBe("2018-03-12");
    expect(addDays("2018-11-04", -1)).toBe("2018-11-03");
    expect(daysBetween("2018-03-01", "2018-04-01")).toBe(31);
    expect(addDuration("2018-09-29", "P1W")).toBe("2018-10-06");
    expect(addWorkingDays("2018-03-09", 1)).toBe("2018-03-12");
  });

  it("round-trips every day from 0001-01-01 to 9999-12-31", () => {
    fc.assert(
      fc.property(anyDay, (d) => {
        const iso = fromDayNumber(d);
        expect(isIsoDate(iso)).toBe(true);
        expect(dayNumber(iso)).toBe(d);
        expect(toIsoDate(parseIsoDate(iso)!)).toBe(iso);
        expect(normalizeAsOf(parseIsoDate(iso))).toBe(iso);
        expect(IsoDate.safeParse(iso).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("orders dates as their strings order: four-digit years, from 0001", () => {
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        expect(fromDayNumber(a) < fromDayNumber(b)).toBe(a < b);
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses years 0000 and above 9999 everywhere", () => {
    for (const bad of ["0000-01-01", "0000-12-31", "10000-01-01", "+010000-01-01"]) {
      expect(isIsoDate(bad)).toBe(false);
      expect(parseIsoDate(bad)).toBeUndefined();
      expect(normalizeAsOf(bad)).toBeUndefined();
      expect(IsoDate.safeParse(bad).success).toBe(false);
    }
    expect(normalizeAsOf(new Date(Date.UTC(10000, 0, 1)))).toBeUndefined();
    expect(normalizeAsOf(new Date(-62135596800001))).toBeUndefined(); // the last instant of year 0
    expect(normalizeAsOf(new Date(Number.NaN))).toBeUndefined();
    expect(() => addDays(MAX_ISO_DATE, 1)).toThrow(RangeError);
    expect(() => addDays(MIN_ISO_DATE, -1)).toThrow(RangeError);
    expect(() => addDuration("9999-06-01", "P1Y")).toThrow(RangeError);
    expect(() => addMonths("0001-01-31", -1)).toThrow(RangeError);
    expect(() => addDuration("2018-01-01", "P99999999999999999999D")).toThrow(RangeError);
    // Years below 100 are not read as 19xx.
    expect(addDays("0099-12-31", 1)).toBe("0100-01-01");
    expect(toIsoDate(parseIsoDate("0050-06-15")!)).toBe("0050-06-15");
  });

  it("adds months as date-fns does: a day the month lacks is its last day", () => {
    expect(addMonths("2018-01-31", 1)).toBe("2018-02-28");
    expect(addMonths("2016-01-31", 1)).toBe("2016-02-29");
    expect(addMonths("2018-03-31", -1)).toBe("2018-02-28");
    expect(addDuration("2018-01-31", "P1M", 2)).toBe("2018-03-31");
    expect(addDuration("2016-02-29", "P1Y")).toBe("2017-02-28");
    expect(addDuration("2018-01-01", "P1Y2M1W3D")).toBe("2019-03-11");
  });

  it("counts working days as date-fns' addBusinessDays does, day by day", () => {
    const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
    const weekend = (iso: string) => weekday(iso) === 0 || weekday(iso) === 6;
    // The same steps taken one calendar day at a time.
    const naive = (from: string, n: number) => {
      const sign = n < 0 ? -1 : 1;
      let day = addDays(from, Math.trunc(n / 5) * 7);
      for (let left = Math.abs(n % 5); left > 0; ) {
        day = addDays(day, sign);
        if (!weekend(day)) left--;
      }
      if (weekend(from) && weekend(day) && n !== 0) {
        if (weekday(day) === 6) day = addDays(day, sign < 0 ? 2 : -1);
        if (weekday(day) === 0) day = addDays(day, sign < 0 ? 1 : -2);
      }
      return day;
    };
    fc.assert(
      fc.property(fc.integer({ min: dayNumber("1990-01-01")!, max: dayNumber("2090-01-01")! }), fc.integer({ min: -400, max: 400 }), (d, n) => {
        const from = fromDayNumber(d);
        expect(addWorkingDays(from, n)).toBe(naive(from, n));
      }),
      { numRuns: 1000 },
    );
    expect(addWorkingDays("2018-06-01", 10)).toBe("2018-06-15");
  });
});
