import { describe, expect, it } from "vitest";
import { partnerAssessmentSummaries, partnerPortfolio, partnerPortfolioSections } from "../src";
import { agreement, compliantDataset, finalAssessment, ok, scores } from "./support";

function portfolioDataset() {
  const d = compliantDataset();
  d.partnerAgreements.push(agreement({ id: "PA-2", startDate: "2018-04-01" }), agreement({ id: "PA-3", startDate: "2018-04-01" }), agreement({ id: "PA-4", partnerKind: "contractor" }));
  d.partnerAssessments.push(
    finalAssessment({ id: "PCA-2", partnerId: "IP-2", agreementIds: ["PA-2"], finalizedOn: "2016-03-01", ratings: scores(1, 1, 1, 2, 1, 2), plan: {
      adoptedOn: "2016-03-01",
      actionPoints: [
        { id: "AP-21", standardId: "policy", description: "Adopt a PSEA policy", owner: "Director", dueDate: "2016-06-30", completedOn: "2016-06-01" },
        { id: "AP-22", standardId: "training", description: "Train staff", owner: "HR lead", dueDate: "2018-05-31" },
        { id: "AP-23", standardId: "investigations", description: "Investigation arrangement", owner: "Director", dueDate: "2018-07-15" },
      ],
    } }),
    finalAssessment({ id: "PCA-4", partnerId: "IP-1", status: "in-progress", finalizedOn: undefined, createdOn: "2018-06-01", ratings: [] }),
  );
  delete (d.partnerAssessments[2] as { finalizedOn?: string }).finalizedOn;
  delete (d.partnerAssessments[2] as { plan?: unknown }).plan;
  return d;
}

describe("assessment summary per partner", () => {
  it("gives the latest final determination, its standards and evidence, the plan's progress and the reassessment date", () => {
    const r = ok(partnerAssessmentSummaries(portfolioDataset(), { asOf: "2018-06-30" })).report;
    expect(r.asOf).toBe("2018-06-30");
    expect(r.partners.map((p) => [p.partnerId, p.assessmentId, p.rating, p.total, p.reassessmentDueOn, p.reassessmentStatus, p.pendingAssessmentId])).toEqual([
      ["IP-1", "PCA-1", "moderate", 13, "2020-02-15", "current", "PCA-4"],
      ["IP-2", "PCA-2", "high", 8, "2018-03-01", "overdue", null],
    ]);
    const one = r.partners[0]!;
    expect(one.standards[0]).toEqual({
      standardId: "policy",
      title: "PSEA policy",
      score: 3,
      level: "adequate",
      evidenceKinds: ["policy-document", "written-undertaking"],
      missingEvidenceKinds: ["code-of-conduct"],
    });
    expect(one.weakStandards).toEqual(["management-and-hr", "training", "reporting", "assistance-and-referrals"]);
    expect(one.actionPoints).toEqual({ total: 4, completed: 0, open: 4, due: 0, overdue: 0 });
    expect(r.partners[1]!.actionPoints).toEqual({ total: 3, completed: 1, open: 0, due: 1, overdue: 1 });
    expect(r.parameters.map((p) => p.id)).toEqual(["partnerCapacityStandards", "partnerCapacityScale", "partnerRatingBands", "partnerActionPointNoticeWindow", "partnerReassessmentPeriod"]);
  });

  it("a partner with no final assessment has no rating; one unrated standard leaves a final one unrated", () => {
    const unrated = finalAssessment({ ratings: scores(3, 3, 3, 3, 3) });
    const r = ok(partnerAssessmentSummaries({ partnerAssessments: [unrated, { id: "X", partnerId: "IP-9", status: "draft" }] }, { asOf: "2018-06-30" })).report;
    expect(r.partners.map((p) => [p.partnerId, p.status, p.rating, p.unrated])).toEqual([
      ["IP-1", "final", null, ["investigations"]],
      ["IP-9", "draft", null, scores(1, 1, 1, 1, 1, 1).map((s) => s.standardId)],
    ]);
  });

  it("takes anything: issues for a bad date, a bad overlay and bad data, all at once", () => {
    expect(partnerAssessmentSummaries({}, { asOf: "soon" })).toEqual({ ok: false, issues: [{ path: ["asOf"], code: "invalid-as-of", message: "asOf must be a YYYY-MM-DD date or a valid Date" }] });
    const r = partnerAssessmentSummaries({ partnerAssessments: "none" }, { asOf: "2018-06-30", parameters: { partnerRatingBands: "x" } });
    expect(!r.ok && r.issues.map((i) => i.path[0])).toEqual(["parameters", "partnerAssessments"]);
    expect(partnerAssessmentSummaries({}, { asOf: "2017-06-30" })).toMatchObject({ ok: false, issues: [{ code: "parameter-not-in-force", path: ["parameters", "partnerCapacityStandards"] }, { code: "parameter-not-in-force" }] });
    expect(partnerAssessmentSummaries({}, { asOf: new Date(Date.UTC(2018, 5, 30)) })).toMatchObject({ ok: true, report: { asOf: "2018-06-30" } });
  });
});

describe("portfolio view", () => {
  it("counts partners by rating, lists overdue action points, partners due for reassessment and arrangements without an assessment", () => {
    const r = ok(partnerPortfolio(portfolioDataset(), { asOf: "2018-06-30" })).report;
    expect(r).toMatchObject({
      asOf: "2018-06-30",
      partners: 2,
      byRating: { high: 1, moderate: 1, low: 0, unrated: 0 },
      overdueActionPoints: [{ partnerId: "IP-2", assessmentId: "PCA-2", actionPointId: "AP-22", standardId: "training", owner: "HR lead", dueDate: "2018-05-31" }],
      dueActionPoints: 1,
      dueForReassessment: [{ partnerId: "IP-2", assessmentId: "PCA-2", finalizedOn: "2016-03-01", dueDate: "2018-03-01", status: "overdue" }],
      arrangementsWithoutAssessment: ["PA-3"],
    });
    expect(r.parameters.at(-1)).toMatchObject({ id: "partnerKindsAssessed" });
  });

  it("lays out as report sections of plain data (figures, a Vega-Lite chart, tables)", () => {
    const sections = partnerPortfolioSections(ok(partnerPortfolio(portfolioDataset(), { asOf: "2018-06-30" })).report);
    expect(sections.map((s) => s.id)).toEqual(["partners-portfolio", "partners-follow-up"]);
    expect(sections[1]!.figures.map((f) => [f.label, f.value])).toEqual([["Overdue action points", 1], ["Action points due soon", 1], ["Partners due for reassessment", 1]]);
    expect([...sections[1]!.tables[0]!.rows]).toEqual([{ partnerId: "IP-2", actionPointId: "AP-22", standardId: "training", owner: "HR lead", dueDate: "2018-05-31" }]);
    expect(JSON.parse(JSON.stringify(sections))).toEqual(sections);
  });
});
