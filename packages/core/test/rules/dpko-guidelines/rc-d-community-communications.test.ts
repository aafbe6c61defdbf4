import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, type EvaluationResult, type MissionDatasetInput } from "../../../src";
import { communityCommunications, focalPointsMadeKnown } from "../../../src/rules";
import { listParameterConflicts, minuscaMissionProfile } from "../../../src/parameters";
import { AS_OF, compliantDataset } from "@psea/test-support";

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
      explanation: { facts: { issuer: "mission", audience: ["local-population", "beneficiaries"], issuedOn: "2018-05-01", acceptedIssuers: ["network"] } },
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
    expect(f!.explanation.parameters.map((p) => p.id)).toEqual(["networkIssuedAudiences", "communityCommunicationIssuers"]);
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

describe("DPKO-RC-d and AP-P1: mission-issued broadcasts, a declared conflict settled by the MINUSCA profile", () => {
  it("DPKO-RC-d records the action plan's mission-issued broadcasts as a conflict of communityCommunicationIssuers", () => {
    const c = listParameterConflicts().find((x) => x.parameterId === "communityCommunicationIssuers");
    expect(c?.encoded.map((v) => v.value)).toEqual([["network"]]);
    expect(c?.conflicts[0]).toMatchObject({ value: ["network", "mission"], citation: { document: "MINUSCA-AP-2018-2019" } });
  });

  it("DPKO-RC-d passes a mission-issued broadcast under the MINUSCA profile from the plan's start, and fails it before", () => {
    const d = withCommunication({ issuer: "mission", issuedOn: "2017-11-01" });
    const parameters = minuscaMissionProfile;
    expect(findings(evaluate(set, d, { asOf: AS_OF, parameters }))).toEqual([]);
    const before = findings(evaluate(set, d, { asOf: "2017-12-31", parameters }));
    expect(before.map((f) => f.path)).toEqual([["communications", 0, "issuer"]]);
    expect(before[0]!.explanation.parameters.find((p) => p.id === "communityCommunicationIssuers")).toMatchObject({ layer: "default" });
  });
});

const known = defineRuleSet({ id: "rc-d-known", title: "DPKO RC (d), focal points made known", rules: [focalPointsMadeKnown] });

describe("DPKO-RC-d the local community is told who the focal points are and how to reach them", () => {
  it("DPKO-RC-d passes when a Network communication to refugees names the focal points and how to contact them", () => {
    const d = withCommunication({ audience: ["refugees"], topics: ["focal-points", "reporting"] });
    expect(findings(evaluate(known, d, { asOf: AS_OF }))).toEqual([]);
  });

  it("DPKO-RC-d fails when no community communication covers the focal points and how to reach them", () => {
    const [f, ...rest] = findings(evaluate(known, withCommunication({ topics: ["reporting", "recourse-channels"] }), { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "dpko.rc-d.focal-points-made-known",
      obligationIds: ["DPKO-RC-d"],
      severity: "violation",
      citation: { document: "DPKO-IG", clause: "Responsibilities of HoM and RC (d)" },
      subject: { kind: "mission", id: "MSN" },
      path: ["communications"],
      explanation: {
        facts: {
          audiences: ["local-population", "refugees", "beneficiaries"],
          requiredTopics: ["focal-points", "reporting"],
          acceptedIssuers: ["network"],
          communicationsToCommunity: 1,
        },
      },
    });
  });

  it("DPKO-RC-d a staff-only, a later or a non-Network communication does not inform the community", () => {
    for (const c of [{ audience: ["staff" as const] }, { issuedOn: "2018-07-01" }, { issuer: "agency" as const }]) {
      const fs = findings(evaluate(known, withCommunication({ topics: ["focal-points", "reporting"], ...c }), { asOf: AS_OF }));
      expect(fs.map((f) => f.ruleId)).toEqual(["dpko.rc-d.focal-points-made-known"]);
    }
  });
});
