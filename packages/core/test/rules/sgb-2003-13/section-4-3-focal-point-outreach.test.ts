import { describe, expect, it } from "vitest";
import type { MissionDatasetInput } from "../../../src";
import { AS_OF, datasetWith, findingsOf, run, single } from "./support";

const RULE = "sgb.4.3.focal-point-outreach";
type CommunicationInput = NonNullable<MissionDatasetInput["communications"]>[number];

function communication(c: Partial<CommunicationInput> & { id: string }): CommunicationInput {
  return {
    title: "Your SEA focal points",
    issuedOn: "2018-02-01",
    issuer: "network",
    audience: ["staff", "local-population"],
    topics: ["focal-points", "reporting"],
    languages: ["fr", "sg"],
    ...c,
  };
}

describe("SGB-4.3: staff and the local population are informed of the focal point and how to reach it", () => {
  it("SGB-4.3: passes when each audience was sent a communication on the focal point and on reporting, in one piece or in two", () => {
    expect(findingsOf(run(datasetWith({ communications: [communication({ id: "C-1" })] })), RULE)).toEqual([]);
    const split = [communication({ id: "C-1", audience: ["staff"] }), communication({ id: "C-2", audience: ["local-population"] })];
    expect(findingsOf(run(datasetWith({ communications: split })), RULE)).toEqual([]);
  });

  it("SGB-4.3: fails an audience never informed, naming it and the topics required", () => {
    const r = run(datasetWith({ communications: [communication({ id: "C-1", audience: ["staff"] })] }));
    expect(single(r)).toMatchObject({
      ruleId: RULE,
      obligationIds: ["SGB-4.3"],
      severity: "violation",
      citation: { document: "ST/SGB/2003/13", clause: "section 4.3" },
      subject: { kind: "mission", id: "MSN" },
      path: ["communications"],
      explanation: { facts: { audience: "local-population", requiredTopics: ["focal-points", "reporting"], communicationsToAudience: 0 } },
    });
  });

  it("SGB-4.3: a communication that leaves out how to reach the focal point, or is issued after asOf, does not inform", () => {
    const noContact = run(datasetWith({ communications: [communication({ id: "C-1", topics: ["focal-points", "prevention"] })] }));
    expect(findingsOf(noContact, RULE).map((f) => [f.explanation.facts["audience"], f.explanation.facts["communicationsToAudience"]])).toEqual([
      ["staff", 1],
      ["local-population", 1],
    ]);
    const later = run(datasetWith({ communications: [communication({ id: "C-1", issuedOn: "2018-07-01" })] }));
    expect(findingsOf(later, RULE).map((f) => f.explanation.facts["audience"])).toEqual(["staff", "local-population"]);
    expect(findingsOf(run(datasetWith({ communications: [communication({ id: "C-1", issuedOn: "2018-07-01" })] }), { asOf: "2018-07-01" }), RULE)).toEqual([]);
  });

  it("SGB-4.3: asks nothing where no mission is present (the duty is a mission's)", () => {
    const d = datasetWith({ communications: [] });
    d.mission = { ...d.mission!, missionPresent: false };
    expect(findingsOf(run(d), RULE)).toEqual([]);
  });

  it("SGB-4.3: the audiences and topics are parameters a host overlays from a date", () => {
    const citation = { document: "ST/SGB/2003/13", clause: "section 4.3" };
    const parameters = { focalPointInformationAudiences: [{ value: ["staff", "local-population", "refugees"], effectiveFrom: "2018-06-01", citation }] };
    const d = datasetWith({ communications: [communication({ id: "C-1" })] });
    expect(findingsOf(run(d, { parameters }), RULE).map((f) => f.explanation.facts["audience"])).toEqual(["refugees"]);
    expect(findingsOf(run(d, { parameters, asOf: "2018-05-31" }), RULE)).toEqual([]);
    expect(AS_OF >= "2018-06-01").toBe(true);
  });
});
