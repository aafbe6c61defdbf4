import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, type AllegationInput, type AnyRule, type MissionDatasetInput } from "../../../src";
import { accountableOfficials, rcHomAgreement, rumouredAllegations, seaNetwork } from "../../../src/rules";
import { AS_OF, compliantDataset } from "@psea/test-support";

// DPKO Responsibilities of HoM and RC (a), (b), (c), (e): what each finding says, and the day a
// recorded date starts to count.

function findingsOf(rule: AnyRule, d: MissionDatasetInput, asOf = AS_OF) {
  const r = evaluate(defineRuleSet({ id: "one", title: "one", rules: [rule] }), d, { asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

describe("DPKO-RC-a accountable officials", () => {
  it("names the missing official, and an official recorded only from a later date", () => {
    const d = compliantDataset();
    delete d.mission!.residentCoordinator;
    d.mission!.headOfMission = { name: "Incoming", since: "2018-07-01" };
    expect(findingsOf(accountableOfficials, d).map((f) => [f.message, f.concern])).toEqual([
      ["the Head of Mission is recorded only from 2018-07-01, after 2018-06-30", "accountable-official:headOfMission"],
      ["no accountable Resident Coordinator is named for the mission", "accountable-official:residentCoordinator"],
    ]);
  });

  it("counts an official from the day recorded", () => {
    const d = compliantDataset();
    d.mission!.headOfMission = { name: "Incoming", since: AS_OF };
    d.mission!.residentCoordinator = { name: "RC", since: AS_OF };
    expect(findingsOf(accountableOfficials, d)).toEqual([]);
  });
});

describe("DPKO-RC-b RC-Head of Mission agreement", () => {
  it("says whether the agreement is missing or dated later", () => {
    const missing = compliantDataset();
    delete missing.mission!.rcHomAgreement;
    expect(findingsOf(rcHomAgreement, missing).map((f) => f.message)).toEqual([
      "a mission is present but no RC–Head of Mission agreement on responsibilities is recorded",
    ]);
    const later = compliantDataset();
    later.mission!.rcHomAgreement = { agreedOn: "2018-07-01" };
    expect(findingsOf(rcHomAgreement, later).map((f) => [f.message, f.explanation.facts])).toEqual([
      ["the RC–Head of Mission agreement is dated 2018-07-01, after 2018-06-30", { missionPresent: true, agreedOn: "2018-07-01" }],
    ]);
  });

  it("counts an agreement from the day it is dated", () => {
    const d = compliantDataset();
    d.mission!.rcHomAgreement = { agreedOn: AS_OF };
    expect(findingsOf(rcHomAgreement, d)).toEqual([]);
  });
});

describe("DPKO-RC-c Network on SEA", () => {
  const network = (n: Partial<NonNullable<NonNullable<MissionDatasetInput["mission"]>["network"]>>) => {
    const d = compliantDataset();
    d.mission!.network = { name: "PSEA Network", establishedOn: "2017-06-01", reportsTo: "resident-coordinator", functioning: true, ...n };
    return d;
  };

  it("says what is wrong with the Network", () => {
    expect(findingsOf(seaNetwork, network({ establishedOn: "2018-07-01" })).map((f) => f.message)).toEqual([
      "the Network on SEA is established only on 2018-07-01, after 2018-06-30",
    ]);
    const missing = compliantDataset();
    delete missing.mission!.network;
    expect(findingsOf(seaNetwork, missing).map((f) => f.message)).toEqual(["no in-country Network on SEA is recorded"]);
    expect(findingsOf(seaNetwork, network({ reportsTo: "head-of-mission" })).map((f) => [f.message, f.severity])).toEqual([
      ["the Network on SEA reports to head-of-mission, not to the Resident Coordinator", "violation"],
    ]);
    expect(findingsOf(seaNetwork, network({ functioning: false })).map((f) => f.message)).toEqual(["the Network on SEA is recorded as not functioning"]);
  });

  it("counts a Network from the day it is established, and judges nothing else before", () => {
    expect(findingsOf(seaNetwork, network({ establishedOn: AS_OF }))).toEqual([]);
    // Not yet established: one finding, not also its reporting line or functioning.
    expect(findingsOf(seaNetwork, network({ establishedOn: "2018-07-01", reportsTo: "head-of-mission", functioning: false })).map((f) => f.concern)).toEqual([
      "network:established",
    ]);
  });
});

describe("DPKO-RC-e rumoured allegations", () => {
  function rumour(intake: Partial<AllegationInput["intake"]> = {}, rest: Partial<AllegationInput> = {}): AllegationInput {
    return {
      id: "A-R",
      receivedOn: "2018-05-02",
      intake: { channel: "rumour", headOfMissionLiaisonOn: "2018-05-04", ...intake },
      subjects: [{ ref: "S-1", category: "military-contingent", contributingCountry: "XYZ" }],
      conduct: { sexualActivity: "actual", exchange: ["money"] },
      ...rest,
    };
  }
  const run = (a: AllegationInput, asOf = AS_OF) => findingsOf(rumouredAllegations, { ...compliantDataset(), allegations: [a] }, asOf);

  it("says which rumour was closed without an outcome, or lacks a liaison with the Head of Mission", () => {
    expect(run(rumour({ headOfMissionLiaisonOn: undefined }, { closedOn: "2018-06-01" })).map((f) => f.message)).toEqual([
      "rumoured allegation A-R was closed on 2018-06-01 without a recorded outcome",
      "rumoured allegation A-R may involve mission personnel but no liaison with the Head of Mission is recorded by 2018-06-30",
    ]);
  });

  it("judges a rumour from the day received, a closure from the day closed, and a liaison from its day", () => {
    expect(run(rumour({ headOfMissionLiaisonOn: "2018-06-30" }, { receivedOn: AS_OF }))).toEqual([]);
    expect(run(rumour({ headOfMissionLiaisonOn: "2018-07-01" }, { receivedOn: AS_OF })).map((f) => f.concern)).toEqual(["rumour:head-of-mission-liaison"]);
    expect(run(rumour({}, { closedOn: AS_OF })).map((f) => f.concern)).toEqual(["rumour:processed"]);
    expect(run(rumour({}, { closedOn: "2018-07-01" }))).toEqual([]);
  });
});
