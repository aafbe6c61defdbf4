import { describe, expect, it } from "vitest";
import { buildRcAnnualReport, rcAnnualReport, type RcAnnualReport } from "../../src";
import { compliantDataset } from "@psea/test-support";
import { allegation } from "./support";

function build(input: unknown, options: Parameters<typeof buildRcAnnualReport>[1]): RcAnnualReport {
  const r = buildRcAnnualReport(input, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
}

const referral = (id: string, on: string, status: string) => ({ id, victimRef: "V", service: "psychosocial", providerId: "SP-1", on, basis: "consent", status, statusOn: on });
const caseRecord = (caseId: string, referrals: object[]) => ({
  value: { allegation: "investigation" },
  context: { caseId, receivedOn: "2018-02-01", assistance: { needsAssessments: [{ victimRef: "V", on: "2018-02-02", needs: ["psychosocial"] }], referrals } },
});

function mission() {
  const d = compliantDataset() as ReturnType<typeof compliantDataset> & Record<string, unknown>;
  d.allegations = [
    allegation("2018-03-01", [{ ref: "S-1", category: "military-contingent", contributingCountry: "AAA" }, { ref: "S-2", category: "un-volunteer" }]),
    allegation("2018-04-01", [], { intake: { channel: "rumour", rumour: true, headOfMissionLiaisonOn: "2018-04-02" } }),
    allegation("2017-12-30", [{ ref: "S-1", category: "un-volunteer" }]),
  ];
  d["cases"] = [caseRecord("C-1", [referral("R-1", "2018-02-03", "completed"), referral("R-2", "2018-03-03", "pending")]), caseRecord("C-2", [referral("R-3", "2017-12-31", "accepted")])];
  return d;
}

describe("buildRcAnnualReport", () => {
  it("records the recipient the country context calls for", () => {
    const d = mission();
    expect(build(d, { asOf: "2018-06-30" })).toMatchObject({ year: 2018, coversTo: "2018-06-30", context: "humanitarian", recipient: "IASC Working Group" });
    d.mission = { ...d.mission, context: "development" };
    expect(build(d, { asOf: "2019-01-15", year: 2018 })).toMatchObject({ coversTo: "2018-12-31", recipient: "UN Development Group" });
  });

  it("counts the year's allegations and assistance, and nothing else", () => {
    const r = build(mission(), { asOf: "2018-06-30" });
    expect(r.allegations).toEqual({ reportsReceived: 2, countedAllegations: 3, victims: 2, rumoured: 1, referredForInvestigation: 0, closed: 0 });
    expect(r.assistance).toEqual({ casesWithAssistance: 1, needsAssessments: 2, referrals: 2, referralsByStatus: { pending: 1, accepted: 0, rejected: 0, completed: 1 } });
  });

  it("states the Network and focal-point status without names", () => {
    const r = build(mission(), { asOf: "2018-06-30" });
    expect(r.network).toEqual({ established: true, establishedOn: "2017-06-01", reportsTo: "resident-coordinator", functioning: true });
    expect(r.focalPoints).toEqual({ focalPointAppointedOn: "2018-01-15", alternateAppointedOn: expect.any(String), fieldFocalPoints: 1, officesNeedingOne: 1, officesCovered: 1 });
    const text = JSON.stringify([r, rcAnnualReport.sections(r)]);
    for (const name of ["PSEA Network", "Resident Coordinator\"", "Head of Mission\""]) expect(text).not.toContain(name);
  });

  it("gives progress per obligation", () => {
    const d = mission();
    d.mission = { ...d.mission, network: { ...d.mission.network!, functioning: false } };
    const r = build(d, { asOf: "2018-06-30" });
    expect(r.obligations.find((o) => o.id === "DPKO-RC-c")).toMatchObject({ status: "findings" });
    expect(r.obligations.find((o) => o.id === "DPKO-GM-c")).toMatchObject({ status: "met", violations: 0 });
  });

  it("refuses a year after the as-of date, with a path and a code", () => {
    const r = buildRcAnnualReport(mission(), { asOf: "2018-06-30", year: 2019 });
    expect(r).toMatchObject({ ok: false, issues: [{ path: ["year"], code: "invalid-option" }] });
  });
});
