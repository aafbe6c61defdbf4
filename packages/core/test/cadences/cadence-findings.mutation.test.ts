import { describe, expect, it } from "vitest";
import { rcAnnualReportRule, radioBroadcastRule, townHallRule } from "../../src/cadences";
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
