import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, type AnyRule, type MissionDatasetInput } from "../../../src";
import { fieldFocalPoints, focalPointGender } from "../../../src/rules";
import { AS_OF, compliantDataset, person } from "@psea/test-support";

// DPKO General management (c): the gender of the Focal Point pair, and field focal points on strength.

function findingsOf(rule: AnyRule, d: MissionDatasetInput, asOf = AS_OF, parameters: Record<string, unknown> = {}) {
  const r = evaluate(defineRuleSet({ id: "one", title: "one", rules: [rule] }), d, { asOf, parameters });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

const citation = { document: "DPKO-IG", clause: "General management responsibilities (c)" };
const minimumWomen = (value: number) => ({ focalPointPairMinimumWomen: [{ value, effectiveFrom: "2003-10-15", citation }] });

describe("DPKO-GM-c the Focal Point or the Alternate is a woman", () => {
  it("fails a pair of two men for the mission, counting who is appointed and how many are women", () => {
    const d = compliantDataset();
    d.personnel = d.personnel!.map((p) => (p.id === "P-FP" ? { ...p, gender: "male" } : p));
    const [f, ...rest] = findingsOf(focalPointGender, d);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "dpko.gm-c.focal-point-gender",
      obligationIds: ["DPKO-GM-c"],
      severity: "violation",
      subject: { kind: "mission", id: d.mission!.id },
      path: ["roster"],
      message: "0 of the Focal Point and Alternate are women; at least 1 must be",
      explanation: { facts: { appointed: 2, women: 0 } },
    });
  });

  it("fails a mission with no Focal Point and no Alternate appointed", () => {
    const d = compliantDataset();
    d.roster = { fieldFocalPoints: d.roster!.fieldFocalPoints! };
    const [f] = findingsOf(focalPointGender, d);
    expect(f?.explanation.facts).toEqual({ appointed: 0, women: 0 });
  });

  it("passes a woman appointed alone as Focal Point, and fails a man appointed alone", () => {
    const d = compliantDataset();
    const { alternate: _alternate, ...withoutAlternate } = d.roster!;
    d.roster = withoutAlternate;
    expect(findingsOf(focalPointGender, d)).toEqual([]);
    const man = compliantDataset();
    const { focalPoint: _focalPoint, ...withoutFocalPoint } = man.roster!;
    man.roster = withoutFocalPoint;
    expect(findingsOf(focalPointGender, man).map((f) => f.explanation.facts)).toEqual([{ appointed: 1, women: 0 }]);
  });

  it("counts a woman Alternate as well as a woman Focal Point", () => {
    const d = compliantDataset();
    d.personnel = d.personnel!.map((p) => (p.id === "P-FP" ? { ...p, gender: "male" } : p.id === "P-ALT" ? { ...p, gender: "female" } : p));
    expect(findingsOf(focalPointGender, d)).toEqual([]);
  });

  it("holds the pair to an overlaid minimum of two women, in the singular when one is", () => {
    const [f] = findingsOf(focalPointGender, compliantDataset(), AS_OF, minimumWomen(2));
    expect(f?.message).toBe("1 of the Focal Point and Alternate is a woman; at least 2 must be");
    const both = compliantDataset();
    both.personnel = both.personnel!.map((p) => (p.id === "P-ALT" ? { ...p, gender: "female" } : p));
    expect(findingsOf(focalPointGender, both, AS_OF, minimumWomen(2))).toEqual([]);
    expect(findingsOf(focalPointGender, compliantDataset(), AS_OF, minimumWomen(0))).toEqual([]);
  });
});

describe("DPKO-GM-c field focal points at offices with significant staff presence", () => {
  const withFieldFocalPoint = (appointedOn: string, departureDate?: string) => {
    const d = compliantDataset();
    d.personnel = d.personnel!.map((p) => (p.id === "P-FFP" ? { ...p, ...(departureDate ? { departureDate } : {}) } : p));
    d.roster = { ...d.roster!, fieldFocalPoints: [{ personnelId: "P-FFP", officeId: "FO-1", appointedOn }] };
    return d;
  };

  it("covers an office from the day its focal point is appointed, not before", () => {
    expect(findingsOf(fieldFocalPoints, withFieldFocalPoint(AS_OF))).toEqual([]);
    const [f, ...rest] = findingsOf(fieldFocalPoints, withFieldFocalPoint("2018-07-01"));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "dpko.gm-c.field-focal-points",
      obligationIds: ["DPKO-GM-c"],
      severity: "violation",
      subject: { kind: "office", id: "FO-1" },
      path: ["offices", 1],
      message: "office Field Office One has significant staff presence but no field focal point on strength",
      explanation: { facts: { officeKind: "field-office", region: "North" } },
    });
  });

  it("does not count a focal point who has left the mission", () => {
    expect(findingsOf(fieldFocalPoints, withFieldFocalPoint("2018-02-01", "2018-05-01")).map((f) => f.subject.id)).toEqual(["FO-1"]);
  });

  it("does not count a focal point appointed to another office", () => {
    const d = compliantDataset();
    d.roster = { ...d.roster!, fieldFocalPoints: [{ personnelId: "P-FFP", officeId: "SO-1", appointedOn: "2018-02-01" }] };
    expect(findingsOf(fieldFocalPoints, d).map((f) => f.subject.id)).toEqual(["FO-1"]);
  });

  it("asks nothing of headquarters, nor of an office without significant staff presence", () => {
    const d = compliantDataset();
    d.roster = { ...d.roster!, fieldFocalPoints: [] };
    d.offices = d.offices!.map((o) => (o.id === "FO-1" ? { ...o, significantStaffPresence: false } : o));
    d.personnel = [...d.personnel!, person({ id: "P-SO", officeId: "SO-1" })];
    expect(findingsOf(fieldFocalPoints, d)).toEqual([]);
    // A sub-office with significant staff presence is held to it like a field office.
    d.offices = d.offices.map((o) => (o.id === "SO-1" ? { ...o, significantStaffPresence: true } : o));
    expect(findingsOf(fieldFocalPoints, d).map((f) => [f.subject.id, f.path, f.explanation.facts["officeKind"]])).toEqual([["SO-1", ["offices", 2], "sub-office"]]);
  });
});
