import { describe, expect, it } from "vitest";
import { Allegation, deriveClassifications, type AllegationInput } from "../../src";

const allegation = (a: Partial<AllegationInput>): Allegation =>
  Allegation.parse({
    id: "A-1",
    receivedOn: "2018-06-01",
    intake: { channel: "hotline" },
    victims: [{ ref: "V-1", age: { kind: "known", years: 24 }, sex: "female" }],
    conduct: { sexualActivity: "actual", exchange: ["money"] },
    ...a,
  });
const params = { childAgeThresholdYears: 18 };

describe("deriveClassifications (SGB section 1)", () => {
  it("derives the classification when none is recorded", () => {
    expect(deriveClassifications([allegation({})], params)).toEqual([
      {
        allegationId: "A-1",
        path: ["allegations", 0],
        kind: "classified",
        nature: "sexual-exploitation",
        type: "transactional-sex",
        child: "adult",
        basis: ["exchange of money for sex"],
        reason: null,
        recordedNature: null,
        recordedType: null,
        agrees: null,
      },
    ]);
  });

  it("says whether the recorded classification agrees, a field left out agreeing", () => {
    const [same, partial, other] = deriveClassifications(
      [
        allegation({ recorded: { nature: "sexual-exploitation", type: "transactional-sex" } }),
        allegation({ recorded: { nature: "sexual-exploitation" } }),
        allegation({ recorded: { nature: "sexual-abuse" } }),
      ],
      params,
    );
    expect([same?.agrees, partial?.agrees, other?.agrees]).toEqual([true, true, false]);
  });

  it("a child victim makes sexual activity sexual abuse, and says so", () => {
    const [d] = deriveClassifications([allegation({ victims: [{ ref: "V-1", age: { kind: "known", years: 16 }, sex: "female" }], conduct: { sexualActivity: "actual" } })], params);
    expect(d).toMatchObject({ kind: "classified", nature: "sexual-abuse", type: "sexual-activity-with-minor", child: "child" });
  });

  it("follows adultBeneficiaryRelationshipClassification for a consensual relationship with an adult beneficiary", () => {
    const a = allegation({ victims: [{ ref: "V-1", age: { kind: "known", years: 30 }, sex: "female", beneficiary: true }], conduct: { sexualActivity: "actual", relationship: "ongoing" } });
    expect(deriveClassifications([a], params)[0]).toMatchObject({ kind: "discouraged-relationship", nature: null, type: null, agrees: null });
    expect(deriveClassifications([{ ...a, recorded: { nature: "sexual-exploitation" } }], params)[0]?.agrees).toBe(false);
    expect(deriveClassifications([a], { ...params, adultBeneficiaryRelationship: "exploitative-relationship" })[0]).toMatchObject({
      kind: "classified",
      type: "exploitative-relationship",
    });
  });

  it("an allegation whose facts meet neither definition is undetermined, with the reason", () => {
    const [d] = deriveClassifications([allegation({ conduct: { sexualActivity: "actual" }, recorded: { type: "rape" } })], params);
    expect(d).toMatchObject({ kind: "undetermined", nature: null, type: null, basis: [], agrees: false });
    expect(d?.reason).toMatch(/neither definition/);
  });
});
