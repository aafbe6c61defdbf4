import { describe, expect, it } from "vitest";
import { addDuration, compareGrade, normalizeAsOf, parseIsoDate } from "../../src";

describe("dates, durations and grades", () => {
  it("rejects impossible dates rather than rolling them over", () => {
    expect(parseIsoDate("2019-02-29")).toBeUndefined();
    expect(normalizeAsOf("2020-02-29")).toBe("2020-02-29");
    expect(normalizeAsOf(new Date(Number.NaN))).toBeUndefined();
  });

  it("adds calendar periods, clamping month ends", () => {
    expect(addDuration("2018-01-31", "P1M")).toBe("2018-02-28");
    expect(addDuration("2018-08-31", "P6M")).toBe("2019-02-28");
    expect(addDuration("2018-01-01", "P2W", 3)).toBe("2018-02-12");
    expect(() => addDuration("2018-01-01", "PT1H")).toThrow(RangeError);
  });

  it("compares grades on the scale and refuses to compare off it", () => {
    const order = ["P-3", "P-4", "P-5", "D-1"];
    expect(compareGrade("d-1", "P-4", order)).toBe("meets");
    expect(compareGrade("P-3", "P-4", order)).toBe("below");
    expect(compareGrade(undefined, "P-4", order)).toBe("not-comparable");
  });
});
