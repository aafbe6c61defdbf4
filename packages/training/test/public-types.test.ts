import type { RuleSet } from "@psea/core";
import { describe, expectTypeOf, it } from "vitest";
import { complianceReport, trainingRules, trainingStatus, type ComplianceReport, type TrainingStatus, type TrainingStatusResult } from "../src";

describe("AP-P2 public types", () => {
  it("statuses are a closed set", () => {
    expectTypeOf<TrainingStatus>().toEqualTypeOf<"compliant" | "due" | "overdue" | "never-taken" | "not-required">();
    // @ts-expect-error: not a status
    const s: TrainingStatus = "late";
    void s;
  });

  it("the report takes unknown data and is a result to discriminate on ok", () => {
    expectTypeOf(complianceReport).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(complianceReport).returns.toEqualTypeOf<ComplianceReport>();
    const r = complianceReport([], { asOf: "2019-06-30" });
    if (r.ok) expectTypeOf(r.training.overall.rate).toEqualTypeOf<number | null>();
    else expectTypeOf(r.issues[0]!.path).toExtend<readonly (string | number)[]>();
    // @ts-expect-error: asOf is required, the report never reads the clock
    complianceReport([], {});
  });

  it("per-person status and the rule set are typed", () => {
    expectTypeOf(trainingStatus).returns.toEqualTypeOf<TrainingStatusResult>();
    expectTypeOf(trainingRules).toEqualTypeOf<RuleSet>();
  });
});
