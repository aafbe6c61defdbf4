import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, type AllegationInput, type EvaluationResult } from "../../../src";
import { channelConfidentiality, intakeChannelRecorded, requiredReportingChannels } from "../../../src/rules";
import { AS_OF, compliantDataset } from "@psea/test-support";

const set = defineRuleSet({ id: "e1", title: "AP-E1", rules: [requiredReportingChannels, intakeChannelRecorded, channelConfidentiality] });

function findings(r: EvaluationResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

function allegation(intake: AllegationInput["intake"], id = "A-1"): AllegationInput {
  return {
    id,
    receivedOn: "2018-05-01",
    intake,
    subjects: [{ ref: "S-1", category: "civilian-staff" }],
    conduct: { sexualActivity: "actual", exchange: ["money"] },
  };
}

describe("AP-E1 reporting channels", () => {
  it("AP-E1 passes a mission with confidential hotlines and e-mail, and allegations naming their channel", () => {
    const d = { ...compliantDataset(), allegations: [allegation({ channel: "hotline", channelId: "hotline-4445" })] };
    expect(findings(evaluate(set, d, { asOf: AS_OF }))).toEqual([]);
  });

  it("AP-E1 fails a mission with no e-mail channel", () => {
    const d = compliantDataset();
    d.mission.reportingChannels = d.mission.reportingChannels!.filter((c) => c.kind !== "email");
    const [f, ...rest] = findings(evaluate(set, d, { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.e1.required-reporting-channels",
      obligationIds: ["AP-E1"],
      severity: "violation",
      citation: { document: "MINUSCA-AP-2018-2019", clause: "Enforcement goal 1 (c)" },
      subject: { kind: "mission", id: "MSN" },
      path: ["mission", "reportingChannels"],
      explanation: { facts: { kind: "email", configured: 0, confidential: 0 } },
    });
    expect(f!.explanation.parameters[0]).toMatchObject({ id: "requiredReportingChannelKinds", value: ["hotline", "email"] });
  });

  it("AP-E1 fails a required kind whose only channel is not confidential, and warns on that channel", () => {
    const d = compliantDataset();
    d.mission.reportingChannels = d.mission.reportingChannels!.map((c) => (c.kind === "email" ? { ...c, confidential: false } : c));
    const fs = findings(evaluate(set, d, { asOf: AS_OF }));
    expect(fs.map((f) => [f.ruleId, f.severity, f.subject, f.path, f.explanation.facts])).toEqual([
      ["ap.e1.required-reporting-channels", "violation", { kind: "mission", id: "MSN" }, ["mission", "reportingChannels"], { kind: "email", configured: 1, confidential: 0 }],
      [
        "ap.e1.channel-confidentiality",
        "warning",
        { kind: "reporting-channel", id: "email" },
        ["mission", "reportingChannels", 2, "confidential"],
        { channelId: "email", kind: "email", confidential: false },
      ],
    ]);
  });

  it("AP-E1 takes the required kinds from the parameter, not from code", () => {
    const parameters = {
      requiredReportingChannelKinds: [
        { value: ["hotline", "email", "sms"], effectiveFrom: "2018-01-01", citation: { document: "MINUSCA-AP-2018-2019", clause: "Enforcement goal 1 (c)" } },
      ],
    };
    const fs = findings(evaluate(set, compliantDataset(), { asOf: AS_OF, parameters }));
    expect(fs.map((f) => f.explanation.facts["kind"])).toEqual(["sms"]);
  });

  it("AP-E1 fails an allegation that does not record the channel it came through; a rumour needs none", () => {
    const d = {
      ...compliantDataset(),
      allegations: [allegation({ channel: "rumour" }, "A-R"), allegation({ channel: "email" }, "A-2")],
    };
    const [f, ...rest] = findings(evaluate(set, d, { asOf: AS_OF }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.e1.intake-channel-recorded",
      obligationIds: ["AP-E1"],
      severity: "violation",
      citation: { document: "MINUSCA-AP-2018-2019", clause: "Enforcement goal 1, expected result (ii)" },
      subject: { kind: "allegation", id: "A-2" },
      path: ["allegations", 1, "intake", "channelId"],
      explanation: { facts: { channel: "email", channelId: null, receivedOn: "2018-05-01" } },
    });
  });

  it("AP-E1 rejects a channelId that names no configured channel as an input issue", () => {
    const d = { ...compliantDataset(), allegations: [allegation({ channel: "hotline", channelId: "hotline-9999" })] };
    const r = evaluate(set, d, { asOf: AS_OF });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues).toEqual([{ path: ["allegations", 0, "intake", "channelId"], code: "unknown-reference", message: "expected the id of a reporting channel of this dataset" }]);
  });

  it("AP-E1 never carries a victim's or complainant's identity into a finding", () => {
    const a: AllegationInput = {
      ...allegation({ channel: "in-person" }),
      victims: [{ ref: "V-1", age: { kind: "known", years: 16 }, sex: "female", identity: { name: "Victim Secret Name", contact: "+236 7000 0001" } }],
      complainant: { ref: "C-1", relation: "community-member", identity: { name: "Complainant Secret Name" } },
    };
    const fs = findings(evaluate(set, { ...compliantDataset(), allegations: [a] }, { asOf: AS_OF }));
    expect(fs.map((f) => f.ruleId)).toEqual(["ap.e1.intake-channel-recorded"]);
    const text = JSON.stringify(fs);
    for (const secret of ["Victim Secret Name", "+236 7000 0001", "Complainant Secret Name"]) expect(text).not.toContain(secret);
  });
});
