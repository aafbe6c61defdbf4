import type { InputIssue, ParameterUse, ParameterValue } from "@psea/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  buildRiskScoringReport,
  riskScoringSections,
  scoreAssessments,
  scoreChecklist,
  trackRecommendations,
  type ChecklistScore,
  type FactorScore,
  type RankedLocation,
  type RiskChecklist,
  type RiskChecklistInput,
  type RiskFactorId,
  type RiskLevel,
  type RiskReportSection,
  type RiskScoresResult,
  type RiskScoringReport,
  type RiskTrend,
  type ScoredAssessment,
  type ScoringModel,
  type TrackedRecommendation,
} from "../src";
import type { ReportSection } from "../../reports/src/model/report-document";

describe("AP-P6 public types of risk scoring", () => {
  it("AP-P6 factor ids are exactly the keys of the weights and points parameters", () => {
    expectTypeOf<RiskFactorId>().toEqualTypeOf<keyof ParameterValue<"riskFactorWeights">>();
    expectTypeOf<RiskFactorId>().toEqualTypeOf<keyof ParameterValue<"riskFactorPoints">>();
    expectTypeOf<keyof RiskChecklist>().toEqualTypeOf<RiskFactorId>();
  });

  it("AP-P6 checklist answers are typed per factor, and the allegation history carries no country", () => {
    expectTypeOf<RiskChecklist["perimeter"]["answer"]>().toEqualTypeOf<"poor" | "fair" | "good">();
    expectTypeOf<RiskChecklist["alcoholAvailability"]["answer"]>().toEqualTypeOf<"none" | "restricted" | "unrestricted">();
    expectTypeOf<RiskChecklist["nonFraternizationBriefings"]["answer"]>().toEqualTypeOf<boolean>();
    expectTypeOf<RiskChecklist["communityProximity"]["answer"]>().toEqualTypeOf<number>();
    expectTypeOf<keyof RiskChecklist["allegationHistory"]["answer"]>().toEqualTypeOf<"allegations" | "personnelOnStrength" | "since">();
    expectTypeOf<RiskChecklistInput>().toEqualTypeOf<RiskChecklist>();
  });

  it("AP-P6 entry points take unknown and return results or typed issues", () => {
    expectTypeOf(scoreAssessments).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(scoreAssessments).returns.toEqualTypeOf<RiskScoresResult>();
    expectTypeOf(buildRiskScoringReport).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf<Extract<RiskScoresResult, { ok: false }>["issues"]>().toEqualTypeOf<readonly InputIssue[]>();
    expectTypeOf(scoreChecklist).parameters.toEqualTypeOf<[RiskChecklist, ScoringModel]>();
    expectTypeOf(scoreChecklist).returns.toEqualTypeOf<ChecklistScore>();
    expectTypeOf(trackRecommendations).returns.toEqualTypeOf<TrackedRecommendation[]>();
  });

  it("AP-P6 scores explain themselves: factors, parameters with dates, trend", () => {
    expectTypeOf<ScoredAssessment["factors"]>().toEqualTypeOf<readonly FactorScore[]>();
    expectTypeOf<ScoredAssessment["parameters"]>().toEqualTypeOf<readonly ParameterUse[]>();
    expectTypeOf<ScoredAssessment["trend"]>().toEqualTypeOf<RiskTrend>();
    expectTypeOf<ScoredAssessment["level"]>().toEqualTypeOf<RiskLevel>();
    expectTypeOf<FactorScore["answer"]>().toEqualTypeOf<boolean | string | number>();
    expectTypeOf<ScoredAssessment>().not.toHaveProperty("contingent");
    expectTypeOf<RankedLocation>().not.toHaveProperty("contingent");
    expectTypeOf<RiskScoringReport["ranking"]>().toEqualTypeOf<readonly RankedLocation[]>();
  });

  it("AP-P6 the sections are report sections of the report layer, without depending on it", () => {
    expectTypeOf(riskScoringSections).returns.toEqualTypeOf<RiskReportSection[]>();
    expectTypeOf<RiskReportSection>().toExtend<ReportSection>();
    expectTypeOf<ReportSection>().toExtend<RiskReportSection>();
  });
});
