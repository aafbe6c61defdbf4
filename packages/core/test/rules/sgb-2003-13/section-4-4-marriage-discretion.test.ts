import { describe, expect, it } from "vitest";
import type { AllegationInput, MissionDatasetInput } from "../../../src";
import { allegation, datasetWith, findingsOf, run, single, victim, type VictimInput } from "./support";

const CHILD = "sgb.3.2b.child-victim";
const CONDITIONS = "sgb.4.4.discretion-conditions";
type DecisionInput = NonNullable<MissionDatasetInput["discretionDecisions"]>[number];

const married: VictimInput["marriageToSubject"] = { legallyMarried: true, overAgeOfMajorityInCitizenshipCountry: true };

function marriage(v: Partial<VictimInput> = {}): AllegationInput {
  return allegation({
    id: "A-1",
    victims: [victim({ ref: "V-1", age: { kind: "known", years: 17 }, marriageToSubject: married, ...v })],
    conduct: { sexualActivity: "actual", relationship: "ongoing" },
  });
}
const decision = (d: Partial<DecisionInput> = {}): DecisionInput => ({
  id: "D-1",
  exception: "SGB-4.4",
  allegationId: "A-1",
  victimRef: "V-1",
  decidedOn: "2018-05-15",
  decidedBy: "P-HOM",
  ...d,
});

describe("SGB-4.4: discretion on 3.2(b) for a lawful marriage, never silent", () => {
  it("SGB-4.4: lowers the 3.2(b) finding to a notice with a recorded decision, showing the exception and the original severity", () => {
    const r = run(datasetWith({ allegations: [marriage()], discretionDecisions: [decision()] }));
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
          exceptionId: "sgb.4.4.marriage-discretion",
          obligationId: "SGB-4.4",
          citation: { document: "ST/SGB/2003/13", clause: "section 4.4", verify: true },
          decisionId: "D-1",
          decidedOn: "2018-05-15",
          originalSeverity: "violation",
        },
      },
    });
  });

  it("SGB-4.4: never applies without a recorded decision, even where the marriage facts are met", () => {
    expect(single(run(datasetWith({ allegations: [marriage()] })))).toMatchObject({ ruleId: CHILD, severity: "violation" });
  });

  it("SGB-4.4: a decision dated after asOf, or for another allegation's victim, lowers nothing", () => {
    const later = run(datasetWith({ allegations: [marriage()], discretionDecisions: [decision({ decidedOn: "2018-07-01" })] }));
    expect(later.findings.map((f) => [f.ruleId, f.severity])).toEqual([[CHILD, "violation"]]);
    const other = allegation({ id: "A-2" });
    const elsewhere = run(datasetWith({ allegations: [marriage(), other], discretionDecisions: [decision({ allegationId: "A-2" })] }));
    expect(findingsOf(elsewhere, CHILD).map((f) => f.severity)).toEqual(["violation"]);
  });

  it("SGB-4.4: a decision whose marriage conditions are not met is a violation of its own, and the 3.2(b) violation stays", () => {
    const a = marriage({ marriageToSubject: { legallyMarried: true, overAgeOfMajorityInCitizenshipCountry: false } });
    const r = run(datasetWith({ allegations: [a], discretionDecisions: [decision()] }));
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      [CHILD, "violation"],
      [CONDITIONS, "violation"],
    ]);
    expect(findingsOf(r, CONDITIONS)[0]).toMatchObject({
      obligationIds: ["SGB-4.4"],
      subject: { kind: "allegation", id: "A-1" },
      path: ["allegations", 0, "victims", 0, "marriageToSubject"],
      explanation: { facts: { decisionId: "D-1", victimRef: "V-1", victimInAllegation: true, legallyMarried: true, overAgeOfMajorityInCitizenshipCountry: false } },
    });
    expect(findingsOf(r, CONDITIONS)[0]!.message).toMatch(/^discretion cannot apply/);
  });

  it("SGB-4.4: a decision with no marriage recorded, or naming a victim not in the allegation, cannot apply", () => {
    const noMarriage = run(datasetWith({ allegations: [marriage({ marriageToSubject: undefined })], discretionDecisions: [decision()] }));
    expect(findingsOf(noMarriage, CONDITIONS).map((f) => f.explanation.facts["legallyMarried"])).toEqual([null]);
    const stranger = run(datasetWith({ allegations: [marriage()], discretionDecisions: [decision({ victimRef: "V-9" })] }));
    expect(findingsOf(stranger, CONDITIONS)).toMatchObject([{ path: ["discretionDecisions", 0, "victimRef"], explanation: { facts: { victimInAllegation: false } } }]);
    expect(findingsOf(stranger, CHILD).map((f) => f.severity)).toEqual(["violation"]);
  });

  it("SGB-4.4: does not lower the unknown-age warning: the age must be established first", () => {
    const a = marriage({ age: { kind: "unknown" } });
    const r = run(datasetWith({ allegations: [a], discretionDecisions: [decision()] }));
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["sgb.3.2b.victim-age-unknown", "warning"],
      ["sgb.1.recorded-classification", "notice"],
    ]);
  });
});
