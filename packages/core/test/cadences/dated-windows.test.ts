import { describe, expect, it } from "vitest";
import { compliantDataset } from "@psea/test-support";
import { evaluate, kitCadenceIds } from "../../src";
import { assessCadence, cadenceCatalogue, datedWindows, newsletterRule } from "../../src/cadences";
import { allRules } from "../../src/rules";
import { findingsOf, heldEvery, withOccurrences } from "./support";

describe("cadence windows under dated periods: an overlay takes effect from its own date", () => {
  it("keeps earlier windows under the period they had, and lays out windows opening on or after the change under the new one", () => {
    const periodOn = (d: string) => (d < "2019-01-01" ? "P3M" : "P1M");
    expect(datedWindows("2018-01-01", "2019-02-10", periodOn)?.map((w) => [w.from, w.to, w.period])).toEqual([
      ["2018-01-01", "2018-04-01", "P3M"],
      ["2018-04-01", "2018-07-01", "P3M"],
      ["2018-07-01", "2018-10-01", "P3M"],
      ["2018-10-01", "2019-01-01", "P3M"],
      ["2019-01-01", "2019-02-01", "P1M"],
      ["2019-02-01", "2019-03-01", "P1M"],
    ]);
  });

  it("lets the window running on the change date finish under the old period", () => {
    const periodOn = (d: string) => (d < "2018-02-15" ? "P3M" : "P1M");
    expect(datedWindows("2018-01-01", "2018-05-10", periodOn)?.map((w) => [w.from, w.period])).toEqual([
      ["2018-01-01", "P3M"],
      ["2018-04-01", "P1M"],
      ["2018-05-01", "P1M"],
    ]);
  });

  it("counts month ends from the first window of a period, so they never drift", () => {
    expect(datedWindows("2018-01-31", "2018-04-15", () => "P1M")?.map((w) => w.to)).toEqual(["2018-02-28", "2018-03-31", "2018-04-30"]);
  });

  it("gives no windows when no period is in force on a window's first day", () => {
    expect(datedWindows("2018-01-01", "2018-06-30", (d) => (d < "2018-04-01" ? "P3M" : undefined))).toBeUndefined();
  });

  it("AP-P1: a newsletter cadence whose period moves from quarterly to monthly in 2019 keeps its 2018 windows held", () => {
    const held = ["2018-01-10", "2018-04-10", "2018-07-10", "2018-10-10", "2019-01-10"].map((on) => ({ cadenceId: "c", on, languages: ["fr"] }));
    const r = assessCadence({ id: "c" }, held, { start: "2018-01-01", asOf: "2019-03-15", period: "P3M", periodChanges: [{ from: "2019-01-01", period: "P1M" }] });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.windows.map((w) => [w.from, w.status])).toEqual([
      ["2018-01-01", "held"],
      ["2018-04-01", "held"],
      ["2018-07-01", "held"],
      ["2018-10-01", "held"],
      ["2019-01-01", "held"],
      ["2019-02-01", "missed"],
      ["2019-03-01", "open"],
    ]);
    expect(r.nextDue).toBe("2019-03-31");
  });
});

describe("AP-P1: a cadence rule reads each window under the period in force on its first day", () => {
  it("AP-P1: a newsletter overlaid from quarterly to monthly in 2019 keeps its 2018 quarters, and judges 2019 by months", () => {
    const citation = { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 1, expected result (vi)" };
    const parameters = { newsletterPeriod: [{ value: "P1M", effectiveFrom: "2019-01-01", citation }] };
    // Quarterly issues through 2018, then monthly from 2019 with March missing.
    const langs = ["fr", "en"];
    const held = [
      ...heldEvery("ap.p1.cdt-newsletter", "P3M", "2018-01-01", "2018-12-31", langs),
      { cadenceId: "ap.p1.cdt-newsletter", on: "2019-01-05", languages: langs },
      { cadenceId: "ap.p1.cdt-newsletter", on: "2019-02-05", languages: langs },
    ];
    const fs = findingsOf(newsletterRule, withOccurrences(held), { asOf: "2019-04-15", parameters });
    expect(fs.map((f) => [f.explanation.facts["from"], f.explanation.facts["period"]])).toEqual([["2019-03-01", "P1M"]]);
    expect(fs[0]!.explanation.parameters.find((p) => p.id === "newsletterPeriod")).toMatchObject({ value: "P1M", layer: "overlay", effectiveFrom: "2019-01-01" });
    // Without the overlay the same record is judged by quarters throughout: 2019's first quarter was held.
    expect(findingsOf(newsletterRule, withOccurrences(held), { asOf: "2019-04-15" })).toEqual([]);
  });
});

describe("cadence ids an integrator can rely on", () => {
  it("AP-P1: kitCadenceIds is exactly the cadence catalogue, and an occurrence naming another id is an input issue", () => {
    expect([...kitCadenceIds].sort()).toEqual(cadenceCatalogue.map((c) => c.id).sort());
    const d = compliantDataset();
    d.cadenceOccurrences = [...(d.cadenceOccurrences ?? []), { cadenceId: "ap.p1.radio-brodcast", on: "2018-03-05", languages: ["fr"] }];
    const r = evaluate(allRules, d, { asOf: "2018-06-30" });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => [i.path, i.code, i.message])).toEqual([
      [["cadenceOccurrences", d.cadenceOccurrences.length - 1, "cadenceId"], "unknown-cadence", "expected the id of one of the kit's cadences (kitCadenceIds)"],
    ]);
  });
});
