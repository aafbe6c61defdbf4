import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDuration } from "../../src";
import { assessCadence, type CadenceAssessment } from "../../src/cadences";

const C = { id: "radio" };

function ok(r: CadenceAssessment) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

describe("assessCadence", () => {
  it("marks each window held, missed or open and gives the next due date", () => {
    const r = ok(
      assessCadence(
        C,
        [
          { cadenceId: "radio", on: "2018-01-03", languages: ["fr", "sg"] },
          { cadenceId: "radio", on: "2018-01-10", languages: ["fr"] },
          { cadenceId: "other", on: "2018-01-17", languages: ["fr", "sg"] },
        ],
        { start: "2018-01-01", asOf: "2018-01-22", period: "P1W", languages: ["fr", "sg"] },
      ),
    );
    expect(r.windows.map((w) => [w.from, w.status, w.missingLanguages])).toEqual([
      ["2018-01-01", "held", []],
      ["2018-01-08", "missed", ["sg"]],
      ["2018-01-15", "missed", ["fr", "sg"]],
      ["2018-01-22", "open", ["fr", "sg"]],
    ]);
    expect(r.missed).toBe(2);
    expect(r.nextDue).toBe("2018-01-28");
  });

  it("lets the occurrences of a window cover the languages together", () => {
    const r = ok(
      assessCadence(
        C,
        [
          { cadenceId: "radio", on: "2018-01-02", languages: ["fr"] },
          { cadenceId: "radio", on: "2018-01-05", languages: ["sg"] },
        ],
        { start: "2018-01-01", asOf: "2018-01-08", period: "P1W", languages: ["fr", "sg"] },
      ),
    );
    expect(r.windows[0]).toMatchObject({ status: "held", missingLanguages: [] });
  });

  it("moves the next due date past a running window once it is held", () => {
    const r = ok(assessCadence(C, [{ cadenceId: "radio", on: "2018-01-23" }], { start: "2018-01-01", asOf: "2018-01-24", period: "P1W" }));
    expect(r.windows.at(-1)?.status).toBe("held");
    expect(r.nextDue).toBe("2018-02-04");
    expect(ok(assessCadence(C, [], { start: "2018-03-01", asOf: "2018-01-01", period: "P1M" })).nextDue).toBe("2018-03-31");
  });

  it("counts an occurrence on the month-end boundary in the window it opens (start Jan 31, monthly)", () => {
    const r = ok(assessCadence(C, [{ cadenceId: "radio", on: "2018-02-28" }], { start: "2018-01-31", asOf: "2018-03-31", period: "P1M" }));
    expect(r.windows.map((w) => [w.from, w.to, w.status])).toEqual([
      ["2018-01-31", "2018-02-28", "missed"],
      ["2018-02-28", "2018-03-31", "held"],
      ["2018-03-31", "2018-04-30", "open"],
    ]);
  });

  it("ignores occurrences before the start or after asOf", () => {
    const r = ok(
      assessCadence(C, [{ cadenceId: "radio", on: "2017-12-31" }, { cadenceId: "radio", on: "2018-02-01" }], { start: "2018-01-01", asOf: "2018-01-08", period: "P1W" }),
    );
    expect(r.windows.map((w) => w.status)).toEqual(["missed", "open"]);
  });

  it("AP-P1: judges each window against the languages in force on its first day, never a later list", () => {
    const weekly = ["2018-12-18", "2018-12-25", "2019-01-01", "2019-01-08", "2019-01-15"].map((on) => ({ cadenceId: "radio", on, languages: ["fr", "sg"] }));
    const languageChanges = [{ from: "2019-01-01", languages: ["fr", "sg", "en"] }];
    const r = ok(assessCadence(C, weekly, { start: "2018-12-17", asOf: "2019-01-21", period: "P1W", languages: ["fr", "sg"], languageChanges }));
    expect(r.windows.map((w) => [w.from, w.status, w.missingLanguages])).toEqual([
      ["2018-12-17", "held", []],
      ["2018-12-24", "held", []],
      // Running on the change date: keeps the list it opened under, as it keeps its period.
      ["2018-12-31", "held", []],
      ["2019-01-07", "missed", ["en"]],
      ["2019-01-14", "missed", ["en"]],
      ["2019-01-21", "open", ["fr", "sg", "en"]],
    ]);
    expect(r.missed).toBe(2);
  });

  it("applies language changes in date order whatever order they are given in, with a list of languages each once", () => {
    const languageChanges = [
      { from: "2018-01-15", languages: ["en", "en"] },
      { from: "2018-01-08", languages: ["sg"] },
    ];
    const r = ok(assessCadence(C, [], { start: "2018-01-01", asOf: "2018-01-22", period: "P1W", languages: ["fr"], languageChanges }));
    expect(r.windows.map((w) => w.missingLanguages)).toEqual([["fr"], ["sg"], ["en"], ["en"]]);
    // A change dated on or before the start applies from the first window, as a period change does.
    const early = ok(assessCadence(C, [], { start: "2018-01-01", asOf: "2018-01-02", period: "P1W", languages: ["fr"], languageChanges: [{ from: "2017-06-01", languages: ["sg"] }] }));
    expect(early.windows.map((w) => w.missingLanguages)).toEqual([["sg"]]);
  });

  it("returns issues with paths for invalid language changes", () => {
    const r = assessCadence(C, [], { start: "2018-01-01", asOf: "2018-02-01", period: "P1W", languageChanges: [{ from: "2018-01-08", languages: ["fr"] }, { from: "2018-02-30", languages: ["French"] }] });
    expect(!r.ok && r.issues.map((i) => i.path)).toEqual([
      ["options", "languageChanges", 1, "from"],
      ["options", "languageChanges", 1, "languages", 0],
    ]);
    expect(assessCadence(C, [], { start: "2018-01-01", asOf: "2018-02-01", period: "P1W", languageChanges: "fr" }).ok).toBe(false);
  });

  it("returns issues with paths for invalid input, and never mutates it", () => {
    const occurrences = Object.freeze([Object.freeze({ cadenceId: "radio", on: "2018-13-01" })]);
    const r = assessCadence(C, occurrences, { start: "2018-01-01", asOf: "2018-02-01", period: "P0W" });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => [i.path, i.code])).toEqual([
      [["options", "period"], "empty-period"],
      [["occurrences", 0, "on"], "invalid_format"],
    ]);
    expect(assessCadence(C, null, undefined).ok).toBe(false);
  });
});

const LANGS = ["fr", "sg", "en"] as const;
const day = (offset: number) => addDuration("2018-01-01", `P${offset}D`);
const occurrence = fc.record({
  cadenceId: fc.constantFrom("radio", "other"),
  on: fc.integer({ min: -10, max: 200 }).map(day2),
  languages: fc.subarray([...LANGS]),
});
function day2(offset: number) {
  return offset < 0 ? addDuration("2017-12-01", `P${offset + 31}D`) : day(offset);
}
const options = fc.record({
  start: fc.constant("2018-01-01"),
  asOf: fc.integer({ min: 0, max: 200 }).map(day),
  period: fc.constantFrom("P1W", "P2W", "P1M", "P3M"),
  languages: fc.subarray([...LANGS]),
  languageChanges: fc.array(fc.record({ from: fc.integer({ min: -10, max: 200 }).map(day2), languages: fc.subarray([...LANGS]) }), { maxLength: 3 }),
});

describe("assessCadence properties", () => {
  it("property: a language change never alters a window that opened before its date, and judges later ones by its list", () => {
    fc.assert(
      fc.property(fc.array(occurrence, { maxLength: 30 }), options, fc.integer({ min: 0, max: 200 }).map(day), fc.subarray([...LANGS]), (occ, opts, from, list) => {
        const before = ok(assessCadence(C, occ, opts));
        const after = ok(assessCadence(C, occ, { ...opts, languageChanges: [...opts.languageChanges, { from, languages: list }].sort((a, b) => a.from.localeCompare(b.from)) }));
        expect(after.windows.length).toBe(before.windows.length);
        after.windows.forEach((w, i) => {
          const was = before.windows[i]!;
          if (w.from < from || opts.languageChanges.some((c) => c.from > from && c.from <= w.from)) expect(w).toEqual(was);
          else {
            // Judged by the new list alone: the same as assessing it with that list throughout.
            const covered = new Set(w.occurrences.flatMap((o) => o.languages));
            expect(w.missingLanguages).toEqual([...new Set(list)].filter((l) => !covered.has(l)));
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it("property: adding an occurrence never increases the missed count", () => {
    fc.assert(
      fc.property(fc.array(occurrence, { maxLength: 30 }), occurrence, options, (occ, extra, opts) => {
        const before = ok(assessCadence(C, occ, opts)).missed;
        const after = ok(assessCadence(C, [...occ, extra], opts)).missed;
        expect(after).toBeLessThanOrEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it("property: the result does not depend on the order of occurrences", () => {
    fc.assert(
      fc.property(
        fc.array(occurrence, { maxLength: 30 }).chain((occ) => fc.tuple(fc.constant(occ), fc.shuffledSubarray(occ, { minLength: occ.length }))),
        options,
        ([occ, shuffled], opts) => {
          expect(assessCadence(C, shuffled, opts)).toEqual(assessCadence(C, occ, opts));
        },
      ),
      { numRuns: 300 },
    );
  });
});
