import { describe, expect, it } from "vitest";
import { addDuration, InputLimitError } from "../../src";
import { assessCadence, cadenceSchedule, datedWindows, rcReportRecipient, type CadenceAssessment } from "../../src/cadences";
import { windowsOf } from "../../src/cadences/schedule";

// The bounds of a cadence's schedule: the first and last day a window covers, the day an occurrence
// counts, the most windows laid out and the last date a window may end on, and what each refusal says.

const TOO_MANY = { path: ["asOf"], code: "too-many-windows", message: "expected an asOf within 10000 periods of the cadence's start" };
const OUT_OF_RANGE = { path: ["asOf"], code: "date-out-of-range", message: "expected an asOf whose cadence period ends by 9999-12-31" };
const C = { id: "radio" };

function ok(r: CadenceAssessment) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

function thrownIssue(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputLimitError);
    return (e as InputLimitError).issue;
  }
  throw new Error("expected an InputLimitError");
}

describe("cadenceSchedule bounds", () => {
  it("starts the next window on the day a window ends", () => {
    expect(windowsOf("P1W", "2018-01-01", "2018-01-07")).toEqual([{ index: 0, from: "2018-01-01", to: "2018-01-08" }]);
    expect(windowsOf("P1W", "2018-01-01", "2018-01-08")).toEqual([
      { index: 0, from: "2018-01-01", to: "2018-01-08" },
      { index: 1, from: "2018-01-08", to: "2018-01-15" },
    ]);
  });

  it("lays out at most 10000 windows, and says so past them", () => {
    const last = addDuration("2000-01-01", "P9999D");
    const ws = windowsOf("P1D", "2000-01-01", last);
    expect(ws).toHaveLength(10_000);
    expect(ws.at(-1)).toEqual({ index: 9999, from: last, to: addDuration(last, "P1D") });
    expect(cadenceSchedule("P1D", "2000-01-01", addDuration(last, "P1D"))).toEqual({ ok: false, issues: [TOO_MANY] });
  });

  it("lets a window end on 9999-12-31, and refuses one that would end later", () => {
    expect(windowsOf("P1D", "9999-12-30", "9999-12-30")).toEqual([{ index: 0, from: "9999-12-30", to: "9999-12-31" }]);
    expect(cadenceSchedule("P1Y", "9999-01-01", "9999-06-01")).toEqual({ ok: false, issues: [OUT_OF_RANGE] });
  });

  it("reports issues without a prefix, one for each bad argument", () => {
    expect(cadenceSchedule("P1W", "2018-01-01", "2018-02-30")).toEqual({ ok: false, issues: [{ path: ["asOf"], code: "invalid_format", message: expect.any(String) }] });
  });
});

describe("datedWindows bounds", () => {
  const weekly = () => "P1W";

  it("has no window before the start, and one on the start day", () => {
    expect(datedWindows("2018-03-01", "2018-02-28", weekly)).toEqual([]);
    expect(datedWindows("2018-03-01", "2018-03-01", weekly)).toEqual([{ index: 0, from: "2018-03-01", to: "2018-03-08", period: "P1W" }]);
  });

  it("starts the next window on the day a window ends, numbering windows from 0", () => {
    expect(datedWindows("2018-01-01", "2018-01-07", weekly)).toHaveLength(1);
    expect(datedWindows("2018-01-01", "2018-01-15", weekly)).toEqual([
      { index: 0, from: "2018-01-01", to: "2018-01-08", period: "P1W" },
      { index: 1, from: "2018-01-08", to: "2018-01-15", period: "P1W" },
      { index: 2, from: "2018-01-15", to: "2018-01-22", period: "P1W" },
    ]);
  });

  it("anchors each period afresh where it takes effect, also on a return to an earlier period", () => {
    const periodOn = (d: string) => (d >= "2018-03-01" && d < "2018-06-01" ? "P1M" : "P3M");
    expect(datedWindows("2017-12-01", "2018-10-15", periodOn)?.map((w) => [w.from, w.to, w.period])).toEqual([
      ["2017-12-01", "2018-03-01", "P3M"],
      ["2018-03-01", "2018-04-01", "P1M"],
      ["2018-04-01", "2018-05-01", "P1M"],
      ["2018-05-01", "2018-06-01", "P1M"],
      ["2018-06-01", "2018-09-01", "P3M"],
      ["2018-09-01", "2018-12-01", "P3M"],
    ]);
  });

  it("lays out at most 10000 windows, and throws an input-limit error past them", () => {
    const last = addDuration("2000-01-01", "P9999D");
    expect(datedWindows("2000-01-01", last, () => "P1D")).toHaveLength(10_000);
    expect(thrownIssue(() => datedWindows("2000-01-01", addDuration(last, "P1D"), () => "P1D"))).toEqual(TOO_MANY);
  });

  it("says the window after a held 10000th one is one too many, not a date out of range", () => {
    const last = addDuration("2000-01-01", "P9999D");
    const held = assessCadence(C, [{ cadenceId: "radio", on: last }], { start: "2000-01-01", asOf: last, period: "P1D" });
    expect(held).toEqual({ ok: false, issues: [{ ...TOO_MANY, path: ["options", "asOf"] }] });
    const open = assessCadence(C, [], { start: "2000-01-01", asOf: last, period: "P1D" });
    expect(open.ok && open.nextDue).toBe(last);
  });

  it("throws an input-limit error for a window that would end after 9999-12-31", () => {
    expect(datedWindows("9999-12-30", "9999-12-30", () => "P1D")).toHaveLength(1);
    expect(thrownIssue(() => datedWindows("9999-01-01", "9999-06-01", () => "P1Y"))).toEqual(OUT_OF_RANGE);
  });
});

describe("assessCadence bounds", () => {
  it("counts an occurrence on the start day and one on asOf", () => {
    const r = ok(assessCadence(C, [{ cadenceId: "radio", on: "2018-01-01" }, { cadenceId: "radio", on: "2018-01-08" }], { start: "2018-01-01", asOf: "2018-01-08", period: "P1W" }));
    expect(r).toEqual({
      ok: true,
      cadenceId: "radio",
      period: "P1W",
      nextDue: "2018-01-21",
      missed: 0,
      windows: [
        { index: 0, from: "2018-01-01", to: "2018-01-08", period: "P1W", status: "held", occurrences: [{ cadenceId: "radio", on: "2018-01-01", languages: [] }], missingLanguages: [] },
        { index: 1, from: "2018-01-08", to: "2018-01-15", period: "P1W", status: "held", occurrences: [{ cadenceId: "radio", on: "2018-01-08", languages: [] }], missingLanguages: [] },
      ],
    });
  });

  it("does not count an occurrence after asOf, even inside the running window", () => {
    const r = ok(assessCadence(C, [{ cadenceId: "radio", on: "2018-01-10" }], { start: "2018-01-01", asOf: "2018-01-08", period: "P1W" }));
    expect(r.windows.map((w) => [w.status, w.occurrences.length])).toEqual([
      ["missed", 0],
      ["open", 0],
    ]);
  });

  it("has no window before the start, and the start's first window due", () => {
    expect(assessCadence(C, [{ cadenceId: "radio", on: "2018-03-02" }], { start: "2018-03-01", asOf: "2018-02-28", period: "P1W" })).toEqual({
      ok: true,
      cadenceId: "radio",
      period: "P1W",
      nextDue: "2018-03-07",
      windows: [],
      missed: 0,
    });
  });

  it("names each required language once, however often it is listed", () => {
    const r = ok(assessCadence(C, [], { start: "2018-01-01", asOf: "2018-01-03", period: "P1W", languages: ["fr", "sg", "fr"] }));
    expect(r.windows[0]?.missingLanguages).toEqual(["fr", "sg"]);
  });

  it("orders the occurrences of a day by languages, reference, then message, whatever order they came in", () => {
    const occ = [
      { cadenceId: "radio", on: "2018-01-02", languages: ["enf"], reference: "A" },
      { cadenceId: "radio", on: "2018-01-02", languages: ["en", "fr"], reference: "B" },
      { cadenceId: "radio", on: "2018-01-02", languages: ["fr"], reference: "B", antiSeaMessage: true },
      { cadenceId: "radio", on: "2018-01-02", languages: ["fr"], reference: "B", antiSeaMessage: false },
      { cadenceId: "radio", on: "2018-01-02", languages: ["fr"], reference: "A" },
      { cadenceId: "radio", on: "2018-01-02", languages: ["fr"] },
      { cadenceId: "radio", on: "2018-01-01", languages: ["sg"] },
    ];
    const expected = [
      { on: "2018-01-01", languages: ["sg"] },
      { on: "2018-01-02", languages: ["en", "fr"], reference: "B" },
      { on: "2018-01-02", languages: ["enf"], reference: "A" },
      { on: "2018-01-02", languages: ["fr"] },
      { on: "2018-01-02", languages: ["fr"], reference: "A" },
      { on: "2018-01-02", languages: ["fr"], reference: "B", antiSeaMessage: false },
      { on: "2018-01-02", languages: ["fr"], reference: "B", antiSeaMessage: true },
    ].map((o) => ({ cadenceId: "radio", ...o }));
    const options = { start: "2018-01-01", asOf: "2018-01-03", period: "P1W" };
    expect(ok(assessCadence(C, occ, options)).windows[0]?.occurrences).toEqual(expected);
    expect(ok(assessCadence(C, [...occ].reverse(), options)).windows[0]?.occurrences).toEqual(expected);
  });

  it("applies period changes in date order, whatever order they are given in", () => {
    const periodChanges = [
      { from: "2018-03-01", period: "P1W" },
      { from: "2018-02-01", period: "P1M" },
    ];
    const r = ok(assessCadence(C, [], { start: "2018-01-01", asOf: "2018-03-09", period: "P1D", periodChanges }));
    expect(r.period).toBe("P1D");
    expect(r.windows.slice(-3).map((w) => [w.from, w.to])).toEqual([
      ["2018-02-01", "2018-03-01"],
      ["2018-03-01", "2018-03-08"],
      ["2018-03-08", "2018-03-15"],
    ]);
    expect(r.nextDue).toBe("2018-03-14");
  });

  it("reports the options alone, or the occurrences alone, when only they are invalid", () => {
    expect(assessCadence(C, [], { start: "2018-01-01", asOf: "2018-01-08", period: "weekly" })).toEqual({
      ok: false,
      issues: [{ path: ["options", "period"], code: "invalid_format", message: expect.any(String) }],
    });
    expect(assessCadence(C, [{ cadenceId: "radio" }], { start: "2018-01-01", asOf: "2018-01-08", period: "P1W" })).toEqual({
      ok: false,
      issues: [{ path: ["occurrences", 0, "on"], code: "invalid_type", message: expect.any(String) }],
    });
  });

  it("refuses an asOf past the most windows, located in the options", () => {
    expect(assessCadence(C, [], { start: "2000-01-01", asOf: "2030-01-01", period: "P1D" })).toEqual({ ok: false, issues: [{ ...TOO_MANY, path: ["options", "asOf"] }] });
  });

  it("refuses an asOf whose running window is held when the next one would end after 9999-12-31", () => {
    const options = { start: "9999-12-01", asOf: "9999-12-20", period: "P2W" };
    expect(ok(assessCadence(C, [], options)).nextDue).toBe("9999-12-28");
    expect(assessCadence(C, [{ cadenceId: "radio", on: "9999-12-20" }], options)).toEqual({
      ok: false,
      issues: [{ path: ["options", "asOf"], code: "date-out-of-range", message: "expected an asOf whose next cadence period ends by 9999-12-31" }],
    });
  });
});

describe("rcReportRecipient refusals", () => {
  it("names what is wrong with the context or the date alone", () => {
    expect(rcReportRecipient("peace", "2019-01-01")).toEqual({ ok: false, issues: [{ path: ["context"], code: "invalid_value", message: "expected 'humanitarian' or 'development'" }] });
    expect(rcReportRecipient("development", "someday")).toEqual({
      ok: false,
      issues: [{ path: ["asOf"], code: "invalid-as-of", message: "asOf must be a YYYY-MM-DD date or a valid Date" }],
    });
  });

  it("passes on why the recipient is not in force", () => {
    const r = rcReportRecipient("humanitarian", "1990-01-01");
    expect(r).toEqual({ ok: false, issues: [{ path: ["parameters", "rcReportRecipientByContext"], code: "parameter-not-in-force", message: expect.stringMatching(/\S/) }] });
  });
});
