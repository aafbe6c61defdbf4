import { describe, expect, it } from "vitest";
import { minuscaActionPlan2018_2019, parseActionPlan, type ActionPlanInput } from "../../src/action-plan";
import { testPlan } from "./support";

const plan = testPlan;

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object") {
    Object.values(o).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
}

describe("AP-MATRIX parseActionPlan", () => {
  it("AP-MATRIX accepts a minimal plan and fills the defaulted lists", () => {
    const r = parseActionPlan(deepFreeze(plan()));
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.pillars[0]!.goals[0]!).toMatchObject({ references: [], partners: { leading: [], implementing: ["CDT"] } });
  });

  it("AP-MATRIX rejects an activity id outside its goal, with the path to it", () => {
    const p = plan();
    p.pillars[0]!.goals[0]!.activities[1]!.id = "P2.b";
    expect(parseActionPlan(p)).toEqual({
      ok: false,
      issues: [{ path: ["pillars", 0, "goals", 0, "activities", 1, "id"], code: "id-outside-goal", message: "expected an id starting with its pillar's letter and goal number (P1.)" }],
    });
  });

  it("AP-MATRIX rejects duplicate activity ids, duplicate goals, duplicate pillars and a reversed period", () => {
    const p = plan();
    const goal = p.pillars[0]!.goals[0]!;
    goal.activities[1]!.id = "P1.a";
    p.pillars[0]!.goals.push({ ...goal, activities: [{ id: "P1.z", text: "x" }], expectedResults: [] });
    p.pillars.push({ ...p.pillars[0]!, goals: [{ ...goal, activities: [{ id: "P1.c", text: "x" }] }] });
    p.period = { from: "2019-01-01", to: "2018-01-01" };
    const r = parseActionPlan(p);
    expect(!r.ok && r.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["period.to", "invalid-period"],
      ["pillars.0.goals.0.activities.1.id", "duplicate-id"],
      ["pillars.0.goals.1.number", "duplicate-goal"],
      ["pillars.1.id", "duplicate-pillar"],
    ]);
  });

  it("AP-MATRIX rejects malformed fields with zod's codes and paths", () => {
    const p = plan() as Record<string, unknown> & ActionPlanInput;
    p.pillars[0]!.id = "recovery" as "prevention";
    p.pillars[0]!.goals[0]!.activities[0]!.id = "a";
    const r = parseActionPlan(p);
    expect(!r.ok && r.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["pillars.0.id", "invalid_value"],
      ["pillars.0.goals.0.activities.0.id", "invalid_format"],
    ]);
  });

  it("AP-MATRIX accepts marks of text partly illegible in the source on activities, results, titles, partners and status, and only as true", () => {
    const p = plan();
    const goal = p.pillars[0]!.goals[0]!;
    Object.assign(goal, { title: "Communicate …", titleIllegible: true, status: "… of led", statusIllegible: true, partners: { implementing: ["… in Programs"], illegible: true } });
    Object.assign(goal.activities[0]!, { text: "Broadcast …", illegible: true });
    const r = parseActionPlan(p);
    expect(r.ok && r.value.pillars[0]!.goals[0]).toMatchObject({ titleIllegible: true, statusIllegible: true, partners: { leading: [], implementing: ["… in Programs"], illegible: true }, activities: [{ illegible: true }, { id: "P1.b" }] });
    Object.assign(goal, { titleIllegible: false });
    Object.assign(goal.partners, { illegible: "yes" });
    const bad = parseActionPlan(p);
    expect(!bad.ok && bad.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["pillars.0.goals.0.titleIllegible", "invalid_value"],
      ["pillars.0.goals.0.partners.illegible", "invalid_value"],
    ]);
  });

  it("AP-MATRIX never throws on data that is not a plan", () => {
    for (const bad of [null, undefined, 42, "plan", [], { pillars: "none" }]) expect(parseActionPlan(bad).ok).toBe(false);
  });

  it("AP-MATRIX a mission can instantiate its own plan from the shipped one", () => {
    const own = { ...minuscaActionPlan2018_2019, id: "MSN-AP-2020", mission: "MSN", period: { from: "2020-01-01", to: "2020-12-31" } };
    expect(parseActionPlan(own).ok).toBe(true);
  });
});
