import { describe, expect, it } from "vitest";
import { compliantDataset } from "@psea/test-support";
import { defineRuleSet, evaluate, type Finding } from "../../src";
import { newsletterRule, rcAnnualReportRule, radioBroadcastRule, townHallRule } from "../../src/cadences";
import { findingsOf, heldEvery, withOccurrences, without } from "./support";

// What a cadence finding says: the window, in calendar dates a reader checks against a diary, the
// languages missing, and which event of a per-event cadence lacks what it requires.

const START = "2018-01-01";
const AS_OF = "2018-06-30";

describe("periodic cadence findings", () => {
  it("name the window by its first and last day, and the period in force", () => {
    const weekly = without(heldEvery("ap.p1.radio-broadcast", "P1W", START, AS_OF, ["fr", "sg"]), "2018-01-08");
    const [f, ...rest] = findingsOf(radioBroadcastRule, withOccurrences(weekly), { asOf: AS_OF });
    expect(rest).toEqual([]);
    expect(f?.message).toMatch(/: none was held between 2018-01-08 and 2018-01-14 \(period P1W\)$/);
    expect(f?.explanation.facts).toMatchObject({
      cadenceId: "ap.p1.radio-broadcast",
      from: "2018-01-08",
      to: "2018-01-15",
      period: "P1W",
      requiredLanguages: ["fr", "sg"],
      missingLanguages: ["fr", "sg"],
      occurrencesInWindow: 0,
    });
  });

  it("name the languages a held window missed", () => {
    const weekly = heldEvery("ap.p1.radio-broadcast", "P1W", START, AS_OF, ["fr", "sg"]).map((o) => (o.on === "2018-01-08" ? { ...o, languages: ["fr"] } : o));
    const [f] = findingsOf(radioBroadcastRule, withOccurrences(weekly), { asOf: AS_OF });
    expect(f?.message).toMatch(/: none between 2018-01-08 and 2018-01-14 was held in sg \(period P1W\)$/);
    expect(f?.explanation.facts).toMatchObject({ missingLanguages: ["sg"], occurrencesInWindow: 1 });
  });

  it("carry the cadence's own note and facts", () => {
    const [f] = findingsOf(rcAnnualReportRule, withOccurrences([]), { asOf: "2019-06-30" });
    expect(f?.message).toMatch(/IASC Working Group.*: none was held between 2018-01-01 and 2018-12-31 \(period P1Y\)$/);
  });

  it("say why a cadence cannot be scheduled", () => {
    const d = withOccurrences([]);
    const { actionPlanStart: _, ...mission } = d.mission!;
    const [f] = findingsOf(radioBroadcastRule, { ...d, mission }, { asOf: AS_OF });
    expect(f).toMatchObject({
      severity: "notice",
      subject: { kind: "cadence", id: "ap.p1.radio-broadcast" },
      message: "cadence 'ap.p1.radio-broadcast' is not scheduled: the mission records no action-plan start date",
      explanation: { facts: { cadenceId: "ap.p1.radio-broadcast", missionId: mission.id } },
    });
    const [g] = findingsOf(townHallRule, { ...d, mission }, { asOf: AS_OF });
    expect(g).toMatchObject({ severity: "notice", path: ["mission", "actionPlanStart"], explanation: { facts: { cadenceId: "ap.p1.town-hall" } } });
  });
});

describe("per-event cadence findings", () => {
  const hall = (on: string, antiSeaMessage?: boolean) => ({ cadenceId: "ap.p1.town-hall", on, ...(antiSeaMessage === undefined ? {} : { antiSeaMessage }) });

  it("name the event that lacks what it requires", () => {
    const [f] = findingsOf(townHallRule, withOccurrences([hall("2018-03-15", false)]), { asOf: AS_OF });
    expect(f?.message).toMatch(/: the event of 2018-03-15 does not record 'antiSeaMessage'$/);
  });

  it("judge an event on the plan's first day and on asOf, and none the day before or after", () => {
    const fs = findingsOf(townHallRule, withOccurrences([hall("2017-12-31"), hall(START), hall(AS_OF), hall("2018-07-01")]), { asOf: AS_OF });
    expect(fs.map((f) => f.explanation.facts["on"])).toEqual([START, AS_OF]);
  });
});

describe("periodic cadence findings, in full", () => {
  it("AP-P1: say which cadence, the window and the period, with every fact and nothing else", () => {
    const weekly = without(heldEvery("ap.p1.radio-broadcast", "P1W", START, AS_OF, ["fr", "sg"]), "2018-01-08");
    const [f] = findingsOf(radioBroadcastRule, withOccurrences(weekly), { asOf: AS_OF });
    expect(f).toMatchObject({
      severity: "violation",
      subject: { kind: "cadence", id: "ap.p1.radio-broadcast" },
      path: ["cadenceOccurrences"],
      message: "Radio broadcasts on SEA: none was held between 2018-01-08 and 2018-01-14 (period P1W)",
    });
    expect(f?.explanation.facts).toEqual({
      cadenceId: "ap.p1.radio-broadcast",
      from: "2018-01-08",
      to: "2018-01-15",
      period: "P1W",
      requiredLanguages: ["fr", "sg"],
      missingLanguages: ["fr", "sg"],
      occurrencesInWindow: 0,
    });
    expect(f?.explanation.parameters.map((p) => p.id)).toEqual(["radioBroadcastPeriod", "radioBroadcastLanguages"]);
  });

  it("AP-P1: list every language a held window missed", () => {
    const weekly = heldEvery("ap.p1.radio-broadcast", "P1W", START, AS_OF, ["fr", "sg"]).map((o) => (o.on === "2018-01-08" ? { ...o, languages: ["en"] } : o));
    const [f, ...rest] = findingsOf(radioBroadcastRule, withOccurrences(weekly), { asOf: AS_OF });
    expect(rest).toEqual([]);
    expect(f?.message).toBe("Radio broadcasts on SEA: none between 2018-01-08 and 2018-01-14 was held in fr, sg (period P1W)");
  });

  it("DPKO-RC-f: add the cadence's note after its title, and its facts after the window's", () => {
    const [f] = findingsOf(rcAnnualReportRule, withOccurrences([]), { asOf: "2019-06-30" });
    expect(f?.message).toBe("Resident Coordinator progress reports to the IASC Working Group: none was held between 2018-01-01 and 2018-12-31 (period P1Y)");
    expect(f?.explanation.facts).toEqual({
      cadenceId: "dpko.rc-f.annual-report",
      from: "2018-01-01",
      to: "2019-01-01",
      period: "P1Y",
      requiredLanguages: [],
      missingLanguages: [],
      occurrencesInWindow: 0,
      context: "humanitarian",
      recipient: "IASC Working Group",
    });
  });

  it("DPKO-RC-f: cite the period a window was laid out under, for a cadence with no languages parameter", () => {
    const parameters = { rcAnnualReportPeriod: [{ value: "P6M", effectiveFrom: "2019-01-01", citation: { document: "DPKO-IG", clause: "Responsibilities of HoM and RC (f)" } }] };
    const [f] = findingsOf(rcAnnualReportRule, withOccurrences([]), { asOf: "2019-09-30", parameters });
    expect(f?.explanation.facts).toMatchObject({ from: "2018-01-01", period: "P1Y" });
    expect(f?.explanation.parameters.filter((p) => p.id === "rcAnnualReportPeriod").map((p) => [p.value, p.layer])).toEqual([
      ["P6M", "overlay"],
      ["P1Y", "default"],
    ]);
  });

  it("AP-P1: say a periodic cadence without a start is not scheduled, at the mission's start date", () => {
    const d = withOccurrences([]);
    const { actionPlanStart: _, ...mission } = d.mission!;
    expect(findingsOf(radioBroadcastRule, { ...d, mission }, { asOf: AS_OF })).toMatchObject([{ path: ["mission", "actionPlanStart"] }]);
  });
});

describe("periodic cadence findings under an overlaid period", () => {
  const citation = { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 1, expected result (vi)" };
  const parameters = { newsletterPeriod: [{ value: "P1M", effectiveFrom: "2019-01-01", citation }] };

  it("AP-P1: name each window's own period, and cite the value in force on its first day when it differs from asOf's", () => {
    const fs = findingsOf(newsletterRule, withOccurrences([]), { asOf: "2019-03-15", parameters });
    expect(fs.map((f) => f.message.replace(/^.*: none was held /, ""))).toEqual([
      "between 2018-01-01 and 2018-03-31 (period P3M)",
      "between 2018-04-01 and 2018-06-30 (period P3M)",
      "between 2018-07-01 and 2018-09-30 (period P3M)",
      "between 2018-10-01 and 2018-12-31 (period P3M)",
      "between 2019-01-01 and 2019-01-31 (period P1M)",
      "between 2019-02-01 and 2019-02-28 (period P1M)",
    ]);
    const periods = (f: Finding | undefined) => f?.explanation.parameters.filter((p) => p.id === "newsletterPeriod").map((p) => [p.value, p.layer]);
    expect(periods(fs[0])).toEqual([
      ["P1M", "overlay"],
      ["P3M", "default"],
    ]);
    expect(periods(fs[4])).toEqual([["P1M", "overlay"]]);
  });
});

describe("periodic cadence findings under a period overlaid and later set back", () => {
  it("AP-P1: cite the value a window was laid out under by its own dates, even when asOf's value is equal", () => {
    const citation = { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 1, expected result (vi)" };
    const parameters = {
      newsletterPeriod: [
        { value: "P1M", effectiveFrom: "2019-01-01", effectiveTo: "2020-01-01", citation },
        { value: "P3M", effectiveFrom: "2020-01-01", citation },
      ],
    };
    const fs = findingsOf(newsletterRule, withOccurrences([]), { asOf: "2020-06-30", parameters });
    const uses = (from: string) =>
      fs
        .find((f) => f.explanation.facts["from"] === from)
        ?.explanation.parameters.filter((p) => p.id === "newsletterPeriod")
        .map((p) => [p.value, p.effectiveFrom, p.layer]);
    expect(uses("2018-01-01")).toEqual([
      ["P3M", "2020-01-01", "overlay"],
      ["P3M", "2018-01-01", "default"],
    ]);
    expect(uses("2019-01-01")).toEqual([
      ["P3M", "2020-01-01", "overlay"],
      ["P1M", "2019-01-01", "overlay"],
    ]);
    expect(uses("2020-01-01")).toEqual([["P3M", "2020-01-01", "overlay"]]);
  });
});

describe("periodic cadences whose plan starts after asOf", () => {
  it("AP-P1: judge no window yet, and record no error", () => {
    const set = defineRuleSet({ id: "one", title: "one", rules: [radioBroadcastRule] });
    const r = evaluate(set, withOccurrences([], { actionPlanStart: "2018-07-01" }), { asOf: AS_OF });
    expect(r).toMatchObject({ ok: true, findings: [], ruleErrors: [] });
  });
});

describe("per-event cadence findings, in full", () => {
  const hall = (on: string, antiSeaMessage?: boolean) => ({ cadenceId: "ap.p1.town-hall", on, ...(antiSeaMessage === undefined ? {} : { antiSeaMessage }) });

  it("AP-P1: locate the flag of the event, and say whether it was recorded false or not at all", () => {
    const occurrences = [hall("2018-03-01", true), { cadenceId: "ap.p1.radio-broadcast", on: "2018-03-02", languages: ["fr"] }, hall("2018-03-15", false), hall("2018-04-15")];
    const fs = findingsOf(townHallRule, withOccurrences(occurrences), { asOf: AS_OF });
    expect(fs.map((f) => [f.severity, f.subject, f.path, f.message, f.explanation.facts])).toEqual([
      [
        "violation",
        { kind: "cadence", id: "ap.p1.town-hall" },
        ["cadenceOccurrences", 2, "antiSeaMessage"],
        "Town hall meetings: the event of 2018-03-15 does not record 'antiSeaMessage'",
        { cadenceId: "ap.p1.town-hall", on: "2018-03-15", requires: "antiSeaMessage", recorded: false },
      ],
      [
        "violation",
        { kind: "cadence", id: "ap.p1.town-hall" },
        ["cadenceOccurrences", 3, "antiSeaMessage"],
        "Town hall meetings: the event of 2018-04-15 does not record 'antiSeaMessage'",
        { cadenceId: "ap.p1.town-hall", on: "2018-04-15", requires: "antiSeaMessage", recorded: null },
      ],
    ]);
  });
});

describe("periodic cadence rules outside the engine, and on inputs past their limits", () => {
  const mission = compliantDataset().mission;
  const params = { radioBroadcastPeriod: "P1W", radioBroadcastLanguages: ["fr", "sg"] };
  const drafts = (p: Record<string, unknown>, occurrences: unknown[] = []) =>
    [...radioBroadcastRule.evaluate({ mission, cadenceOccurrences: occurrences } as never, { asOf: "2018-01-15", params: p as never })];

  it("AP-P1: lay the windows out under the asOf value, naming no dated parameter", () => {
    const fs = drafts(params);
    expect(fs.map((f) => [f.message, "parameters" in f])).toEqual([
      ["Radio broadcasts on SEA: none was held between 2018-01-01 and 2018-01-07 (period P1W)", false],
      ["Radio broadcasts on SEA: none was held between 2018-01-08 and 2018-01-14 (period P1W)", false],
    ]);
  });

  it("AP-P1: refuse an unusable period or language, naming the cadence", () => {
    expect(() => drafts({ ...params, radioBroadcastPeriod: "P0W" })).toThrow("cadence 'ap.p1.radio-broadcast': the period in force on 2018-01-01 is not usable");
    expect(() => drafts({ ...params, radioBroadcastLanguages: ["French"] })).toThrow(/^cadence 'ap\.p1\.radio-broadcast': options\.languages\.0: \S/);
    expect(() => drafts({ ...params, radioBroadcastLanguages: ["French", "English"] })).toThrow(/: options\.languages\.0: [^;]+; options\.languages\.1: \S/);
  });

  it("AP-P1: judge nothing when the period is not in force on the plan's start, the engine recording why", () => {
    const r = evaluate(defineRuleSet({ id: "one", title: "one", rules: [radioBroadcastRule] }), withOccurrences([], { actionPlanStart: "2017-06-01" }), { asOf: AS_OF });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.findings).toEqual([]);
    expect(r.ruleErrors.map((e) => [e.code, e.ruleId])).toEqual([["parameter-not-in-force", "cadence.ap.p1.radio-broadcast"]]);
  });

  it("AP-P1: refuse an asOf past the most windows as an input issue", () => {
    const r = evaluate(defineRuleSet({ id: "one", title: "one", rules: [radioBroadcastRule] }), withOccurrences([]), { asOf: "2400-01-01" });
    expect(r).toEqual({ ok: false, issues: [{ path: ["asOf"], code: "too-many-windows", message: "expected an asOf within 10000 periods of the cadence's start" }] });
  });

  it("DPKO-RC-f: refuse an asOf whose held year is followed by one ending after 9999-12-31", () => {
    const set = defineRuleSet({ id: "one", title: "one", rules: [rcAnnualReportRule] });
    const r = evaluate(set, withOccurrences([{ cadenceId: "dpko.rc-f.annual-report", on: "9998-03-01" }]), { asOf: "9998-06-01" });
    expect(r).toEqual({ ok: false, issues: [{ path: ["asOf"], code: "date-out-of-range", message: "expected an asOf whose next cadence period ends by 9999-12-31" }] });
  });
});
