import { describe, expect, it } from "vitest";
import { complianceReport, reportParameterIds, type ComplianceReport } from "../src";
import { AS_OF, compliantMission, person } from "./support";

function report(r: ComplianceReport) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

/** The compliant mission plus an untrained supervisor without pledge or acknowledgement, a partner and a leaver. */
function mixedPersonnel() {
  return [
    ...compliantMission().personnel,
    person({ id: "P-SUP", category: "military-contingent", gender: "male", officeId: "FO-1", roles: ["supervisor"], bulletinAcknowledgedOn: undefined, trainings: [] }),
    person({ id: "P-PARTNER", category: "non-un-partner", trainings: [] }),
    person({ id: "P-GONE", arrivalDate: "2017-01-01", departureDate: "2018-03-01", trainings: [], bulletinAcknowledgedOn: undefined }),
  ];
}

const deepFreeze = <T>(v: T): T => {
  if (v && typeof v === "object") {
    Object.values(v).forEach(deepFreeze);
    Object.freeze(v);
  }
  return v;
};

describe("AP-P2 complianceReport: training", () => {
  it("AP-P2 reports 100% and meets the target when everyone is up to date", () => {
    const r = report(complianceReport(compliantMission().personnel, { asOf: AS_OF }));
    expect(r.training).toMatchObject({ target: 1, meetsTarget: true, overall: { population: 3, compliant: 3, rate: 1 } });
    expect(r.rows.every((row) => row.status === "compliant" || row.status === "due")).toBe(true);
  });

  it("AP-P2 gives rates per person overall, by office, by category and per course, against the target", () => {
    const r = report(complianceReport(mixedPersonnel(), { asOf: AS_OF }));
    expect(r.asOf).toBe(AS_OF);
    expect(r.training).toEqual({
      target: 1,
      meetsTarget: false,
      overall: { population: 4, compliant: 3, rate: 0.75 },
      byOffice: { "FO-1": { population: 3, compliant: 2, rate: 2 / 3 }, HQ: { population: 1, compliant: 1, rate: 1 } },
      byCategory: { "civilian-staff": { population: 2, compliant: 2, rate: 1 }, "military-contingent": { population: 2, compliant: 1, rate: 0.5 } },
      byCourse: {
        "sea-community-liaison-assistant": { population: 1, compliant: 1, rate: 1 },
        "sea-induction": { population: 4, compliant: 3, rate: 0.75 },
        "sea-refresher": { population: 4, compliant: 4, rate: 1 },
      },
      statusCounts: { compliant: 5, due: 3, overdue: 0, "never-taken": 1 },
    });
  });

  it("AP-P2 lists one row per person per required course, with status and due date", () => {
    const r = report(complianceReport(mixedPersonnel(), { asOf: AS_OF }));
    expect(r.rows.map((row) => [row.personnelId, row.courseId, row.status])).toEqual([
      ["P-HOM", "sea-induction", "compliant"],
      ["P-HOM", "sea-refresher", "due"],
      ["P-CLA", "sea-induction", "compliant"],
      ["P-CLA", "sea-refresher", "due"],
      ["P-CLA", "sea-community-liaison-assistant", "compliant"],
      ["P-VET", "sea-induction", "compliant"],
      ["P-VET", "sea-refresher", "compliant"],
      ["P-SUP", "sea-induction", "never-taken"],
      ["P-SUP", "sea-refresher", "due"],
    ]);
    expect(r.rows[7]).toEqual({
      personnelId: "P-SUP",
      index: 3,
      officeId: "FO-1",
      category: "military-contingent",
      courseId: "sea-induction",
      window: "inductionWindow",
      status: "never-taken",
      dueDate: "2018-02-02",
      lastCompletedOn: null,
    });
  });

  it("AP-P2 records every parameter it used, with citations", () => {
    const r = report(complianceReport(mixedPersonnel(), { asOf: AS_OF }));
    expect(r.parameters.map((p) => p.id)).toEqual([...reportParameterIds]);
    expect(r.parameters.find((p) => p.id === "refresherPeriod")).toMatchObject({ value: "P1Y", citation: { clause: "Prevention goal 2 (c)", verify: true } });
  });

  it("AP-P2 applies an overlaid target and window", () => {
    const citation = { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 2" };
    const parameters = {
      trainingComplianceTarget: [{ value: 0.75, effectiveFrom: "2018-01-01", citation }],
      inductionWindow: [{ value: "P6M", effectiveFrom: "2018-01-01", citation }],
    };
    const r = report(complianceReport(mixedPersonnel(), { asOf: AS_OF, parameters }));
    expect(r.training).toMatchObject({ target: 0.75, meetsTarget: true, overall: { population: 4, compliant: 4, rate: 1 } });
    expect(r.rows.find((row) => row.personnelId === "P-SUP" && row.courseId === "sea-induction")).toMatchObject({ status: "due", dueDate: "2018-07-02" });
  });
});

describe("AP-P2 complianceReport: bulletin acknowledgement and managers' pledge", () => {
  it("AP-P2 counts everyone on strength for the bulletin, and managers for the pledge", () => {
    const r = report(complianceReport(mixedPersonnel(), { asOf: AS_OF }));
    expect(r.bulletinAcknowledgement).toEqual({
      overall: { population: 5, compliant: 4, rate: 0.8 },
      byOffice: { "FO-1": { population: 3, compliant: 2, rate: 2 / 3 }, HQ: { population: 2, compliant: 2, rate: 1 } },
      byCategory: {
        "civilian-staff": { population: 2, compliant: 2, rate: 1 },
        "military-contingent": { population: 2, compliant: 1, rate: 0.5 },
        "non-un-partner": { population: 1, compliant: 1, rate: 1 },
      },
    });
    expect(r.managersPledge).toEqual({
      overall: { population: 2, compliant: 1, rate: 0.5 },
      byOffice: { "FO-1": { population: 1, compliant: 0, rate: 0 }, HQ: { population: 1, compliant: 1, rate: 1 } },
      byCategory: { "civilian-staff": { population: 1, compliant: 1, rate: 1 }, "military-contingent": { population: 1, compliant: 0, rate: 0 } },
    });
  });

  it("AP-P2 does not count an acknowledgement or pledge dated after asOf", () => {
    const people = [person({ id: "P-1", roles: ["head-of-office"], bulletinAcknowledgedOn: "2018-07-01", pledgeSignedOn: "2018-07-01" })];
    const r = report(complianceReport(people, { asOf: AS_OF }));
    expect([r.bulletinAcknowledgement.overall.rate, r.managersPledge.overall.rate]).toEqual([0, 0]);
  });

  it("AP-P2 has no rate, rather than 0% or 100%, for an empty population", () => {
    const r = report(complianceReport([], { asOf: AS_OF }));
    expect([r.training.overall, r.training.meetsTarget, r.managersPledge.overall, r.rows]).toEqual([{ population: 0, compliant: 0, rate: null }, true, { population: 0, compliant: 0, rate: null }, []]);
  });
});

describe("AP-P2 complianceReport: input", () => {
  it("AP-P2 returns issues with paths and codes instead of throwing", () => {
    expect(complianceReport("personnel", { asOf: AS_OF })).toEqual({ ok: false, issues: [{ path: [], code: "invalid_type", message: expect.any(String) }] });
    const dup = complianceReport([person({ id: "P-1" }), person({ id: "P-1" })], { asOf: AS_OF });
    expect(!dup.ok && dup.issues.map((i) => [i.path, i.code])).toEqual([[[1, "id"], "duplicate-id"]]);
    const bad = complianceReport([person({ id: "P-1", trainings: [{ courseId: "sea-induction", completedOn: "2018-02-30" }] })], { asOf: AS_OF });
    expect(!bad.ok && bad.issues.map((i) => i.path)).toEqual([[0, "trainings", 0, "completedOn"]]);
  });

  it("AP-P2 rejects a missing or invalid asOf and an invalid overlay", () => {
    expect(complianceReport([], { asOf: "today" })).toMatchObject({ ok: false, issues: [{ path: ["asOf"], code: "invalid-as-of" }] });
    expect(complianceReport([], undefined as never)).toMatchObject({ ok: false, issues: [{ path: ["asOf"], code: "invalid-as-of" }] });
    const citation = { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 2 (a)" };
    const r = complianceReport([{ id: "P-1" }], { asOf: AS_OF, parameters: { inductionWindow: [{ value: "a month", effectiveFrom: "2018-01-01", citation }] } });
    expect(!r.ok && r.issues.map((i) => i.path)).toEqual([
      ["parameters", "inductionWindow", 0, "value"],
      [0, "category"],
      [0, "gender"],
      [0, "officeId"],
      [0, "arrivalDate"],
    ]);
  });

  it("AP-P2 says which parameters are not in force before the plan, rather than guessing", () => {
    const r = complianceReport([], { asOf: "2017-06-30" });
    expect(!r.ok && r.issues.map((i) => [i.path, i.code])).toEqual([
      [["parameters", "trainingCourses"], "parameter-not-in-force"],
      [["parameters", "inductionWindow"], "parameter-not-in-force"],
      [["parameters", "refresherPeriod"], "parameter-not-in-force"],
      [["parameters", "roleTrainingWindow"], "parameter-not-in-force"],
      [["parameters", "trainingComplianceTarget"], "parameter-not-in-force"],
    ]);
  });

  it("AP-P2 never mutates its input and gives the same report for the same input and date", () => {
    const input = deepFreeze(mixedPersonnel());
    const before = JSON.stringify(input);
    const a = complianceReport(input, { asOf: AS_OF });
    const b = complianceReport(input, { asOf: new Date(2018, 5, 30) });
    expect(JSON.stringify(input)).toBe(before);
    expect(b).toEqual(a);
  });
});
