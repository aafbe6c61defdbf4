import { describe, expect, it } from "vitest";
import type { AnyRule } from "../../src";
import { forceCommanderMeetingRule, policeCommissionerMeetingRule, preventionMeetingRule, taskForceRule } from "../../src/cadences";
import { findingsOf, heldEvery, withOccurrences, without } from "./support";

const START = "2018-01-01";
const AS_OF = "2018-06-30";

const cases: { obligation: string; name: string; rule: AnyRule; cadenceId: string; period: string; drop: string; to: string }[] = [
  { obligation: "AP-P3", name: "monthly SEA Task Force meeting", rule: taskForceRule, cadenceId: "ap.p3.task-force-meeting", period: "P1M", drop: "2018-04-01", to: "2018-05-01" },
  { obligation: "AP-P4", name: "weekly CDT–Force Commander meeting", rule: forceCommanderMeetingRule, cadenceId: "ap.p4.force-commander-meeting", period: "P1W", drop: "2018-02-12", to: "2018-02-19" },
  { obligation: "AP-P4", name: "monthly CDT–Police Commissioner meeting", rule: policeCommissionerMeetingRule, cadenceId: "ap.p4.police-commissioner-meeting", period: "P1M", drop: "2018-05-01", to: "2018-06-01" },
  { obligation: "AP-P6", name: "weekly prevention meeting", rule: preventionMeetingRule, cadenceId: "ap.p6.prevention-meeting", period: "P1W", drop: "2018-06-18", to: "2018-06-25" },
];

for (const c of cases) {
  describe(`${c.obligation} ${c.name}`, () => {
    const held = heldEvery(c.cadenceId, c.period, START, AS_OF);

    it(`${c.obligation} passes when every period has a meeting`, () => {
      expect(findingsOf(c.rule, withOccurrences(held), { asOf: AS_OF })).toEqual([]);
    });

    it(`${c.obligation} fails the one period without a meeting`, () => {
      const [f, ...rest] = findingsOf(c.rule, withOccurrences(without(held, c.drop)), { asOf: AS_OF });
      expect(rest).toEqual([]);
      expect(f).toMatchObject({
        ruleId: `cadence.${c.cadenceId}`,
        obligationIds: [c.obligation],
        severity: "violation",
        subject: { kind: "cadence", id: c.cadenceId },
        path: ["cadenceOccurrences"],
        explanation: { facts: { cadenceId: c.cadenceId, from: c.drop, to: c.to, period: c.period, missingLanguages: [], occurrencesInWindow: 0 } },
      });
    });

    it(`${c.obligation} does not count a meeting recorded under another cadence`, () => {
      const moved = held.map((o) => (o.on === c.drop ? { ...o, cadenceId: c.rule.id === "cadence.ap.r1.vra-meeting" ? "ap.p3.task-force-meeting" : "ap.r1.vra-meeting" } : o));
      expect(findingsOf(c.rule, withOccurrences(moved), { asOf: AS_OF })).toHaveLength(1);
    });
  });
}

describe("AP-P3 month-end arithmetic (plan started on 31 January, monthly)", () => {
  it("AP-P3 treats 28 February as the start of the second window, not the end of the first", () => {
    const occ = ["2018-02-27", "2018-03-30", "2018-04-29", "2018-05-30", "2018-06-15"].map((on) => ({ cadenceId: "ap.p3.task-force-meeting", on }));
    expect(findingsOf(taskForceRule, withOccurrences(occ, { actionPlanStart: "2018-01-31" }), { asOf: AS_OF })).toEqual([]);
    const late = occ.map((o) => (o.on === "2018-02-27" ? { ...o, on: "2018-02-28" } : o));
    const fs = findingsOf(taskForceRule, withOccurrences(late, { actionPlanStart: "2018-01-31" }), { asOf: AS_OF });
    expect(fs.map((f) => [f.explanation.facts["from"], f.explanation.facts["to"]])).toEqual([["2018-01-31", "2018-02-28"]]);
  });
});
