import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, type EvaluationResult, type MissionDatasetInput } from "../../../src";
import { informedOfStandards, writtenUndertaking } from "../../../src/rules";
import { AS_OF, compliantDataset } from "@psea/test-support";

const set = defineRuleSet({ id: "gm-e", title: "DPKO GM (e)", rules: [writtenUndertaking, informedOfStandards] });
type AgreementInput = NonNullable<MissionDatasetInput["partnerAgreements"]>[number];

function findings(r: EvaluationResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

function withAgreement(a: Partial<AgreementInput> = {}): MissionDatasetInput {
  const agreement: AgreementInput = {
    id: "PA-1",
    partnerName: "Partner NGO",
    partnerKind: "ngo",
    startDate: "2018-02-01",
    informedOfStandardsOn: "2018-01-10",
    writtenUndertakingOn: "2018-01-20",
    ...a,
  };
  return { ...compliantDataset(), partnerAgreements: [agreement] };
}

describe("DPKO-GM-e written undertaking from non-UN partners", () => {
  it("DPKO-GM-e passes an arrangement informed and undertaken before it started, and one undertaken on its start date", () => {
    expect(findings(evaluate(set, withAgreement(), { asOf: AS_OF }))).toEqual([]);
    expect(findings(evaluate(set, withAgreement({ writtenUndertakingOn: "2018-02-01" }), { asOf: AS_OF }))).toEqual([]);
  });

  it("DPKO-GM-e fails an arrangement with no written undertaking", () => {
    const [f, ...rest] = findings(evaluate(set, withAgreement({ writtenUndertakingOn: undefined }), { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "dpko.gm-e.written-undertaking",
      obligationIds: ["DPKO-GM-e"],
      severity: "violation",
      citation: { document: "DPKO-IG", clause: "General management responsibilities (e)" },
      subject: { kind: "partner-agreement", id: "PA-1" },
      path: ["partnerAgreements", 0, "writtenUndertakingOn"],
      explanation: { facts: { startDate: "2018-02-01", writtenUndertakingOn: null, partnerKind: "ngo" } },
    });
  });

  it("DPKO-GM-e fails an arrangement that started before its written undertaking", () => {
    const fs = findings(evaluate(set, withAgreement({ partnerKind: "consultant", writtenUndertakingOn: "2018-02-02" }), { asOf: AS_OF }));
    expect(fs.map((f) => [f.ruleId, f.severity, f.explanation.facts])).toEqual([
      ["dpko.gm-e.written-undertaking", "violation", { startDate: "2018-02-01", writtenUndertakingOn: "2018-02-02", partnerKind: "consultant" }],
    ]);
  });

  it("DPKO-GM-e warns when the partner is not recorded as informed of the standards", () => {
    const [f, ...rest] = findings(evaluate(set, withAgreement({ informedOfStandardsOn: undefined }), { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "dpko.gm-e.informed-of-standards",
      obligationIds: ["DPKO-GM-e"],
      severity: "warning",
      subject: { kind: "partner-agreement", id: "PA-1" },
      path: ["partnerAgreements", 0, "informedOfStandardsOn"],
      explanation: { facts: { startDate: "2018-02-01", informedOfStandardsOn: null } },
    });
  });

  it("DPKO-GM-e warns when the partner was informed only after the arrangement started, and passes one informed on its start date", () => {
    const late = findings(evaluate(set, withAgreement({ informedOfStandardsOn: "2018-05-01" }), { asOf: AS_OF }));
    expect(late.map((f) => [f.ruleId, f.message, f.explanation.facts])).toEqual([
      [
        "dpko.gm-e.informed-of-standards",
        "Partner NGO was informed of the bulletin's standards on 2018-05-01, after the arrangement started on 2018-02-01",
        { startDate: "2018-02-01", informedOfStandardsOn: "2018-05-01", partnerKind: "ngo" },
      ],
    ]);
    // Informed after asOf as well: not informed by asOf, said so.
    const notYet = findings(evaluate(set, withAgreement({ informedOfStandardsOn: "2018-07-01" }), { asOf: AS_OF }));
    expect(notYet.map((f) => f.message)).toEqual(["no record that Partner NGO was informed of the bulletin's standards by 2018-06-30"]);
    expect(findings(evaluate(set, withAgreement({ informedOfStandardsOn: "2018-02-01" }), { asOf: AS_OF }))).toEqual([]);
  });

  it("DPKO-GM-e asks nothing yet of an arrangement starting after asOf", () => {
    const a = withAgreement({ startDate: "2018-08-01", writtenUndertakingOn: undefined, informedOfStandardsOn: undefined });
    expect(findings(evaluate(set, a, { asOf: AS_OF }))).toEqual([]);
    expect(findings(evaluate(set, a, { asOf: "2018-08-01" })).map((f) => f.ruleId)).toEqual([
      "dpko.gm-e.written-undertaking",
      "dpko.gm-e.informed-of-standards",
    ]);
  });
});
