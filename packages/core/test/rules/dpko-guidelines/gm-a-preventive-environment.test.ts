import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, type EvaluationResult, type MissionDatasetInput } from "../../../src";
import { preventiveEnvironment } from "../../../src/rules";
import { AS_OF, compliantDataset, person } from "@psea/test-support";

const set = defineRuleSet({ id: "gm-a", title: "DPKO GM (a)", rules: [preventiveEnvironment] });

function findings(r: EvaluationResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

/** The compliant mission, whose head of mission shows both measures, with more managers. */
function withManagers(...extra: Parameters<typeof person>[0][]): MissionDatasetInput {
  const d = compliantDataset();
  d.personnel = [...d.personnel!, ...extra.map(person)];
  return d;
}

const trained = [{ courseId: "sea-induction", completedOn: "2018-02-01" }];

describe("DPKO-GM-a senior management maintain an environment that prevents SEA", () => {
  it("DPKO-GM-a passes when every manager on strength shows the pledge and SEA training", () => {
    const d = withManagers({ id: "P-M1", roles: ["manager"], pledgeSignedOn: "2018-02-01", trainings: trained });
    expect(findings(evaluate(set, d, { asOf: AS_OF }))).toEqual([]);
  });

  it("DPKO-GM-a fails a mission where managers fall short, one finding per measure, cited beside SGB 3.2(f)", () => {
    const d = withManagers(
      { id: "P-M1", roles: ["manager"], pledgeSignedOn: "2018-02-01", trainings: trained },
      { id: "P-M2", roles: ["supervisor"], trainings: trained },
      { id: "P-M3", roles: ["chief-of-section"], pledgeSignedOn: "2018-07-01", trainings: [] },
      // Not a manager, and a manager who has left: neither counts.
      { id: "P-X", roles: [] },
      { id: "P-GONE", roles: ["manager"], departureDate: "2018-03-01" },
    );
    const fs = findings(evaluate(set, d, { asOf: AS_OF }));
    expect(fs.map((f) => [f.explanation.facts["measure"], f.explanation.facts["managersShort"], f.explanation.facts["rate"]])).toEqual([
      ["pledge", ["P-M2", "P-M3"], 0.5],
      ["training", ["P-M3"], 0.75],
    ]);
    expect(fs[0]).toMatchObject({
      ruleId: "dpko.gm-a.preventive-environment",
      obligationIds: ["DPKO-GM-a", "SGB-3.2f"],
      severity: "warning",
      citation: { document: "DPKO-IG", clause: "General management responsibilities (a)" },
      subject: { kind: "mission", id: "MSN" },
      path: ["personnel"],
      message: "50% of 4 managers on strength show the signed SEA pledge, below the target of 100%",
      explanation: { facts: { managers: 4, meeting: 2, target: 1 } },
    });
    expect(fs[0]!.explanation.parameters.map((p) => p.id)).toEqual(["managementRoles", "managerPreventionLinks", "preventiveEnvironmentTarget"]);
  });

  it("DPKO-GM-a reads the target as a parameter: a host overlay of 50% passes the same mission from its own date", () => {
    const d = withManagers({ id: "P-M2", roles: ["supervisor"], trainings: trained });
    const citation = { document: "DPKO-IG", clause: "General management responsibilities (a)" };
    const parameters = { preventiveEnvironmentTarget: [{ value: 0.5, effectiveFrom: "2018-06-01", citation }] };
    expect(findings(evaluate(set, d, { asOf: AS_OF, parameters }))).toEqual([]);
    expect(findings(evaluate(set, d, { asOf: "2018-05-31", parameters })).map((f) => f.explanation.facts["measure"])).toEqual(["pledge"]);
  });

  it("DPKO-GM-a asks no pledge before the action plan introduced it, only training", () => {
    const d = withManagers({ id: "P-M2", roles: ["supervisor"], arrivalDate: "2017-01-01", bulletinAcknowledgedOn: "2017-01-02", trainings: [{ courseId: "x", completedOn: "2017-02-01" }] });
    d.personnel = d.personnel!.filter((p) => p.id !== "P-HOM");
    expect(findings(evaluate(set, d, { asOf: "2017-06-30" }))).toEqual([]);
  });

  it("DPKO-GM-a fails a mission with no manager on strength: nobody holds the duty", () => {
    const d = compliantDataset();
    d.personnel = d.personnel!.filter((p) => p.id !== "P-HOM");
    expect(findings(evaluate(set, d, { asOf: AS_OF })).map((f) => [f.subject.id, f.explanation.facts["measure"], f.explanation.facts["managers"]])).toEqual([
      ["MSN", "managers-on-strength", 0],
    ]);
  });
});
