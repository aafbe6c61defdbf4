import { cite, combineRuleSets, defineRuleSet, evaluate, type AnyRule, type EvaluationResult } from "@psea/core";
import { allRules } from "@psea/core/rules";
import { describe, expect, it } from "vitest";
import { actionPointFollowUp, assessmentBeforeArrangement, partnerRules, reassessmentDue, terminationReview, undertakingEvidence } from "../src";
import { agreement, compliantDataset, finalAssessment, scores } from "./support";

const AS_OF = "2018-06-30";

function findings(r: EvaluationResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}
const only = (rule: AnyRule) => defineRuleSet({ id: rule.id, title: rule.title, rules: [rule] });
const run = (rule: AnyRule, data: object, asOf = AS_OF, parameters?: object) => findings(evaluate(only(rule), data, parameters ? { asOf, parameters } : { asOf }));

describe("partnerRules", () => {
  it("DPKO-GM-e and SGB-6: a compliant partner gives no finding from any partner rule", () => {
    expect(findings(evaluate(partnerRules, compliantDataset(), { asOf: AS_OF }))).toEqual([]);
  });

  it("every rule is tagged DPKO-GM-e or SGB-6 and cites its clause", () => {
    for (const r of partnerRules.rules) {
      expect(r.obligations.some((o) => o === "DPKO-GM-e" || o === "SGB-6")).toBe(true);
      expect(r.citation.clause.length).toBeGreaterThan(0);
    }
  });

  it("combines with the core rules and reads the dataset alongside them", () => {
    const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr", "sg"] };
    const r = evaluate(combineRuleSets("all", "All", [allRules, partnerRules]), { mission, ...compliantDataset() }, { asOf: AS_OF });
    expect(r.ok).toBe(true);
  });
});

describe("DPKO-GM-e: an arrangement starts only after a final assessment (partners.gm-e.assessment-before-arrangement)", () => {
  it("DPKO-GM-e passes an arrangement that started after a final assessment", () => {
    expect(run(assessmentBeforeArrangement, compliantDataset())).toEqual([]);
  });

  it("DPKO-GM-e fails an arrangement that started without an assessment, and one assessed only after its start", () => {
    const none = run(assessmentBeforeArrangement, { partnerAgreements: [agreement({ id: "PA-1" })] });
    expect(none).toHaveLength(1);
    expect(none[0]).toMatchObject({
      ruleId: "partners.gm-e.assessment-before-arrangement",
      obligationIds: ["DPKO-GM-e"],
      severity: "violation",
      citation: { document: "DPKO-IG", clause: "General management responsibilities (e)" },
      subject: { kind: "partner-agreement", id: "PA-1" },
      path: ["partnerAgreements", 0, "startDate"],
      explanation: { facts: { reason: "no-assessment", startDate: "2018-03-01", partnerKind: "ngo" } },
    });
    const late = compliantDataset();
    late.partnerAssessments = [finalAssessment({ finalizedOn: "2018-03-02" })];
    expect(run(assessmentBeforeArrangement, late).map((f) => f.explanation.facts["reason"])).toEqual(["no-assessment"]);
    const draft = compliantDataset();
    draft.partnerAssessments = [finalAssessment({ status: "submitted" })];
    expect(run(assessmentBeforeArrangement, draft)).toHaveLength(1);
  });

  it("DPKO-GM-e does not apply to partner kinds outside partnerKindsAssessed, nor before the start", () => {
    expect(run(assessmentBeforeArrangement, { partnerAgreements: [agreement({ id: "PA-1", partnerKind: "contractor" })] })).toEqual([]);
    expect(run(assessmentBeforeArrangement, { partnerAgreements: [agreement({ id: "PA-1", startDate: "2018-07-01" })] })).toEqual([]);
    const citation = cite("UN-IP-PSEA", "scope");
    const parameters = { partnerKindsAssessed: [{ value: ["ngo", "contractor"], effectiveFrom: "2018-01-01", citation }] };
    expect(run(assessmentBeforeArrangement, { partnerAgreements: [agreement({ id: "PA-1", partnerKind: "contractor" })] }, AS_OF, parameters)).toHaveLength(1);
  });

  it("DPKO-GM-e fails a high-risk assessment with no plan by the start, and passes it with one", () => {
    const high = finalAssessment({ ratings: scores(2, 1, 1, 1, 1, 2) });
    const noPlan = { ...compliantDataset(), partnerAssessments: [{ ...high, plan: undefined }] };
    delete (noPlan.partnerAssessments[0] as { plan?: unknown }).plan;
    const f = run(assessmentBeforeArrangement, noPlan);
    expect(f.map((x) => [x.path, x.explanation.facts])).toEqual([
      [["partnerAssessments", 0, "plan"], { reason: "high-risk-without-plan", startDate: "2018-03-01", assessmentId: "PCA-1", finalizedOn: "2018-02-15", rating: "high", total: 8 }],
    ]);
    const lateplan = { ...compliantDataset(), partnerAssessments: [{ ...high, plan: { adoptedOn: "2018-03-02", actionPoints: high.plan!.actionPoints } }] };
    expect(run(assessmentBeforeArrangement, lateplan)).toHaveLength(1);
    expect(run(assessmentBeforeArrangement, { ...compliantDataset(), partnerAssessments: [high] })).toEqual([]);
    // 9 is moderate: no plan is needed to start.
    const moderate = { ...compliantDataset(), partnerAssessments: [{ ...finalAssessment({ ratings: scores(2, 1, 1, 2, 1, 2) }) }] };
    delete (moderate.partnerAssessments[0] as { plan?: unknown }).plan;
    expect(run(assessmentBeforeArrangement, moderate)).toEqual([]);
  });

  it("DPKO-GM-e does not run before the assessment's parameters are in force, and says why", () => {
    const r = evaluate(only(assessmentBeforeArrangement), compliantDataset(), { asOf: "2017-12-31" });
    expect(r.ok && r.ruleErrors.map((e) => e.code)).toEqual(["parameter-not-in-force"]);
  });
});

describe("DPKO-GM-e: the written undertaking against the policy standard's evidence (partners.gm-e.undertaking-evidence)", () => {
  it("DPKO-GM-e passes when the agreement's undertaking is among the policy standard's evidence, same date", () => {
    expect(run(undertakingEvidence, compliantDataset())).toEqual([]);
  });

  it("DPKO-GM-e fails an assessment citing an undertaking the agreement does not record", () => {
    const d = compliantDataset();
    delete d.partnerAgreements[0]!.writtenUndertakingOn;
    const [f, ...rest] = run(undertakingEvidence, d);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "partners.gm-e.undertaking-evidence",
      obligationIds: ["DPKO-GM-e"],
      severity: "violation",
      subject: { kind: "partner-assessment", id: "PCA-1" },
      path: ["partnerAssessments", 0, "ratings", 0, "evidence"],
      explanation: { facts: { reason: "undertaking-not-recorded", agreementId: "PA-1", writtenUndertakingOn: null, evidenceDates: ["2018-02-01"] } },
    });
    expect(f!.explanation.parameters.map((p) => p.id)).toEqual(["partnerUndertakingEvidence"]);
  });

  it("DPKO-GM-e warns when the policy standard was rated without the recorded undertaking, or with another date", () => {
    const d = compliantDataset();
    d.partnerAssessments[0]!.ratings![0] = { standardId: "policy", score: 3, evidence: [{ kind: "policy-document", reference: "DOC-1" }] };
    expect(run(undertakingEvidence, d).map((f) => [f.severity, f.explanation.facts["reason"]])).toEqual([["warning", "undertaking-not-in-evidence"]]);
    d.partnerAssessments[0]!.ratings![0] = { standardId: "policy", score: 3, evidence: [{ kind: "written-undertaking", reference: "DOC-2", on: "2017-05-01" }] };
    expect(run(undertakingEvidence, d).map((f) => [f.severity, f.explanation.facts["reason"]])).toEqual([["warning", "undertaking-dates-differ"]]);
  });

  it("DPKO-GM-e reads which standard and evidence kind hold the undertaking from a parameter", () => {
    const d = compliantDataset();
    const parameters = { partnerUndertakingEvidence: [{ value: { standardId: "management-and-hr", evidenceKind: "contract-clause" }, effectiveFrom: "2018-06-01", citation: cite("DPKO-IG", "General management responsibilities (e)") }] };
    expect(run(undertakingEvidence, d, "2018-05-31", parameters)).toEqual([]);
    expect(run(undertakingEvidence, d, AS_OF, parameters).map((f) => f.explanation.facts["reason"])).toEqual(["undertaking-not-in-evidence"]);
  });
});

describe("SGB-6: a partner's failure brings its assessment into a termination review (partners.sgb-6.termination-review)", () => {
  it("SGB-6 passes a partner with no recorded failure", () => {
    expect(run(terminationReview, compliantDataset())).toEqual([]);
  });

  it("SGB-6 fails a partner with a recorded failure, citing the assessment, its rating and weak standards", () => {
    const d = compliantDataset();
    d.partnerAgreements[0] = agreement({ id: "PA-1", failures: [{ kind: "investigation", recordedOn: "2018-05-01" }] });
    const [f, ...rest] = run(terminationReview, d);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "partners.sgb-6.termination-review",
      obligationIds: ["SGB-6"],
      severity: "violation",
      citation: { document: "ST/SGB/2003/13", clause: "section 6" },
      subject: { kind: "partner", id: "IP-1" },
      path: ["partnerAgreements", 0, "failures"],
    });
    expect(f!.explanation.facts).toEqual({
      agreementId: "PA-1",
      assessmentId: "PCA-1",
      finalizedOn: "2018-02-15",
      rating: "moderate",
      total: 13,
      weakStandards: ["management-and-hr", "training", "reporting", "assistance-and-referrals"],
      failureKinds: ["investigation"],
      uncoveredFailureKinds: ["investigation"],
      reviewOpenedOn: null,
    });
    expect(f!.message).toContain("PCA-1");
  });

  it("SGB-6 a termination review covering the failure lowers it to a notice; a failure after the start is not yet known before", () => {
    const d = compliantDataset();
    d.partnerAgreements[0] = agreement({ id: "PA-1", failures: [{ kind: "prevention", recordedOn: "2018-05-01" }], terminationReview: { openedOn: "2018-05-10", decision: "pending" } });
    expect(run(terminationReview, d).map((f) => [f.severity, f.path])).toEqual([["notice", ["partnerAgreements", 0, "terminationReview"]]]);
    expect(run(terminationReview, d, "2018-04-30")).toEqual([]);
  });

  it("SGB-6 no finding for an arrangement that has ended", () => {
    const d = compliantDataset();
    d.partnerAgreements[0] = agreement({ id: "PA-1", endDate: "2018-06-01", failures: [{ kind: "corrective-action", recordedOn: "2018-05-01" }] });
    expect(run(terminationReview, d)).toEqual([]);
  });
});

describe("SGB-6: the capacity-strengthening plan followed up as deadlines (partners.sgb-6.action-points)", () => {
  it("SGB-6 passes open action points outside their notice window, and completed ones", () => {
    expect(run(actionPointFollowUp, compliantDataset())).toEqual([]);
    const d = compliantDataset();
    d.partnerAssessments[0]!.plan!.actionPoints = d.partnerAssessments[0]!.plan!.actionPoints!.map((p) => ({ ...p, completedOn: "2018-09-01" }));
    expect(run(actionPointFollowUp, d, "2018-10-15")).toEqual([]);
  });

  it("SGB-6 a due action point is a notice, an overdue one a warning, with owner, date and citation", () => {
    const due = run(actionPointFollowUp, compliantDataset(), "2018-09-15");
    expect(due.map((f) => [f.subject.id, f.severity])).toEqual([["AP-1", "notice"], ["AP-2", "notice"], ["AP-3", "notice"], ["AP-4", "notice"]]);
    const overdue = run(actionPointFollowUp, compliantDataset(), "2018-10-01");
    expect(overdue[0]).toMatchObject({
      ruleId: "partners.sgb-6.action-points",
      obligationIds: ["SGB-6"],
      severity: "warning",
      citation: { document: "UN-IP-PSEA", clause: "capacity-strengthening plan", verify: true },
      subject: { kind: "partner-action-point", id: "AP-1" },
      path: ["partnerAssessments", 0, "plan", "actionPoints", 0],
      explanation: { facts: { status: "overdue", dueDate: "2018-09-30", standardId: "training", owner: "HR lead", assessmentId: "PCA-1", partnerId: "IP-1" } },
    });
    expect(overdue[0]!.explanation.parameters).toMatchObject([{ id: "partnerActionPointNoticeWindow", value: "P30D", effectiveFrom: "2018-01-01" }]);
  });

  it("SGB-6 follows the latest final assessment only: a reassessment replaces the old plan", () => {
    const d = compliantDataset();
    d.partnerAssessments.push(finalAssessment({ id: "PCA-2", finalizedOn: "2018-09-01", ratings: scores(3, 3, 3, 3, 3, 3), plan: undefined }));
    delete (d.partnerAssessments[1] as { plan?: unknown }).plan;
    expect(run(actionPointFollowUp, d, "2018-10-01")).toEqual([]);
  });
});

describe("SGB-6: reassessment on a cadence (partners.sgb-6.reassessment)", () => {
  it("SGB-6 passes a partner inside its reassessment period", () => {
    expect(run(reassessmentDue, compliantDataset(), "2019-12-31")).toEqual([]);
  });

  it("SGB-6 a reassessment inside the notice window is a notice, past its date a warning", () => {
    expect(run(reassessmentDue, compliantDataset(), "2020-02-01").map((f) => [f.severity, f.explanation.facts["dueDate"]])).toEqual([["notice", "2020-02-15"]]);
    const [f] = run(reassessmentDue, compliantDataset(), "2020-02-16");
    expect(f).toMatchObject({ severity: "warning", subject: { kind: "partner", id: "IP-1" }, path: ["partnerAssessments", 0, "finalizedOn"], obligationIds: ["SGB-6"] });
  });

  it("SGB-6 the period is a parameter; a partner with no arrangement in force is not followed up", () => {
    const parameters = { partnerReassessmentPeriod: [{ value: "P1Y", effectiveFrom: "2018-01-01", citation: cite("UN-IP-PSEA", "monitoring") }] };
    expect(run(reassessmentDue, compliantDataset(), "2019-02-16", parameters).map((f) => f.explanation.facts["dueDate"])).toEqual(["2019-02-15"]);
    const ended = compliantDataset();
    ended.partnerAgreements[0] = agreement({ id: "PA-1", endDate: "2019-01-01" });
    expect(run(reassessmentDue, ended, "2020-06-30")).toEqual([]);
  });
});
