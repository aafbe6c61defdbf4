import type { PersonnelCategory, PersonnelInput } from "@psea/core";
import { describe, expect, it } from "vitest";
import { buildPrevention, preventionReport, type PreventionReport } from "../../src";
import { dataset } from "./support";

const AS_OF = "2018-06-30";
const trained = [
  { courseId: "sea-induction", completedOn: "2018-01-10" },
  { courseId: "sea-refresher", completedOn: "2018-01-10" },
];
const person = (id: string, officeId: string, category: PersonnelCategory, trainings: PersonnelInput["trainings"]): PersonnelInput => ({ id, category, gender: "female", officeId, arrivalDate: "2018-01-01", trainings });

const input = dataset([], {
  offices: [
    { id: "O-N", name: "North office", region: "North", kind: "field-office", significantStaffPresence: true },
    { id: "O-S", name: "South office", region: "South", kind: "field-office", significantStaffPresence: true },
  ],
  personnel: [person("P-1", "O-N", "civilian-staff", trained), person("P-2", "O-N", "civilian-staff", []), person("P-3", "O-S", "military-contingent", trained)],
  riskRegister: [
    { id: "R-1", description: "d", category: "security", officeId: "O-N", likelihood: 4, impact: 5, identifiedOn: "2018-01-05", mitigations: [{ id: "M-2", recommendation: "r", recommendedOn: "2018-06-01", addressedTo: "force" }] },
    { id: "R-2", description: "d", category: "health", likelihood: 2, impact: 3, identifiedOn: "2018-01-05", mitigations: [{ id: "M-1", recommendation: "r", recommendedOn: "2018-01-10", addressedTo: "cdt" }] },
    { id: "R-3", description: "d", category: "other", identifiedOn: "2018-01-05" },
    { id: "R-4", description: "d", category: "other", likelihood: 5, impact: 5, identifiedOn: "2018-01-05", closedOn: "2018-05-01" },
  ],
  offLimitsList: { updatedOn: "2018-06-01", places: [{ id: "X-1", name: "n", location: "l", addedOn: "2018-06-01", reason: "r" }] },
  complaintMechanisms: [
    { id: "C-1", region: "North", kind: "cbcm", functional: true, establishedOn: "2018-02-01" },
    { id: "C-2", region: "South", kind: "cbcm", functional: false, establishedOn: "2018-02-01" },
    { id: "C-3", region: "South", kind: "community-liaison-assistant", functional: true, establishedOn: "2018-02-01" },
    { id: "C-4", region: "East", kind: "cbcm", functional: false, establishedOn: "2018-02-01" },
    { id: "C-5", region: "East", kind: "cbcm", functional: true, establishedOn: "2018-09-01" },
  ],
});

function build(i: unknown = input, asOf = AS_OF): PreventionReport {
  const r = buildPrevention(i, { asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
}

describe("buildPrevention", () => {
  it("gives training compliance by office, region and category against the 100% target, and who is behind by id", () => {
    const t = build().training;
    expect(t.targetPercent).toBe(100);
    expect(t.overall).toEqual({ group: "All personnel", population: 3, compliant: 2, percent: 66.7 });
    expect(t.byOffice).toEqual([
      { group: "O-N", population: 2, compliant: 1, percent: 50 },
      { group: "O-S", population: 1, compliant: 1, percent: 100 },
    ]);
    expect(t.byRegion.map((r) => [r.group, r.percent])).toEqual([
      ["North", 50],
      ["South", 100],
    ]);
    expect(t.byCategory.map((r) => [r.group, r.percent])).toEqual([
      ["civilian-staff", 50],
      ["military-contingent", 100],
    ]);
    expect(new Set(t.overdue.map((o) => o.personnelId))).toEqual(new Set(["P-2"]));
    expect(t.overdue.find((o) => o.courseId === "sea-induction")).toMatchObject({ officeId: "O-N", dueDate: "2018-02-01" });
  });

  it("maps open risks on the scale, ranks them by score and lists mitigations open past the follow-up window", () => {
    const r = build().risk;
    expect(r.heatMap).toHaveLength(25);
    expect(r.heatMap.filter((c) => c.risks > 0)).toEqual([
      { likelihood: 2, impact: 3, risks: 1 },
      { likelihood: 4, impact: 5, risks: 1 },
    ]);
    expect(r.ranked.map((x) => [x.id, x.score, x.openMitigations, x.overdueMitigations])).toEqual([
      ["R-1", 20, 1, 0],
      ["R-2", 6, 1, 1],
      ["R-3", null, 0, 0],
    ]);
    expect(r.overdueMitigations).toEqual([{ id: "M-1", riskId: "R-2", addressedTo: "cdt", recommendedOn: "2018-01-10", dueOn: "2018-04-10", daysOverdue: 81 }]);
  });

  it("reports the off-limits list's review status", () => {
    expect(build().offLimits).toEqual({ status: "current", updatedOn: "2018-06-01", nextReviewDue: "2018-12-01", places: 1 });
    expect(build(input, "2019-01-02").offLimits.status).toBe("overdue");
    expect(build({ ...input, offLimitsList: undefined }).offLimits.status).toBe("missing");
  });

  it("gives CBCM coverage by region: functional, Community Liaison Assistant fallback, or none", () => {
    expect(build().complaintMechanisms.map((c) => [c.region, c.coverage])).toEqual([
      ["East", "none"],
      ["North", "functional"],
      ["South", "community-liaison-assistant"],
    ]);
    expect(build(input, "2018-09-01").complaintMechanisms[0]!.coverage).toBe("functional");
  });

  it("draws training bars against the target and the risk heat map, each with a text alternative", () => {
    const sections = preventionReport.sections(build());
    const charts = sections.flatMap((s) => s.charts);
    expect(charts.map((c) => c.id)).toEqual(["prevention.chart.training-office", "prevention.chart.training-category", "prevention.chart.risk-heat-map"]);
    expect(charts[0]!.description).toContain("O-N 50% (1 of 2)");
    expect(JSON.stringify(charts[0]!.vegaLite)).toContain('"target":100');
    expect(charts[2]!.description).toContain("1 at likelihood 4, impact 5");
  });

  it("never echoes free text of the register or the off-limits list", () => {
    const secret = "FREE-TEXT-CANARY";
    const i = structuredClone(input) as typeof input & { riskRegister: { description: string; location?: string }[]; offLimitsList: { places: { name: string; location: string; reason: string }[] } };
    i.riskRegister[0]!.description = secret;
    i.riskRegister[0]!.location = secret;
    i.offLimitsList.places[0] = { ...i.offLimitsList.places[0]!, name: secret, location: secret, reason: secret };
    const r = build(i);
    expect(JSON.stringify(r)).not.toContain(secret);
    expect(JSON.stringify(preventionReport.sections(r))).not.toContain(secret);
  });
});
