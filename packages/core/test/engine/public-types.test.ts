import { describe, expectTypeOf, it } from "vitest";
import { MissionDatasetShape, cite, defineRule, evaluate, type EvaluationResult, type Finding, type ObligationId, type ParameterValue, type Severity } from "../../src";
import { allRules } from "../../src/rules";
import { resolveParameter, defaultParameterSet } from "../../src/parameters";

describe("public types", () => {
  it("types parameter values from their schema", () => {
    expectTypeOf<ParameterValue<"childAgeThresholdYears">>().toEqualTypeOf<number>();
    expectTypeOf<ParameterValue<"focalPointMinimumGrade">>().toEqualTypeOf<string>();
    const r = resolveParameter(defaultParameterSet, "gradeOrder", "2019-01-01");
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<string[]>();
    // @ts-expect-error: not a parameter
    resolveParameter(defaultParameterSet, "ageOfConsent", "2019-01-01");
  });

  it("gives rules a typed input and typed parameters", () => {
    defineRule({
      id: "t",
      title: "t",
      obligations: ["DPKO-GM-c"],
      citation: cite("DPKO-IG", "General management responsibilities (c)"),
      severity: "violation",
      reads: MissionDatasetShape.pick({ roster: true }),
      parameters: ["focalPointMinimumGrade"],
      // biome-ignore lint/correctness/useYield: a type test of what a rule body sees; it finds nothing
      *evaluate(input, ctx) {
        expectTypeOf(input.roster.fieldFocalPoints).toBeArray();
        expectTypeOf(ctx.params.focalPointMinimumGrade).toEqualTypeOf<string>();
        // @ts-expect-error: not declared, so not resolved
        void ctx.params.childAgeThresholdYears;
        // @ts-expect-error: not read
        void input.personnel;
      },
    });
  });

  it("only accepts catalogue-shaped obligation ids and known severities", () => {
    expectTypeOf<"SGB-3.2b">().toExtend<ObligationId>();
    // @ts-expect-error: not an obligation id
    const bad: ObligationId = "3.2b";
    void bad;
    expectTypeOf<Severity>().toEqualTypeOf<"violation" | "warning" | "notice">();
  });

  it("discriminates the evaluation result on ok", () => {
    const r = evaluate(allRules, {}, { asOf: "2019-01-01" });
    expectTypeOf(r).toEqualTypeOf<EvaluationResult>();
    if (r.ok) expectTypeOf(r.findings).toEqualTypeOf<readonly Finding[]>();
    // @ts-expect-error: findings exist only when ok
    void r.findings;
  });
});
