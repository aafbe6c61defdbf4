import { describe, expect, it } from "vitest";
import { cite, MissionDataset, type AllegationInput } from "../../../src";
import { caseManagementTimeliness } from "../../../src/rules";
import { compliantDataset } from "@psea/test-support";
import { evaluateOneRule, oneRuleFindings, receivedAllegation } from "../one-rule";

// MINUSCA action plan, Enforcement goal 3 (a) and (b): the wording of each finding, its facts and
// concern, the first and last day judged, and which dates stand for a step or excuse it.

const AS_OF = "2018-12-31";
const RULE = "ap.e3.case-management-timeliness";
const planCitation = cite("MINUSCA-AP-2018-2019", "Enforcement goal 3 (a)");

function run(a: AllegationInput, asOf = AS_OF, parameters?: Record<string, unknown>) {
  return oneRuleFindings(caseManagementTimeliness, [a], asOf, parameters);
}

/** Received 2018-03-01: assessment due 03-15 (P2W). */
const allegation = receivedAllegation;

/** Referred 03-10 (the assessment shown in time), concluded 06-01: review due 07-01 (P1M). */
const concluded = { entity: "OIOS", referredOn: "2018-03-10", concludedOn: "2018-06-01" } as const;
const steps = (fs: ReturnType<typeof run>) => fs.map((f) => [f.explanation.facts["step"], f.explanation.facts["dueOn"], f.explanation.facts["doneOn"]]);

describe("AP-E3 wording, facts and concern of each step", () => {
  it("words an assessment not made, and one made late", () => {
    const [f, ...rest] = run(allegation());
    expect(rest).toEqual([]);
    expect(f!.message).toBe("A-1 has not been assessed by 2018-12-31; it was due by 2018-03-15 (P2W from 2018-03-01)");
    expect(f!.explanation.facts).toEqual({ step: "assessment", startedOn: "2018-03-01", timeline: "P2W", dueOn: "2018-03-15", doneOn: null });
    expect(f!.concern).toBe("e3:assessment");
    expect(f!.subject).toEqual({ kind: "allegation", id: "A-1" });
    const [late] = run(allegation({ assessedOn: "2018-03-16", investigation: { entity: "OIOS", referredOn: "2018-03-17" } }));
    expect(late!.message).toBe("A-1 was assessed on 2018-03-16, after its due date 2018-03-15 (P2W from 2018-03-01)");
    expect(late!.explanation.facts).toEqual({ step: "assessment", startedOn: "2018-03-01", timeline: "P2W", dueOn: "2018-03-15", doneOn: "2018-03-16" });
  });

  it("words a referral not made, and one made late", () => {
    const [f, ...rest] = run(allegation({ assessedOn: "2018-03-05" }));
    expect(rest).toEqual([]);
    expect(f!.message).toBe("A-1 has not been referred for investigation by 2018-12-31; it was due by 2018-03-12 (P1W from 2018-03-05)");
    expect(f!.explanation.facts).toEqual({ step: "referral", startedOn: "2018-03-05", timeline: "P1W", dueOn: "2018-03-12", doneOn: null });
    expect(f!.concern).toBe("e3:referral");
    const [late] = run(allegation({ assessedOn: "2018-03-05", investigation: { entity: "OIOS", referredOn: "2018-03-13" } }));
    expect(late!.message).toBe("A-1 was referred for investigation on 2018-03-13, after its due date 2018-03-12 (P1W from 2018-03-05)");
  });

  it("words an investigation report not reviewed, and one reviewed late", () => {
    const [f, ...rest] = run(allegation({ investigation: concluded }));
    expect(rest).toEqual([]);
    expect(f!.message).toBe("the investigation report of A-1 has not been reviewed by 2018-12-31; it was due by 2018-07-01 (P1M from 2018-06-01)");
    expect(f!.explanation.facts).toEqual({ step: "report-review", startedOn: "2018-06-01", timeline: "P1M", dueOn: "2018-07-01", doneOn: null });
    expect(f!.concern).toBe("e3:report-review");
    const [late] = run(allegation({ investigation: { ...concluded, reportReviewedOn: "2018-07-02" } }));
    expect(late!.message).toBe("the investigation report of A-1 was reviewed on 2018-07-02, after its due date 2018-07-01 (P1M from 2018-06-01)");
  });
});

describe("AP-E3 the days judged and the dates read", () => {
  it("judges an allegation received on asOf, and leaves alone one received after it whatever its other dates", () => {
    // Recorded dates out of order: assessed before receipt, never referred (due 2018-03-12).
    expect(steps(run(allegation({ receivedOn: "2018-06-30", assessedOn: "2018-03-05" }), "2018-06-30"))).toEqual([["referral", "2018-03-12", null]]);
    expect(run(allegation({ receivedOn: "2018-07-01", assessedOn: "2018-03-05" }), "2018-06-30")).toEqual([]);
  });

  it("counts an assessment on asOf, and not one recorded after asOf", () => {
    expect(steps(run(allegation({ assessedOn: "2018-03-20" }), "2018-03-20"))).toEqual([["assessment", "2018-03-15", "2018-03-20"]]);
    expect(steps(run(allegation({ assessedOn: "2018-03-21" }), "2018-03-20"))).toEqual([["assessment", "2018-03-15", null]]);
  });

  it("counts a referral after asOf neither as the referral nor as the assessment", () => {
    expect(steps(run(allegation({ investigation: { entity: "OIOS", referredOn: "2018-03-21" } }), "2018-03-20"))).toEqual([["assessment", "2018-03-15", null]]);
    expect(steps(run(allegation({ assessedOn: "2018-03-05", investigation: { entity: "OIOS", referredOn: "2018-03-21" } }), "2018-03-20"))).toEqual([["referral", "2018-03-12", null]]);
  });

  it("judges a report concluded by asOf only, and a review by asOf only", () => {
    expect(run(allegation({ investigation: { ...concluded, concludedOn: "2018-07-15" } }), "2018-07-10")).toEqual([]);
    expect(steps(run(allegation({ investigation: { ...concluded, reportReviewedOn: "2018-07-15" } }), "2018-07-10"))).toEqual([["report-review", "2018-07-01", null]]);
    expect(steps(run(allegation({ investigation: { ...concluded, reportReviewedOn: "2018-07-10" } }), "2018-07-10"))).toEqual([["report-review", "2018-07-01", "2018-07-10"]]);
  });

  it("counts a review on the day of the conclusion, not one dated before it", () => {
    expect(run(allegation({ investigation: { ...concluded, reportReviewedOn: "2018-06-01" } }))).toEqual([]);
    expect(steps(run(allegation({ investigation: { ...concluded, reportReviewedOn: "2018-05-20" } })))).toEqual([["report-review", "2018-07-01", null]]);
  });

  it("takes the earlier of the review and the decision, in either order", () => {
    const decided = (decidedOn: string) => ({ result: "substantiated" as const, decidedOn });
    expect(run(allegation({ investigation: { ...concluded, reportReviewedOn: "2018-07-05" }, outcome: decided("2018-06-20") }))).toEqual([]);
    expect(run(allegation({ investigation: { ...concluded, reportReviewedOn: "2018-06-20" }, outcome: decided("2018-07-05") }))).toEqual([]);
    expect(steps(run(allegation({ investigation: { ...concluded, reportReviewedOn: "2018-07-05" }, outcome: decided("2018-07-03") })))).toEqual([["report-review", "2018-07-01", "2018-07-03"]]);
  });

  it("does not let a closure excuse the review of a concluded investigation's report", () => {
    expect(steps(run(allegation({ investigation: concluded, closedOn: "2018-06-10" })))).toEqual([["report-review", "2018-07-01", null]]);
  });
});

describe("AP-E3 a step the case ended without", () => {
  it("excuses an assessment or a referral when the case was closed or decided by the due date, and not the day after", () => {
    expect(run(allegation({ closedOn: "2018-03-15" }))).toEqual([]);
    expect(steps(run(allegation({ closedOn: "2018-03-16" })))).toEqual([["assessment", "2018-03-15", null]]);
    expect(run(allegation({ assessedOn: "2018-03-05", closedOn: "2018-03-12" }))).toEqual([]);
    expect(steps(run(allegation({ assessedOn: "2018-03-05", closedOn: "2018-03-13" })))).toEqual([["referral", "2018-03-12", null]]);
    expect(run(allegation({ assessedOn: "2018-03-05", outcome: { result: "not-substantiated", decidedOn: "2018-03-12" } }))).toEqual([]);
  });

  it("takes the earlier of the closure and the decision, in either order", () => {
    const decided = (decidedOn: string) => ({ result: "not-substantiated" as const, decidedOn });
    expect(run(allegation({ assessedOn: "2018-03-05", closedOn: "2018-03-20", outcome: decided("2018-03-10") }))).toEqual([]);
    expect(run(allegation({ assessedOn: "2018-03-05", closedOn: "2018-03-10", outcome: decided("2018-03-20") }))).toEqual([]);
  });

  it("still finds a step done late after the case ended", () => {
    expect(steps(run(allegation({ assessedOn: "2018-03-05", closedOn: "2018-03-10", investigation: { entity: "OIOS", referredOn: "2018-03-20" } })))).toEqual([
      ["referral", "2018-03-12", "2018-03-20"],
    ]);
  });
});

describe("AP-E3 timelines by date, outside the engine, and before any is in force", () => {
  const overlay = {
    assessmentTimeline: [
      { value: "P2W", effectiveFrom: "2018-01-01", effectiveTo: "2018-06-01", citation: planCitation },
      { value: "P1W", effectiveFrom: "2018-06-01", citation: planCitation },
    ],
  };

  it("names the timeline in force when the clock started among the finding's parameters", () => {
    const [f, ...rest] = run(allegation(), AS_OF, overlay);
    expect(rest).toEqual([]);
    expect(f!.explanation.facts).toMatchObject({ timeline: "P2W", dueOn: "2018-03-15" });
    expect(f!.explanation.parameters.filter((p) => p.id === "assessmentTimeline").map((p) => p.value)).toEqual(["P1W", "P2W"]);
  });

  it("judges by the values of asOf when run without the engine's resolution by date", () => {
    const data = MissionDataset.parse({ ...compliantDataset(), allegations: [allegation({ assessedOn: "2018-03-05" })] });
    const params = { assessmentTimeline: "P1D", referralTimeline: "P2D", reportReviewTimeline: "P3D" };
    const drafts = [...caseManagementTimeliness.evaluate(data as never, { asOf: AS_OF, params: params as never })];
    expect(drafts.map((d) => d.facts)).toEqual([
      { step: "assessment", startedOn: "2018-03-01", timeline: "P1D", dueOn: "2018-03-02", doneOn: "2018-03-05" },
      { step: "referral", startedOn: "2018-03-05", timeline: "P2D", dueOn: "2018-03-07", doneOn: null },
    ]);
    expect(drafts.map((d) => d.parameters)).toEqual([[], []]);
  });

  it("skips a step whose clock started before any timeline is in force, which the engine reports as a rule error, and still judges the others", () => {
    const r = evaluateOneRule(caseManagementTimeliness, [allegation({ id: "A-0", receivedOn: "2017-12-20" }), allegation({ id: "A-2" })], AS_OF);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.findings.map((f) => [f.subject.id, f.concern])).toEqual([["A-2", "e3:assessment"]]);
    expect(r.ruleErrors.map((e) => [e.code, e.ruleId, "parameterId" in e ? e.parameterId : null])).toEqual([["parameter-not-in-force", RULE, "assessmentTimeline"]]);
  });
});
