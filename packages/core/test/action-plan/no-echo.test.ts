import { describe, expect, it } from "vitest";
import { createTracker, minuscaActionPlan2018_2019, parseActionPlan, recordStatus } from "../../src/action-plan";
import { testPlan } from "./support";

// An issue says what was expected and where, never what arrived: the same habit on every entry point,
// so no received value can travel into a log through an error message.

const plan = (activityIds: string[]) => testPlan(activityIds.map((id) => ({ id, text: "x" })));

describe("action plan issues never echo a received id", () => {
  it("parseActionPlan names the rule broken, not the id, for an id outside its goal and a repeated id", () => {
    const r = parseActionPlan(plan(["E7.q", "P1.q", "P1.q"]));
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(["id-outside-goal", "duplicate-id"]);
    expect(JSON.stringify(r.ok ? [] : r.issues.map((i) => i.message))).not.toMatch(/E7\.q|P1\.q/);
  });

  it("recordStatus refuses an unknown activity and a month outside the plan without repeating them", () => {
    const t = createTracker(minuscaActionPlan2018_2019);
    const unknown = recordStatus(t, { activityId: "P1.zz", year: 2018, month: 1, status: "ongoing" });
    const outside = recordStatus(t, { activityId: "P1.a", year: 2031, month: 7, status: "ongoing" });
    expect(unknown.ok || unknown.error.message).toBe("expected the id of one of the plan's activities");
    expect(outside.ok || outside.error.code).toBe("outside-plan-period");
    expect(JSON.stringify([unknown, outside])).not.toMatch(/P1\.zz|2031/);
  });
});
