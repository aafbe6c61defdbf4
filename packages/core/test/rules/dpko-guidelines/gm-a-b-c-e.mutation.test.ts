import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, type AnyRule, type MissionDatasetInput } from "../../../src";
import { bulletinAcknowledgement, focalPointAppointed, focalPointGrade, informedOfStandards, preventiveEnvironment, writtenUndertaking } from "../../../src/rules";
import { AS_OF, compliantDataset, person } from "@psea/test-support";

// DPKO General management (a), (b), (c) and (e): the wording of each finding, its subject, path and
// concern, and the first and last day each rule judges.

function findingsOf(rule: AnyRule, d: MissionDatasetInput, asOf = AS_OF) {
  const r = evaluate(defineRuleSet({ id: "one", title: "one", rules: [rule] }), d, { asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

function withPersonnel(change: (p: NonNullable<MissionDatasetInput["personnel"]>[number]) => NonNullable<MissionDatasetInput["personnel"]>[number]) {
  const d = compliantDataset();
  d.personnel = d.personnel!.map(change);
  return d;
}

describe("DPKO-GM-a preventive environment", () => {
  it("words a mission with no manager on strength, on the personnel, under its own concern", () => {
    const d = withPersonnel((p) => (p.id === "P-HOM" ? { ...p, departureDate: "2018-06-01" } : p));
    const [f, ...rest] = findingsOf(preventiveEnvironment, d);
    expect(rest).toEqual([]);
    expect(f!.path).toEqual(["personnel"]);
    expect(f!.message).toBe("no manager is on strength on 2018-06-30: nobody holds senior management's duty to maintain a preventive environment");
    expect(f!.concern).toBe("dpko.gm-a.preventive-environment:managers");
  });

  it("counts a pledge signed and a training completed on asOf, not the day after", () => {
    const onAsOf = withPersonnel((p) => (p.id === "P-HOM" ? { ...p, pledgeSignedOn: AS_OF, trainings: [{ courseId: "sea-induction", completedOn: AS_OF }] } : p));
    expect(findingsOf(preventiveEnvironment, onAsOf)).toEqual([]);
    const fs = findingsOf(preventiveEnvironment, onAsOf, "2018-06-29");
    expect(fs.map((f) => [f.message, f.concern])).toEqual([
      ["0% of 1 managers on strength show the signed SEA pledge, below the target of 100%", "dpko.gm-a.preventive-environment:pledge"],
      ["0% of 1 managers on strength show the SEA training, below the target of 100%", "dpko.gm-a.preventive-environment:training"],
    ]);
    expect(fs.map((f) => f.path)).toEqual([["personnel"], ["personnel"]]);
  });

  it("does not count a training completed after asOf, even beside none", () => {
    const d = compliantDataset();
    d.personnel = [...d.personnel!, person({ id: "P-M1", roles: ["manager"], pledgeSignedOn: "2018-02-01", trainings: [{ courseId: "sea-induction", completedOn: "2018-07-01" }] })];
    expect(findingsOf(preventiveEnvironment, d).map((f) => [f.explanation.facts["measure"], f.explanation.facts["managersShort"]])).toEqual([["training", ["P-M1"]]]);
  });
});

describe("DPKO-GM-b bulletin acknowledgement", () => {
  it("words a missing acknowledgement and one dated after asOf", () => {
    const d = compliantDataset();
    d.personnel = [...d.personnel!, person({ id: "P-NONE", bulletinAcknowledgedOn: undefined }), person({ id: "P-LATE", bulletinAcknowledgedOn: "2018-07-01" })];
    expect(findingsOf(bulletinAcknowledgement, d).map((f) => f.message).sort()).toEqual([
      "P-LATE's acknowledgement of the bulletin is dated 2018-07-01, after 2018-06-30",
      "P-NONE is on strength since 2018-01-02 with no acknowledgement of receipt of the bulletin",
    ]);
    expect(findingsOf(bulletinAcknowledgement, d, "2018-07-01").map((f) => f.subject.id)).toEqual(["P-NONE"]);
  });
});

describe("DPKO-GM-c a Focal Point and a distinct Alternate appointed and on strength", () => {
  it("words a role not yet appointed on asOf, on the mission, with its date and concern", () => {
    const d = compliantDataset();
    d.roster = { ...d.roster!, alternate: { personnelId: "P-ALT", appointedOn: "2018-07-01" } };
    const [f, ...rest] = findingsOf(focalPointAppointed, d);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      subject: { kind: "mission", id: "MSN" },
      path: ["roster", "alternate", "appointedOn"],
      message: "no SEA Alternate is appointed on 2018-06-30: the appointment takes effect on 2018-07-01",
      concern: "focal-point-appointed:alternate",
    });
    expect(f!.explanation.facts).toEqual({ role: "alternate", appointedOn: "2018-07-01" });
  });

  it("records no date for a role never appointed", () => {
    const d = compliantDataset();
    const { focalPoint: _fp, ...roster } = d.roster!;
    d.roster = roster;
    const [f] = findingsOf(focalPointAppointed, d);
    expect(f!.explanation.facts).toEqual({ role: "focalPoint", appointedOn: null });
    expect(f!.concern).toBe("focal-point-appointed:focalPoint");
    expect(f!.subject).toEqual({ kind: "mission", id: "MSN" });
  });

  it("words an appointee not on strength, on the person, with its concern", () => {
    const d = withPersonnel((p) => (p.id === "P-FP" ? { ...p, departureDate: "2018-06-01" } : p));
    const [f, ...rest] = findingsOf(focalPointAppointed, d);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      subject: { kind: "personnel", id: "P-FP" },
      path: ["roster", "focalPoint", "personnelId"],
      message: "the SEA Focal Point (P-FP) is not on strength on 2018-06-30",
      concern: "focal-point-on-strength:focalPoint",
    });
  });

  it("words one person in both roles from the day both appointments take effect, not before", () => {
    const d = compliantDataset();
    d.roster = { ...d.roster!, focalPoint: { personnelId: "P-FP", appointedOn: AS_OF }, alternate: { personnelId: "P-FP", appointedOn: AS_OF } };
    const [f, ...rest] = findingsOf(focalPointAppointed, d);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      subject: { kind: "personnel", id: "P-FP" },
      path: ["roster", "alternate", "personnelId"],
      message: "P-FP is appointed both Focal Point and Alternate: the two roles need two people",
      concern: "focal-point-distinct",
    });
    // The day before, neither appointment is in effect: two missing roles, no clash yet.
    expect(findingsOf(focalPointAppointed, d, "2018-06-29").map((x) => x.concern).sort()).toEqual(["focal-point-appointed:alternate", "focal-point-appointed:focalPoint"]);
  });

  it("does not report a clash while only one of the two appointments is in effect", () => {
    for (const later of ["focalPoint", "alternate"] as const) {
      const d = compliantDataset();
      d.roster = { ...d.roster!, focalPoint: { personnelId: "P-FP", appointedOn: "2018-01-15" }, alternate: { personnelId: "P-FP", appointedOn: "2018-01-15" } };
      d.roster[later] = { personnelId: "P-FP", appointedOn: "2018-07-01" };
      expect(findingsOf(focalPointAppointed, d).map((x) => x.concern)).toEqual([`focal-point-appointed:${later}`]);
    }
  });
});

describe("DPKO-GM-c the pair's grade", () => {
  it("words a grade below the minimum on the scale itself without an equivalence note, under its concern", () => {
    const d = withPersonnel((p) => (p.id === "P-ALT" ? { ...p, grade: "P-3" } : p));
    const [f] = findingsOf(focalPointGrade, d);
    expect(f!.message).toBe("the Alternate is at grade P-3, below the minimum P-4");
    expect(f!.concern).toBe("focal-point-grade:alternate");
    expect(f!.explanation.facts).toEqual({ role: "alternate", grade: "P-3", comparedAs: "P-3", via: "scale", comparison: "below" });
  });

  it("words a grade never recorded", () => {
    const d = withPersonnel((p) => {
      if (p.id !== "P-FP") return p;
      const { grade: _g, ...rest } = p;
      return rest;
    });
    const [f] = findingsOf(focalPointGrade, d);
    expect(f!.message).toBe("the Focal Point's grade (none recorded) has no place on the grade scale and cannot be shown to be at or above P-4");
  });
});

describe("DPKO-GM-e partners informed and undertakings received", () => {
  type AgreementInput = NonNullable<MissionDatasetInput["partnerAgreements"]>[number];
  const withAgreement = (a: Partial<AgreementInput>): MissionDatasetInput => ({
    ...compliantDataset(),
    partnerAgreements: [{ id: "PA-1", partnerName: "Partner NGO", partnerKind: "ngo", startDate: "2018-02-01", informedOfStandardsOn: "2018-01-10", writtenUndertakingOn: "2018-01-20", ...a }],
  });

  it("counts a partner informed on asOf, not one informed after it, and words the finding", () => {
    expect(findingsOf(informedOfStandards, withAgreement({ startDate: AS_OF, informedOfStandardsOn: AS_OF }))).toEqual([]);
    const [f, ...rest] = findingsOf(informedOfStandards, withAgreement({ informedOfStandardsOn: "2018-07-01" }));
    expect(rest).toEqual([]);
    expect(f!.message).toBe("no record that Partner NGO was informed of the bulletin's standards by 2018-06-30");
    expect(f!.explanation.facts["informedOfStandardsOn"]).toBe("2018-07-01");
  });

  it("words a partner informed on asOf itself, after the arrangement started, as informed late, not as unrecorded", () => {
    const [f, ...rest] = findingsOf(informedOfStandards, withAgreement({ informedOfStandardsOn: AS_OF }));
    expect(rest).toEqual([]);
    expect(f!.message).toBe("Partner NGO was informed of the bulletin's standards on 2018-06-30, after the arrangement started on 2018-02-01");
    expect(f!.path).toEqual(["partnerAgreements", 0, "informedOfStandardsOn"]);
  });

  it("words an arrangement with no undertaking and one started before its undertaking", () => {
    const { writtenUndertakingOn: _w, ...none } = withAgreement({}).partnerAgreements![0]!;
    const [a] = findingsOf(writtenUndertaking, { ...compliantDataset(), partnerAgreements: [none] });
    expect(a!.message).toBe("arrangement with Partner NGO started on 2018-02-01 with no written undertaking to the bulletin's standards");
    const [b] = findingsOf(writtenUndertaking, withAgreement({ writtenUndertakingOn: "2018-02-02" }));
    expect(b!.message).toBe("arrangement with Partner NGO started on 2018-02-01, before its written undertaking of 2018-02-02");
  });
});
