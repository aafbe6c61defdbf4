import { describe, expect, it } from "vitest";
import { cite, defineRule, defineRuleSet, MissionDatasetShape, type AllegationInput } from "../../../src";
import { beneficiaryRelationshipConcern, bulletinRules, nonFraternizationRule } from "../../../src/rules";
import { allegation, datasetWith, findingsOf, run, single, victim } from "./support";

const RULE = "sgb.3.2d.relationship-with-beneficiary";

function relationship(a: Partial<AllegationInput> = {}): AllegationInput {
  return allegation({
    id: "A-1",
    victims: [victim({ ref: "V-1", beneficiary: true, age: { kind: "known", years: 24 } })],
    conduct: { sexualActivity: "actual", relationship: "ongoing" },
    ...a,
  });
}

const forceDirective = cite("MINUSCA-AP-2018-2019", "Prevention goal 2 (e), Force Commander's non-fraternization policy", { verify: true });
const nonFraternization = nonFraternizationRule({ id: "mission.non-fraternization", citation: forceDirective, categories: ["military-contingent", "formed-police-unit"] });
const withProfile = defineRuleSet({ id: "profile", title: "Mission profile", rules: [...bulletinRules.rules, nonFraternization], exceptions: bulletinRules.exceptions });

describe("SGB-3.2d: sexual relationships with beneficiaries are strongly discouraged", () => {
  it("SGB-3.2d: passes a relationship with someone who is not a beneficiary of assistance", () => {
    const a = relationship({ victims: [victim({ ref: "V-1", beneficiary: false })], conduct: { sexualActivity: "actual", relationship: "ongoing", abuseOfPosition: true } });
    expect(run(datasetWith({ allegations: [a] })).findings).toEqual([]);
  });

  it("SGB-3.2d: warns (not a violation) on an ongoing relationship with an adult beneficiary", () => {
    const f = single(run(datasetWith({ allegations: [relationship()] })));
    expect(f).toMatchObject({
      ruleId: RULE,
      obligationIds: ["SGB-3.2d"],
      severity: "warning",
      subject: { kind: "allegation", id: "A-1" },
      path: ["allegations", 0, "victims", 0, "beneficiary"],
      concern: "sgb.3.2d.relationship-with-beneficiary:V-1",
      explanation: { facts: { victimRef: "V-1", beneficiary: true, relationship: "ongoing", childStatus: "adult", subjectCategories: ["civilian-staff"] } },
    });
  });

  it("SGB-3.2d: gives way to 3.2(b) for a child beneficiary and to 3.2(c) for an exchange", () => {
    const child = relationship({ victims: [victim({ ref: "V-1", beneficiary: true, age: { kind: "known", years: 15 } })] });
    expect(run(datasetWith({ allegations: [child] })).findings.map((f) => [f.ruleId, f.severity])).toEqual([["sgb.3.2b.child-victim", "violation"]]);
    const exchange = relationship({ conduct: { sexualActivity: "actual", relationship: "ongoing", exchange: ["goods"] } });
    expect(run(datasetWith({ allegations: [exchange] })).findings.map((f) => [f.ruleId, f.severity])).toEqual([["sgb.3.2c.exchange-for-sex", "violation"]]);
  });

  it("SGB-3.2d: keeps the warning for a beneficiary of unknown age, beside the unknown-age warning", () => {
    const a = relationship({ victims: [victim({ ref: "V-1", beneficiary: true, age: { kind: "unknown" } })] });
    const fs = run(datasetWith({ allegations: [a] })).findings;
    expect(fs.map((f) => [f.ruleId, f.severity, f.explanation.facts["childStatus"]])).toEqual([
      ["sgb.3.2b.victim-age-unknown", "warning", "age-unknown"],
      [RULE, "warning", "age-unknown"],
    ]);
  });

  it("SGB-3.2d: one warning per beneficiary victim", () => {
    const a = relationship({ victims: [victim({ ref: "V-1", beneficiary: true }), victim({ ref: "V-2", beneficiary: false }), victim({ ref: "V-3", beneficiary: true })] });
    expect(findingsOf(run(datasetWith({ allegations: [a] })), RULE).map((f) => f.path)).toEqual([
      ["allegations", 0, "victims", 0, "beneficiary"],
      ["allegations", 0, "victims", 2, "beneficiary"],
    ]);
  });
});

describe("SGB-3.2d raised by a mission's non-fraternization profile", () => {
  it("SGB-3.2d: a profile binding contingents replaces the warning by a violation with its own citation, showing both", () => {
    const a = relationship({ subjects: [{ ref: "S-1", category: "military-contingent", contributingCountry: "XYZ" }] });
    const r = run(datasetWith({ allegations: [a] }), { set: withProfile });
    expect(r.conflicts).toEqual([]);
    expect(single(r)).toMatchObject({
      ruleId: "mission.non-fraternization",
      obligationIds: ["SGB-3.2d"],
      severity: "violation",
      citation: forceDirective,
      subject: { kind: "allegation", id: "A-1" },
      path: ["allegations", 0, "victims", 0, "beneficiary"],
      concern: beneficiaryRelationshipConcern("V-1"),
      explanation: {
        facts: { victimRef: "V-1", boundCategories: ["military-contingent"] },
        supersedes: [{ ruleId: RULE, severity: "warning", citation: { document: "ST/SGB/2003/13", clause: "section 3.2(d)" } }],
      },
    });
  });

  it("SGB-3.2d: a profile leaves the bulletin's warning for categories it does not bind", () => {
    const r = run(datasetWith({ allegations: [relationship()] }), { set: withProfile });
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([[RULE, "warning"]]);
  });

  it("SGB-3.2d: a profile binding contingents never reaches a member of a non-UN force, and reaches the contingent member beside one", () => {
    const nonUn = run(datasetWith({ allegations: [relationship({ subjects: [{ ref: "S-1", category: "non-un-force" }] })] }), { set: withProfile });
    expect(nonUn.findings.map((f) => f.ruleId)).not.toContain(nonFraternization.id);
    const both = run(
      datasetWith({ allegations: [relationship({ subjects: [{ ref: "S-1", category: "non-un-force" }, { ref: "S-2", category: "military-contingent", contributingCountry: "XYZ" }] })] }),
      { set: withProfile },
    );
    expect(both.findings.map((f) => [f.ruleId, f.severity, f.explanation.facts["boundCategories"]])).toEqual([[nonFraternization.id, "violation", ["military-contingent"]]]);
  });

  it("SGB-3.2d: a stricter rule on the same concern that declares no supersession is reported as a conflict, not resolved by order", () => {
    const undeclared = defineRule({
      id: "custom.no-relationships",
      title: "Undeclared stricter rule",
      obligations: ["SGB-3.2d"],
      citation: forceDirective,
      severity: "violation",
      reads: MissionDatasetShape.pick({ allegations: true }),
      parameters: [],
      *evaluate({ allegations }) {
        for (const [i, a] of allegations.entries())
          for (const [j, v] of a.victims.entries())
            if (v.beneficiary) yield { subject: { kind: "allegation", id: a.id }, path: ["allegations", i, "victims", j], message: "prohibited", concern: beneficiaryRelationshipConcern(v.ref) };
      },
    });
    for (const rules of [[undeclared, ...bulletinRules.rules], [...bulletinRules.rules, undeclared]]) {
      const r = run(datasetWith({ allegations: [relationship()] }), { set: defineRuleSet({ id: "x", title: "x", rules, exceptions: bulletinRules.exceptions }) });
      expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([
        ["custom.no-relationships", "violation"],
        [RULE, "warning"],
      ]);
      expect(r.conflicts).toEqual([
        {
          subject: { kind: "allegation", id: "A-1" },
          concern: "sgb.3.2d.relationship-with-beneficiary:V-1",
          findings: expect.arrayContaining([
            { ruleId: "custom.no-relationships", severity: "violation" },
            { ruleId: RULE, severity: "warning" },
          ]),
          message: expect.stringContaining("no exception or supersession is declared"),
        },
      ]);
    }
  });
});
