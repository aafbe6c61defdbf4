import { describe, expect, it } from "vitest";
import { minuscaActionPlan2018_2019, parseActionPlan, planActivities } from "../../src/action-plan";

describe("AP-MATRIX the MINUSCA 2018-2019 plan as data", () => {
  it("AP-MATRIX parses against the schema", () => {
    const r = parseActionPlan(minuscaActionPlan2018_2019);
    expect(r.ok && r.value).toEqual(minuscaActionPlan2018_2019);
  });

  it("AP-MATRIX has the three pillars with Prevention goals 1-6, Enforcement goals 1-5 and Remedial goal 1", () => {
    expect(minuscaActionPlan2018_2019.pillars.map((p) => [p.id, p.goals.map((g) => g.number)])).toEqual([
      ["prevention", [1, 2, 3, 4, 5, 6]],
      ["enforcement", [1, 2, 3, 4, 5]],
      ["remedial", [1]],
    ]);
  });

  it("AP-MATRIX keeps every activity, lettered in order, of every goal", () => {
    const letters = (pillar: number) => minuscaActionPlan2018_2019.pillars[pillar]!.goals.map((g) => g.activities.map((a) => a.id.split(".")[1]).join(""));
    expect(letters(0)).toEqual(["abcdefghi", "abcde", "ab", "abc", "abcde", "abcdefghi"]);
    expect(letters(1)).toEqual(["abcde", "abc", "abcde", "ab", "abcdefghij"]);
    expect(letters(2)).toEqual(["abcd"]);
    expect(planActivities(minuscaActionPlan2018_2019)).toHaveLength(62);
  });

  it("AP-MATRIX keeps the expected results and the plan's own status and comments", () => {
    const goal = (pillar: number, n: number) => minuscaActionPlan2018_2019.pillars[pillar]!.goals.find((g) => g.number === n)!;
    expect(goal(0, 1).expectedResults.map((r) => r.id)).toEqual(["P1.i", "P1.ii", "P1.iii", "P1.iv", "P1.v", "P1.vi"]);
    expect(goal(0, 1).status).toBe("Ongoing");
    expect(goal(0, 3).comments).toBe("Monthly meetings to be held.");
    expect(goal(1, 1).status).toBe("Continuing");
    expect(goal(1, 3).partners.leading).toEqual(["CDT"]);
    expect(goal(2, 1).expectedResults.map((r) => r.id)).toEqual(["R1.i", "R1.ii", "R1.iii"]);
  });

  it("AP-R1 keeps expected result (i), illegible in the source, as an entry marked illegible rather than dropping or inventing it", () => {
    const remedial = minuscaActionPlan2018_2019.pillars[2]!.goals[0]!;
    expect(remedial.expectedResults[0]).toEqual({ id: "R1.i", text: "[illegible in the source]", illegible: true });
    expect(remedial.expectedResults.filter((r) => r.illegible)).toHaveLength(1);
  });

  it("AP-MATRIX records the activities the cadences encode, in the plan's words", () => {
    const text = new Map(planActivities(minuscaActionPlan2018_2019).map((a) => [a.id, a.text]));
    expect(text.get("P1.c")).toContain("quarterly newsletter in French and English");
    expect(text.get("P1.h")).toBe("Issue weekly radio broadcasts on SEA, in French and in Sango.");
    expect(text.get("P4.a")).toContain("weekly meeting between CDT and Force Commander");
    expect(text.get("P4.b")).toContain("monthly meetings between CDT and Police Commissioner");
    expect(text.get("P6.f")).toContain("weekly prevention meetings");
    expect(text.get("E3.e")).toContain("bi-weekly meetings between CDT, OIOS and SIU");
    expect(text.get("R1.a")).toContain("monthly meetings");
  });
});
