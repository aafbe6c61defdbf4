import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, type AllegationInput, type EvaluationResult } from "../../../src";
import { rumouredAllegations } from "../../../src/rules";
import { AS_OF, compliantDataset } from "@psea/test-support";

const set = defineRuleSet({ id: "rc-e", title: "DPKO RC (e)", rules: [rumouredAllegations] });

function findings(r: EvaluationResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

function rumour(a: Omit<Partial<AllegationInput>, "intake"> & { intake?: Partial<AllegationInput["intake"]> } = {}): AllegationInput {
  const { intake, ...rest } = a;
  return {
    id: "A-R",
    receivedOn: "2018-05-02",
    intake: { channel: "rumour", headOfMissionLiaisonOn: "2018-05-04", ...intake },
    subjects: [{ ref: "S-1", category: "military-contingent", contributingCountry: "XYZ" }],
    conduct: { sexualActivity: "actual", exchange: ["money"] },
    ...rest,
  };
}

const run = (a: AllegationInput, asOf = AS_OF) => findings(evaluate(set, { ...compliantDataset(), allegations: [a] }, { asOf }));

describe("DPKO-RC-e rumoured allegations", () => {
  it("DPKO-RC-e passes a rumour with a recorded Head of Mission liaison", () => {
    expect(run(rumour())).toEqual([]);
  });

  it("DPKO-RC-e fails a rumour that may involve mission personnel with no Head of Mission liaison", () => {
    const [f, ...rest] = run(rumour({ intake: { headOfMissionLiaisonOn: undefined } }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "dpko.rc-e.rumoured-allegations",
      obligationIds: ["DPKO-RC-e"],
      severity: "violation",
      citation: { document: "DPKO-IG", clause: "Responsibilities of HoM and RC (e)" },
      subject: { kind: "allegation", id: "A-R" },
      path: ["allegations", 0, "intake", "headOfMissionLiaisonOn"],
      concern: "rumour:head-of-mission-liaison",
      explanation: { facts: { rumour: true, missionPersonnelMayBeInvolved: true, receivedOn: "2018-05-02", headOfMissionLiaisonOn: null } },
    });
  });

  it("DPKO-RC-e treats intake.rumour on any channel as a rumour, and a liaison after asOf as not yet made", () => {
    const a = rumour({ intake: { channel: "in-person", rumour: true, headOfMissionLiaisonOn: "2018-07-02" } });
    expect(run(a).map((f) => f.explanation.facts["headOfMissionLiaisonOn"])).toEqual(["2018-07-02"]);
    expect(run(a, "2018-07-02")).toEqual([]);
  });

  it("DPKO-RC-e asks no Head of Mission liaison where no mission is present, and still that the rumour is processed", () => {
    const d = compliantDataset();
    d.mission.missionPresent = false;
    const noLiaison = rumour({ intake: { headOfMissionLiaisonOn: undefined } });
    expect(findings(evaluate(set, { ...d, allegations: [noLiaison] }, { asOf: AS_OF }))).toEqual([]);
    const closedBare = rumour({ intake: { headOfMissionLiaisonOn: undefined }, closedOn: "2018-06-01" });
    expect(findings(evaluate(set, { ...d, allegations: [closedBare] }, { asOf: AS_OF })).map((f) => f.path)).toEqual([["allegations", 0, "closedOn"]]);
    // With a mission present, the same rumour needs the liaison.
    expect(run(noLiaison).map((f) => f.path)).toEqual([["allegations", 0, "intake", "headOfMissionLiaisonOn"]]);
  });

  it("DPKO-RC-e asks no liaison where mission personnel are not involved, nor of non-rumours", () => {
    expect(run(rumour({ intake: { headOfMissionLiaisonOn: undefined, missionPersonnelMayBeInvolved: false } }))).toEqual([]);
    expect(run(rumour({ intake: { channel: "hotline", channelId: "hotline-4044", headOfMissionLiaisonOn: undefined } }))).toEqual([]);
  });

  it("DPKO-RC-e fails a rumour closed without an outcome, and passes one closed with an outcome", () => {
    const fs = run(rumour({ closedOn: "2018-06-01" }));
    expect(fs.map((f) => [f.path, f.concern, f.explanation.facts])).toEqual([
      [["allegations", 0, "closedOn"], "rumour:processed", { rumour: true, receivedOn: "2018-05-02", closedOn: "2018-06-01", outcome: null }],
    ]);
    expect(run(rumour({ closedOn: "2018-06-01", outcome: { result: "not-substantiated", decidedOn: "2018-05-30" } }))).toEqual([]);
  });

  it("DPKO-RC-e ignores rumours received after asOf", () => {
    expect(run(rumour({ receivedOn: "2018-07-10", intake: { headOfMissionLiaisonOn: undefined } }))).toEqual([]);
  });
});
