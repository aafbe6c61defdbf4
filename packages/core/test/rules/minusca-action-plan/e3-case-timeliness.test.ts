import { describe, expect, it } from "vitest";
import { cite, type AllegationInput } from "../../../src";
import { caseManagementTimeliness } from "../../../src/rules";
import { oneRuleFindings, receivedAllegation } from "../one-rule";

const AS_OF = "2018-12-31";

const allegation = receivedAllegation;

const run = (a: AllegationInput, asOf = AS_OF, parameters?: Record<string, unknown>) => oneRuleFindings(caseManagementTimeliness, [a], asOf, parameters);
const steps = (fs: ReturnType<typeof run>) => fs.map((f) => [f.explanation.facts["step"], f.explanation.facts["dueOn"], f.explanation.facts["doneOn"]]);

describe("AP-E3 timely assessment, referral and report review of allegations", () => {
  it("AP-E3 passes an allegation assessed, referred and its report reviewed on the due dates", () => {
    // Assessment due 03-15 (P2W), referral due 03-22 (P1W from 03-15), review due 07-01 (P1M from 06-01).
    const timely = allegation({
      assessedOn: "2018-03-15",
      investigation: { entity: "OIOS", referredOn: "2018-03-22", concludedOn: "2018-06-01", reportReviewedOn: "2018-07-01" },
    });
    expect(run(timely)).toEqual([]);
    // Without assessedOn, a referral in time shows the assessment; an outcome stands for the review.
    expect(run(allegation({ investigation: { entity: "OIOS", referredOn: "2018-03-10", concludedOn: "2018-06-01" }, outcome: { result: "substantiated", decidedOn: "2018-06-20" } }))).toEqual([]);
    // Assessed and closed without a referral before the referral was due: nothing owed.
    expect(run(allegation({ assessedOn: "2018-03-05", closedOn: "2018-03-08" }))).toEqual([]);
    // Before the due date nothing is owed yet.
    expect(run(allegation(), "2018-03-15")).toEqual([]);
  });

  it("AP-E3 fails an allegation never assessed, and one assessed late", () => {
    const [f, ...rest] = run(allegation());
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.e3.case-management-timeliness",
      obligationIds: ["AP-E3"],
      severity: "violation",
      citation: { document: "MINUSCA-AP-2018-2019" },
      subject: { kind: "allegation", id: "A-1" },
      path: ["allegations", 0, "assessedOn"],
      explanation: { facts: { step: "assessment", startedOn: "2018-03-01", timeline: "P2W", dueOn: "2018-03-15", doneOn: null } },
    });
    expect(f!.explanation.parameters.map((p) => p.id)).toEqual(expect.arrayContaining(["assessmentTimeline", "referralTimeline", "reportReviewTimeline"]));
    expect(steps(run(allegation({ assessedOn: "2018-03-16", investigation: { entity: "OIOS", referredOn: "2018-03-17" } })))).toEqual([["assessment", "2018-03-15", "2018-03-16"]]);
    // A late referral without assessedOn shows a late assessment.
    expect(steps(run(allegation({ investigation: { entity: "OIOS", referredOn: "2018-03-20" } })))).toEqual([["assessment", "2018-03-15", "2018-03-20"]]);
  });

  it("AP-E3 fails an assessed allegation not referred, or referred late", () => {
    const notReferred = run(allegation({ assessedOn: "2018-03-05" }));
    expect(steps(notReferred)).toEqual([["referral", "2018-03-12", null]]);
    expect(notReferred[0]!.path).toEqual(["allegations", 0, "investigation", "referredOn"]);
    expect(steps(run(allegation({ assessedOn: "2018-03-05", investigation: { entity: "OIOS", referredOn: "2018-03-13" } })))).toEqual([["referral", "2018-03-12", "2018-03-13"]]);
    // Closed after the referral was due does not excuse it.
    expect(steps(run(allegation({ assessedOn: "2018-03-05", closedOn: "2018-03-20" })))).toEqual([["referral", "2018-03-12", null]]);
  });

  it("AP-E3 fails an investigation report not reviewed, or reviewed late", () => {
    const inv = { entity: "OIOS", referredOn: "2018-03-10", concludedOn: "2018-06-01" };
    const open = run(allegation({ investigation: inv }));
    expect(steps(open)).toEqual([["report-review", "2018-07-01", null]]);
    expect(open[0]!.path).toEqual(["allegations", 0, "investigation", "reportReviewedOn"]);
    expect(steps(run(allegation({ investigation: { ...inv, reportReviewedOn: "2018-07-02" } })))).toEqual([["report-review", "2018-07-01", "2018-07-02"]]);
    expect(steps(run(allegation({ investigation: inv, outcome: { result: "not-substantiated", decidedOn: "2018-08-01" } })))).toEqual([["report-review", "2018-07-01", "2018-08-01"]]);
  });

  it("AP-E3 judges each step under the timeline in force when its clock started", () => {
    const overlay = {
      assessmentTimeline: [
        { value: "P2W", effectiveFrom: "2018-01-01", effectiveTo: "2018-06-01", citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 3 (a)") },
        { value: "P1W", effectiveFrom: "2018-06-01", citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 3 (a)") },
      ],
    };
    // Received in March, assessed after 13 days: in time under the March value.
    expect(run(allegation({ assessedOn: "2018-03-14", investigation: { entity: "OIOS", referredOn: "2018-03-15" } }), AS_OF, overlay)).toEqual([]);
    const june = run(allegation({ receivedOn: "2018-07-01", assessedOn: "2018-07-14", investigation: { entity: "OIOS", referredOn: "2018-07-15" } }), AS_OF, overlay);
    expect(steps(june)).toEqual([["assessment", "2018-07-08", "2018-07-14"]]);
  });
});
