import type { InputIssue } from "@psea/core";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  buildActionPlanMatrix,
  buildCasesReport,
  buildComplianceScorecard,
  buildPrevention,
  buildPublicData,
  buildRcAnnualReport,
  buildReport,
  isReportKindId,
  reportKinds,
  type ActionPlanMatrixReport,
  type BuiltReport,
  type CasesReport,
  type ComplianceScorecard,
  type MatrixActivity,
  type PreventionReport,
  type PublicCount,
  type PublicDataReport,
  type RcAnnualReport,
  type ReportBuildResult,
  type ReportKind,
  type ReportKindId,
  type ReportOf,
} from "../../src";

/** Every property name at any depth of a type. */
type DeepKeys<T> = T extends readonly (infer U)[] ? DeepKeys<U> : T extends object ? { [K in keyof T]-?: K | DeepKeys<T[K]> }[keyof T] : never;
type IdentityKeys = "identity" | "name" | "contact" | "address" | "dateOfBirth" | "notes" | "victimRef" | "complainant" | "description" | "comment";

describe("report builders: public types", () => {
  it("every builder takes unknown input and returns a result to discriminate on ok", () => {
    expectTypeOf(buildPublicData).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(buildPublicData).returns.toEqualTypeOf<ReportBuildResult<PublicDataReport>>();
    expectTypeOf(buildRcAnnualReport).returns.toEqualTypeOf<ReportBuildResult<RcAnnualReport>>();
    expectTypeOf(buildActionPlanMatrix).returns.toEqualTypeOf<ReportBuildResult<ActionPlanMatrixReport>>();
    expectTypeOf(buildComplianceScorecard).returns.toEqualTypeOf<ReportBuildResult<ComplianceScorecard>>();
    expectTypeOf(buildPrevention).returns.toEqualTypeOf<ReportBuildResult<PreventionReport>>();
    expectTypeOf(buildCasesReport).returns.toEqualTypeOf<ReportBuildResult<CasesReport>>();
    const r = buildPublicData({}, { asOf: "2019-06-30" });
    if (r.ok) expectTypeOf(r.report.views.allegations.total).toEqualTypeOf<PublicCount>();
    else expectTypeOf(r.issues).toEqualTypeOf<readonly InputIssue[]>();
    // @ts-expect-error: asOf is required, builders never read the clock
    buildPublicData({}, {});
  });

  it("no report type has a field that could hold an identity", () => {
    expectTypeOf<Extract<DeepKeys<PublicDataReport>, IdentityKeys>>().toEqualTypeOf<never>();
    expectTypeOf<Extract<DeepKeys<RcAnnualReport>, IdentityKeys>>().toEqualTypeOf<never>();
    expectTypeOf<Extract<DeepKeys<ActionPlanMatrixReport>, IdentityKeys>>().toEqualTypeOf<never>();
    expectTypeOf<Extract<DeepKeys<ComplianceScorecard>, IdentityKeys>>().toEqualTypeOf<never>();
    expectTypeOf<Extract<DeepKeys<PreventionReport>, IdentityKeys>>().toEqualTypeOf<never>();
    expectTypeOf<Extract<DeepKeys<CasesReport>, IdentityKeys>>().toEqualTypeOf<never>();
  });

  it("the action-plan matrix says, field by field, which texts are partly illegible in the source", () => {
    type Goal = ActionPlanMatrixReport["pillars"][number]["goals"][number];
    expectTypeOf<Goal["titleIllegible"]>().toEqualTypeOf<boolean>();
    expectTypeOf<Goal["statusIllegible"]>().toEqualTypeOf<boolean>();
    expectTypeOf<Goal["partners"]["illegible"]>().toEqualTypeOf<boolean>();
    expectTypeOf<Goal["expectedResults"][number]>().toEqualTypeOf<{ readonly id: string; readonly text: string; readonly illegible: boolean }>();
    expectTypeOf<MatrixActivity["illegible"]>().toEqualTypeOf<boolean>();
  });

  it("a suppressed count is a number or a marker, nothing else", () => {
    expectTypeOf<PublicCount>().toEqualTypeOf<number | `<${number}` | "suppressed">();
    // @ts-expect-error: not a count
    const c: PublicCount = "few";
    void c;
  });

  it("the registry is keyed by the CLI's kind ids and typed per kind", () => {
    expectTypeOf<ReportKindId>().toEqualTypeOf<"public-data" | "rc-annual" | "action-plan" | "scorecard" | "prevention" | "cases" | "partners" | "risk">();
    expectTypeOf(reportKinds.scorecard).toEqualTypeOf<ReportKind<ComplianceScorecard>>();
    expectTypeOf(reportKinds["public-data"]).toEqualTypeOf<ReportKind<ReportOf["public-data"]>>();
    expectTypeOf(buildReport).returns.toEqualTypeOf<BuiltReport>();
    const r = buildReport("cases", {}, { asOf: "2019-01-01" });
    if (r.ok && r.kind === "cases") expectTypeOf(r.report).toEqualTypeOf<CasesReport>();
  });

  it("the registry holds one kind per id, each with its own id", () => {
    for (const [id, kind] of Object.entries(reportKinds)) expect(kind.id).toBe(id);
    expect(Object.isFrozen(reportKinds)).toBe(true);
    expect(isReportKindId("__proto__")).toBe(false);
    expect(buildReport("__proto__", {}, { asOf: "2019-01-01" })).toMatchObject({ ok: false, issues: [{ path: ["kind"], code: "unknown-report-kind" }] });
  });
});
