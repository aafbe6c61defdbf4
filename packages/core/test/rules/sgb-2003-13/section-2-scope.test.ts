import { describe, expect, it } from "vitest";
import { defineRuleSet, type AnyRule, type AllegationInput } from "../../../src";
import { childVictim, exchangeForSex, beneficiaryRelationship, victimAgeUnknown, withinBulletinScope } from "../../../src/rules";
import { allegation, datasetWith, run, victim } from "./support";

// ST/SGB/2003/13 section 2: the bulletin binds UN staff and UN forces under UN command and control.
// An allegation naming only members of a non-UN force is outside it; one naming mission personnel
// beside them, or no identified subject, is within it.

const NON_UN = { ref: "S-1", category: "non-un-force" as const, contributingCountry: "XYZ" };
const STAFF = { ref: "S-2", category: "civilian-staff" as const };

const cases: { rule: AnyRule; obligation: string; allegation: (subjects: AllegationInput["subjects"]) => AllegationInput }[] = [
  { rule: childVictim, obligation: "SGB-3.2b", allegation: (subjects) => allegation({ id: "A-1", subjects, victims: [victim({ ref: "V-1", age: { kind: "known", years: 15 } })] }) },
  { rule: victimAgeUnknown, obligation: "SGB-3.2b", allegation: (subjects) => allegation({ id: "A-1", subjects, victims: [victim({ ref: "V-1", age: { kind: "unknown" } })] }) },
  {
    rule: exchangeForSex,
    obligation: "SGB-3.2c",
    allegation: (subjects) => allegation({ id: "A-1", subjects, conduct: { sexualActivity: "actual", exchange: ["money"] } }),
  },
  {
    rule: beneficiaryRelationship,
    obligation: "SGB-3.2d",
    allegation: (subjects) =>
      allegation({ id: "A-1", subjects, victims: [victim({ ref: "V-1", age: { kind: "known", years: 30 }, beneficiary: true })], conduct: { sexualActivity: "actual", relationship: "ongoing" } }),
  },
];

const findings = (rule: AnyRule, a: AllegationInput) => run(datasetWith({ allegations: [a] }), { set: defineRuleSet({ id: "one", title: "one", rules: [rule] }) }).findings;

describe("SGB section 2: the standards of 3.2 bind UN staff and forces under UN command, not non-UN forces", () => {
  for (const { rule, obligation, allegation: make } of cases) {
    it(`${obligation} (${rule.id}) passes an allegation naming only a member of a non-UN force: it is outside the bulletin`, () => {
      expect(findings(rule, make([NON_UN]))).toEqual([]);
    });

    it(`${obligation} (${rule.id}) still fails an allegation naming mission personnel beside a non-UN force, or no identified subject`, () => {
      expect(findings(rule, make([NON_UN, STAFF])).map((f) => f.ruleId)).toEqual([rule.id]);
      expect(findings(rule, make([])).map((f) => f.ruleId)).toEqual([rule.id]);
    });
  }

  it("withinBulletinScope: only an allegation whose every subject is a non-UN force is outside", () => {
    expect(withinBulletinScope({ subjects: [NON_UN] })).toBe(false);
    expect(withinBulletinScope({ subjects: [NON_UN, { ...NON_UN, ref: "S-3" }] })).toBe(false);
    expect(withinBulletinScope({ subjects: [NON_UN, STAFF] })).toBe(true);
    expect(withinBulletinScope({ subjects: [STAFF] })).toBe(true);
    expect(withinBulletinScope({ subjects: [] })).toBe(true);
  });
});
