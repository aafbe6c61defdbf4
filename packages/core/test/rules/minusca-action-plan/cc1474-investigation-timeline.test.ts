import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, MissionDataset, type AllegationInput, type EvaluationResult } from "../../../src";
import { investigationTimelineCompliance } from "../../../src/rules";
import { AS_OF, compliantDataset } from "@psea/test-support";

const set = defineRuleSet({ id: "cc7", title: "AP-CC1474 measure (7)", rules: [investigationTimelineCompliance] });

function findings(r: EvaluationResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

function investigated(investigation: AllegationInput["investigation"], id = "A-1"): AllegationInput {
  return {
    id,
    receivedOn: "2017-10-01",
    intake: { channel: "hotline", channelId: "hotline-4044" },
    subjects: [{ ref: "S-1", category: "civilian-staff" }],
    conduct: { sexualActivity: "actual", exchange: ["money"] },
    investigation,
  };
}

const run = (allegations: AllegationInput[], asOf = AS_OF, parameters?: unknown) =>
  findings(evaluate(set, { ...compliantDataset(), allegations }, parameters === undefined ? { asOf } : { asOf, parameters }));

describe("AP-CC1474 compliance with the investigation timeline, measure (7)", () => {
  it("AP-CC1474 passes investigations concluded within six months (on the due date included) and open ones not yet due", () => {
    expect(
      run([
        investigated({ entity: "OIOS", referredOn: "2017-10-15", concludedOn: "2018-04-15" }, "A-1"),
        investigated({ entity: "OIOS", referredOn: "2018-03-01" }, "A-2"),
        investigated({ entity: "OIOS", referredOn: "2018-07-01" }, "A-3"),
      ]),
    ).toEqual([]);
  });

  it("AP-CC1474 fails an investigation still open past six months, with its due date and the parameter used", () => {
    const [f, ...rest] = run([investigated({ entity: "OIOS", referredOn: "2017-10-15" })]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.cc1474.investigation-timeline",
      obligationIds: ["AP-CC1474"],
      severity: "violation",
      citation: { document: "CC-1474", clause: "measure (7)" },
      subject: { kind: "allegation", id: "A-1" },
      path: ["allegations", 0, "investigation"],
      explanation: {
        facts: { referredOn: "2017-10-15", urgent: false, timeline: "P6M", dueOn: "2018-04-15", concludedOn: null, entity: "OIOS", measureDeclaredInPlace: true },
      },
    });
    expect(f!.explanation.parameters.find((p) => p.id === "investigationTimeline")).toMatchObject({ value: "P6M", effectiveFrom: "2016-06-30" });
  });

  it("AP-CC1474 fails an investigation concluded a day late", () => {
    const fs = run([investigated({ entity: "OIOS", referredOn: "2017-10-15", concludedOn: "2018-04-16" })]);
    expect(fs.map((f) => [f.path, f.explanation.facts["dueOn"], f.explanation.facts["concludedOn"]])).toEqual([
      [["allegations", 0, "investigation", "concludedOn"], "2018-04-15", "2018-04-16"],
    ]);
  });

  it("AP-CC1474 holds urgent investigations to the shorter timeline", () => {
    const fs = run([investigated({ entity: "OIOS", referredOn: "2018-03-01", urgent: true })]);
    expect(fs.map((f) => [f.explanation.facts["timeline"], f.explanation.facts["dueOn"]])).toEqual([["P3M", "2018-06-01"]]);
    expect(run([investigated({ entity: "OIOS", referredOn: "2018-03-01", urgent: true })], "2018-06-01")).toEqual([]);
  });

  it("AP-CC1474 treats a conclusion dated after asOf as still open on asOf", () => {
    const a = investigated({ entity: "OIOS", referredOn: "2017-10-15", concludedOn: "2018-07-20" });
    expect(run([a]).map((f) => f.path)).toEqual([["allegations", 0, "investigation"]]);
  });

  it("AP-CC1474 takes an overlaid timeline for investigations referred from the date it is in force", () => {
    const parameters = {
      investigationTimeline: [{ value: "P9M", effectiveFrom: "2018-01-01", citation: { document: "CC-1474", clause: "measure (7)" } }],
    };
    expect(run([investigated({ entity: "OIOS", referredOn: "2018-01-15", concludedOn: "2018-06-30" })], AS_OF, parameters)).toEqual([]);
  });
});

const citation = { document: "CC-1474", clause: "measure (7)" };

describe("AP-CC1474 measure (7) covers the UN's investigations only", () => {
  const national = (subjects: AllegationInput["subjects"], id = "A-NUF"): AllegationInput => ({
    ...investigated({ entity: "national-authorities", referredOn: "2018-01-10" }, id),
    subjects,
  });

  it("AP-CC1474 passes an investigation by national authorities of an allegation against non-UN forces only, however long it runs", () => {
    expect(run([national([{ ref: "S-1", category: "non-un-force" }]), national([{ ref: "S-1", category: "non-un-force" }, { ref: "S-2", category: "non-un-force" }], "A-NUF2")], "2018-12-31")).toEqual([]);
  });

  it("AP-CC1474 fails an investigation past its due date of an allegation naming mission personnel beside a non-UN force, or no subject", () => {
    const fs = run([national([{ ref: "S-1", category: "non-un-force" }, { ref: "S-2", category: "civilian-staff" }], "A-MIX"), national([], "A-NONE")], "2018-12-31");
    expect(fs.map((f) => [f.subject.id, f.message])).toEqual([
      ["A-MIX", "the investigation of A-MIX is still open on 2018-12-31, past its due date 2018-07-10 (P6M from referral)"],
      ["A-NONE", "the investigation of A-NONE is still open on 2018-12-31, past its due date 2018-07-10 (P6M from referral)"],
    ]);
  });
});

describe("AP-CC1474 measure (7) ends an investigation at the outcome decision or the closure", () => {
  const ended = (end: { decidedOn?: string; closedOn?: string }, investigation: NonNullable<AllegationInput["investigation"]> = { entity: "OIOS", referredOn: "2018-01-15" }): AllegationInput => ({
    ...investigated(investigation, "A-CLOSED"),
    ...(end.decidedOn !== undefined ? { outcome: { result: "closed-other" as const, decidedOn: end.decidedOn } } : {}),
    ...(end.closedOn !== undefined ? { closedOn: end.closedOn } : {}),
  });

  it("AP-CC1474 passes an investigation ended by a decision or a closure on or before its due date, on any later asOf", () => {
    expect(run([ended({ decidedOn: "2018-03-01", closedOn: "2018-03-10" })], "2018-12-31")).toEqual([]);
    expect(run([ended({ closedOn: "2018-07-15" })], "2019-12-31")).toEqual([]);
    expect(run([ended({ decidedOn: "2018-07-15" })], "2019-12-31")).toEqual([]);
  });

  it("AP-CC1474 fails an investigation ended after its due date, at the earlier of the decision and the closure", () => {
    const [byDecision, ...rest] = run([ended({ decidedOn: "2018-08-01", closedOn: "2018-08-10" })], "2018-12-31");
    expect(rest).toEqual([]);
    expect(byDecision!.message).toBe("the investigation of A-CLOSED was ended by the outcome decision on 2018-08-01, after its due date 2018-07-15 (P6M from referral)");
    expect(byDecision!.path).toEqual(["allegations", 0, "outcome", "decidedOn"]);
    expect(byDecision!.explanation.facts).toMatchObject({ dueOn: "2018-07-15", concludedOn: null, endedOn: "2018-08-01" });
    const [byClosure] = run([ended({ decidedOn: "2018-08-20", closedOn: "2018-07-16" })], "2018-12-31");
    expect(byClosure!.message).toBe("the investigation of A-CLOSED was ended by the closure of the allegation on 2018-07-16, after its due date 2018-07-15 (P6M from referral)");
    expect(byClosure!.path).toEqual(["allegations", 0, "closedOn"]);
    expect(byClosure!.explanation.facts).toMatchObject({ endedOn: "2018-07-16" });
  });

  it("AP-CC1474 reads a decision or closure dated after asOf as not yet made, and a recorded conclusion before either", () => {
    expect(run([ended({ closedOn: "2019-01-10" })], "2018-12-31").map((f) => [f.path, f.explanation.facts["endedOn"]])).toEqual([[["allegations", 0, "investigation"], null]]);
    expect(run([ended({ decidedOn: "2019-01-10" })], "2018-12-31").map((f) => [f.path, f.explanation.facts["endedOn"]])).toEqual([[["allegations", 0, "investigation"], null]]);
    const concluded = ended({ closedOn: "2018-03-01" }, { entity: "OIOS", referredOn: "2018-01-15", concludedOn: "2018-08-01" });
    expect(run([concluded], "2018-12-31").map((f) => [f.path, f.explanation.facts["concludedOn"], f.explanation.facts["endedOn"]])).toEqual([
      [["allegations", 0, "investigation", "concludedOn"], "2018-08-01", null],
    ]);
  });
});

describe("AP-CC1474 measure (7) holds each investigation to the timeline in force on its referral", () => {
  const shortened = {
    investigationTimeline: [
      { value: "P6M", effectiveFrom: "2016-06-30", effectiveTo: "2019-01-01", citation },
      { value: "P3M", effectiveFrom: "2019-01-01", citation },
    ],
    urgentInvestigationTimeline: [
      { value: "P3M", effectiveFrom: "2015-02-13", effectiveTo: "2019-01-01", citation },
      { value: "P2M", effectiveFrom: "2019-01-01", citation },
    ],
  };

  it("AP-CC1474 passes an investigation concluded within the timeline in force on its referral, after a shorter timeline takes effect", () => {
    expect(run([investigated({ entity: "OIOS", referredOn: "2018-06-01", concludedOn: "2018-10-15" })], "2018-12-31", shortened)).toEqual([]);
    expect(run([investigated({ entity: "OIOS", referredOn: "2018-06-01", concludedOn: "2018-10-15" })], "2019-02-01", shortened)).toEqual([]);
    expect(run([investigated({ entity: "OIOS", referredOn: "2018-11-15", urgent: true, concludedOn: "2019-02-10" })], "2019-03-01", shortened)).toEqual([]);
  });

  it("AP-CC1474 fails a late investigation by the timeline in force on its referral, shown with its dates among the parameters", () => {
    const [before, after, urgent, ...rest] = run(
      [
        investigated({ entity: "OIOS", referredOn: "2018-06-01" }, "A-1"),
        investigated({ entity: "OIOS", referredOn: "2019-01-10" }, "A-2"),
        investigated({ entity: "OIOS", referredOn: "2018-11-15", urgent: true }, "A-3"),
      ],
      "2019-04-20",
      shortened,
    );
    expect(rest).toEqual([]);
    expect(before!.message).toBe("the investigation of A-1 is still open on 2019-04-20, past its due date 2018-12-01 (P6M from referral)");
    expect(before!.explanation.facts).toMatchObject({ timeline: "P6M", dueOn: "2018-12-01" });
    expect(before!.explanation.parameters.filter((p) => p.id === "investigationTimeline").map((p) => [p.value, p.effectiveFrom, p.effectiveTo])).toEqual([
      ["P3M", "2019-01-01", undefined],
      ["P6M", "2016-06-30", "2019-01-01"],
    ]);
    expect(after!.explanation.facts).toMatchObject({ timeline: "P3M", dueOn: "2019-04-10" });
    expect(after!.explanation.parameters.filter((p) => p.id === "investigationTimeline").map((p) => p.value)).toEqual(["P3M"]);
    expect(urgent!.explanation.facts).toMatchObject({ urgent: true, timeline: "P3M", dueOn: "2019-02-15" });
    expect(urgent!.explanation.parameters.filter((p) => p.id === "urgentInvestigationTimeline").map((p) => [p.value, p.effectiveFrom])).toEqual([
      ["P2M", "2019-01-01"],
      ["P3M", "2015-02-13"],
    ]);
  });

  it("AP-CC1474 judges by the values of asOf when run without the engine's resolution by date", () => {
    const data = MissionDataset.parse({ ...compliantDataset(), allegations: [investigated({ entity: "OIOS", referredOn: "2018-03-01" })] });
    const params = { investigationTimeline: "P1M", urgentInvestigationTimeline: "P1W" };
    const drafts = [...investigationTimelineCompliance.evaluate(data as never, { asOf: AS_OF, params: params as never })];
    expect(drafts.map((d) => [d.facts?.["timeline"], d.facts?.["dueOn"], d.parameters])).toEqual([["P1M", "2018-04-01", []]]);
  });

  it("AP-CC1474 skips an investigation referred before any timeline was in force, which the engine reports as a rule error, and still judges the others", () => {
    const r = evaluate(set, { ...compliantDataset(), allegations: [investigated({ entity: "OIOS", referredOn: "2016-01-10" }, "A-0"), investigated({ entity: "OIOS", referredOn: "2017-10-15" }, "A-1")] }, { asOf: AS_OF });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.findings.map((f) => f.subject.id)).toEqual(["A-1"]);
    expect(r.ruleErrors.map((e) => [e.code, e.ruleId, "parameterId" in e ? e.parameterId : null])).toEqual([
      ["parameter-not-in-force", "ap.cc1474.investigation-timeline", "investigationTimeline"],
    ]);
  });
});
