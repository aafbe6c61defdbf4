import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, MissionDataset, type EvaluationResult, type MissionDatasetInput } from "../../../../src";
import { allRules } from "../../../../src/rules";
import { actionPlanRules, cbcmComposition, cbcmCoverage, cbcmEquipment, complaintMechanismCoverage } from "../../../../src/rules";
import { AS_OF, compliantDataset } from "@psea/test-support";

const set = defineRuleSet({ id: "p5", title: "AP-P5", rules: [cbcmCoverage, cbcmComposition, cbcmEquipment] });

function findings(r: EvaluationResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

type Mechanism = NonNullable<MissionDatasetInput["complaintMechanisms"]>[number];

/** The compliant dataset with its North CBCM changed, and an extra high-risk office in the East. */
function withEast(north: Partial<Mechanism>, ...extra: Mechanism[]): MissionDatasetInput {
  const d = compliantDataset();
  d.offices = [...d.offices!, { id: "FO-2", name: "Field Office Two", region: "East", kind: "field-office", significantStaffPresence: false, highRisk: true }];
  d.complaintMechanisms = [{ ...d.complaintMechanisms![0]!, ...north }, ...extra];
  return d;
}

const cla = (id: string, region: string, functional = true): Mechanism => ({ id, region, kind: "community-liaison-assistant", functional, establishedOn: "2018-03-01" });

describe("AP-P5 community-based complaint mechanisms", () => {
  it("AP-P5 passes a mission whose only high-risk region has a functional, composed and equipped CBCM", () => {
    expect(findings(evaluate(set, compliantDataset(), { asOf: AS_OF }))).toEqual([]);
  });

  it("AP-P5 passes a high-risk region covered by a functional Community Liaison Assistant where no CBCM is established", () => {
    expect(findings(evaluate(set, withEast({}, cla("CLA-EAST", "East")), { asOf: AS_OF }))).toEqual([]);
  });

  it("AP-P5 fails a high-risk region with no mechanism at all: one violation naming the region, with the coverage rate", () => {
    const [f, ...rest] = findings(evaluate(set, withEast({}), { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.p5.cbcm-coverage",
      obligationIds: ["AP-P5"],
      severity: "violation",
      citation: { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 5, expected result (i) and activity (e)" },
      subject: { kind: "region", id: "East" },
      path: ["offices", 3, "highRisk"],
    });
    expect(f!.explanation.facts).toEqual({
      region: "East",
      highRiskOfficeIds: ["FO-2"],
      mechanismIds: [],
      highRiskRegions: 2,
      coveredRegions: 1,
      coverageRate: 0.5,
    });
  });

  it("AP-P5 fails a region whose CBCM and CLA are both not functional, pointing at the idle CBCM", () => {
    const [f, ...rest] = findings(evaluate(set, withEast({ functional: false }, cla("CLA-NORTH", "North", false), cla("CLA-EAST", "East")), { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.p5.cbcm-coverage",
      severity: "violation",
      subject: { kind: "region", id: "North" },
      path: ["complaintMechanisms", 0, "functional"],
      explanation: { facts: { mechanismIds: ["CBCM-NORTH", "CLA-NORTH"], highRiskRegions: 2, coveredRegions: 1, coverageRate: 0.5 } },
    });
    expect(f!.message).toBe("high-risk region North has no functional complaint mechanism (CBCM-NORTH, CLA-NORTH not functional)");
    // Without the East's CLA both regions are uncovered: two violations, at a coverage rate of 0.
    const both = findings(evaluate(set, withEast({ functional: false }), { asOf: AS_OF }));
    expect(both.map((x) => [x.subject.id, x.explanation.facts["coverageRate"]])).toEqual([["East", 0], ["North", 0]]);
  });

  it("AP-P5 fails a region whose established CBCM does not work, even with a working Community Liaison Assistant there", () => {
    const [f, ...rest] = findings(evaluate(set, withEast({ functional: false }, cla("CLA-NORTH", "North"), cla("CLA-EAST", "East")), { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      subject: { kind: "region", id: "North" },
      path: ["complaintMechanisms", 0, "functional"],
      explanation: { facts: { mechanismIds: ["CBCM-NORTH", "CLA-NORTH"], highRiskRegions: 2, coveredRegions: 1, coverageRate: 0.5 } },
    });
    expect(f!.message).toBe(
      "high-risk region North has no functional CBCM (CBCM-NORTH not functional); a Community Liaison Assistant (CLA-NORTH) stands in only where no CBCM is established",
    );
    // Before the CBCM is established, the same CLA covers the region.
    const early = withEast({ establishedOn: "2018-07-01" }, cla("CLA-NORTH", "North"), cla("CLA-EAST", "East"));
    expect(findings(evaluate(set, early, { asOf: AS_OF })).filter((x) => x.ruleId === "ap.p5.cbcm-coverage")).toEqual([]);
    expect(complaintMechanismCoverage(early.offices as never, early.complaintMechanisms as never, AS_OF).rate).toBe(1);
  });

  it("AP-P5 does not count a mechanism established after asOf", () => {
    const fs = findings(evaluate(set, compliantDataset(), { asOf: "2018-02-14" }));
    expect(fs.map((f) => [f.ruleId, f.subject.id, f.explanation.facts["mechanismIds"]])).toEqual([["ap.p5.cbcm-coverage", "North", []]]);
    expect(findings(evaluate(set, compliantDataset(), { asOf: "2018-02-15" }))).toEqual([]);
  });

  it("AP-P5 ignores regions without a high-risk office", () => {
    const d = compliantDataset();
    d.offices = d.offices!.map((o) => ({ ...o, highRisk: false }));
    d.complaintMechanisms = [];
    expect(findings(evaluate(set, d, { asOf: AS_OF }))).toEqual([]);
  });

  it("AP-P5 warns on a CBCM lacking a required member group, naming the missing groups", () => {
    const [f, ...rest] = findings(evaluate(set, withEast({ members: ["youth", "women", "other"] }, cla("CLA-EAST", "East")), { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.p5.cbcm-composition",
      obligationIds: ["AP-P5"],
      severity: "warning",
      citation: { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 5 (a)" },
      subject: { kind: "complaint-mechanism", id: "CBCM-NORTH" },
      path: ["complaintMechanisms", 0, "members"],
      explanation: { facts: { region: "North", missing: ["local-authorities", "local-organizations"], members: ["youth", "women", "other"] } },
    });
    expect(f!.explanation.parameters[0]).toMatchObject({ id: "cbcmRequiredMemberGroups", effectiveFrom: "2018-01-01", layer: "default" });
  });

  it("AP-P5 warns on a CBCM missing part of the required kit", () => {
    const [f, ...rest] = findings(evaluate(set, withEast({ equipment: ["notebooks", "pens"] }, cla("CLA-EAST", "East")), { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.p5.cbcm-equipment",
      obligationIds: ["AP-P5"],
      severity: "warning",
      citation: { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 5 (c)" },
      subject: { kind: "complaint-mechanism", id: "CBCM-NORTH" },
      path: ["complaintMechanisms", 0, "equipment"],
      explanation: { facts: { region: "North", missing: ["prepaid-phone", "sensitization-material"], equipment: ["notebooks", "pens"] } },
    });
  });

  it("AP-P5 checks neither composition nor kit of a Community Liaison Assistant", () => {
    const d = withEast({}, { ...cla("CLA-EAST", "East"), members: [], equipment: [] });
    expect(findings(evaluate(set, d, { asOf: AS_OF }))).toEqual([]);
  });

  it("AP-P5 takes the required groups and kit from the parameters, not from code", () => {
    const citation = { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 5 (a)" };
    const parameters = {
      cbcmRequiredMemberGroups: [{ value: ["youth"], effectiveFrom: "2018-01-01", citation }],
      cbcmRequiredEquipment: [{ value: ["prepaid-phone"], effectiveFrom: "2018-01-01", citation }],
    };
    const d = compliantDataset();
    d.complaintMechanisms = [{ ...d.complaintMechanisms![0]!, members: ["youth"], equipment: ["prepaid-phone"] }];
    expect(findings(evaluate(set, d, { asOf: AS_OF, parameters }))).toEqual([]);
    expect(findings(evaluate(set, d, { asOf: AS_OF })).map((f) => f.ruleId)).toEqual(["ap.p5.cbcm-composition", "ap.p5.cbcm-equipment"]);
  });

  it("AP-P5 rejects duplicate mechanism ids as an input issue", () => {
    const d = withEast({}, { ...cla("CBCM-NORTH", "East") });
    const r = evaluate(set, d, { asOf: AS_OF });
    expect(!r.ok && r.issues).toEqual([{ path: ["complaintMechanisms", 1, "id"], code: "duplicate-id", message: "duplicate id in complaintMechanisms: each record's id must be unique" }]);
  });

  it("AP-P5 coverage rate: half of two high-risk regions, and 1 when there is none", () => {
    const d = MissionDataset.parse(withEast({}));
    expect(complaintMechanismCoverage(d.offices, d.complaintMechanisms, AS_OF)).toEqual({
      highRiskRegions: ["North", "East"],
      coveredRegions: ["North"],
      uncoveredRegions: ["East"],
      rate: 0.5,
    });
    expect(complaintMechanismCoverage([], [], AS_OF).rate).toBe(1);
  });

  it("AP-P5 rules are in the action plan rule set and in allRules, and pass the shared compliant dataset there", () => {
    for (const rule of [cbcmCoverage, cbcmComposition, cbcmEquipment]) {
      expect(actionPlanRules.rules).toContain(rule);
      expect(rule.obligations).toEqual(["AP-P5"]);
    }
    const r = evaluate(allRules, compliantDataset(), { asOf: AS_OF });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.findings.filter((f) => f.obligationIds.includes("AP-P5"))).toEqual([]);
  });
});
