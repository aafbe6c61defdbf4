import { planActivities, minuscaActionPlan2018_2019 } from "@psea/core/action-plan";
import { describe, expect, it } from "vitest";
import { actionPlanMatrixReport, buildActionPlanMatrix, citedActivities, type ActionPlanMatrixReport } from "../../src";
import { AS_OF, compliantDataset } from "@psea/test-support";

const SECRET = "COMMENT-CANARY";
function input(statuses: object[]) {
  return { ...compliantDataset(), actionPlanStatus: statuses };
}
function build(i: unknown, options: Parameters<typeof buildActionPlanMatrix>[1] = { asOf: AS_OF }): ActionPlanMatrixReport {
  const r = buildActionPlanMatrix(i, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
}
const activity = (r: ActionPlanMatrixReport, id: string) => r.pillars.flatMap((p) => p.goals.flatMap((g) => g.activities)).find((a) => a.id === id)!;

describe("buildActionPlanMatrix", () => {
  const statuses = [
    { activityId: "P1.h", year: 2018, month: 3, status: "ongoing", comment: SECRET },
    { activityId: "P1.h", year: 2018, month: 4, status: "completed" },
    { activityId: "P1.h", year: 2018, month: 8, status: "delayed" },
    { activityId: "E3.e", year: 2018, month: 1, status: "not-started" },
  ];

  it("lays out pillar, goal and activity with the January-December grid up to the as-of month", () => {
    const r = build(input(statuses));
    expect(r.pillars.map((p) => p.id)).toEqual(["prevention", "enforcement", "remedial"]);
    expect(activity(r, "P1.h").months).toEqual([null, null, "ongoing", "completed", null, null, null, null, null, null, null, null]);
    expect(activity(r, "P1.h").latest).toBe("completed");
    const total = planActivities(minuscaActionPlan2018_2019).length;
    expect(r.latestByStatus).toEqual({ "not-started": 1, ongoing: 0, completed: 1, delayed: 0, cancelled: 0, "not-recorded": total - 2 });
  });

  it("keeps each goal's expected results, partners, status and comments", () => {
    const goal = build(input([])).pillars[0]!.goals[0]!;
    const source = minuscaActionPlan2018_2019.pillars[0]!.goals[0]!;
    expect(goal.expectedResults.map((x) => x.id)).toEqual(source.expectedResults.map((x) => x.id));
    expect(goal.partners).toEqual({ leading: source.partners.leading, implementing: source.partners.implementing });
    expect(goal.comments).toBe(source.comments ?? null);
  });

  it("links each activity to the rules and cadences that cite it, with their current findings", () => {
    const d = input([]);
    d.cadenceOccurrences = d.cadenceOccurrences!.filter((o) => !(o.cadenceId === "ap.p1.radio-broadcast" && o.on >= "2018-03-05" && o.on <= "2018-03-11"));
    const links = activity(build(d), "P1.h").links;
    expect(links.find((l) => l.ruleId === "cadence.ap.p1.radio-broadcast")).toEqual({
      ruleId: "cadence.ap.p1.radio-broadcast",
      kind: "cadence",
      scope: "activity",
      obligations: ["AP-P1"],
      violation: 1,
      warning: 0,
      notice: 0,
    });
    expect(activity(build(input([])), "P1.c").links.map((l) => l.ruleId)).toContain("cadence.ap.p1.cdt-newsletter");
    expect(activity(build(input([])), "P1.h").links.find((l) => l.ruleId === "cadence.ap.p1.radio-broadcast")?.violation).toBe(0);
  });

  it("reads activity letters from citations, not expected-result numerals", () => {
    expect(citedActivities({ document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 1, activity (c) and expected result (vi)" })).toEqual({ pillar: "prevention", goal: 1, activities: ["c"] });
    expect(citedActivities({ document: "MINUSCA-AP-2018-2019", clause: "Remedial actions goal 1, activity (a)" })).toEqual({ pillar: "remedial", goal: 1, activities: ["a"] });
    expect(citedActivities({ document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 6" })).toEqual({ pillar: "prevention", goal: 6, activities: [] });
  });

  it("reports a status for an unknown activity as an issue with a path and a code, and never carries monthly comments", () => {
    const r = buildActionPlanMatrix(input([{ activityId: "P9.z", year: 2018, month: 3, status: "ongoing", comment: SECRET }]), { asOf: AS_OF });
    expect(r).toMatchObject({ ok: false, issues: [{ path: ["actionPlanStatus", 0, "activityId"], code: "unknown-activity" }] });
    expect(JSON.stringify(r)).not.toContain(SECRET);
    const ok = build(input(statuses));
    expect(JSON.stringify([ok, actionPlanMatrixReport.sections(ok)])).not.toContain(SECRET);
  });
});
