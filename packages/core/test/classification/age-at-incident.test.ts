import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageAtIncident, childStatus, completedYears, VictimAge } from "../../src";
import { allegation, datasetWith, findingsOf, run, victim } from "../rules/sgb-2003-13/support";

describe("SGB-3.2b: age at the incident, to the day", () => {
  it("SGB-3.2b: turning 18 on the incident day is adult; the day before is a child", () => {
    const dob = { kind: "date-of-birth", dateOfBirth: "2000-06-15" } as const;
    expect(childStatus(dob, 18, "2018-06-15")).toBe("adult");
    expect(childStatus(dob, 18, "2018-06-14")).toBe("child");
    expect(ageAtIncident(dob, "2018-06-14")).toEqual({ kind: "known", years: 17, basis: "date-of-birth" });
  });

  it("a 29 February birthday turns a year older on 1 March in a common year, and on 29 February in a leap year", () => {
    expect(completedYears("2000-02-29", "2018-02-28")).toBe(17);
    expect(completedYears("2000-02-29", "2018-03-01")).toBe(18);
    expect(completedYears("2000-02-29", "2016-02-29")).toBe(16);
    expect(completedYears("2000-02-29", "2016-02-28")).toBe(15);
    expect(completedYears("2000-06-15", "2000-06-14")).toBeUndefined();
    expect(completedYears("2000-06-15", "2000-06-15")).toBe(0);
  });

  it("SGB-3.2b: an estimated range that straddles 18 is possibly a child, never adult; wholly under is a child, wholly over adult", () => {
    expect(childStatus({ kind: "estimated", minYears: 16, maxYears: 19 }, 18)).toBe("possibly-child");
    expect(childStatus({ kind: "estimated", minYears: 17, maxYears: 18 }, 18)).toBe("possibly-child");
    expect(childStatus({ kind: "estimated", minYears: 14, maxYears: 17 }, 18)).toBe("child");
    expect(childStatus({ kind: "estimated", minYears: 18, maxYears: 22 }, 18)).toBe("adult");
    expect(childStatus({ kind: "unknown" }, 18)).toBe("age-unknown");
  });

  it("a date of birth without an incident date leaves the age at the incident unknown", () => {
    expect(childStatus({ kind: "date-of-birth", dateOfBirth: "2010-01-01" }, 18)).toBe("age-unknown");
    expect(ageAtIncident({ kind: "date-of-birth", dateOfBirth: "2010-01-01" }, undefined)).toEqual({ kind: "unknown", basis: "no-incident-date" });
  });

  it("refuses an estimated range whose minimum exceeds its maximum", () => {
    const r = VictimAge.safeParse({ kind: "estimated", minYears: 19, maxYears: 16 });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([["maxYears"]]);
  });

  it("property: completed years agree with counting birthdays, to the day", () => {
    const day = fc.date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [dob, on] = a <= b ? [a, b] : [b, a];
        const years = completedYears(dob, on)!;
        // The birthday of year `years` is on or before `on`, that of year `years + 1` after it (29 Feb counted as 1 Mar).
        const birthday = (n: number) => {
          const y = Number(dob.slice(0, 4)) + n;
          const md = dob.slice(5);
          const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
          return `${String(y).padStart(4, "0")}-${md === "02-29" && !leap ? "03-01" : md}`;
        };
        expect(birthday(years) <= on).toBe(true);
        expect(birthday(years + 1) > on).toBe(true);
      }),
    );
  });
});

describe("SGB-3.2b rules read the age at the incident", () => {
  const withAge = (age: Parameters<typeof victim>[0]["age"], incidentDate: string | undefined) => {
    const a = allegation({ id: "A-1", victims: [victim({ ref: "V-1", age: age! })] });
    if (incidentDate === undefined) delete a.incidentDate;
    else a.incidentDate = incidentDate;
    return datasetWith({ allegations: [a] });
  };

  it("SGB-3.2b: fails a victim a day short of 18 by date of birth, and never shows the date of birth", () => {
    const r = run(withAge({ kind: "date-of-birth", dateOfBirth: "2000-02-20" }, "2018-02-19"));
    const [f] = findingsOf(r, "sgb.3.2b.child-victim");
    expect(f).toMatchObject({ explanation: { facts: { victimRef: "V-1", ageYears: 17, ageBasis: "date-of-birth" } } });
    expect(JSON.stringify(r)).not.toContain("2000-02-20");
  });

  it("SGB-3.2b: passes a victim who turned 18 on the incident day", () => {
    const r = run(withAge({ kind: "date-of-birth", dateOfBirth: "2000-02-20" }, "2018-02-20"));
    expect(findingsOf(r, "sgb.3.2b.child-victim")).toEqual([]);
    expect(findingsOf(r, "sgb.3.2b.victim-age-unknown")).toEqual([]);
  });

  it("SGB-3.2b: a straddling estimate is a possibly-a-child warning with its range, not a violation and not a pass", () => {
    const r = run(withAge({ kind: "estimated", minYears: 16, maxYears: 19 }, "2018-02-20"));
    expect(findingsOf(r, "sgb.3.2b.child-victim")).toEqual([]);
    expect(findingsOf(r, "sgb.3.2b.victim-age-unknown")).toMatchObject([
      { severity: "warning", explanation: { facts: { childStatus: "possibly-child", ageBasis: "estimate", minYears: 16, maxYears: 19 } } },
    ]);
  });

  it("SGB-3.2b: an estimate wholly under 18 is a child violation, shown by its upper bound", () => {
    const r = run(withAge({ kind: "estimated", minYears: 13, maxYears: 15 }, "2018-02-20"));
    expect(findingsOf(r, "sgb.3.2b.child-victim")).toMatchObject([{ severity: "violation", explanation: { facts: { ageYears: 15, ageBasis: "estimate" } } }]);
    expect(findingsOf(r, "sgb.3.2b.child-victim")[0]!.message).toContain("at most 15 (estimated 13-15)");
  });

  it("SGB-3.2b: a date of birth with no incident date is an age-unknown warning", () => {
    const r = run(withAge({ kind: "date-of-birth", dateOfBirth: "2005-01-01" }, undefined));
    expect(findingsOf(r, "sgb.3.2b.victim-age-unknown")).toMatchObject([{ explanation: { facts: { childStatus: "age-unknown", ageBasis: "no-incident-date" } } }]);
  });
});
