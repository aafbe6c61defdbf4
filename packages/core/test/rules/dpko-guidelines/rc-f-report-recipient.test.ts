import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, type EvaluationResult, type MissionDatasetInput } from "../../../src";
import { rcReportRecipientRecorded } from "../../../src/rules";
import { compliantDataset } from "@psea/test-support";

const set = defineRuleSet({ id: "rc-f", title: "DPKO RC (f)", rules: [rcReportRecipientRecorded] });
const AS_OF = "2018-12-31";

function findings(r: EvaluationResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

function withReport(recipient: string | undefined, context: "humanitarian" | "development" = "humanitarian"): MissionDatasetInput {
  const d = compliantDataset();
  return {
    ...d,
    mission: { ...d.mission, context },
    cadenceOccurrences: [{ cadenceId: "dpko.rc-f.annual-report", on: "2018-11-30", ...(recipient !== undefined ? { recipient } : {}) }],
  };
}

describe("DPKO-RC-f the recipient recorded on the Resident Coordinator's report matches the country context", () => {
  it("DPKO-RC-f passes a report to the IASC Working Group in a humanitarian context, whatever its spacing and case", () => {
    expect(findings(evaluate(set, withReport("IASC Working Group"), { asOf: AS_OF }))).toEqual([]);
    expect(findings(evaluate(set, withReport(" iasc  working group"), { asOf: AS_OF }))).toEqual([]);
    expect(findings(evaluate(set, withReport("UN Development Group", "development"), { asOf: AS_OF }))).toEqual([]);
    expect(findings(evaluate(set, withReport(undefined), { asOf: AS_OF }))).toEqual([]);
  });

  it("DPKO-RC-f fails a report sent to the UN Development Group in a humanitarian context", () => {
    const [f, ...rest] = findings(evaluate(set, withReport("UN Development Group"), { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "dpko.rc-f.report-recipient",
      obligationIds: ["DPKO-RC-f"],
      severity: "violation",
      citation: { document: "DPKO-IG", clause: "Responsibilities of HoM and RC (f)" },
      path: ["cadenceOccurrences", 0, "recipient"],
      explanation: {
        facts: { reportOn: "2018-11-30", recordedRecipient: "UN Development Group", expectedRecipient: "IASC Working Group", context: "humanitarian" },
      },
    });
    expect(f!.explanation.parameters.map((p) => p.id)).toEqual(["rcReportRecipientByContext"]);
    expect(findings(evaluate(set, withReport("UN Development Group"), { asOf: "2018-11-29" }))).toEqual([]);
  });

  it("DPKO-RC-f fails a report to the IASC Working Group in a development context", () => {
    const [f] = findings(evaluate(set, withReport("IASC Working Group", "development"), { asOf: AS_OF }));
    expect(f?.explanation.facts["expectedRecipient"]).toBe("UN Development Group");
  });
});
