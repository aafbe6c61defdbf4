import { describe, expect, it } from "vitest";
import { parseDataset, type Allegation, type DiscretionDecision, type MissionDatasetInput, type PersonnelRole } from "../../../src";
import { beneficiaryRelationships, bulletinRules, decisionsInEffect, findDiscretionDecision, involvesExchangeForSex, marriageCarveOutFacts } from "../../../src/rules";
import { mayDecide } from "../../../src/rules/sgb-2003-13/discretion";
import { AS_OF, allegation, datasetWith, victim } from "./support";

// The helpers the bulletin's rules and exceptions share, called directly as a host may call them.

function allegationsOf(sections: Partial<MissionDatasetInput>): Allegation[] {
  const parsed = parseDataset(bulletinRules, datasetWith(sections));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value["allegations"] as Allegation[];
}

const decision = (d: Partial<DiscretionDecision>): DiscretionDecision => ({ id: "D-1", exception: "SGB-4.5", allegationId: "A-1", victimRef: "V-1", decidedOn: "2018-05-01", decidedBy: "P-HOM", ...d });

describe("decisions of the SGB 4.5 discretion", () => {
  it("lets decide only a person listed with one of the roles; a person not listed holds none", () => {
    const personnel: { id: string; roles: PersonnelRole[] }[] = [
      { id: "P-HOM", roles: ["head-of-mission"] },
      { id: "P-9", roles: ["manager"] },
    ];
    expect(mayDecide(personnel, "P-HOM", ["head-of-mission", "head-of-office"])).toBe(true);
    expect(mayDecide(personnel, "P-9", ["head-of-mission", "head-of-office"])).toBe(false);
    expect(mayDecide(personnel, "P-UNKNOWN", ["head-of-mission", "head-of-office"])).toBe(false);
    expect(mayDecide([], "P-HOM", ["head-of-mission"])).toBe(false);
  });

  it("finds the first decision for the allegation and victim, recorded on or before asOf", () => {
    const ds = [
      decision({ id: "D-1", allegationId: "A-2" }),
      decision({ id: "D-2", victimRef: "V-2" }),
      decision({ id: "D-3", decidedOn: "2018-07-01" }),
      decision({ id: "D-4", decidedOn: AS_OF }),
      decision({ id: "D-5", decidedOn: "2018-01-01" }),
    ];
    expect(findDiscretionDecision(ds, "SGB-4.5", "A-1", "V-1", AS_OF)?.id).toBe("D-4");
    expect(findDiscretionDecision(ds, "SGB-4.5", "A-1", "V-1", "2018-06-29")?.id).toBe("D-5");
    expect(findDiscretionDecision(ds, "SGB-4.5", "A-2", "V-1", AS_OF)?.id).toBe("D-1");
    expect(findDiscretionDecision(ds, "SGB-4.5", "A-1", "V-2", AS_OF)?.id).toBe("D-2");
    expect(findDiscretionDecision(ds, "SGB-4.5", "A-3", "V-1", AS_OF)).toBeUndefined();
  });

  it("yields each decision in effect with its allegation, victim and indexes, and none naming no allegation", () => {
    const allegations = allegationsOf({
      allegations: [allegation({ id: "A-0" }), allegation({ id: "A-1", victims: [victim({ ref: "V-0" }), victim({ ref: "V-1" })] })],
    });
    const ds = [decision({ id: "D-0", decidedOn: "2018-07-01" }), decision({ id: "D-1", decidedOn: AS_OF }), decision({ id: "D-2", victimRef: "V-9" }), decision({ id: "D-3", allegationId: "A-9" })];
    expect([...decisionsInEffect(allegations, ds, "SGB-4.5", AS_OF)].map((x) => [x.decision.id, x.decisionIndex, x.allegation.id, x.allegationIndex, x.victim?.ref, x.victimIndex])).toEqual([
      ["D-1", 1, "A-1", 1, "V-1", 1],
      ["D-2", 2, "A-1", 1, undefined, -1],
    ]);
    expect([...decisionsInEffect([], ds, "SGB-4.5", AS_OF)]).toEqual([]);
  });
});

describe("the facts of the SGB 4.4 carve-out", () => {
  const married = { legallyMarried: true, overAgeOfMajorityInCitizenshipCountry: true } as const;
  const subjects = [{ ref: "S-1", category: "civilian-staff" }] as Allegation["subjects"];

  it("reads the victim named, and names the subject's category", () => {
    const victims = [{ ref: "V-1" }, { ref: "V-2", marriageToSubject: married }];
    expect(marriageCarveOutFacts({ subjects, victims }, "V-1", ["civilian-staff"])).toBeUndefined();
    expect(marriageCarveOutFacts({ subjects, victims }, "V-2", ["civilian-staff"])).toEqual({
      victimRef: "V-2",
      subjectRef: "S-1",
      subjectCategory: "civilian-staff",
      staffMember: true,
      legallyMarried: true,
      overAgeOfMajorityInCitizenshipCountry: true,
    });
    expect(marriageCarveOutFacts({ subjects, victims }, "V-3", ["civilian-staff"])).toBeUndefined();
  });

  it("needs a subject whose category the parameter counts as staff, named where there are several", () => {
    const victims = [{ ref: "V-1", marriageToSubject: married }];
    expect(marriageCarveOutFacts({ subjects, victims }, "V-1", ["un-volunteer"])).toBeUndefined();
    expect(marriageCarveOutFacts({ subjects: [], victims }, "V-1", ["civilian-staff"])).toBeUndefined();
    const two = [...subjects, { ref: "S-2", category: "un-volunteer" }] as Allegation["subjects"];
    expect(marriageCarveOutFacts({ subjects: two, victims }, "V-1", ["civilian-staff", "un-volunteer"])).toBeUndefined();
    const toS2 = [{ ref: "V-1", marriageToSubject: { ...married, subjectRef: "S-2" } }];
    // The spouse named, but another subject of mission personnel is named with the same child.
    expect(marriageCarveOutFacts({ subjects: two, victims: toS2 }, "V-1", ["civilian-staff", "un-volunteer"])).toBeUndefined();
    const beside = [{ ref: "S-1", category: "non-un-force" }, { ref: "S-2", category: "un-volunteer" }] as Allegation["subjects"];
    expect(marriageCarveOutFacts({ subjects: beside, victims: toS2 }, "V-1", ["civilian-staff", "un-volunteer"])).toMatchObject({ subjectRef: "S-2", subjectCategory: "un-volunteer" });
  });
});

describe("relationships with beneficiaries that only SGB 3.2(d) covers", () => {
  it("yields each adult or possibly-child beneficiary of an ongoing relationship with no exchange, at its indexes", () => {
    const ongoing = { sexualActivity: "actual", relationship: "ongoing" } as const;
    const allegations = allegationsOf({
      allegations: [
        allegation({ id: "A-0", conduct: { ...ongoing, relationship: "none" }, victims: [victim({ ref: "V-1", beneficiary: true })] }),
        allegation({ id: "A-1", conduct: { ...ongoing, solicitation: true }, victims: [victim({ ref: "V-1", beneficiary: true })] }),
        allegation({
          id: "A-2",
          conduct: ongoing,
          victims: [
            victim({ ref: "V-1" }),
            victim({ ref: "V-2", beneficiary: true, age: { kind: "known", years: 15 } }),
            victim({ ref: "V-3", beneficiary: true, age: { kind: "estimated", minYears: 17, maxYears: 20 } }),
            victim({ ref: "V-4", beneficiary: true }),
          ],
        }),
      ],
    });
    expect([...beneficiaryRelationships(allegations, 18)].map((b) => [b.allegation.id, b.allegationIndex, b.victim.ref, b.victimIndex, b.childStatus])).toEqual([
      ["A-2", 2, "V-3", 2, "possibly-child"],
      ["A-2", 2, "V-4", 3, "adult"],
    ]);
  });
});

describe("an exchange for sex (SGB 3.2(c))", () => {
  it("is something exchanged, or a solicitation, either alone", () => {
    expect(involvesExchangeForSex({ exchange: [], solicitation: false })).toBe(false);
    expect(involvesExchangeForSex({ exchange: [], solicitation: true })).toBe(true);
    expect(involvesExchangeForSex({ exchange: ["money"], solicitation: false })).toBe(true);
  });
});
