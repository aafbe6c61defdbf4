import { describe, expect, it } from "vitest";
import { buildCasesReport, casesReport, type CasesReport } from "../../src";
import { allegation, dataset } from "./support";

function build(input: unknown, asOf: string): CasesReport {
  const r = buildCasesReport(input, { asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
}
const S = [{ ref: "S", category: "civilian-staff" as const }];

describe("buildCasesReport from allegation records", () => {
  const d = dataset([
    { ...allegation("2018-06-20", S), id: "A-new" },
    { ...allegation("2018-03-01", S, { investigation: { entity: "OIOS", referredOn: "2018-03-05", urgent: true } }), id: "A-urgent" },
    { ...allegation("2017-12-01", S, { investigation: { entity: "OIOS", referredOn: "2017-12-10", concludedOn: "2018-05-01" } }), id: "A-review" },
    { ...allegation("2017-05-01", S, { investigation: { entity: "OIOS", referredOn: "2017-05-02", concludedOn: "2017-09-01" }, outcome: { result: "substantiated", decidedOn: "2017-10-01" } }), id: "A-old" },
    { ...allegation("2017-01-01", S, { closedOn: "2017-06-01" }), id: "A-closed" },
  ]);

  it("puts open cases by stage in age bands read against the timelines", () => {
    const r = build(d, "2018-06-30");
    expect(r.source).toBe("allegations");
    expect(r.openCases.map((c) => [c.caseId, c.stage, c.ageDays, c.band])).toEqual([
      ["A-old", "accountability", 425, "beyond-twice-timeline"],
      ["A-review", "reportReview", 211, "within-twice-timeline"],
      ["A-urgent", "investigation", 121, "within-timeline"],
      ["A-new", "preliminaryAssessment", 10, "within-urgent-timeline"],
    ]);
    expect(r.bandLabels["within-timeline"]).toBe("3 months to 6 months");
  });

  it("lists an investigation past its timeline (the urgent one for an urgent case) as overdue, to the day", () => {
    expect(build(d, "2018-06-30").overdueDeadlines).toEqual([{ caseId: "A-urgent", kind: "investigation", startedOn: "2018-03-05", dueOn: "2018-06-05", daysOverdue: 25 }]);
    expect(build(d, "2018-06-05").overdueDeadlines).toEqual([]);
  });
});

describe("buildCasesReport from case records", () => {
  const referral = (id: string, service: string, providerId: string, on: string, status: string) => ({ id, victimRef: "V-1", service, providerId, on, basis: "consent", status, statusOn: on });
  const d = dataset([], {
    offices: [
      { id: "O-N", name: "N", region: "North", kind: "field-office", significantStaffPresence: true },
      { id: "O-S", name: "S", region: "South", kind: "field-office", significantStaffPresence: true },
    ],
    serviceProviders: [
      { id: "SP-1", name: "Provider one", services: ["psychosocial", "general-medical"], region: "North" },
      { id: "SP-2", name: "Provider two", services: ["legal"] },
    ],
    cases: [
      {
        value: { allegation: { investigation: "running" }, assistance: "active" },
        context: {
          caseId: "C-1",
          receivedOn: "2018-05-01",
          deadlines: [
            { id: "D-1", kind: "headquarters-notification", startedOn: "2018-05-01", dueOn: "2018-05-08", resolution: { on: "2018-05-03" } },
            { id: "D-2", kind: "victim-status-update", startedOn: "2018-05-01", dueOn: "2018-06-01" },
          ],
          assistance: {
            needsAssessments: [{ victimRef: "V-1", on: "2018-05-02", needs: ["psychosocial", "material"] }],
            referrals: [referral("R-1", "psychosocial", "SP-1", "2018-05-03", "accepted"), referral("R-2", "legal", "SP-2", "2018-06-20", "pending")],
          },
          serviceMap: [{ id: "SP-1", name: "Provider one", services: ["psychosocial"] }],
        },
      },
      { value: { allegation: "closed" }, context: { caseId: "C-2", receivedOn: "2018-01-01", closedOn: "2018-04-01" } },
    ],
  });

  it("ages open cases by their machine stage and lists the deadlines they keep that have passed", () => {
    const r = build(d, "2018-06-30");
    expect(r.source).toBe("cases");
    expect(r.openCases).toEqual([
      { caseId: "C-1", stage: "investigation", receivedOn: "2018-05-01", ageDays: 60, band: "within-urgent-timeline", classification: { by: "none", kind: "not-assessed", nature: null, type: null } },
    ]);
    expect(r.overdueDeadlines).toEqual([{ caseId: "C-1", kind: "victim-status-update", startedOn: "2018-05-01", dueOn: "2018-06-01", daysOverdue: 29 }]);
  });

  it("tracks each service referral and maps providers by region with the gaps", () => {
    const r = build(d, "2018-06-30");
    expect(r.services).toEqual([
      { caseId: "C-1", service: "psychosocial", providerId: "SP-1", referredOn: "2018-05-03", status: "accepted", statusOn: "2018-05-03", daysInStatus: 58 },
      { caseId: "C-1", service: "legal", providerId: "SP-2", referredOn: "2018-06-20", status: "pending", statusOn: "2018-06-20", daysInStatus: 10 },
    ]);
    const cell = (region: string, service: string) => r.serviceMap.find((c) => c.region === region && c.service === service);
    expect(cell("North", "psychosocial")).toEqual({ region: "North", service: "psychosocial", providers: 1, gap: false });
    expect(cell("South", "psychosocial")).toMatchObject({ providers: 0, gap: true });
    expect(cell("South", "legal")).toMatchObject({ providers: 1, gap: false });
    expect(r.serviceMap.filter((c) => c.gap)).toHaveLength(10 - 4);
    expect(r.unmappedNeeds).toEqual(["material"]);
  });

  it("names neither victims nor providers in the report or its sections", () => {
    const r = build(d, "2018-06-30");
    const text = JSON.stringify([r, casesReport.sections(r)]);
    expect(text).not.toContain("V-1");
    expect(text).not.toContain("Provider one");
  });
});

describe("buildCasesReport: the classification of each open case, derived when none is recorded", () => {
  const relationship = (id: string, extra: object = {}) => ({
    ...allegation("2018-06-03", S, {
      victims: [{ ref: "V-r", age: { kind: "known", years: 30 }, sex: "female", beneficiary: true }],
      conduct: { sexualActivity: "actual", relationship: "ongoing" },
      ...extra,
    }),
    id,
  });
  const overlay = {
    overlay: {
      adultBeneficiaryRelationshipClassification: [
        { value: "exploitative-relationship" as const, effectiveFrom: "2018-01-01", citation: { document: "MINUSCA-AP-2018-2019" as const, clause: "non-fraternization policy" } },
      ],
    },
  };
  const classes = (input: unknown, parameters?: object) => {
    const r = buildCasesReport(input, { asOf: "2018-06-30", ...(parameters ? { parameters } : {}) } as never);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.report.openCases.map((c) => [c.caseId, c.classification]);
  };

  it("passes the derived nature and type through when none is recorded, and keeps a recorded one", () => {
    const d = dataset([{ ...allegation("2018-06-01", S), id: "A-derived" }, { ...allegation("2018-06-02", S, { recorded: { type: "rape" } }), id: "A-recorded" }]);
    expect(classes(d)).toEqual([
      ["A-derived", { by: "derived", kind: "classified", nature: "sexual-exploitation", type: "transactional-sex" }],
      ["A-recorded", { by: "recorded", kind: "classified", nature: "sexual-abuse", type: "rape" }],
    ]);
  });

  it("fails to classify a relationship with an adult beneficiary as SEA by default, and follows a mission's overlay of the parameter in force", () => {
    const d = dataset([relationship("A-rel")]);
    expect(classes(d)).toEqual([["A-rel", { by: "none", kind: "discouraged-relationship", nature: null, type: null }]]);
    expect(classes(d, overlay)).toEqual([["A-rel", { by: "derived", kind: "classified", nature: "sexual-exploitation", type: "exploitative-relationship" }]]);
    const r = buildCasesReport(d, { asOf: "2018-06-30", parameters: overlay } as never);
    expect(r.ok && r.report.parameters.map((p) => [p.id, p.value])).toContainEqual(["adultBeneficiaryRelationshipClassification", "exploitative-relationship"]);
  });

  it("takes a case record's classification from its latest preliminary assessment by asOf", () => {
    const assessment = (completedOn: string, classification: object) => ({ round: 1, completedOn, seriousness: "serious", urgent: false, classification });
    const d = dataset([], {
      cases: [
        {
          value: { allegation: "investigation" },
          context: {
            caseId: "C-1",
            receivedOn: "2018-05-01",
            assessments: [
              assessment("2018-05-03", { kind: "classified", nature: "sexual-exploitation", type: "transactional-sex", child: "adult", victims: [{ ref: "V-1", child: "adult" }], basis: [] }),
              assessment("2018-07-03", { kind: "undetermined", child: "adult", victims: [], reason: "r" }),
            ],
          },
        },
      ],
    });
    expect(classes(d)).toEqual([["C-1", { by: "case-assessment", kind: "classified", nature: "sexual-exploitation", type: "transactional-sex" }]]);
  });
});
