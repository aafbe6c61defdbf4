import { describe, expect, it } from "vitest";
import { allegation, datasetWith, findingsOf, run, single, victim } from "./support";

const RULE = "sgb.1.recorded-classification";

describe("SGB-1-SE / SGB-1-SA: the recorded classification agrees with the facts", () => {
  it("SGB-1-SA: passes a sexual assault recorded as sexual abuse / sexual-assault", () => {
    const a = allegation({ id: "A-1", recorded: { nature: "sexual-abuse", type: "sexual-assault" } });
    expect(run(datasetWith({ allegations: [a] })).findings).toEqual([]);
  });

  it("SGB-1-SE: passes transactional sex recorded as sexual exploitation / transactional-sex", () => {
    const a = allegation({ id: "A-1", conduct: { sexualActivity: "actual", exchange: ["money"] }, recorded: { nature: "sexual-exploitation", type: "transactional-sex" } });
    expect(findingsOf(run(datasetWith({ allegations: [a] })), RULE)).toEqual([]);
  });

  it("SGB-1-SA: warns on a rape recorded as sexual exploitation / transactional sex, one finding per field", () => {
    const a = allegation({
      id: "A-1",
      conduct: { sexualActivity: "actual", physicalIntrusion: "actual", force: true },
      recorded: { nature: "sexual-exploitation", type: "exploitative-relationship" },
    });
    const fs = run(datasetWith({ allegations: [a] })).findings;
    expect(fs).toHaveLength(2);
    expect(fs[0]).toMatchObject({
      ruleId: RULE,
      obligationIds: ["SGB-1-SE", "SGB-1-SA"],
      severity: "warning",
      subject: { kind: "allegation", id: "A-1" },
      path: ["allegations", 0, "recorded", "nature"],
      explanation: { facts: { field: "nature", recorded: "sexual-exploitation", derived: "sexual-abuse", derivedType: "rape" } },
    });
    expect(fs[1]).toMatchObject({
      path: ["allegations", 0, "recorded", "type"],
      explanation: { facts: { field: "type", recorded: "exploitative-relationship", derived: "rape", basis: ["actual physical intrusion", "by force"] } },
    });
  });

  it("SGB-1-SE: warns on solicitation recorded as sexual abuse, on the nature alone", () => {
    const a = allegation({
      id: "A-1",
      conduct: { sexualActivity: "none", solicitation: true },
      recorded: { nature: "sexual-abuse", type: "solicitation-of-transactional-sex" },
    });
    const f = findingsOf(run(datasetWith({ allegations: [a] })), RULE);
    expect(f.map((x) => [x.path, x.explanation.facts["derived"]])).toEqual([[["allegations", 0, "recorded", "nature"], "sexual-exploitation"]]);
  });

  it("SGB-1-SE / SGB-1-SA: notes an allegation whose facts meet neither definition as undetermined, never filed under one", () => {
    const a = allegation({ id: "A-2", conduct: { sexualActivity: "actual" }, recorded: { nature: "sexual-exploitation" } });
    const f = single(run(datasetWith({ allegations: [a] })));
    expect(f).toMatchObject({
      ruleId: RULE,
      severity: "notice",
      subject: { kind: "allegation", id: "A-2" },
      path: ["allegations", 0, "conduct"],
      explanation: { facts: { derived: "undetermined", recordedNature: "sexual-exploitation", recordedType: null } },
    });
  });

  it("derives with the threshold parameter: a 17-year-old's case is sexual abuse whatever was recorded", () => {
    const a = allegation({
      id: "A-1",
      victims: [victim({ ref: "V-1", age: { kind: "known", years: 17 } })],
      conduct: { sexualActivity: "actual", relationship: "ongoing", subjectClaimedBeliefVictimAdult: true },
      recorded: { nature: "sexual-exploitation", type: "exploitative-relationship" },
    });
    const fs = findingsOf(run(datasetWith({ allegations: [a] })), RULE);
    expect(fs.map((f) => f.explanation.facts["derived"])).toEqual(["sexual-abuse", "sexual-activity-with-minor"]);
    expect(fs[0]!.explanation.parameters).toMatchObject([{ id: "childAgeThresholdYears", value: 18 }, { id: "adultBeneficiaryRelationshipClassification" }]);
  });
});

describe("SGB-1-SE: a consensual relationship with an adult beneficiary follows adultBeneficiaryRelationshipClassification", () => {
  const relationship = (recorded: { nature?: "sexual-exploitation"; type?: "exploitative-relationship" } = {}) =>
    allegation({
      id: "A-1",
      victims: [victim({ ref: "V-1", beneficiary: true })],
      conduct: { sexualActivity: "actual", relationship: "ongoing" },
      recorded,
    });
  const overlay = {
    adultBeneficiaryRelationshipClassification: [
      { value: "exploitative-relationship", effectiveFrom: "2018-01-01", citation: { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 2 (e), non-fraternization policy", verify: true } },
    ],
  };

  it("SGB-1-SE: passes it unrecorded by default (a 3.2(d) matter), and recorded as an exploitative relationship under a non-fraternization overlay", () => {
    expect(findingsOf(run(datasetWith({ allegations: [relationship()] })), RULE)).toEqual([]);
    const recorded = relationship({ nature: "sexual-exploitation", type: "exploitative-relationship" });
    expect(findingsOf(run(datasetWith({ allegations: [recorded] }), { parameters: overlay }), RULE)).toEqual([]);
  });

  it("SGB-1-SE: fails it recorded as sexual exploitation by default, and unrecorded facts are no notice of an undetermined case", () => {
    const fs = findingsOf(run(datasetWith({ allegations: [relationship({ nature: "sexual-exploitation", type: "exploitative-relationship" })] })), RULE);
    expect(fs).toMatchObject([
      { severity: "warning", path: ["allegations", 0, "recorded", "nature"], explanation: { facts: { derived: "discouraged-relationship", standard: "SGB-3.2d" } } },
      { severity: "warning", path: ["allegations", 0, "recorded", "type"] },
    ]);
    expect(fs[0]!.explanation.parameters.map((p) => [p.id, p.value])).toContainEqual(["adultBeneficiaryRelationshipClassification", "sgb-3.2d-matter"]);
    const before = findingsOf(run(datasetWith({ allegations: [relationship({ nature: "sexual-exploitation" })] }), { parameters: overlay, asOf: "2017-12-31" }), RULE);
    expect(before.map((f) => f.explanation.facts["derived"])).toEqual(["discouraged-relationship"]);
  });
});
