import { planActivities, minuscaActionPlan2018_2019 } from "@psea/core/action-plan";
import { describe, expect, it } from "vitest";
import { actionPlanMatrixReport, buildActionPlanMatrix, citedActivities, renderDocumentHtml, renderDocumentMarkdown, type ActionPlanMatrixReport } from "../../src";
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
    expect(goal.partners).toEqual({ leading: source.partners.leading, implementing: source.partners.implementing, illegible: false });
    expect(goal.comments).toBe(source.comments ?? null);
  });

  it("carries the plan's marks of text partly illegible in the source, and never a reconstruction", () => {
    const r = build(input([]));
    const goal = (id: string) => r.pillars.flatMap((p) => p.goals).find((g) => g.id === id)!;
    expect(goal("P3").expectedResults[0]).toEqual({ id: "P3.i", text: "… response efforts coordinated across the UN in CAR.", illegible: true });
    expect(goal("P1").expectedResults.find((x) => x.id === "P1.iii")).toEqual({ id: "P1.iii", text: "… every town hall meeting in the field and at HQ.", illegible: true });
    expect(goal("P1").expectedResults[0]).toMatchObject({ illegible: false });
    expect(goal("R1")).toMatchObject({ title: "Design a victim-centered …", titleIllegible: true });
    expect(goal("P2")).toMatchObject({ partners: { implementing: ["… in Programs", "Country representative (CR)", "CDT"], illegible: true }, status: "… of led", statusIllegible: true });
    expect(goal("P1")).toMatchObject({ titleIllegible: false, statusIllegible: false, partners: { illegible: false } });
    expect(activity(r, "E1.e").illegible).toBe(true);
    expect(activity(r, "P1.h").illegible).toBe(false);
  });

  it("shows the marker beside every partly illegible text in the goals table and the grid, in Markdown and HTML", async () => {
    const r = build(input([]));
    const sections = actionPlanMatrixReport.sections(r);
    const goals = sections.find((s) => s.id === "action-plan.goals")!.tables[0]!;
    const row = (id: string) => [...goals.rows].find((x) => x.goal === id)!;
    expect(row("P3").results).toBe("P3.i … response efforts coordinated across the UN in CAR. (partly illegible in the source) P3.ii Relevant information, … (partly illegible in the source)");
    expect(row("R1").title).toBe("Design a victim-centered … (partly illegible in the source)");
    expect(row("R1").results).toContain("R1.i [illegible in the source] R1.ii");
    expect(row("P2")).toMatchObject({ implementing: "… in Programs, Country representative (CR), CDT (partly illegible in the source)", leading: "", status: "… of led (partly illegible in the source)" });
    expect(row("E3")).toMatchObject({ leading: "CDT", implementing: expect.stringMatching(/OHCHR, … \(partly illegible in the source\)$/) });
    expect(row("P1").title).toBe("Implement an effective SEA Communication and outreach Strategy.");
    expect(row("P1").status).toBe("Ongoing");
    const grid = [...sections.find((s) => s.id === "action-plan.grid")!.tables[0]!.rows];
    expect(grid.find((x) => x.activity === "E1.e")!.text).toMatch(/duly … \(partly illegible in the source\)$/);
    expect(grid.find((x) => x.activity === "P1.h")!.text).toBe("Issue weekly radio broadcasts on SEA, in French and in Sango.");

    const doc = { kind: actionPlanMatrixReport.id, title: actionPlanMatrixReport.title, asOf: r.asOf, sections };
    const md = renderDocumentMarkdown(doc);
    expect(md).toContain("… response efforts coordinated across the UN in CAR. (partly illegible in the source)");
    expect(md).toContain("Design a victim-centered … (partly illegible in the source)");
    expect(md).not.toContain("SEA prevention and response");
    expect(md).not.toContain("assistance programme");
    const html = await renderDocumentHtml(doc);
    expect(html).toContain("… response efforts coordinated across the UN in CAR. (partly illegible in the source)");
    expect(html).toContain("… of led (partly illegible in the source)");
    expect(html).not.toContain("Anti SEA messages reiterated");
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
