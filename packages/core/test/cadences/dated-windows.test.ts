import { describe, expect, it } from "vitest";
import { compliantDataset } from "@psea/test-support";
import { defineRuleSet, evaluate, kitCadenceIds } from "../../src";
import { assessCadence, cadenceCatalogue, datedWindows, newsletterRule, radioBroadcastRule } from "../../src/cadences";
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

describe("AP-P1: a cadence rule judges each window against the languages in force on its first day", () => {
  const citation = { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 1 (h)" };
  // English is added to the radio languages from 2019-01-01; the weeks of the plan start on Mondays.
  const parameters = {
    radioBroadcastLanguages: [
      { value: ["fr", "sg"], effectiveFrom: "2018-01-01", effectiveTo: "2019-01-01", citation },
      { value: ["fr", "sg", "en"], effectiveFrom: "2019-01-01", citation },
    ],
  };
  const mission = { actionPlanStart: "2018-12-17" };
  const radio = (on: string, languages: string[]) => ({ cadenceId: "ap.p1.radio-broadcast", on, languages });

  it("AP-P1: an overlay adding English from 2019 leaves the 2018 weeks broadcast in French and Sango met", () => {
    const held = [radio("2018-12-18", ["fr", "sg"]), radio("2018-12-25", ["fr", "sg"])];
    expect(findingsOf(radioBroadcastRule, withOccurrences(held, mission), { asOf: "2019-01-06", parameters })).toEqual([]);
  });

  it("AP-P1: a week opening in 2019 without English is still missed, citing the list it was judged against by its dates", () => {
    // The week running on 2019-01-01 opened on 2018-12-31 and keeps the 2018 list, as it keeps its period.
    const occ = [radio("2018-12-18", ["fr", "sg"]), radio("2018-12-25", ["fr", "sg"]), radio("2019-01-01", ["fr", "sg"]), radio("2019-01-08", ["fr", "sg"])];
    const fs = findingsOf(radioBroadcastRule, withOccurrences(occ, mission), { asOf: "2019-01-20", parameters });
    expect(fs.map((f) => [f.explanation.facts["from"], f.explanation.facts["requiredLanguages"], f.explanation.facts["missingLanguages"]])).toEqual([
      ["2019-01-07", ["fr", "sg", "en"], ["en"]],
    ]);
    expect(fs[0]!.message).toBe("Radio broadcasts on SEA: none between 2019-01-07 and 2019-01-13 was held in en (period P1W)");
    expect(fs[0]!.explanation.parameters.filter((p) => p.id === "radioBroadcastLanguages").map((p) => [p.value, p.effectiveFrom, p.layer])).toEqual([
      [["fr", "sg", "en"], "2019-01-01", "overlay"],
    ]);
  });

  it("AP-P1: a missed 2018 week is judged against, and cites, the 2018 list with its dates beside asOf's", () => {
    const occ = [radio("2018-12-18", ["fr", "sg"]), radio("2018-12-25", ["fr"]), radio("2019-01-01", ["fr", "sg"]), radio("2019-01-08", ["fr", "sg", "en"])];
    const fs = findingsOf(radioBroadcastRule, withOccurrences(occ, mission), { asOf: "2019-01-20", parameters });
    expect(fs.map((f) => [f.explanation.facts["from"], f.explanation.facts["requiredLanguages"], f.explanation.facts["missingLanguages"]])).toEqual([
      ["2018-12-24", ["fr", "sg"], ["sg"]],
    ]);
    expect(fs[0]!.explanation.parameters.filter((p) => p.id === "radioBroadcastLanguages").map((p) => [p.value, p.effectiveFrom, p.effectiveTo, p.layer])).toEqual([
      [["fr", "sg", "en"], "2019-01-01", undefined, "overlay"],
      [["fr", "sg"], "2018-01-01", "2019-01-01", "overlay"],
    ]);
  });

  it("AP-P1: a newsletter whose languages drop English from 2019 still fails a 2018 quarter without it", () => {
    const langs = [{ value: ["fr"], effectiveFrom: "2019-01-01", citation: { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 1 (c)" } }];
    const occ = heldEvery("ap.p1.cdt-newsletter", "P3M", "2018-01-01", "2019-03-31", ["fr"]);
    const fs = findingsOf(newsletterRule, withOccurrences(occ), { asOf: "2019-04-15", parameters: { newsletterLanguages: langs } });
    expect(fs.map((f) => [f.explanation.facts["from"], f.explanation.facts["missingLanguages"]])).toEqual([
      ["2018-01-01", ["en"]],
      ["2018-04-01", ["en"]],
      ["2018-07-01", ["en"]],
      ["2018-10-01", ["en"]],
    ]);
  });

  it("AP-P1: judge nothing when no languages are in force on a window's first day, the engine recording why", () => {
    // The period is overlaid from 2017 but the languages start with the plan in 2018: as for a period
    // not in force, no window is judged against a list from another date.
    const period = { radioBroadcastPeriod: [{ value: "P1W", effectiveFrom: "2017-01-01", citation }] };
    const r = evaluate(defineRuleSet({ id: "one", title: "one", rules: [radioBroadcastRule] }), withOccurrences([], { actionPlanStart: "2017-12-18" }), {
      asOf: "2018-01-31",
      parameters: period,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.findings).toEqual([]);
    expect(r.ruleErrors.map((e) => [e.code, e.ruleId, "parameterId" in e ? e.parameterId : undefined])).toEqual([
      ["parameter-not-in-force", "cadence.ap.p1.radio-broadcast", "radioBroadcastLanguages"],
    ]);
  });
});
