import { describe, expect, it } from "vitest";
import { CodeCable1474Measure, defineRuleSet, evaluate, type EvaluationResult } from "../../../src";
import { codeCable1474MeasureRules, focalPointMeasureBacked } from "../../../src/rules";
import { AS_OF, compliantDataset } from "@psea/test-support";

const set = defineRuleSet({ id: "cc1474", title: "AP-CC1474 measures", rules: [...codeCable1474MeasureRules, focalPointMeasureBacked] });

function findings(r: EvaluationResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

describe("AP-CC1474 the eight Code Cable 1474 mission-level measures", () => {
  it("AP-CC1474 passes a mission with all eight measures in place and a Focal Point appointed", () => {
    expect(codeCable1474MeasureRules).toHaveLength(8);
    expect(findings(evaluate(set, compliantDataset(), { asOf: AS_OF }))).toEqual([]);
  });

  it.each(CodeCable1474Measure.options.map((m, i) => [m, i + 1] as const))("AP-CC1474 fails a mission without measure %s, citing measure (%i)", (measure, number) => {
    const d = compliantDataset();
    const { [measure]: _removed, ...rest } = d.mission.measures!;
    d.mission.measures = rest;
    const fs = findings(evaluate(set, d, { asOf: AS_OF }));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      ruleId: `ap.cc1474.measure.${measure}`,
      obligationIds: ["AP-CC1474"],
      severity: "violation",
      citation: { document: "CC-1474", clause: `measure (${number})` },
      subject: { kind: "mission", id: "MSN" },
      path: ["mission", "measures", measure],
      explanation: { facts: { measure, number, recorded: false, inPlace: false, since: null } },
    });
  });

  it("AP-CC1474 fails a measure recorded as not in place, and one in place only after asOf", () => {
    const d = compliantDataset();
    d.mission.measures = {
      ...d.mission.measures,
      "standing-task-force": { inPlace: false },
      "immediate-response-team": { inPlace: true, since: "2018-09-01" },
    };
    const fs = findings(evaluate(set, d, { asOf: AS_OF }));
    expect(fs.map((f) => [f.ruleId, f.explanation.facts["recorded"], f.explanation.facts["inPlace"], f.explanation.facts["since"]])).toEqual([
      ["ap.cc1474.measure.immediate-response-team", true, true, "2018-09-01"],
      ["ap.cc1474.measure.standing-task-force", true, false, null],
    ]);
  });

  it("AP-CC1474 fails a Focal Point measure declared in place with no Focal Point on the roster", () => {
    const d = compliantDataset();
    delete d.roster!.focalPoint;
    const [f, ...rest] = findings(evaluate(set, d, { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.cc1474.focal-point-appointed",
      obligationIds: ["AP-CC1474"],
      severity: "violation",
      citation: { document: "CC-1474", clause: "measure (4)" },
      subject: { kind: "mission", id: "MSN" },
      path: ["roster", "focalPoint"],
      explanation: { facts: { measure: "focal-point", declaredInPlace: true, appointedOn: null } },
    });
  });

  it("AP-CC1474 fails a Focal Point appointed only after asOf; no cross-check when the measure is not declared", () => {
    const d = compliantDataset();
    d.roster!.focalPoint = { personnelId: "P-FP", appointedOn: "2018-07-01" };
    expect(findings(evaluate(set, d, { asOf: AS_OF })).map((f) => [f.path, f.explanation.facts["appointedOn"]])).toEqual([
      [["roster", "focalPoint", "appointedOn"], "2018-07-01"],
    ]);
    d.mission.measures = { ...d.mission.measures, "focal-point": { inPlace: false } };
    expect(findings(evaluate(set, d, { asOf: AS_OF })).map((f) => f.ruleId)).toEqual(["ap.cc1474.measure.focal-point"]);
  });
});
