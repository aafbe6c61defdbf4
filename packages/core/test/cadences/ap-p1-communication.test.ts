import { describe, expect, it } from "vitest";
import { createParameterSet, listParameterConflicts } from "../../src/parameters";
import { newsletterCadence, newsletterRule, radioBroadcastRule, townHallRule } from "../../src/cadences";
import { findingsOf, heldEvery, withOccurrences, without } from "./support";

const START = "2018-01-01";
const AS_OF = "2018-06-30";

describe("AP-P1 weekly radio broadcast in French and Sango", () => {
  const weekly = heldEvery("ap.p1.radio-broadcast", "P1W", START, AS_OF, ["fr", "sg"]);

  it("AP-P1 passes when every week has a broadcast in both languages", () => {
    expect(findingsOf(radioBroadcastRule, withOccurrences(weekly), { asOf: AS_OF })).toEqual([]);
  });

  it("AP-P1 fails a week with no broadcast, naming the window and the period parameter", () => {
    const [f, ...rest] = findingsOf(radioBroadcastRule, withOccurrences(without(weekly, "2018-03-05")), { asOf: AS_OF });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "cadence.ap.p1.radio-broadcast",
      obligationIds: ["AP-P1"],
      severity: "violation",
      subject: { kind: "cadence", id: "ap.p1.radio-broadcast" },
      path: ["cadenceOccurrences"],
      explanation: {
        facts: { from: "2018-03-05", to: "2018-03-12", period: "P1W", requiredLanguages: ["fr", "sg"], missingLanguages: ["fr", "sg"], occurrencesInWindow: 0 },
      },
    });
    expect(f!.explanation.parameters.map((p) => [p.id, p.value, p.effectiveFrom])).toEqual([
      ["radioBroadcastPeriod", "P1W", "2018-01-01"],
      ["radioBroadcastLanguages", ["fr", "sg"], "2018-01-01"],
    ]);
  });

  it("AP-P1 fails a week broadcast only in French, naming Sango as missing", () => {
    const occ = weekly.map((o) => (o.on === "2018-04-02" ? { ...o, languages: ["fr"] } : o));
    const fs = findingsOf(radioBroadcastRule, withOccurrences(occ), { asOf: AS_OF });
    expect(fs.map((f) => [f.explanation.facts["from"], f.explanation.facts["missingLanguages"]])).toEqual([["2018-04-02", ["sg"]]]);
    expect(fs[0]!.message).toContain("sg");
  });

  it("AP-P1 holds a week with separate French and Sango broadcasts", () => {
    const occ = [...without(weekly, "2018-04-02"), { cadenceId: "ap.p1.radio-broadcast", on: "2018-04-03", languages: ["fr"] }, { cadenceId: "ap.p1.radio-broadcast", on: "2018-04-06", languages: ["sg"] }];
    expect(findingsOf(radioBroadcastRule, withOccurrences(occ), { asOf: AS_OF })).toEqual([]);
  });
});

describe("AP-P1 CDT newsletter in French and English (quarterly activity (c) vs monthly result (vi))", () => {
  const asOf = "2018-12-31";
  const quarterly = heldEvery("ap.p1.cdt-newsletter", "P3M", START, asOf, ["fr", "en"]);
  const monthlyOverlay = {
    newsletterPeriod: [{ value: "P1M", effectiveFrom: "2018-01-01", citation: { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 1, expected result (vi)" } }],
  };

  it("AP-P1 the conflict is documented: P3M encoded, P1M recorded as a conflict", () => {
    const c = listParameterConflicts().find((x) => x.parameterId === newsletterCadence.periodParameter);
    expect(c?.encoded.map((v) => [v.value, v.citation.clause])).toEqual([["P3M", "Prevention goal 1, activity (c)"]]);
    expect(c?.conflicts.map((v) => [v.value, v.citation.clause])).toEqual([["P1M", "Prevention goal 1, expected result (vi)"]]);
  });

  it("AP-P1 passes a quarterly newsletter under the encoded period", () => {
    expect(findingsOf(newsletterRule, withOccurrences(quarterly), { asOf })).toEqual([]);
  });

  it("AP-P1 fails a quarter without an English issue", () => {
    const occ = quarterly.map((o) => (o.on === "2018-07-01" ? { ...o, languages: ["fr"] } : o));
    const [f, ...rest] = findingsOf(newsletterRule, withOccurrences(occ), { asOf });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "cadence.ap.p1.cdt-newsletter",
      obligationIds: ["AP-P1"],
      severity: "violation",
      subject: { kind: "cadence", id: "ap.p1.cdt-newsletter" },
      path: ["cadenceOccurrences"],
      explanation: { facts: { from: "2018-07-01", to: "2018-10-01", period: "P3M", missingLanguages: ["en"] } },
    });
  });

  it("AP-P1 an overlay of P1M (result (vi)) turns the same quarterly record into seven missed months", () => {
    const set = createParameterSet(monthlyOverlay);
    if (!set.ok) throw new Error(JSON.stringify(set.issues));
    const fs = findingsOf(newsletterRule, withOccurrences(quarterly), { asOf, parameters: set.value });
    expect(fs.map((f) => f.explanation.facts["from"])).toEqual(["2018-02-01", "2018-03-01", "2018-05-01", "2018-06-01", "2018-08-01", "2018-09-01", "2018-11-01"]);
    expect(fs[0]!.explanation.parameters[0]).toMatchObject({ id: "newsletterPeriod", value: "P1M", layer: "overlay" });
  });
});

describe("AP-P1 town halls carry the anti-SEA message (per event)", () => {
  const hall = (on: string, antiSeaMessage?: boolean) => ({ cadenceId: "ap.p1.town-hall", on, ...(antiSeaMessage === undefined ? {} : { antiSeaMessage }) });

  it("AP-P1 passes when every recorded town hall reiterated the anti-SEA message", () => {
    expect(findingsOf(townHallRule, withOccurrences([hall("2018-02-10", true), hall("2018-05-02", true)]), { asOf: AS_OF })).toEqual([]);
  });

  it("AP-P1 fails each town hall without the message, at that record", () => {
    const fs = findingsOf(townHallRule, withOccurrences([hall("2018-02-10", true), hall("2018-03-15"), hall("2018-05-02", false)]), { asOf: AS_OF });
    expect(fs).toHaveLength(2);
    expect(fs[0]).toMatchObject({
      ruleId: "cadence.ap.p1.town-hall",
      obligationIds: ["AP-P1"],
      severity: "violation",
      subject: { kind: "cadence", id: "ap.p1.town-hall" },
      path: ["cadenceOccurrences", 1, "antiSeaMessage"],
      explanation: { facts: { on: "2018-03-15", requires: "antiSeaMessage", recorded: null } },
    });
    expect(fs[1]).toMatchObject({ path: ["cadenceOccurrences", 2, "antiSeaMessage"], explanation: { facts: { on: "2018-05-02", recorded: false } } });
  });

  it("AP-P1 does not judge town halls before the plan started, after asOf, or of other cadences", () => {
    const occ = [hall("2017-12-01"), hall("2018-07-15"), { cadenceId: "ap.p3.task-force-meeting", on: "2018-02-01" }];
    expect(findingsOf(townHallRule, withOccurrences(occ), { asOf: AS_OF })).toEqual([]);
  });
});
