import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, type AnyRule, type MissionDatasetInput } from "../../../src";
import { cbcmRecency, immediateResponseTeamBacked, irtComposition, irtTraining, noExcuseCardCoverage, pledgeInEpas, promotedChannelsConfigured, retaliationProtectionCommunicated, sopFamiliarization, taskForceMembership } from "../../../src/rules";
import { minuscaMissionProfile, sourceDocuments } from "../../../src/parameters";
import { AS_OF, compliantDataset, person } from "@psea/test-support";

function findings(rule: AnyRule, input: MissionDatasetInput, options: { asOf?: string; parameters?: unknown } = {}) {
  const r = evaluate(defineRuleSet({ id: "one", title: "one rule", rules: [rule] }), input, { asOf: options.asOf ?? AS_OF, ...(options.parameters !== undefined ? { parameters: options.parameters } : {}) });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

const base = compliantDataset;
type Irt = NonNullable<MissionDatasetInput["immediateResponseTeam"]>;
const irt = (d: MissionDatasetInput): Irt => d.immediateResponseTeam as Irt;

describe("AP-CC1474 measure (6) cross-checked against the Immediate Response Team's roster", () => {
  it("AP-CC1474 passes a declared IRT with serving members", () => {
    expect(findings(immediateResponseTeamBacked, base())).toEqual([]);
  });

  it("AP-CC1474 fails a declared IRT whose members have all left", () => {
    const d = base();
    d.immediateResponseTeam = { members: (irt(d).members ?? []).map((m) => ({ ...m, leftOn: "2018-06-01" })) };
    expect(findings(immediateResponseTeamBacked, d)).toMatchObject([
      { ruleId: "ap.cc1474.immediate-response-team-staffed", obligationIds: ["AP-CC1474"], severity: "violation", citation: { document: "CC-1474", clause: "measure (6)" }, path: ["immediateResponseTeam", "members"], explanation: { facts: { servingMembers: 0, recordedMembers: 6 } } },
    ]);
  });
});

describe("AP-E2 Immediate Response Team membership and training", () => {
  it("AP-E2 passes a team with a trained member from HRD, CRSV, HR, CP, UNPOL and Force", () => {
    expect(findings(irtComposition, base())).toEqual([]);
    expect(findings(irtTraining, base())).toEqual([]);
  });

  it("AP-E2 fails a team with no child protection member, naming the unit", () => {
    const d = base();
    d.immediateResponseTeam = { members: (irt(d).members ?? []).filter((m) => m.unit !== "child-protection") };
    expect(findings(irtComposition, d)).toMatchObject([
      { ruleId: "ap.e2.irt-composition", obligationIds: ["AP-E2"], severity: "violation", explanation: { facts: { missingUnits: ["child-protection"], servingMembers: 5 } } },
    ]);
  });

  it("AP-E2 fails a serving member untrained on collecting and preserving evidence by asOf", () => {
    const d = base();
    d.immediateResponseTeam = { members: (irt(d).members ?? []).map((m, i) => (i === 0 ? { ...m, evidenceTrainingOn: "2018-07-01" } : m)) };
    expect(findings(irtTraining, d)).toMatchObject([
      { ruleId: "ap.e2.irt-training", subject: { kind: "personnel", id: "P-FP" }, path: ["immediateResponseTeam", "members", 0, "evidenceTrainingOn"], explanation: { facts: { unit: "human-rights", evidenceTrainingOn: "2018-07-01" } } },
    ]);
  });
});

describe("AP-P3 SEA Task Force membership", () => {
  it("AP-P3 passes a Task Force with the CDT, mission leadership and a head of UN agency", () => {
    expect(findings(taskForceMembership, base())).toEqual([]);
  });

  it("AP-P3 fails a Task Force whose head of agency has left", () => {
    const d = base();
    d.taskForce = { members: [...(d.taskForce?.members ?? []).filter((m) => m.group !== "un-agency-head"), { group: "un-agency-head", entity: "UNFPA", joinedOn: "2018-01-15", leftOn: "2018-03-01" }] };
    expect(findings(taskForceMembership, d)).toMatchObject([
      { ruleId: "ap.p3.task-force-membership", obligationIds: ["AP-P3"], severity: "violation", path: ["taskForce", "members"], explanation: { facts: { missingGroups: ["un-agency-head"], servingGroups: ["cdt", "mission-leadership"] } } },
    ]);
  });
});

describe("AP-P1 no-excuse card distribution coverage", () => {
  it("AP-P1 passes when every person on strength has the card, and ignores those who arrive later", () => {
    const d = base();
    d.personnel = [...(d.personnel ?? []), person({ id: "P-LATER", arrivalDate: "2018-07-01", noExcuseCardReceivedOn: undefined })];
    expect(findings(noExcuseCardCoverage, d)).toEqual([]);
  });

  it("AP-P1 fails when one of five has not received it, with the coverage rate and the target", () => {
    const d = base();
    d.personnel = [...(d.personnel ?? []), person({ id: "P-NEW", category: "formed-police-unit", noExcuseCardReceivedOn: undefined })];
    expect(findings(noExcuseCardCoverage, d)).toMatchObject([
      { ruleId: "ap.p1.no-excuse-card-coverage", obligationIds: ["AP-P1"], severity: "violation", citation: { clause: "Prevention goal 1 (e)" }, explanation: { facts: { concerned: 5, received: 4, rate: 0.8, target: 1 } } },
    ]);
  });
});

describe("AP-P5 CBCM refresher training and CDT visits are recent", () => {
  it("AP-P5 passes a CBCM within both intervals of its establishment", () => {
    expect(findings(cbcmRecency, base())).toEqual([]);
  });

  it("AP-P5 fails a CBCM with no CDT visit within six months, and no refresher within a year", () => {
    const fs = findings(cbcmRecency, base(), { asOf: "2019-03-01" });
    expect(fs.map((f) => [f.ruleId, f.obligationIds, f.severity, f.path.at(-1), f.explanation.facts["dueOn"]])).toEqual([
      ["ap.p5.cbcm-recency", ["AP-P5"], "warning", "lastCdtVisitOn", "2018-08-15"],
      ["ap.p5.cbcm-recency", ["AP-P5"], "warning", "lastRefresherTrainingOn", "2019-02-15"],
    ]);
    const d = base();
    d.complaintMechanisms = (d.complaintMechanisms ?? []).map((m) => ({ ...m, lastRefresherTrainingOn: "2019-01-10", lastCdtVisitOn: "2019-01-10" }));
    expect(findings(cbcmRecency, d, { asOf: "2019-03-01" })).toEqual([]);
  });
});

describe("AP-E1 MINUSCA's promoted channels, SOP familiarization and protection from retaliation", () => {
  it("AP-E1 passes the hotlines 4044 and 4445 and the e-mail under the MINUSCA profile when all are configured", () => {
    const d = base();
    d.mission = { ...d.mission, reportingChannels: [...(d.mission.reportingChannels ?? []), { id: "mail", kind: "email", address: "MuniscaDemaSea@un.org" }] };
    expect(findings(promotedChannelsConfigured, d, { parameters: minuscaMissionProfile })).toEqual([]);
    expect(findings(promotedChannelsConfigured, base())).toEqual([]);
  });

  it("AP-E1 fails a promoted channel that is not configured, or not confidential, and applies the profile only from the plan's start", () => {
    const d = base();
    d.mission = { ...d.mission, reportingChannels: [{ id: "h1", kind: "hotline", address: "4044" }, { id: "h2", kind: "hotline", address: "4445", confidential: false }] };
    const fs = findings(promotedChannelsConfigured, d, { parameters: minuscaMissionProfile });
    expect(fs.map((f) => [f.obligationIds, f.explanation.facts["address"], f.explanation.facts["configured"]])).toEqual([
      [["AP-E1"], "4445", 1],
      [["AP-E1"], "muniscademasea@un.org", 0],
    ]);
    expect(fs[0]!.explanation.parameters).toMatchObject([{ id: "promotedReportingChannels", layer: "overlay", effectiveFrom: "2018-01-01" }]);
  });

  it("AP-E1 passes when everyone on strength attended the SOP familiarization, and fails with the rate when one did not", () => {
    expect(findings(sopFamiliarization, base())).toEqual([]);
    const d = base();
    d.personnel = (d.personnel ?? []).map((p) => (p.id === "P-FFP" ? { ...p, reportingSopFamiliarizedOn: undefined } : p));
    expect(findings(sopFamiliarization, d)).toMatchObject([{ ruleId: "ap.e1.sop-familiarization", severity: "violation", explanation: { facts: { onStrength: 4, familiarized: 3, rate: 0.75, target: 1 } } }]);
  });

  it("AP-E1 passes when staff were assured of protection against retaliation (ST/SGB/2017/2), and fails when never", () => {
    expect(findings(retaliationProtectionCommunicated, base())).toEqual([]);
    const d = base();
    d.communications = (d.communications ?? []).filter((c) => c.id !== "C-RETALIATION");
    expect(findings(retaliationProtectionCommunicated, d)).toMatchObject([
      { ruleId: "ap.e1.retaliation-protection", obligationIds: ["AP-E1"], severity: "violation", explanation: { facts: { audience: "staff", requiredTopic: "protection-from-retaliation" } } },
    ]);
    expect(sourceDocuments["ST/SGB/2017/2"].issued).toBe("2017-01-20");
  });
});

describe("AP-E5 the pledge is one of the goals in managers' e-PAS work plans", () => {
  it("AP-E5 passes when every manager on strength has the pledge in e-PAS", () => {
    expect(findings(pledgeInEpas, base())).toEqual([]);
  });

  it("AP-E5 fails a manager whose e-PAS work plan does not include the pledge", () => {
    const d = base();
    d.personnel = (d.personnel ?? []).map((p) => (p.id === "P-HOM" ? { ...p, pledgeInEpasOn: undefined } : p));
    expect(findings(pledgeInEpas, d)).toMatchObject([
      { ruleId: "ap.e5.pledge-in-epas", obligationIds: ["AP-E5"], severity: "violation", subject: { kind: "personnel", id: "P-HOM" }, path: ["personnel", 0, "pledgeInEpasOn"], explanation: { facts: { roles: ["head-of-mission"], pledgeSignedOn: "2018-01-20", pledgeInEpasOn: null } } },
    ]);
  });
});
