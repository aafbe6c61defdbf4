import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, type EvaluationResult } from "../../../src";
import { accountableOfficials, rcHomAgreement, seaNetwork } from "../../../src/rules";
import { AS_OF, compliantDataset } from "@psea/test-support";

const set = defineRuleSet({ id: "rc-abc", title: "DPKO RC (a)-(c)", rules: [accountableOfficials, rcHomAgreement, seaNetwork] });

function findings(r: EvaluationResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

describe("DPKO-RC-a accountable Head of Mission and Resident Coordinator", () => {
  it("DPKO-RC-a passes a mission naming both officials", () => {
    expect(findings(evaluate(set, compliantDataset(), { asOf: AS_OF }))).toEqual([]);
  });

  it("DPKO-RC-a fails a mission with no Resident Coordinator", () => {
    const d = compliantDataset();
    delete d.mission.residentCoordinator;
    const fs = findings(evaluate(set, d, { asOf: AS_OF }));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      ruleId: "dpko.rc-a.accountable-officials",
      obligationIds: ["DPKO-RC-a"],
      severity: "violation",
      citation: { document: "DPKO-IG", clause: "Responsibilities of HoM and RC (a)" },
      subject: { kind: "mission", id: "MSN" },
      path: ["mission", "residentCoordinator"],
      explanation: { facts: { role: "residentCoordinator", named: false, since: null } },
    });
  });

  it("DPKO-RC-a requires no Head of Mission where no mission is present, and still the Resident Coordinator", () => {
    const d = compliantDataset();
    d.mission.missionPresent = false;
    delete d.mission.rcHomAgreement;
    delete d.mission.headOfMission;
    expect(findings(evaluate(set, d, { asOf: AS_OF }))).toEqual([]);
    delete d.mission.residentCoordinator;
    expect(findings(evaluate(set, d, { asOf: AS_OF })).map((f) => f.path)).toEqual([["mission", "residentCoordinator"]]);
    // With a mission present, the missing Head of Mission is a violation.
    const present = compliantDataset();
    delete present.mission.headOfMission;
    expect(findings(evaluate(set, present, { asOf: AS_OF })).map((f) => f.path)).toEqual([["mission", "headOfMission"]]);
  });

  it("DPKO-RC-a fails a Head of Mission in office only after asOf", () => {
    const d = compliantDataset();
    d.mission.headOfMission = { name: "Incoming", since: "2018-07-01" };
    const fs = findings(evaluate(set, d, { asOf: AS_OF }));
    expect(fs.map((f) => [f.path, f.explanation.facts])).toEqual([
      [["mission", "headOfMission", "since"], { role: "headOfMission", named: true, since: "2018-07-01" }],
    ]);
  });
});

describe("DPKO-RC-b RC–Head of Mission agreement", () => {
  it("DPKO-RC-b passes a mission with an agreement dated before asOf, and a country without a mission without one", () => {
    expect(findings(evaluate(set, compliantDataset(), { asOf: AS_OF }))).toEqual([]);
    const d = compliantDataset();
    d.mission.missionPresent = false;
    delete d.mission.rcHomAgreement;
    expect(findings(evaluate(set, d, { asOf: AS_OF }))).toEqual([]);
  });

  it("DPKO-RC-b fails a mission present with no recorded agreement", () => {
    const d = compliantDataset();
    delete d.mission.rcHomAgreement;
    const [f, ...rest] = findings(evaluate(set, d, { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "dpko.rc-b.rc-hom-agreement",
      obligationIds: ["DPKO-RC-b"],
      severity: "violation",
      subject: { kind: "mission", id: "MSN" },
      path: ["mission", "rcHomAgreement"],
      explanation: { facts: { missionPresent: true, agreedOn: null } },
    });
  });

  it("DPKO-RC-b fails an agreement dated after asOf, and passes it from that date", () => {
    const d = compliantDataset();
    d.mission.rcHomAgreement = { agreedOn: "2018-07-01" };
    const fs = findings(evaluate(set, d, { asOf: AS_OF }));
    expect(fs.map((f) => [f.ruleId, f.path, f.explanation.facts["agreedOn"]])).toEqual([
      ["dpko.rc-b.rc-hom-agreement", ["mission", "rcHomAgreement", "agreedOn"], "2018-07-01"],
    ]);
    expect(findings(evaluate(set, d, { asOf: "2018-07-01" }))).toEqual([]);
  });
});

describe("DPKO-RC-c Network on SEA", () => {
  it("DPKO-RC-c passes an established, functioning Network reporting to the RC", () => {
    expect(findings(evaluate(set, compliantDataset(), { asOf: AS_OF }))).toEqual([]);
  });

  it("DPKO-RC-c fails a country with no Network", () => {
    const d = compliantDataset();
    delete d.mission.network;
    const fs = findings(evaluate(set, d, { asOf: AS_OF }));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      ruleId: "dpko.rc-c.network",
      obligationIds: ["DPKO-RC-c"],
      severity: "violation",
      subject: { kind: "mission", id: "MSN" },
      path: ["mission", "network"],
      concern: "network:established",
      explanation: { facts: { established: false, establishedOn: null } },
    });
  });

  it("DPKO-RC-c reports a wrong reporting line and a non-functioning Network as separate findings", () => {
    const d = compliantDataset();
    d.mission.network = { name: "Network", establishedOn: "2017-06-01", reportsTo: "head-of-mission", functioning: false };
    const fs = findings(evaluate(set, d, { asOf: AS_OF }));
    expect(fs.map((f) => [f.path.at(-1), f.concern, f.explanation.facts])).toEqual([
      ["functioning", "network:functioning", { functioning: false, establishedOn: "2017-06-01" }],
      ["reportsTo", "network:reporting-line", { reportsTo: "head-of-mission" }],
    ]);
  });

  it("DPKO-RC-c fails a Network established only after asOf", () => {
    const d = compliantDataset();
    d.mission.network = { name: "Network", establishedOn: "2018-09-01", reportsTo: "resident-coordinator", functioning: true };
    const fs = findings(evaluate(set, d, { asOf: AS_OF }));
    expect(fs.map((f) => [f.path, f.explanation.facts])).toEqual([
      [["mission", "network", "establishedOn"], { established: false, establishedOn: "2018-09-01" }],
    ]);
  });
});
