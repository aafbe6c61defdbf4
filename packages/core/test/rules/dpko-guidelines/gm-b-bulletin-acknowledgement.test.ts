import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, type EvaluationResult, type Personnel } from "../../../src";
import { bulletinAcknowledgement } from "../../../src/rules";
import { AS_OF, compliantDataset, person } from "@psea/test-support";

const set = defineRuleSet({ id: "gm-b", title: "DPKO GM (b)", rules: [bulletinAcknowledgement] });

function findings(r: EvaluationResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

describe("DPKO-GM-b acknowledgement of receipt of the bulletin", () => {
  it("DPKO-GM-b passes when everyone on strength acknowledged receipt", () => {
    expect(findings(evaluate(set, compliantDataset(), { asOf: AS_OF }))).toEqual([]);
  });

  it("DPKO-GM-b fails one person on strength with no acknowledgement, naming the person and the facts", () => {
    const d = compliantDataset();
    d.personnel = [...d.personnel!, person({ id: "P-NEW", category: "un-volunteer", officeId: "FO-1", arrivalDate: "2018-03-01", bulletinAcknowledgedOn: undefined })];
    const [f, ...rest] = findings(evaluate(set, d, { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "dpko.gm-b.bulletin-acknowledgement",
      obligationIds: ["DPKO-GM-b"],
      severity: "violation",
      citation: { document: "DPKO-IG", clause: "General management responsibilities (b)" },
      subject: { kind: "personnel", id: "P-NEW" },
      path: ["personnel", 4, "bulletinAcknowledgedOn"],
      explanation: { facts: { arrivalDate: "2018-03-01", bulletinAcknowledgedOn: null, category: "un-volunteer", officeId: "FO-1" } },
    });
  });

  it("DPKO-GM-b counts an acknowledgement dated after asOf as missing on asOf", () => {
    const d = compliantDataset();
    d.personnel = [...d.personnel!, person({ id: "P-LATE", bulletinAcknowledgedOn: "2018-07-15" })];
    const fs = findings(evaluate(set, d, { asOf: AS_OF }));
    expect(fs.map((f) => [f.subject.id, f.explanation.facts["bulletinAcknowledgedOn"]])).toEqual([["P-LATE", "2018-07-15"]]);
    expect(findings(evaluate(set, d, { asOf: "2018-07-15" }))).toEqual([]);
  });

  it("DPKO-GM-b asks nothing of personnel not yet arrived or already departed on asOf", () => {
    const d = compliantDataset();
    d.personnel = [
      ...d.personnel!,
      person({ id: "P-FUTURE", arrivalDate: "2018-07-01", bulletinAcknowledgedOn: undefined }),
      person({ id: "P-GONE", arrivalDate: "2017-01-01", departureDate: "2018-06-30", bulletinAcknowledgedOn: undefined }),
    ];
    expect(findings(evaluate(set, d, { asOf: AS_OF }))).toEqual([]);
    // On the day before departure the departed person was still on strength.
    expect(findings(evaluate(set, d, { asOf: "2018-06-29" })).map((f) => f.subject.id)).toEqual(["P-GONE"]);
  });

  it("DPKO-GM-b checks 100,000 personnel, finding exactly the ones without an acknowledgement", () => {
    const personnel: Personnel[] = Array.from({ length: 100_000 }, (_, i) => ({
      id: `P-${i}`,
      category: "military-contingent",
      gender: "male",
      officeId: "HQ",
      arrivalDate: "2018-01-02",
      roles: [],
      trainings: [],
      ...(i % 10 === 0 ? {} : { bulletinAcknowledgedOn: "2018-01-03" }),
    }));
    const drafts = [...bulletinAcknowledgement.evaluate({ personnel }, { asOf: AS_OF, params: {} })];
    expect(drafts).toHaveLength(10_000);
    expect(drafts[1]!.path).toEqual(["personnel", 10, "bulletinAcknowledgedOn"]);
  });
});
