import type { CaseReducer, VersionConflict } from "@psea/cases";
import type { InputIssue, RuleSet } from "@psea/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  applyAssessmentEvent,
  assessmentReducer,
  createAssessmentStore,
  openAssessment,
  overallRating,
  parsePartnerDataset,
  partnerAssessmentSummaries,
  partnerPortfolio,
  partnerPortfolioSections,
  partnerRules,
  type AssessmentRefusalCode,
  type AssessmentState,
  type AssessmentStatus,
  type OverallRating,
  type OverallResult,
  type PartnerAssessmentSummaryReport,
  type PartnerPortfolio,
  type PartnerReportResult,
} from "../src";

describe("@psea/partners public types", () => {
  it("ratings, stages and refusal codes are closed sets", () => {
    expectTypeOf<OverallRating>().toEqualTypeOf<"high" | "moderate" | "low">();
    expectTypeOf<AssessmentStatus>().toEqualTypeOf<"draft" | "assigned" | "in-progress" | "submitted" | "rejected" | "final" | "cancelled">();
    expectTypeOf<AssessmentRefusalCode>().toExtend<string>();
    // @ts-expect-error: not a rating
    const r: OverallRating = "critical";
    void r;
    // @ts-expect-error: not a refusal code
    const c: AssessmentRefusalCode = "nope";
    void c;
  });

  it("an overall result has a rating exactly when it has a total", () => {
    const r = {} as OverallResult;
    if (r.rating !== null) expectTypeOf(r.total).toEqualTypeOf<number>();
    else expectTypeOf(r.total).toEqualTypeOf<null>();
    expectTypeOf(overallRating).returns.toEqualTypeOf<OverallResult>();
  });

  it("entry points take unknown data and return results to discriminate on ok", () => {
    expectTypeOf(parsePartnerDataset).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(openAssessment).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(applyAssessmentEvent).parameter(1).toEqualTypeOf<unknown>();
    expectTypeOf(partnerAssessmentSummaries).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(partnerPortfolio).returns.toEqualTypeOf<PartnerReportResult<PartnerPortfolio>>();
    expectTypeOf(partnerAssessmentSummaries).returns.toEqualTypeOf<PartnerReportResult<PartnerAssessmentSummaryReport>>();
    const r = partnerPortfolio({}, { asOf: "2019-06-30" });
    if (r.ok) expectTypeOf(r.report.byRating.unrated).toEqualTypeOf<number>();
    else expectTypeOf(r.issues).toEqualTypeOf<readonly InputIssue[]>();
    // @ts-expect-error: asOf is required, builders never read the clock
    partnerPortfolio({}, {});
  });

  it("a refusal keeps the state and carries a typed reason", () => {
    const r = applyAssessmentEvent({} as AssessmentState, {});
    if (!r.ok) {
      expectTypeOf(r.state).toEqualTypeOf<AssessmentState>();
      expectTypeOf(r.reason.code).toEqualTypeOf<AssessmentRefusalCode>();
    }
  });

  it("persistence is the generic persistence of @psea/cases", () => {
    expectTypeOf(assessmentReducer).toEqualTypeOf<CaseReducer<AssessmentState>>();
    const store = createAssessmentStore();
    expectTypeOf(store.append).returns.resolves.toExtend<{ ok: true } | VersionConflict | { ok: false }>();
  });

  it("the rule set and report sections are plain data", () => {
    expectTypeOf(partnerRules).toEqualTypeOf<RuleSet>();
    expectTypeOf(partnerPortfolioSections).returns.items.toHaveProperty("tables");
  });
});
