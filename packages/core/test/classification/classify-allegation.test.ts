import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConductFacts, ExchangeKind, classifyAllegation, type ConductFacts as Conduct, type VictimAge } from "../../src";

const T = { childAgeThresholdYears: 18 };
const conduct = (c: Partial<Conduct> & Pick<Conduct, "sexualActivity">): Conduct => ConductFacts.parse(c);
const adult = { ref: "V-1", age: { kind: "known", years: 30 } as VictimAge, beneficiary: false };
const at = (years: number, ref = "V-1") => ({ ref, age: { kind: "known", years } as VictimAge, beneficiary: false });

function classify(c: Partial<Conduct> & Pick<Conduct, "sexualActivity">, victims = [adult]) {
  return classifyAllegation({ conduct: conduct(c), victims }, T);
}

describe("SGB-1-SE / SGB-1-SA: classification by example", () => {
  it("SGB-1-SE: a consensual relationship with an adult beneficiary, no exchange or abuse of position, is a 3.2(d) matter by default", () => {
    const facts = { conduct: conduct({ sexualActivity: "actual", relationship: "ongoing" }), victims: [{ ...adult, beneficiary: true }] };
    const c = classifyAllegation(facts, T);
    expect(c).toMatchObject({ kind: "discouraged-relationship", standard: "SGB-3.2d", child: "adult" });
    expect(classifyAllegation(facts, { ...T, adultBeneficiaryRelationship: "sgb-3.2d-matter" })).toEqual(c);
  });

  it("SGB-1-SE: an exchange, abuse of position, coercion, a child or an unknown age keeps it out of the 3.2(d) matter", () => {
    const b = { ...adult, beneficiary: true };
    expect(classify({ sexualActivity: "actual", relationship: "ongoing", abuseOfPosition: true }, [b])).toMatchObject({ kind: "classified", type: "exploitative-relationship" });
    expect(classify({ sexualActivity: "actual", relationship: "ongoing", exchange: ["assistance"] }, [b])).toMatchObject({ kind: "classified", type: "transactional-sex" });
    expect(classify({ sexualActivity: "actual", relationship: "ongoing", coercion: true }, [b])).toMatchObject({ kind: "classified" });
    expect(classify({ sexualActivity: "actual", relationship: "ongoing" }, [{ ...b, age: { kind: "known", years: 16 } }])).toMatchObject({ kind: "classified", type: "sexual-activity-with-minor" });
    expect(classify({ sexualActivity: "actual", relationship: "ongoing" }, [{ ...b, age: { kind: "unknown" } }])).toMatchObject({ kind: "classified", type: "exploitative-relationship" });
  });

  it("SGB-1-SA: actual physical intrusion by force is rape", () => {
    expect(classify({ sexualActivity: "actual", physicalIntrusion: "actual", force: true })).toMatchObject({ kind: "classified", nature: "sexual-abuse", type: "rape", child: "adult" });
  });

  it("SGB-1-SA: intrusion under coercive conditions, or threatened, is sexual assault", () => {
    expect(classify({ sexualActivity: "actual", physicalIntrusion: "actual", coercion: true })).toMatchObject({ nature: "sexual-abuse", type: "sexual-assault", basis: ["actual physical intrusion", "under coercive conditions"] });
    expect(classify({ sexualActivity: "none", physicalIntrusion: "threatened", force: true })).toMatchObject({ nature: "sexual-abuse", type: "sexual-assault", basis: ["threatened physical intrusion", "by force"] });
  });

  it("SGB-1-SA: any sexual activity with a minor is abuse, even with an exchange and a claimed belief in adulthood", () => {
    const c = classify({ sexualActivity: "attempted", exchange: ["money"], subjectClaimedBeliefVictimAdult: true }, [adult, at(15, "V-2")]);
    expect(c).toMatchObject({ kind: "classified", nature: "sexual-abuse", type: "sexual-activity-with-minor", child: "child", victims: [{ ref: "V-1", child: "adult" }, { ref: "V-2", child: "child" }] });
  });

  it("SGB-1-SE: an exchange for sex is transactional sex", () => {
    expect(classify({ sexualActivity: "actual", exchange: ["employment", "goods"] })).toMatchObject({ nature: "sexual-exploitation", type: "transactional-sex", basis: ["exchange of employment, goods for sex"] });
  });

  it("SGB-1-SE: transactional sex solicited or offered, without sex, is solicitation", () => {
    expect(classify({ sexualActivity: "none", solicitation: true })).toMatchObject({ nature: "sexual-exploitation", type: "solicitation-of-transactional-sex" });
    expect(classify({ sexualActivity: "attempted", exchange: ["assistance"] })).toMatchObject({ type: "solicitation-of-transactional-sex" });
  });

  it("SGB-1-SE: an ongoing relationship abusing a position, or with a beneficiary, is an exploitative relationship", () => {
    expect(classify({ sexualActivity: "actual", relationship: "ongoing", abuseOfPosition: true })).toMatchObject({ nature: "sexual-exploitation", type: "exploitative-relationship" });
    const withBeneficiary = { conduct: conduct({ sexualActivity: "actual", relationship: "ongoing" }), victims: [{ ...adult, beneficiary: true }] };
    expect(classifyAllegation(withBeneficiary, { ...T, adultBeneficiaryRelationship: "exploitative-relationship" })).toMatchObject({
      kind: "classified",
      nature: "sexual-exploitation",
      type: "exploitative-relationship",
    });
  });

  it("SGB-1-SE: profiting from the exploitation of another is sexual exploitation", () => {
    expect(classify({ sexualActivity: "none", profitFromExploitation: true })).toMatchObject({ nature: "sexual-exploitation", type: "other-sexual-exploitation" });
  });

  it("SGB-1-SE / SGB-1-SA: facts that meet neither definition are undetermined, not a guess", () => {
    expect(classify({ sexualActivity: "actual" })).toEqual({
      kind: "undetermined",
      child: "adult",
      victims: [{ ref: "V-1", child: "adult" }],
      reason: "the recorded facts meet neither definition of SGB section 1",
    });
    expect(classify({ sexualActivity: "actual", relationship: "ongoing" }, [{ ref: "V-1", age: { kind: "unknown" }, beneficiary: false }])).toMatchObject({ kind: "undetermined", child: "age-unknown" });
  });

  it("SGB-3.2b: the child status follows the threshold given, never a local age", () => {
    expect(classifyAllegation({ conduct: conduct({ sexualActivity: "actual" }), victims: [at(19)] }, { childAgeThresholdYears: 21 })).toMatchObject({ type: "sexual-activity-with-minor", child: "child" });
    expect(classify({ sexualActivity: "actual", exchange: ["money"] }, [at(18)])).toMatchObject({ type: "transactional-sex", child: "adult" });
  });
});

const activity = fc.constantFrom("none", "attempted", "actual") as fc.Arbitrary<Conduct["sexualActivity"]>;
const conductArb: fc.Arbitrary<Conduct> = fc.record({
  sexualActivity: activity,
  physicalIntrusion: fc.constantFrom("none", "threatened", "actual") as fc.Arbitrary<Conduct["physicalIntrusion"]>,
  force: fc.boolean(),
  coercion: fc.boolean(),
  exchange: fc.subarray([...ExchangeKind.options]),
  solicitation: fc.boolean(),
  relationship: fc.constantFrom("none", "ongoing") as fc.Arbitrary<Conduct["relationship"]>,
  abuseOfPosition: fc.boolean(),
  profitFromExploitation: fc.boolean(),
  subjectClaimedBeliefVictimAdult: fc.boolean(),
});
const threshold = fc.integer({ min: 1, max: 30 });
const ageArb: fc.Arbitrary<VictimAge> = fc.oneof(fc.record({ kind: fc.constant("known" as const), years: fc.integer({ min: 0, max: 120 }) }), fc.constant({ kind: "unknown" as const }));
const victimsArb = fc.array(fc.record({ age: ageArb, beneficiary: fc.boolean() }), { maxLength: 4 }).map((vs) => vs.map((v, i) => ({ ref: `V-${i}`, ...v })));

describe("SGB-3.2b / SGB-1-SA: classification properties", () => {
  it("SGB-3.2b: a known age under the threshold is always a child, whatever the subject claims to have believed", () => {
    fc.assert(
      fc.property(conductArb, victimsArb, threshold, fc.nat(), (c, others, t, seed) => {
        const child = { ref: "V-child", age: { kind: "known" as const, years: seed % t }, beneficiary: seed % 2 === 0 };
        const r = classifyAllegation({ conduct: c, victims: [...others, child] }, { childAgeThresholdYears: t });
        expect(r.child).toBe("child");
        expect(r.victims.at(-1)).toEqual({ ref: "V-child", child: "child" });
        if (c.sexualActivity !== "none") expect(r).toMatchObject({ kind: "classified", nature: "sexual-abuse" });
      }),
    );
  });

  it("SGB-3.2b: the subject's claimed belief never changes the classification", () => {
    fc.assert(
      fc.property(conductArb, victimsArb, threshold, (c, victims, t) => {
        const believed = classifyAllegation({ conduct: { ...c, subjectClaimedBeliefVictimAdult: true }, victims }, { childAgeThresholdYears: t });
        const not = classifyAllegation({ conduct: { ...c, subjectClaimedBeliefVictimAdult: false }, victims }, { childAgeThresholdYears: t });
        expect(believed).toEqual(not);
      }),
    );
  });

  it("SGB-3.2b: an unknown age never yields adult, for the victim or the allegation", () => {
    fc.assert(
      fc.property(conductArb, victimsArb, threshold, (c, others, t) => {
        const r = classifyAllegation({ conduct: c, victims: [...others, { ref: "V-unknown", age: { kind: "unknown" }, beneficiary: false }] }, { childAgeThresholdYears: t });
        expect(r.child).not.toBe("adult");
        expect(r.victims.at(-1)).toEqual({ ref: "V-unknown", child: "age-unknown" });
      }),
    );
  });

  it("SGB-1-SE / SGB-1-SA: every classification's type belongs to its nature, and an exchange for sex is never undetermined", () => {
    const abuse = new Set(["rape", "sexual-assault", "sexual-activity-with-minor"]);
    fc.assert(
      fc.property(conductArb, victimsArb, threshold, (c, victims, t) => {
        const r = classifyAllegation({ conduct: c, victims }, { childAgeThresholdYears: t });
        if (r.kind === "classified") expect(r.nature).toBe(abuse.has(r.type) ? "sexual-abuse" : "sexual-exploitation");
        if (c.exchange.length > 0 || c.solicitation) expect(r.kind).toBe("classified");
      }),
    );
  });
});
