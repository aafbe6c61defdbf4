import { describe, expect, it } from "vitest";
import { evaluate, type AllegationInput } from "../../../src";
import { bulletinRules } from "../../../src/rules";
import { AS_OF, allegation, datasetWith, findingsOf, run, single, victim, type VictimInput } from "./support";

const CHILD = "sgb.3.2b.child-victim";
type Marriage = NonNullable<VictimInput["marriageToSubject"]>;

const married: Marriage = { legallyMarried: true, overAgeOfMajorityInCitizenshipCountry: true };

/** A 17-year-old victim in an ongoing relationship with one civilian staff member, recorded as married to them. */
function marriage(v: Partial<VictimInput> = {}, a: Partial<AllegationInput> = {}): AllegationInput {
  return allegation({
    id: "A-1",
    victims: [victim({ ref: "V-1", age: { kind: "known", years: 17 }, marriageToSubject: married, ...v })],
    conduct: { sexualActivity: "actual", relationship: "ongoing" },
    ...a,
  });
}

const severities = (r: { findings: readonly { ruleId: string; severity: string }[] }) => findingsOf(r as never, CHILD).map((f) => f.severity);

describe("SGB-4.4: 3.2(b) shall not apply to a staff member's lawful marriage (a mandatory carve-out)", () => {
  it("SGB-4.4: applies from the recorded facts alone, with no decision, and the explanation shows 3.2(b), 4.4 and the facts", () => {
    const r = run(datasetWith({ allegations: [marriage()] }));
    expect(r.summary).toMatchObject({ violations: 0, warnings: 0, notices: 1 });
    expect(r.conflicts).toEqual([]);
    expect(single(r)).toMatchObject({
      ruleId: CHILD,
      obligationIds: ["SGB-3.2b"],
      severity: "notice",
      citation: { document: "ST/SGB/2003/13", clause: "section 3.2(b)" },
      subject: { kind: "allegation", id: "A-1" },
      path: ["allegations", 0, "victims", 0, "age"],
      explanation: {
        facts: { victimRef: "V-1", ageYears: 17 },
        exception: {
          exceptionId: "sgb.4.4.marriage-carve-out",
          obligationId: "SGB-4.4",
          citation: { document: "ST/SGB/2003/13", clause: "section 4.4" },
          basis: "facts",
          facts: {
            victimRef: "V-1",
            subjectRef: "S-1",
            subjectCategory: "civilian-staff",
            staffMember: true,
            legallyMarried: true,
            overAgeOfMajorityInCitizenshipCountry: true,
          },
          originalSeverity: "violation",
        },
      },
    });
    // The parameter that decided who is a staff member is shown with its date, beside the rule's own.
    expect(single(r).explanation.parameters.map((p) => p.id)).toEqual(["childAgeThresholdYears", "staffMemberCategories"]);
  });

  it("SGB-4.4: applies only to staff members: a UN Volunteer, a contractor, a contingent member or police keeps the violation", () => {
    for (const category of ["un-volunteer", "consultant-contractor", "military-contingent", "individual-police"] as const) {
      const r = run(datasetWith({ allegations: [marriage({}, { subjects: [{ ref: "S-1", category }] })] }));
      expect(severities(r), category).toEqual(["violation"]);
      expect(single(r).explanation.exception).toBeUndefined();
    }
  });

  it("SGB-4.4: has nothing to lower for a member of a non-UN force, whom 3.2(b) does not bind (section 2)", () => {
    const r = run(datasetWith({ allegations: [marriage({}, { subjects: [{ ref: "S-1", category: "non-un-force" }] })] }));
    expect(severities(r)).toEqual([]);
  });

  it("SGB-4.4: never applies where the marriage is not legally valid or the spouse was not of age in the country of citizenship", () => {
    const invalid = run(datasetWith({ allegations: [marriage({ marriageToSubject: { ...married, legallyMarried: false } })] }));
    expect(severities(invalid)).toEqual(["violation"]);
    const underAge = run(datasetWith({ allegations: [marriage({ marriageToSubject: { ...married, overAgeOfMajorityInCitizenshipCountry: false } })] }));
    expect(severities(underAge)).toEqual(["violation"]);
  });

  it("SGB-4.4: a missing fact leaves the 3.2(b) finding standing: unknown is never taken as true", () => {
    const noMarriage = run(datasetWith({ allegations: [marriage({ marriageToSubject: undefined })] }));
    expect(severities(noMarriage)).toEqual(["violation"]);
    const validityUnknown = run(datasetWith({ allegations: [marriage({ marriageToSubject: { overAgeOfMajorityInCitizenshipCountry: true } })] }));
    expect(severities(validityUnknown)).toEqual(["violation"]);
    const ageUnknown = run(datasetWith({ allegations: [marriage({ marriageToSubject: { legallyMarried: true } })] }));
    expect(severities(ageUnknown)).toEqual(["violation"]);
  });

  it("SGB-4.4: exempts the spouse alone: another subject of mission personnel named with the same child keeps the violation", () => {
    for (const other of [
      { ref: "S-2", category: "civilian-staff" as const },
      { ref: "S-2", category: "military-contingent" as const, contributingCountry: "XYZ" },
    ]) {
      const r = run(datasetWith({ allegations: [marriage({ marriageToSubject: { ...married, subjectRef: "S-1" } }, { subjects: [{ ref: "S-1", category: "civilian-staff" }, other] })] }));
      expect(severities(r), other.category).toEqual(["violation"]);
      expect(single(r).explanation.exception, other.category).toBeUndefined();
    }
  });

  it("SGB-4.4: with two subjects, the spouse must be named, and must be the staff member", () => {
    // The other subject is a member of a non-UN force, whom 3.2(b) does not bind (section 2).
    const two = [
      { ref: "S-1", category: "civilian-staff" as const },
      { ref: "S-2", category: "non-un-force" as const },
    ];
    const unnamed = run(datasetWith({ allegations: [marriage({}, { subjects: two })] }));
    expect(severities(unnamed)).toEqual(["violation"]);
    const toStaff = run(datasetWith({ allegations: [marriage({ marriageToSubject: { ...married, subjectRef: "S-1" } }, { subjects: two })] }));
    expect(severities(toStaff)).toEqual(["notice"]);
    const toSoldier = run(datasetWith({ allegations: [marriage({ marriageToSubject: { ...married, subjectRef: "S-2" } }, { subjects: two })] }));
    expect(severities(toSoldier)).toEqual(["violation"]);
    // A spouse who is no subject of the allegation is refused when the dataset is read.
    const toStranger = evaluate(bulletinRules, datasetWith({ allegations: [marriage({ marriageToSubject: { ...married, subjectRef: "S-9" } }, { subjects: two })] }), { asOf: AS_OF });
    expect(!toStranger.ok && toStranger.issues.map((i) => [i.path.join("."), i.code])).toEqual([["allegations.0.victims.0.marriageToSubject.subjectRef", "unknown-reference"]]);
  });

  it("SGB-4.4: no decision can substitute for the facts: a dataset recording one is refused with a typed issue", () => {
    const decision = { id: "D-1", exception: "SGB-4.4", allegationId: "A-1", victimRef: "V-1", decidedOn: "2018-05-15", decidedBy: "P-HOM" };
    const refused = evaluate(bulletinRules, datasetWith({ allegations: [marriage({ marriageToSubject: undefined })], discretionDecisions: [decision as never] }), { asOf: AS_OF });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.issues.map((i) => [i.path, i.code])).toEqual([[["discretionDecisions", 0, "exception"], "invalid_value"]]);
  });

  it("SGB-4.4: a host that counts another category as staff overlays the parameter from its own date, never before", () => {
    const volunteer = datasetWith({ allegations: [marriage({}, { subjects: [{ ref: "S-1", category: "un-volunteer" }] })] });
    const overlay = { staffMemberCategories: [{ value: ["civilian-staff", "un-volunteer"], effectiveFrom: "2018-06-01", citation: { document: "ST/SGB/2003/13", clause: "section 4.4" } }] };
    expect(severities(run(volunteer, { parameters: overlay, asOf: "2018-06-30" }))).toEqual(["notice"]);
    expect(severities(run(volunteer, { parameters: overlay, asOf: "2018-05-31" }))).toEqual(["violation"]);
  });

  it("SGB-4.4: does not lower the unknown-age warning: the age must be established first", () => {
    const r = run(datasetWith({ allegations: [marriage({ age: { kind: "unknown" } })] }));
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["sgb.3.2b.victim-age-unknown", "warning"],
      ["sgb.1.recorded-classification", "notice"],
    ]);
  });
});
