import { evaluate } from "@psea/core";
import { describe, expect, it } from "vitest";
import { campRiskAssessment, evaluateRisk, riskRules } from "../src";
import { AP, findings } from "./support/findings";
import { AS_OF, compliantRiskDataset, type RiskMissionInput } from "@psea/test-support";

function withCamp(patch: Partial<NonNullable<RiskMissionInput["camps"]>[number]>, assessments: RiskMissionInput["campAssessments"] = []): RiskMissionInput {
  const d = compliantRiskDataset();
  d.camps = [{ ...d.camps![0]!, ...patch }];
  d.campAssessments = assessments;
  return d;
}

describe("AP-P6 (c) camp risk assessments", () => {
  it("AP-P6 passes the compliant risk dataset: every rule of riskRules, no finding", () => {
    expect(findings(evaluateRisk(compliantRiskDataset(), { asOf: AS_OF }))).toEqual([]);
    expect(findings(evaluate(riskRules, compliantRiskDataset(), { asOf: AS_OF }))).toEqual([]);
  });

  it("AP-P6 fails a camp whose last assessment is older than campRiskAssessmentPeriod", () => {
    const d = withCamp({}, [{ id: "CRA-0", campId: "CAMP-N", assessedOn: "2017-12-01" }]);
    const [f, ...rest] = findings(evaluateRisk(d, { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.p6.camp-risk-assessment",
      obligationIds: ["AP-P6"],
      severity: "violation",
      citation: { ...AP, clause: "Prevention goal 6 (c)" },
      subject: { kind: "camp", id: "CAMP-N" },
      path: ["campAssessments", 0, "assessedOn"],
      message: "camp Camp North was last assessed for SEA risk on 2017-12-01; the next assessment was due by 2018-06-01",
    });
    expect(f!.explanation.facts).toEqual({ officeId: "FO-1", openedOn: "2017-06-01", lastAssessedOn: "2017-12-01", dueOn: "2018-06-01" });
    expect(f!.explanation.parameters).toEqual([
      expect.objectContaining({ id: "campRiskAssessmentPeriod", value: "P6M", effectiveFrom: "2018-01-01", citation: { ...AP, clause: "Prevention goal 6 (c)", verify: true } }),
    ]);
  });

  it("AP-P6 counts an assessment due on asOf itself as current, and one a day older as not", () => {
    const d = withCamp({}, [{ id: "CRA-0", campId: "CAMP-N", assessedOn: "2017-12-30" }]);
    expect(findings(evaluate(riskRules, d, { asOf: "2018-06-30" }))).toEqual([]);
    expect(findings(evaluate(riskRules, d, { asOf: "2018-07-01" })).map((f) => f.explanation.facts["dueOn"])).toEqual(["2018-06-30"]);
  });

  it("AP-P6 takes the later of the camp's recorded date and its assessments, and ignores assessments after asOf", () => {
    const recorded = withCamp({ lastRiskAssessmentOn: "2018-02-01" }, [
      { id: "CRA-0", campId: "CAMP-N", assessedOn: "2017-10-01" },
      { id: "CRA-9", campId: "CAMP-N", assessedOn: "2018-09-15" },
    ]);
    expect(findings(evaluate(riskRules, recorded, { asOf: AS_OF }))).toEqual([]);
    const stale = findings(evaluate(riskRules, recorded, { asOf: "2018-08-10" }));
    expect(stale.map((f) => [f.path, f.explanation.facts["lastAssessedOn"]])).toEqual([[["camps", 0, "lastRiskAssessmentOn"], "2018-02-01"]]);
  });

  it("AP-P6 gives a new camp one period for its first assessment, and none to a camp of unknown opening", () => {
    expect(findings(evaluate(riskRules, withCamp({ openedOn: "2018-02-01" }), { asOf: AS_OF }))).toEqual([]);
    const [late] = findings(evaluate(riskRules, withCamp({ openedOn: "2017-12-01" }), { asOf: AS_OF }));
    expect(late).toMatchObject({
      ruleId: "ap.p6.camp-risk-assessment",
      path: ["camps", 0, "lastRiskAssessmentOn"],
      message: "camp Camp North has no SEA risk assessment; the first was due by 2018-06-01",
      explanation: { facts: { lastAssessedOn: null, dueOn: "2018-06-01" } },
    });
    const { openedOn: _openedOn, ...camp } = compliantRiskDataset().camps![0]!;
    const d = { ...compliantRiskDataset(), camps: [camp], campAssessments: [] };
    expect(findings(evaluate(riskRules, d, { asOf: AS_OF })).map((f) => f.explanation.facts)).toEqual([
      { officeId: "FO-1", openedOn: null, lastAssessedOn: null, dueOn: null },
    ]);
  });

  it("AP-P6 does not ask a closed camp, nor one not yet open, for an assessment", () => {
    expect(findings(evaluate(riskRules, withCamp({ closedOn: "2018-06-01" }), { asOf: AS_OF }))).toEqual([]);
    expect(findings(evaluate(riskRules, withCamp({ openedOn: "2018-07-01" }), { asOf: AS_OF }))).toEqual([]);
  });

  it("AP-P6 takes the period from the parameter: an overlay of P1Y lets a 7-month-old assessment stand", () => {
    const d = withCamp({}, [{ id: "CRA-0", campId: "CAMP-N", assessedOn: "2017-12-01" }]);
    const parameters = { campRiskAssessmentPeriod: [{ value: "P1Y", effectiveFrom: "2018-01-01", citation: { ...AP, clause: "Prevention goal 6 (c)" } }] };
    expect(findings(evaluate(riskRules, d, { asOf: AS_OF, parameters }))).toEqual([]);
    expect(campRiskAssessment.parameters).toEqual(["campRiskAssessmentPeriod"]);
  });
});
