import { describe, expect, it } from "vitest";
import { addDuration, evaluate, type Finding } from "../../src";
import { allRules } from "../../src/rules";
import { resolveParameter, defaultParameterSet } from "../../src/parameters";
import { cadenceCatalogue, cadenceRuleId, cadenceRules, radioBroadcastRule } from "../../src/cadences";
import { findingsOf, heldEvery, withOccurrences } from "./support";

const START = "2018-01-01";
const AS_OF = "2018-06-30";

function everyCadenceHeld() {
  return cadenceCatalogue.flatMap((c) => {
    if (c.kind === "per-event") return [{ cadenceId: c.id, on: "2018-03-01", antiSeaMessage: true }];
    const period = resolveParameter(defaultParameterSet, c.periodParameter, AS_OF);
    const languages = c.languagesParameter ? resolveParameter(defaultParameterSet, c.languagesParameter, AS_OF) : undefined;
    if (!period.ok || (languages && !languages.ok)) throw new Error("parameter not in force");
    return heldEvery(c.id, period.value, START, AS_OF, languages?.ok ? [...languages.value] : []);
  });
}

function run(input: unknown, asOf = AS_OF): readonly Finding[] {
  const r = evaluate(cadenceRules, input, { asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

describe("cadence rule set", () => {
  it("tags every cadence and its rule with its obligation, and ships them in allRules", () => {
    expect(cadenceCatalogue.map((c) => [c.id, c.obligations])).toEqual([
      ["ap.p1.radio-broadcast", ["AP-P1"]],
      ["ap.p1.cdt-newsletter", ["AP-P1"]],
      ["ap.p1.town-hall", ["AP-P1"]],
      ["ap.p3.task-force-meeting", ["AP-P3"]],
      ["ap.p4.force-commander-meeting", ["AP-P4"]],
      ["ap.p4.police-commissioner-meeting", ["AP-P4"]],
      ["ap.p6.prevention-meeting", ["AP-P6"]],
      ["ap.e3.investigation-review-meeting", ["AP-E3"]],
      ["ap.r1.vra-meeting", ["AP-R1"]],
      ["dpko.rc-f.annual-report", ["DPKO-RC-f"]],
    ]);
    expect(cadenceRules.rules.map((r) => [r.id, r.obligations])).toEqual(cadenceCatalogue.map((c) => [cadenceRuleId(c), c.obligations]));
    const all = new Set(allRules.rules.map((r) => r.id));
    expect(cadenceRules.rules.every((r) => all.has(r.id))).toBe(true);
  });

  it("AP-P1 AP-P3 AP-P4 AP-P6 AP-E3 AP-R1 DPKO-RC-f: a mission that held every cadence has no finding", () => {
    expect(run(withOccurrences(everyCadenceHeld()))).toEqual([]);
  });

  it("AP-P1 AP-P3 AP-P4 AP-P6 AP-E3 AP-R1 DPKO-RC-f: with nothing recorded, every periodic cadence is missed", () => {
    const fs = run(withOccurrences([]));
    const byRule = Object.fromEntries(cadenceRules.rules.map((r) => [r.id, fs.filter((f) => f.ruleId === r.id).length]));
    expect(byRule).toEqual({
      "cadence.ap.p1.radio-broadcast": 25,
      "cadence.ap.p1.cdt-newsletter": 1,
      "cadence.ap.p1.town-hall": 0,
      "cadence.ap.p3.task-force-meeting": 5,
      "cadence.ap.p4.force-commander-meeting": 25,
      "cadence.ap.p4.police-commissioner-meeting": 5,
      "cadence.ap.p6.prevention-meeting": 25,
      "cadence.ap.e3.investigation-review-meeting": 12,
      "cadence.ap.r1.vra-meeting": 5,
      "cadence.dpko.rc-f.annual-report": 0,
    });
    expect(fs.every((f) => f.severity === "violation")).toBe(true);
  });

  it("gives one 'not scheduled' notice per cadence when the mission has no action-plan start", () => {
    const d = withOccurrences(everyCadenceHeld());
    const { actionPlanStart: _, ...mission } = d.mission!;
    const fs = run({ ...d, mission });
    expect(fs).toHaveLength(cadenceCatalogue.length);
    expect(fs.every((f) => f.severity === "notice" && f.path.join(".") === "mission.actionPlanStart")).toBe(true);
    expect(fs.map((f) => f.subject.id).sort()).toEqual(cadenceCatalogue.map((c) => c.id).sort());
  });

  it("reports a zero period from an overlay as a rule error, not a schedule", () => {
    const r = evaluate(cadenceRules, withOccurrences([]), {
      asOf: AS_OF,
      parameters: { radioBroadcastPeriod: [{ value: "P0W", effectiveFrom: "2018-01-01", citation: { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 1 (h)" } }] },
    });
    expect(r.ok && r.ruleErrors.map((e) => [e.ruleId, e.code])).toEqual([["cadence.ap.p1.radio-broadcast", "rule-failed"]]);
  });

  it("never mutates the dataset it reads", () => {
    const d = withOccurrences(heldEvery("ap.p1.radio-broadcast", "P1W", START, addDuration(AS_OF, "P1D"), ["fr"]));
    const copy = structuredClone(d);
    findingsOf(radioBroadcastRule, d, { asOf: AS_OF });
    expect(d).toEqual(copy);
  });
});
