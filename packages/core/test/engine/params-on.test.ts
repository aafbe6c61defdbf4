import { describe, expect, it } from "vitest";
import { MissionDatasetShape, cite, defineRule, defineRuleSet, evaluate, parameterOn } from "../../src";
import { compliantDataset } from "@psea/test-support";

/** Judges the mission on a record's own date: the parameter in force then, not on asOf. */
const onRecordDate = (recordOn: string) =>
  defineRule({
    id: "test.on-record-date",
    title: "On the record's date",
    obligations: ["AP-P6"],
    citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6 (c)"),
    severity: "notice",
    reads: MissionDatasetShape.pick({ mission: true }),
    parameters: ["campRiskAssessmentPeriod", "offLimitsReviewPeriod"],
    *evaluate({ mission }, { params, paramsOn }) {
      const then = paramsOn?.(recordOn, ["campRiskAssessmentPeriod"]);
      if (!then) return;
      yield {
        subject: { kind: "mission", id: mission.id },
        path: ["mission"],
        message: "judged",
        facts: { now: params.campRiskAssessmentPeriod, onRecordDate: then.values.campRiskAssessmentPeriod },
        parameters: then.uses,
      };
    },
  });

const overlay = {
  campRiskAssessmentPeriod: [
    { value: "P6M", effectiveFrom: "2018-01-01", effectiveTo: "2019-01-01", citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6 (c)") },
    { value: "P3M", effectiveFrom: "2019-01-01", citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6 (c)") },
  ],
};

describe("RuleContext.paramsOn", () => {
  it("resolves a declared parameter on a record's own date, so an overlay never rewrites the past, and explains both", () => {
    const set = defineRuleSet({ id: "s", title: "s", rules: [onRecordDate("2018-06-01")] });
    const r = evaluate(set, compliantDataset(), { asOf: "2019-06-30", parameters: overlay });
    if (!r.ok) throw new Error("parse");
    expect(r.ruleErrors).toEqual([]);
    const [f] = r.findings;
    expect(f!.explanation.facts).toEqual({ now: "P3M", onRecordDate: "P6M" });
    expect(f!.explanation.parameters.map((p) => [p.id, p.value, p.effectiveFrom])).toEqual([
      ["campRiskAssessmentPeriod", "P3M", "2019-01-01"],
      ["offLimitsReviewPeriod", "P6M", "2018-01-01"],
      ["campRiskAssessmentPeriod", "P6M", "2018-01-01"],
    ]);
  });

  it("shows a use only once when the record's date and asOf share the value", () => {
    const set = defineRuleSet({ id: "s", title: "s", rules: [onRecordDate("2019-02-01")] });
    const r = evaluate(set, compliantDataset(), { asOf: "2019-06-30", parameters: overlay });
    expect(r.ok && r.findings[0]!.explanation.parameters.map((p) => p.id)).toEqual(["campRiskAssessmentPeriod", "offLimitsReviewPeriod"]);
  });

  it("reports a parameter not in force on the record's date as a rule error, and the rule goes on", () => {
    const set = defineRuleSet({ id: "s", title: "s", rules: [onRecordDate("2017-06-01")] });
    const r = evaluate(set, compliantDataset(), { asOf: "2019-06-30" });
    expect(r.ok && r.findings).toEqual([]);
    expect(r.ok && r.ruleErrors).toEqual([
      { code: "parameter-not-in-force", parameterId: "campRiskAssessmentPeriod", asOf: "2017-06-01", message: "no value of 'campRiskAssessmentPeriod' is in force on 2017-06-01", ruleId: "test.on-record-date" },
    ]);
  });

  it("refuses a parameter the rule did not declare, as a rule error", () => {
    const sneaky = defineRule({
      ...onRecordDate("2018-06-01"),
      id: "test.undeclared",
      *evaluate(_input, { paramsOn }) {
        if ((paramsOn as unknown as (on: string, ids: string[]) => unknown)?.("2018-06-01", ["childAgeThresholdYears"]) === undefined) return;
        yield { subject: { kind: "mission", id: "MSN" }, path: [], message: "resolved" };
      },
    });
    const r = evaluate(defineRuleSet({ id: "s", title: "s", rules: [sneaky] }), compliantDataset(), { asOf: "2019-06-30" });
    expect(r.ok && r.findings).toEqual([]);
    expect(r.ok && r.ruleErrors).toEqual([{ code: "unknown-parameter", parameterId: "childAgeThresholdYears", message: "'childAgeThresholdYears' is not declared by the rule", ruleId: "test.undeclared" }]);
  });
});

describe("parameterOn", () => {
  const withParamsOn = (on: string) => {
    let seen: unknown;
    const rule = defineRule({
      id: "test.parameter-on",
      title: "parameterOn",
      obligations: ["AP-P6"],
      citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6 (c)"),
      severity: "notice",
      reads: MissionDatasetShape.pick({ mission: true }),
      parameters: ["campRiskAssessmentPeriod"],
      *evaluate(_data, ctx) {
        seen = parameterOn(ctx, "campRiskAssessmentPeriod", on);
        // The rule only records what it saw: no finding.
        yield* [];
      },
    });
    const r = evaluate(defineRuleSet({ id: "s", title: "s", rules: [rule] }), compliantDataset(), { asOf: "2019-06-30", parameters: overlay });
    return { seen, ruleErrors: r.ok ? r.ruleErrors : [] };
  };

  it("gives the value in force on the date, with the use to cite, and undefined (a rule error) when none is", () => {
    expect(withParamsOn("2018-06-01").seen).toMatchObject({ value: "P6M", uses: [{ id: "campRiskAssessmentPeriod", value: "P6M", effectiveFrom: "2018-01-01" }] });
    expect(withParamsOn("2019-02-01").seen).toMatchObject({ value: "P3M", uses: [{ id: "campRiskAssessmentPeriod", effectiveFrom: "2019-01-01" }] });
    const before = withParamsOn("2017-06-01");
    expect(before.seen).toBeUndefined();
    expect(before.ruleErrors.map((e) => e.code)).toEqual(["parameter-not-in-force"]);
  });

  it("outside the engine, gives the value resolved for asOf, with no use", () => {
    expect(parameterOn({ params: { campRiskAssessmentPeriod: "P3M" } }, "campRiskAssessmentPeriod", "2018-06-01")).toEqual({ value: "P3M", uses: [] });
  });
});
