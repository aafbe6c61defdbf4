import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, type AnyRule, type MissionDatasetInput } from "../../../src";
import { cbcmComposition, cbcmEquipment, cbcmCoverage as cbcmCoverageRule, cbcmRecency, channelConfidentiality, codeCable1474MeasureInPlace, codeCable1474MeasureRules, focalPointMeasureBacked, immediateResponseTeamBacked, intakeChannelRecorded, investigationTimelineCompliance, irtComposition, irtTraining, noExcuseCardCoverage, pledgeInEpas, promotedChannelsConfigured, requiredReportingChannels, retaliationProtectionCommunicated, sopFamiliarization, taskForceMembership } from "../../../src/rules";
import { AS_OF, compliantDataset, person } from "@psea/test-support";
import { allegation } from "../sgb-2003-13/support";

// The MINUSCA action plan's rules: the wording of each finding, the first and last day each judges,
// and the records each reads and leaves alone.

const citationOf = (clause: string) => ({ document: "MINUSCA-AP-2018-2019", clause });

function findings(rule: AnyRule, input: MissionDatasetInput, options: { asOf?: string; parameters?: unknown } = {}) {
  const r = evaluate(defineRuleSet({ id: "one", title: "one rule", rules: [rule] }), input, {
    asOf: options.asOf ?? AS_OF,
    ...(options.parameters !== undefined ? { parameters: options.parameters } : {}),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

type Measures = NonNullable<MissionDatasetInput["mission"]>["measures"];
function withMeasures(measures: Partial<NonNullable<Measures>>): MissionDatasetInput {
  const d = compliantDataset();
  d.mission = { ...d.mission, measures: { ...d.mission.measures, ...measures } as Measures };
  return d;
}

describe("AP-CC1474 measures and their cross-checks", () => {
  const focalPointRule = codeCable1474MeasureRules.find((r) => r.id.endsWith("focal-point"))!;

  it("names the measure by number and name for each way it can be missing", () => {
    const { "focal-point": _fp, ...rest } = compliantDataset().mission.measures!;
    const notRecorded = compliantDataset();
    notRecorded.mission = { ...notRecorded.mission, measures: rest };
    const [a] = findings(focalPointRule, notRecorded);
    expect(a!.message).toBe("Code Cable 1474 measure (4), SEA Focal Point, is not recorded for the mission");
    expect(a!.explanation.facts).toEqual({ measure: "focal-point", number: 4, recorded: false, inPlace: false, since: null });
    expect(a!.path).toEqual(["mission", "measures", "focal-point"]);
    expect(a!.subject).toEqual({ kind: "mission", id: "MSN" });

    const [b] = findings(focalPointRule, withMeasures({ "focal-point": { inPlace: false } }));
    expect(b!.message).toBe("Code Cable 1474 measure (4), SEA Focal Point, is not in place");
    expect(b!.explanation.facts).toMatchObject({ recorded: true, inPlace: false });

    const [c] = findings(focalPointRule, withMeasures({ "focal-point": { inPlace: true, since: "2018-07-01" } }));
    expect(c!.message).toBe("Code Cable 1474 measure (4), SEA Focal Point, is in place only from 2018-07-01, after 2018-06-30");
    expect(c!.explanation.facts).toMatchObject({ recorded: true, inPlace: true, since: "2018-07-01" });
  });

  it("counts a measure in place from its own date, and without a date from any date", () => {
    const mission = (status: { inPlace: boolean; since?: string }) => ({ measures: { "focal-point": status } }) as never;
    expect(codeCable1474MeasureInPlace(mission({ inPlace: true, since: AS_OF }), "focal-point", AS_OF)).toBe(true);
    expect(codeCable1474MeasureInPlace(mission({ inPlace: true, since: "2018-07-01" }), "focal-point", AS_OF)).toBe(false);
    expect(codeCable1474MeasureInPlace(mission({ inPlace: true }), "focal-point", AS_OF)).toBe(true);
    expect(codeCable1474MeasureInPlace(mission({ inPlace: false }), "focal-point", AS_OF)).toBe(false);
    expect(codeCable1474MeasureInPlace({ measures: {} } as never, "focal-point", AS_OF)).toBe(false);
  });

  it("cross-checks the Focal Point measure: wording with and without an appointment, and an appointment on asOf counts", () => {
    const none = compliantDataset();
    const { focalPoint: _fp, ...roster } = none.roster!;
    none.roster = roster;
    const [a] = findings(focalPointMeasureBacked, none);
    expect(a!.message).toBe("the SEA Focal Point measure is declared in place but no Focal Point is appointed");
    expect(a!.path).toEqual(["roster", "focalPoint"]);
    expect(a!.explanation.facts).toEqual({ measure: "focal-point", declaredInPlace: true, appointedOn: null });
    expect(a!.subject).toEqual({ kind: "mission", id: "MSN" });

    const later = compliantDataset();
    later.roster = { ...later.roster!, focalPoint: { personnelId: "P-FP", appointedOn: "2018-07-01" } };
    const [b] = findings(focalPointMeasureBacked, later);
    expect(b!.message).toBe("the SEA Focal Point measure is declared in place but the Focal Point is appointed only on 2018-07-01, after 2018-06-30");
    expect(b!.path).toEqual(["roster", "focalPoint", "appointedOn"]);
    expect(b!.explanation.facts["appointedOn"]).toBe("2018-07-01");
    expect(findings(focalPointMeasureBacked, later, { asOf: "2018-07-01" })).toEqual([]);
  });

  it("cross-checks the IRT measure only when declared, with its wording", () => {
    const d = compliantDataset();
    d.immediateResponseTeam = { members: [] };
    const [f] = findings(immediateResponseTeamBacked, d);
    expect(f!.message).toBe("the SEA Immediate Response Team measure is declared in place but no member serves on it on 2018-06-30");
    expect(f!.subject).toEqual({ kind: "mission", id: "MSN" });
    expect(f!.explanation.facts).toEqual({ measure: "immediate-response-team", declaredInPlace: true, recordedMembers: 0, servingMembers: 0 });
    const undeclared = withMeasures({ "immediate-response-team": { inPlace: false } });
    undeclared.immediateResponseTeam = { members: [] };
    expect(findings(immediateResponseTeamBacked, undeclared)).toEqual([]);
  });

  it("words an investigation concluded late and one still open, and counts a conclusion dated asOf", () => {
    const referred = (investigation: Record<string, unknown>) => ({
      ...compliantDataset(),
      allegations: [allegation({ id: "A-1", investigation: { entity: "OIOS", referredOn: "2018-01-01", urgent: false, ...investigation } as never })],
    });
    const [late] = findings(investigationTimelineCompliance, referred({ concludedOn: "2018-07-05" }), { asOf: "2018-07-05" });
    expect(late!.message).toBe("the investigation of A-1 was concluded on 2018-07-05, after its due date 2018-07-01 (P6M from referral)");
    expect(late!.path).toEqual(["allegations", 0, "investigation", "concludedOn"]);
    expect(late!.explanation.facts).toMatchObject({ referredOn: "2018-01-01", urgent: false, timeline: "P6M", dueOn: "2018-07-01", concludedOn: "2018-07-05", measureDeclaredInPlace: true });
    const [open] = findings(investigationTimelineCompliance, referred({ concludedOn: "2018-07-06" }), { asOf: "2018-07-05" });
    expect(open!.message).toBe("the investigation of A-1 is still open on 2018-07-05, past its due date 2018-07-01 (P6M from referral)");
    expect(open!.path).toEqual(["allegations", 0, "investigation"]);
    expect(open!.explanation.facts["concludedOn"]).toBeNull();
    const undeclared = { ...referred({}), mission: withMeasures({ "investigation-timeline-compliance": { inPlace: false } }).mission };
    const [u] = findings(investigationTimelineCompliance, undeclared, { asOf: "2018-07-05" });
    expect(u!.explanation.facts["measureDeclaredInPlace"]).toBe(false);
  });
});

describe("AP-E1 channels", () => {
  const withChannels = (reportingChannels: NonNullable<MissionDatasetInput["mission"]>["reportingChannels"]) => {
    const d = compliantDataset();
    d.mission = { ...d.mission, reportingChannels };
    return d;
  };

  it("warns on each channel that is not confidential, by its id and kind", () => {
    const d = withChannels([
      { id: "h1", kind: "hotline", address: "4044" },
      { id: "m1", kind: "email", address: "a@b.example", confidential: false },
    ]);
    const [f, ...rest] = findings(channelConfidentiality, d);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      subject: { kind: "reporting-channel", id: "m1" },
      path: ["mission", "reportingChannels", 1, "confidential"],
      message: "reporting channel m1 (email) is not confidential",
      explanation: { facts: { channelId: "m1", kind: "email", confidential: false } },
    });
  });

  it("words a required kind with no channel, and one whose channels are none confidential", () => {
    const d = withChannels([
      { id: "h1", kind: "hotline", address: "4044", confidential: false },
      { id: "h2", kind: "hotline", address: "4445", confidential: false },
    ]);
    const fs = findings(requiredReportingChannels, d);
    expect(fs.map((f) => [f.message, f.concern, f.explanation.facts])).toEqual([
      ["the mission's hotline reporting channels (h1, h2) are none of them confidential", "reporting-channel-kind:hotline", { kind: "hotline", configured: 2, confidential: 0 }],
      ["no email reporting channel is configured for the mission", "reporting-channel-kind:email", { kind: "email", configured: 0, confidential: 0 }],
    ]);
    expect(fs[0]!.subject).toEqual({ kind: "mission", id: "MSN" });
    expect(fs[0]!.path).toEqual(["mission", "reportingChannels"]);
  });

  it("matches a promoted channel by kind and by address whatever its case and spacing, and words both failures", () => {
    const promoted = { promotedReportingChannels: [{ value: [{ kind: "hotline", address: " 4044 " }, { kind: "email", address: "Sea@Mission.example" }], effectiveFrom: "2018-01-01", citation: citationOf("Enforcement goal 1 (c)") }] };
    const ok = withChannels([
      { id: "h1", kind: "hotline", address: "4044" },
      { id: "m1", kind: "email", address: " sea@mission.EXAMPLE" },
    ]);
    expect(findings(promotedChannelsConfigured, ok, { parameters: promoted })).toEqual([]);
    const bad = withChannels([
      { id: "h1", kind: "email", address: "4044" },
      { id: "m1", kind: "email", address: "sea@mission.example", confidential: false },
      { id: "m2", kind: "email", address: "SEA@mission.example", confidential: false },
    ]);
    const fs = findings(promotedChannelsConfigured, bad, { parameters: promoted });
    expect(fs.map((f) => [f.message, f.concern, f.explanation.facts])).toEqual([
      ["the hotline 4044 the mission promotes is not among its configured reporting channels", "ap.e1.promoted-channel:hotline:4044", { kind: "hotline", address: "4044", configured: 0, confidential: false }],
      [
        "the email Sea@Mission.example the mission promotes is configured (m1, m2) but not confidential",
        "ap.e1.promoted-channel:email:sea@mission.example",
        { kind: "email", address: "Sea@Mission.example", configured: 2, confidential: false },
      ],
    ]);
    expect(fs[0]!.subject).toEqual({ kind: "mission", id: "MSN" });
    expect(fs[0]!.path).toEqual(["mission", "reportingChannels"]);
  });

  it("words an allegation that does not name its channel, from the day it is received", () => {
    const d = { ...compliantDataset(), allegations: [allegation({ id: "A-1", receivedOn: AS_OF, intake: { channel: "hotline" } })] };
    const [f, ...rest] = findings(intakeChannelRecorded, d);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      subject: { kind: "allegation", id: "A-1" },
      path: ["allegations", 0, "intake", "channelId"],
      message: "allegation A-1, received by hotline, does not record which configured reporting channel it came through",
      explanation: { facts: { channel: "hotline", channelId: null, receivedOn: AS_OF } },
    });
    expect(findings(intakeChannelRecorded, d, { asOf: "2018-06-29" })).toEqual([]);
    const rumour = { ...compliantDataset(), allegations: [allegation({ id: "A-1", intake: { channel: "hotline", rumour: true } })] };
    expect(findings(intakeChannelRecorded, rumour)).toEqual([]);
  });
});

describe("AP-E1 SOP familiarization and protection from retaliation", () => {
  it("words the shortfall with the rate to three places, and passes a rate that meets an overlaid target", () => {
    const d = compliantDataset();
    d.personnel = (d.personnel ?? []).map((p) => (p.id === "P-FFP" ? { ...p, reportingSopFamiliarizedOn: "2018-07-01" } : p));
    const [f] = findings(sopFamiliarization, d);
    expect(f!.message).toBe("1 of 4 personnel on strength have attended no familiarization session on the reporting SOP (rate 0.750, target 1)");
    expect(f!.subject).toEqual({ kind: "mission", id: "MSN" });
    expect(f!.path).toEqual(["personnel"]);
    expect(findings(sopFamiliarization, d, { asOf: "2018-07-01" })).toEqual([]);
    const target = { sopFamiliarizationTarget: [{ value: 0.75, effectiveFrom: "2018-01-01", citation: citationOf("Enforcement goal 1 (d)") }] };
    expect(findings(sopFamiliarization, d, { parameters: target })).toEqual([]);
  });

  it("finds nothing when nobody is on strength, and counts only those on strength", () => {
    const d = compliantDataset();
    d.personnel = (d.personnel ?? []).map((p) => ({ ...p, arrivalDate: "2018-07-01", reportingSopFamiliarizedOn: undefined }));
    expect(findings(sopFamiliarization, d)).toEqual([]);
    const gone = compliantDataset();
    gone.personnel = [...(gone.personnel ?? []), person({ id: "P-GONE", departureDate: "2018-03-01", reportingSopFamiliarizedOn: undefined })];
    expect(findings(sopFamiliarization, gone)).toEqual([]);
  });

  it("words a missing assurance, and needs the topic, the audience and a date on or before asOf in one communication", () => {
    const only = (c: Record<string, unknown>) => {
      const d = compliantDataset();
      d.communications = (d.communications ?? []).map((x) => (x.id === "C-RETALIATION" ? ({ ...x, ...c } as typeof x) : x));
      return d;
    };
    expect(findings(retaliationProtectionCommunicated, only({ issuedOn: AS_OF }))).toEqual([]);
    for (const change of [{ issuedOn: "2018-07-01" }, { audience: ["local-population"] }, { topics: ["reporting"] }]) {
      const [f, ...rest] = findings(retaliationProtectionCommunicated, only(change));
      expect(rest).toEqual([]);
      expect(f!.message).toBe("no communication issued by 2018-06-30 assures the staff audience of protection against retaliation for reporting (ST/SGB/2017/2)");
      expect(f!.concern).toBe("ap.e1.retaliation-protection:staff");
      expect(f!.subject).toEqual({ kind: "mission", id: "MSN" });
      expect(f!.path).toEqual(["communications"]);
    }
  });
});

describe("AP-E2 the Immediate Response Team", () => {
  type Irt = NonNullable<MissionDatasetInput["immediateResponseTeam"]>;
  const members = (d: MissionDatasetInput) => (d.immediateResponseTeam as Irt).members ?? [];

  it("words the missing units, and lists the serving ones sorted", () => {
    const d = compliantDataset();
    d.immediateResponseTeam = { members: members(d).filter((m) => m.unit !== "force" && m.unit !== "crsv").reverse() };
    const [f] = findings(irtComposition, d);
    expect(f!.message).toBe("the Immediate Response Team has no serving member from crsv, force on 2018-06-30");
    expect(f!.subject).toEqual({ kind: "mission", id: "MSN" });
    expect(f!.path).toEqual(["immediateResponseTeam", "members"]);
    expect(f!.explanation.facts).toEqual({ missingUnits: ["crsv", "force"], servingUnits: ["child-protection", "human-resources", "human-rights", "un-police"], servingMembers: 4 });
  });

  it("counts a member from the day they join, not one who has left", () => {
    const d = compliantDataset();
    d.immediateResponseTeam = { members: members(d).map((m) => (m.unit === "force" ? { ...m, joinedOn: AS_OF } : m.unit === "crsv" ? { ...m, leftOn: AS_OF } : m)) };
    expect(findings(irtComposition, d).map((f) => f.explanation.facts["missingUnits"])).toEqual([["crsv"]]);
  });

  it("words an untrained member, counts training on asOf, and leaves a member who has left alone", () => {
    const d = compliantDataset();
    d.immediateResponseTeam = {
      members: members(d).map((m, i) => (i === 1 ? { ...m, evidenceTrainingOn: AS_OF } : i === 2 ? { ...m, evidenceTrainingOn: undefined, leftOn: "2018-05-01" } : i === 3 ? { ...m, evidenceTrainingOn: undefined } : m)),
    };
    const [f, ...rest] = findings(irtTraining, d);
    expect(rest).toEqual([]);
    expect(f!.message).toBe("Immediate Response Team member P-FP (child-protection) has no recorded training on collecting and preserving evidence by 2018-06-30");
    expect(f!.path).toEqual(["immediateResponseTeam", "members", 3, "evidenceTrainingOn"]);
    expect(f!.explanation.facts).toEqual({ unit: "child-protection", joinedOn: "2018-01-20", evidenceTrainingOn: null });
  });
});

describe("AP-P1 no-excuse cards and AP-P3 the Task Force", () => {
  it("words the shortfall with the coverage to three places, counting a card received on asOf", () => {
    const d = compliantDataset();
    d.personnel = [
      ...(d.personnel ?? []),
      person({ id: "P-A", noExcuseCardReceivedOn: AS_OF }),
      person({ id: "P-B", noExcuseCardReceivedOn: "2018-07-01" }),
      person({ id: "P-C", noExcuseCardReceivedOn: undefined }),
    ];
    const [f] = findings(noExcuseCardCoverage, d);
    expect(f!.message).toBe("2 of 7 personnel on strength have not received the no-excuse card (coverage 0.714, target 1)");
    expect(f!.subject).toEqual({ kind: "mission", id: "MSN" });
    expect(f!.path).toEqual(["personnel"]);
    expect(f!.explanation.facts).toMatchObject({ concerned: 7, received: 5 });
  });

  it("counts only the categories the parameter names, and finds nothing when none is on strength", () => {
    const only = { noExcuseCardCategories: [{ value: ["formed-police-unit"], effectiveFrom: "2018-01-01", citation: citationOf("Prevention goal 1 (e)") }] };
    const d = compliantDataset();
    d.personnel = (d.personnel ?? []).map((p) => ({ ...p, noExcuseCardReceivedOn: undefined }));
    expect(findings(noExcuseCardCoverage, d, { parameters: only })).toEqual([]);
    d.personnel = [...d.personnel, person({ id: "P-FPU", category: "formed-police-unit", noExcuseCardReceivedOn: undefined })];
    expect(findings(noExcuseCardCoverage, d, { parameters: only }).map((f) => f.explanation.facts["concerned"])).toEqual([1]);
  });

  it("words the Task Force's missing groups", () => {
    const d = compliantDataset();
    d.taskForce = { members: (d.taskForce?.members ?? []).filter((m) => m.group === "mission-leadership") };
    const [f] = findings(taskForceMembership, d);
    expect(f!.message).toBe("the SEA Task Force has no serving member from cdt, un-agency-head on 2018-06-30");
    expect(f!.subject).toEqual({ kind: "mission", id: "MSN" });
  });
});

describe("AP-P5 community-based complaint mechanisms", () => {
  type Mechanism = NonNullable<MissionDatasetInput["complaintMechanisms"]>[number];
  const withMechanism = (m: Partial<Mechanism>) => {
    const d = compliantDataset();
    d.complaintMechanisms = (d.complaintMechanisms ?? []).map((x) => ({ ...x, ...m }) as Mechanism);
    return d;
  };

  it("words missing member groups and kit, and judges a CBCM from the day it is established", () => {
    const d = withMechanism({ establishedOn: AS_OF, members: ["youth", "women"], equipment: ["pens"] });
    const [c] = findings(cbcmComposition, d);
    expect(c).toMatchObject({
      subject: { kind: "complaint-mechanism", id: "CBCM-NORTH" },
      path: ["complaintMechanisms", 0, "members"],
      message: "CBCM CBCM-NORTH (North) has no member representing local-authorities, local-organizations",
      explanation: { facts: { region: "North", missing: ["local-authorities", "local-organizations"], members: ["youth", "women"] } },
    });
    const [e] = findings(cbcmEquipment, d);
    expect(e).toMatchObject({
      subject: { kind: "complaint-mechanism", id: "CBCM-NORTH" },
      path: ["complaintMechanisms", 0, "equipment"],
      message: "CBCM CBCM-NORTH (North) is not equipped with prepaid-phone, notebooks, sensitization-material",
      explanation: { facts: { region: "North", missing: ["prepaid-phone", "notebooks", "sensitization-material"], equipment: ["pens"] } },
    });
    expect(findings(cbcmComposition, d, { asOf: "2018-06-29" })).toEqual([]);
    expect(findings(cbcmEquipment, d, { asOf: "2018-06-29" })).toEqual([]);
  });

  it("words the recency findings from establishment and from the last visit, and is met on the due date", () => {
    const [cdt, training] = findings(cbcmRecency, compliantDataset(), { asOf: "2019-03-01" });
    expect(cdt!.message).toBe("CBCM CBCM-NORTH (North) has had no CDT follow-up visit since its establishment on 2018-02-15; the next was due by 2018-08-15 (P6M)");
    expect(cdt!.concern).toBe("ap.p5.cbcm-recency:lastCdtVisitOn");
    expect(cdt!.subject).toEqual({ kind: "complaint-mechanism", id: "CBCM-NORTH" });
    expect(cdt!.path).toEqual(["complaintMechanisms", 0, "lastCdtVisitOn"]);
    expect(cdt!.explanation.facts).toEqual({ region: "North", check: "lastCdtVisitOn", last: null, establishedOn: "2018-02-15", interval: "P6M", dueOn: "2018-08-15" });
    expect(training!.message).toBe("CBCM CBCM-NORTH (North) has had no refresher training since its establishment on 2018-02-15; the next was due by 2019-02-15 (P1Y)");
    expect(training!.concern).toBe("ap.p5.cbcm-recency:lastRefresherTrainingOn");
    expect(findings(cbcmRecency, compliantDataset(), { asOf: "2018-08-15" })).toEqual([]);
    expect(findings(cbcmRecency, compliantDataset(), { asOf: "2018-08-16" }).map((f) => f.path.at(-1))).toEqual(["lastCdtVisitOn"]);

    const visited = withMechanism({ lastCdtVisitOn: "2018-09-01", lastRefresherTrainingOn: "2019-02-01" });
    const [v] = findings(cbcmRecency, visited, { asOf: "2019-03-02" });
    expect(v!.message).toBe("CBCM CBCM-NORTH (North) has had no CDT follow-up visit since 2018-09-01; the next was due by 2019-03-01 (P6M)");
    expect(v!.explanation.facts["last"]).toBe("2018-09-01");
    // A visit recorded after asOf is not yet a visit on asOf.
    expect(findings(cbcmRecency, visited, { asOf: "2018-08-20" }).map((f) => f.explanation.facts["last"])).toEqual([null]);
  });

  it("judges neither a Community Liaison Assistant's recency nor a CBCM not yet established", () => {
    expect(findings(cbcmRecency, withMechanism({ kind: "community-liaison-assistant" }), { asOf: "2019-03-01" })).toEqual([]);
    expect(findings(cbcmRecency, withMechanism({ establishedOn: "2019-03-02" }), { asOf: "2019-03-01" })).toEqual([]);
  });
});

describe("AP-P3, AP-P5 and AP-E1: what the first scores left", () => {
  type Mechanism = NonNullable<MissionDatasetInput["complaintMechanisms"]>[number];
  const cbcm = (m: Partial<Mechanism>): Mechanism => ({
    id: "CBCM-NORTH",
    region: "North",
    kind: "cbcm",
    functional: true,
    establishedOn: "2018-02-15",
    members: ["youth", "women", "local-authorities", "local-organizations"],
    equipment: ["prepaid-phone", "notebooks", "pens", "sensitization-material"],
    ...m,
  });

  it("AP-P3 lists the serving groups sorted, whatever the order of the members", () => {
    const d = compliantDataset();
    d.taskForce = { members: [...(d.taskForce?.members ?? [])].filter((m) => m.group !== "cdt").reverse() };
    const [f] = findings(taskForceMembership, d);
    expect(f!.explanation.facts["servingGroups"]).toEqual(["mission-leadership", "un-agency-head"]);
  });

  it("AP-P5 counts a visit and a refresher dated asOf itself, long after the establishment", () => {
    const d = compliantDataset();
    d.complaintMechanisms = [cbcm({ lastCdtVisitOn: "2019-03-01", lastRefresherTrainingOn: "2019-01-10" })];
    expect(findings(cbcmRecency, d, { asOf: "2019-03-01" })).toEqual([]);
  });

  it("AP-P5 words a high-risk region with no mechanism, pointing at its high-risk office", () => {
    const d = compliantDataset();
    d.complaintMechanisms = [];
    const [f, ...rest] = findings(cbcmCoverageRule, d);
    expect(rest).toEqual([]);
    expect(f!.message).toBe("high-risk region North has no community-based complaint mechanism and no Community Liaison Assistant in its place");
    expect(f!.path).toEqual(["offices", 1, "highRisk"]);
  });

  it("AP-P5 points at the region's own idle mechanism established by asOf, not another region's or a later one", () => {
    const d = compliantDataset();
    d.complaintMechanisms = [
      cbcm({ id: "CBCM-SOUTH", region: "South", functional: false }),
      cbcm({ id: "CBCM-LATER", functional: false, establishedOn: "2018-07-01" }),
      cbcm({ id: "CBCM-ASOF", functional: false, establishedOn: AS_OF }),
    ];
    const [f] = findings(cbcmCoverageRule, d);
    expect(f!.path).toEqual(["complaintMechanisms", 2, "functional"]);
    expect(f!.message).toBe("high-risk region North has no functional complaint mechanism (CBCM-ASOF not functional)");
  });

  it("AP-P5 points at the idle CBCM before an idle Community Liaison Assistant listed ahead of it, and at an idle CLA where no CBCM is", () => {
    const d = compliantDataset();
    const idleCla = cbcm({ id: "CLA-NORTH", kind: "community-liaison-assistant", functional: false });
    d.complaintMechanisms = [idleCla, cbcm({ functional: false })];
    const [f, ...rest] = findings(cbcmCoverageRule, d);
    expect(rest).toEqual([]);
    expect(f!.path).toEqual(["complaintMechanisms", 1, "functional"]);
    expect(f!.message).toBe("high-risk region North has no functional complaint mechanism (CLA-NORTH, CBCM-NORTH not functional)");
    d.complaintMechanisms = [cbcm({ id: "CBCM-SOUTH", region: "South", functional: false }), idleCla];
    const [g] = findings(cbcmCoverageRule, d);
    expect(g!.path).toEqual(["complaintMechanisms", 1, "functional"]);
    expect(g!.message).toBe("high-risk region North has no functional complaint mechanism (CLA-NORTH not functional)");
  });

  it("AP-P5 lists every idle CBCM and every working Community Liaison Assistant that cannot stand in", () => {
    const d = compliantDataset();
    const workingCla = (id: string) => cbcm({ id, kind: "community-liaison-assistant" });
    d.complaintMechanisms = [cbcm({ functional: false }), cbcm({ id: "CBCM-NORTH-2", functional: false }), workingCla("CLA-1"), workingCla("CLA-2")];
    const [f] = findings(cbcmCoverageRule, d);
    expect(f!.message).toBe(
      "high-risk region North has no functional CBCM (CBCM-NORTH, CBCM-NORTH-2 not functional); a Community Liaison Assistant (CLA-1, CLA-2) stands in only where no CBCM is established",
    );
  });

  it("AP-P5 counts a CBCM established on asOf itself as established: a working CLA no longer stands in for it", () => {
    const d = compliantDataset();
    d.complaintMechanisms = [cbcm({ functional: false, establishedOn: AS_OF }), cbcm({ id: "CLA-1", kind: "community-liaison-assistant" })];
    expect(findings(cbcmCoverageRule, d).map((f) => [f.subject.id, f.path])).toEqual([["North", ["complaintMechanisms", 0, "functional"]]]);
    expect(findings(cbcmCoverageRule, d, { asOf: "2018-06-29" })).toEqual([]);
  });
});

describe("AP-E5 the pledge in managers' e-PAS work plans: wording, dates and who is a manager", () => {
  const withPersonnel = (...people: ReturnType<typeof person>[]): MissionDatasetInput => {
    const d = compliantDataset();
    d.personnel = [...(d.personnel ?? []), ...people];
    return d;
  };

  it("names the manager and asOf, and lists only the roles that make them a manager", () => {
    const d = withPersonnel(person({ id: "P-MGR", roles: ["human-rights-officer", "chief-of-section"] }));
    const [f, ...rest] = findings(pledgeInEpas, d);
    expect(rest).toEqual([]);
    expect(f!.message).toBe(`manager P-MGR has no SEA pledge recorded in their e-PAS work plan by ${AS_OF}`);
    expect(f!.subject).toEqual({ kind: "personnel", id: "P-MGR" });
    expect(f!.path).toEqual(["personnel", 4, "pledgeInEpasOn"]);
    expect(f!.citation).toEqual(citationOf("Enforcement goal 5, expected result (ii)"));
    expect(f!.explanation.facts).toEqual({ roles: ["chief-of-section"], pledgeSignedOn: null, pledgeInEpasOn: null });
  });

  it("leaves alone a person whose roles carry no management duty", () => {
    const d = withPersonnel(person({ id: "P-HRO", roles: ["human-rights-officer", "community-liaison-assistant"] }));
    expect(findings(pledgeInEpas, d)).toEqual([]);
  });

  it("leaves alone a manager who has left, or who has not yet arrived, on asOf", () => {
    const d = withPersonnel(person({ id: "P-LEFT", roles: ["manager"], departureDate: "2018-06-01" }), person({ id: "P-LATER", roles: ["manager"], arrivalDate: "2018-07-01" }));
    expect(findings(pledgeInEpas, d)).toEqual([]);
  });

  it("counts a pledge put in e-PAS on asOf itself, but not one put there after it", () => {
    const d = withPersonnel(
      person({ id: "P-ON", roles: ["supervisor"], pledgeInEpasOn: AS_OF }),
      person({ id: "P-AFTER", roles: ["supervisor"], pledgeSignedOn: "2018-03-01", pledgeInEpasOn: "2018-07-01" }),
    );
    const [f, ...rest] = findings(pledgeInEpas, d);
    expect(rest).toEqual([]);
    expect(f!.subject).toEqual({ kind: "personnel", id: "P-AFTER" });
    expect(f!.explanation.facts).toEqual({ roles: ["supervisor"], pledgeSignedOn: "2018-03-01", pledgeInEpasOn: "2018-07-01" });
  });

  it("takes the management roles from the parameter in force", () => {
    const d = withPersonnel(person({ id: "P-SCPI", roles: ["scpi-focal-point"] }));
    const parameters = { managementRoles: [{ value: ["scpi-focal-point"], effectiveFrom: "2018-01-01", citation: { document: "ST/SGB/2003/13", clause: "section 3.2(f)" } }] };
    expect(findings(pledgeInEpas, d, { parameters }).map((f) => f.subject)).toEqual([{ kind: "personnel", id: "P-SCPI" }]);
  });
});
