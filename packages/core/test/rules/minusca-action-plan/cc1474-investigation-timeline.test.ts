import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, type AllegationInput, type EvaluationResult } from "../../../src";
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

  it("AP-CC1474 takes an overlaid timeline from the date it is in force", () => {
    const parameters = {
      investigationTimeline: [{ value: "P9M", effectiveFrom: "2018-01-01", citation: { document: "CC-1474", clause: "measure (7)" } }],
    };
    expect(run([investigated({ entity: "OIOS", referredOn: "2017-10-15" })], AS_OF, parameters)).toEqual([]);
  });
});
