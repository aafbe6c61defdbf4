import { describe, expect, it } from "vitest";
import { communityCommunications, defineRuleSet, evaluate, type EvaluationResult, type MissionDatasetInput } from "../../../src";
import { AS_OF, compliantDataset } from "../../support/dataset";

const set = defineRuleSet({ id: "rc-d", title: "DPKO RC (d)", rules: [communityCommunications] });
type CommunicationInput = NonNullable<MissionDatasetInput["communications"]>[number];

function findings(r: EvaluationResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

function withCommunication(c: Partial<CommunicationInput> = {}): MissionDatasetInput {
  return {
    ...compliantDataset(),
    communications: [
      {
        id: "C-1",
        title: "Where to report",
        issuedOn: "2018-05-01",
        issuer: "network",
        audience: ["local-population", "beneficiaries"],
        topics: ["reporting", "recourse-channels"],
        languages: ["fr", "sg"],
        ...c,
      },
    ],
  };
}

describe("DPKO-RC-d community communications by the Network in the relevant languages", () => {
  it("DPKO-RC-d passes a Network communication to the local population in French and Sango", () => {
    expect(findings(evaluate(set, withCommunication(), { asOf: AS_OF }))).toEqual([]);
  });

  it("DPKO-RC-d fails a community communication issued by the mission instead of the Network", () => {
    const [f, ...rest] = findings(evaluate(set, withCommunication({ issuer: "mission" }), { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "dpko.rc-d.community-communications",
      obligationIds: ["DPKO-RC-d"],
      severity: "violation",
      citation: { document: "DPKO-IG", clause: "Responsibilities of HoM and RC (d)" },
      subject: { kind: "communication", id: "C-1" },
      path: ["communications", 0, "issuer"],
      explanation: { facts: { issuer: "mission", audience: ["local-population", "beneficiaries"], issuedOn: "2018-05-01" } },
    });
  });

  it("DPKO-RC-d fails a communication missing a relevant language, listing the missing ones", () => {
    const [f, ...rest] = findings(evaluate(set, withCommunication({ languages: ["fr", "en"] }), { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "dpko.rc-d.community-communications",
      severity: "violation",
      subject: { kind: "communication", id: "C-1" },
      path: ["communications", 0, "languages"],
      explanation: { facts: { missingLanguages: ["sg"], languages: ["fr", "en"], relevantLanguages: ["fr", "sg"] } },
    });
    expect(f!.explanation.parameters.map((p) => p.id)).toEqual(["networkIssuedAudiences"]);
  });

  it("DPKO-RC-d reports issuer and languages separately when both fail", () => {
    const fs = findings(evaluate(set, withCommunication({ issuer: "agency", audience: ["refugees"], languages: ["en"] }), { asOf: AS_OF }));
    expect(fs.map((f) => [f.concern, f.path.at(-1)])).toEqual([
      ["community-communication:issuer", "issuer"],
      ["community-communication:languages", "languages"],
    ]);
    expect(fs[1]!.explanation.facts["missingLanguages"]).toEqual(["fr", "sg"]);
  });

  it("DPKO-RC-d leaves staff-only communications and those issued after asOf alone by default", () => {
    expect(findings(evaluate(set, withCommunication({ issuer: "mission", audience: ["staff"] }), { asOf: AS_OF }))).toEqual([]);
    expect(findings(evaluate(set, withCommunication({ issuer: "mission", issuedOn: "2018-07-01" }), { asOf: AS_OF }))).toEqual([]);
  });

  it("DPKO-RC-d holds staff communications to the rule when a host overlays the audiences", () => {
    const parameters = {
      networkIssuedAudiences: [
        {
          value: ["staff", "local-population", "beneficiaries", "refugees"],
          effectiveFrom: "2018-01-01",
          citation: { document: "DPKO-IG", clause: "Responsibilities of HoM and RC (d)" },
        },
      ],
    };
    const fs = findings(evaluate(set, withCommunication({ issuer: "mission", audience: ["staff"] }), { asOf: AS_OF, parameters }));
    expect(fs.map((f) => [f.path, f.explanation.facts["audience"]])).toEqual([[["communications", 0, "issuer"], ["staff"]]]);
    expect(fs[0]!.explanation.parameters[0]).toMatchObject({ id: "networkIssuedAudiences", layer: "overlay" });
  });
});
