import { describe, expect, it } from "vitest";
import { defineRuleSet, evaluate, type AnyRule, type MissionDatasetInput } from "../../../src";
import { communityCommunications, focalPointsMadeKnown, rcReportRecipientRecorded } from "../../../src/rules";
import { AS_OF, compliantDataset } from "@psea/test-support";

// DPKO Responsibilities of HoM and RC (d) and (f): the wording of each finding, the first and last
// day judged, and which records each rule reads and which it leaves alone.

type CommunicationInput = NonNullable<MissionDatasetInput["communications"]>[number];

function findingsOf(rule: AnyRule, d: MissionDatasetInput, asOf = AS_OF) {
  const r = evaluate(defineRuleSet({ id: "one", title: "one", rules: [rule] }), d, { asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors).toEqual([]);
  return r.findings;
}

function communication(c: Partial<CommunicationInput> = {}): CommunicationInput {
  return {
    id: "C-1",
    title: "Where to report",
    issuedOn: "2018-05-01",
    issuer: "network",
    audience: ["local-population"],
    topics: ["focal-points", "reporting"],
    languages: ["fr", "sg"],
    ...c,
  };
}

const withCommunications = (...cs: CommunicationInput[]): MissionDatasetInput => ({ ...compliantDataset(), communications: cs });

describe("DPKO-RC-d community communications: wording and dates", () => {
  it("names the communication, the audiences reached and the issuer in the issuer finding", () => {
    const d = withCommunications(communication({ issuer: "mission", audience: ["staff", "refugees", "beneficiaries"] }));
    const [f, ...rest] = findingsOf(communityCommunications, d);
    expect(rest).toEqual([]);
    expect(f!.message).toBe("communication 'Where to report' to refugees, beneficiaries was issued by the mission, not by the in-country Network");
    expect(f!.concern).toBe("community-communication:issuer");
    expect(f!.explanation.facts["audience"]).toEqual(["refugees", "beneficiaries"]);
  });

  it("words one missing language in the singular and several in the plural", () => {
    const [one] = findingsOf(communityCommunications, withCommunications(communication({ languages: ["fr"] })));
    expect(one!.message).toBe("communication 'Where to report' is not issued in sg, relevant language of the mission");
    expect(one!.concern).toBe("community-communication:languages");
    expect(one!.explanation.facts).toEqual({ missingLanguages: ["sg"], languages: ["fr"], relevantLanguages: ["fr", "sg"], issuedOn: "2018-05-01" });
    const [two] = findingsOf(communityCommunications, withCommunications(communication({ languages: ["en"] })));
    expect(two!.message).toBe("communication 'Where to report' is not issued in fr, sg, relevant languages of the mission");
  });

  it("judges a communication issued on asOf itself, and the second of two at its own index", () => {
    const d = withCommunications(communication(), communication({ id: "C-2", issuedOn: AS_OF, issuer: "agency" }));
    const fs = findingsOf(communityCommunications, d);
    expect(fs.map((f) => [f.subject, f.path])).toEqual([[{ kind: "communication", id: "C-2" }, ["communications", 1, "issuer"]]]);
    expect(findingsOf(communityCommunications, d, "2018-06-29")).toEqual([]);
  });
});

describe("DPKO-RC-d focal points made known: wording and dates", () => {
  it("names the date and the audiences in the message", () => {
    const [f] = findingsOf(focalPointsMadeKnown, withCommunications());
    expect(f!.message).toBe(
      "no communication issued by 2018-06-30 tells the local community (local-population, refugees, beneficiaries) who the SEA focal points are and how to contact them",
    );
    expect(f!.explanation.facts["communicationsToCommunity"]).toBe(0);
  });

  it("counts a communication issued on asOf, and one addressed to staff and the community alike", () => {
    const d = withCommunications(communication({ issuedOn: AS_OF, audience: ["staff", "beneficiaries"] }));
    expect(findingsOf(focalPointsMadeKnown, d)).toEqual([]);
    const [f] = findingsOf(focalPointsMadeKnown, d, "2018-06-29");
    expect(f!.explanation.facts["communicationsToCommunity"]).toBe(0);
  });

  it("needs every topic in one communication, not spread over two", () => {
    const d = withCommunications(communication({ topics: ["focal-points"] }), communication({ id: "C-2", topics: ["reporting"] }));
    const [f, ...rest] = findingsOf(focalPointsMadeKnown, d);
    expect(rest).toEqual([]);
    expect(f!.explanation.facts["communicationsToCommunity"]).toBe(2);
  });

  it("is satisfied by any one informing communication among others that do not inform", () => {
    const d = withCommunications(communication({ topics: ["prevention"] }), communication({ id: "C-2" }));
    expect(findingsOf(focalPointsMadeKnown, d)).toEqual([]);
  });
});

describe("DPKO-RC-f report recipient: wording and which occurrences are read", () => {
  const withOccurrences = (...cadenceOccurrences: NonNullable<MissionDatasetInput["cadenceOccurrences"]>): MissionDatasetInput => ({
    ...compliantDataset(),
    cadenceOccurrences,
  });

  it("names the report's date, the recorded and the expected recipient, and keeps one concern per report", () => {
    const d = withOccurrences(
      { cadenceId: "dpko.rc-f.annual-report", on: "2017-11-30", recipient: "IASC Working Group" },
      { cadenceId: "dpko.rc-f.annual-report", on: "2018-11-30", recipient: "UN Development Group" },
    );
    const [f, ...rest] = findingsOf(rcReportRecipientRecorded, d, "2018-12-31");
    expect(rest).toEqual([]);
    expect(f!.message).toBe(
      "the Resident Coordinator's report of 2018-11-30 is recorded as sent to UN Development Group, but in a humanitarian context it goes to the IASC Working Group",
    );
    expect(f!.subject).toEqual({ kind: "mission", id: "MSN" });
    expect(f!.path).toEqual(["cadenceOccurrences", 1, "recipient"]);
    expect(f!.concern).toBe("dpko.rc-f.report-recipient:2018-11-30");
  });

  it("judges a report dated asOf itself", () => {
    const d = withOccurrences({ cadenceId: "dpko.rc-f.annual-report", on: "2018-11-30", recipient: "UN Development Group" });
    expect(findingsOf(rcReportRecipientRecorded, d, "2018-11-30")).toHaveLength(1);
  });

  it("leaves alone an occurrence of another cadence that records a recipient", () => {
    const d = compliantDataset();
    const other = (d.cadenceOccurrences ?? []).find((o) => o.cadenceId !== "dpko.rc-f.annual-report");
    expect(other).toBeDefined();
    const withOther = { ...d, cadenceOccurrences: [{ cadenceId: other!.cadenceId, on: "2018-05-01", recipient: "UN Development Group" }] };
    expect(findingsOf(rcReportRecipientRecorded, withOther)).toEqual([]);
  });

  it("treats a recipient missing a space between words as another recipient", () => {
    const d = withOccurrences({ cadenceId: "dpko.rc-f.annual-report", on: "2018-11-30", recipient: "IASCWorking Group" });
    expect(findingsOf(rcReportRecipientRecorded, d, "2018-12-31")).toHaveLength(1);
  });

  it("treats a recipient differing in more than spacing and case as another recipient", () => {
    const d = withOccurrences({ cadenceId: "dpko.rc-f.annual-report", on: "2018-11-30", recipient: "IASC-Working Group" });
    expect(findingsOf(rcReportRecipientRecorded, d, "2018-12-31")).toHaveLength(1);
  });
});

describe("DPKO-RC-f an overlay of the recipient never rewrites a report already sent", () => {
  const citation = { document: "DPKO-IG", clause: "Responsibilities of HoM and RC (f)" };
  const parameters = { rcReportRecipientByContext: [{ value: { humanitarian: "UN Development Group", development: "UN Development Group" }, effectiveFrom: "2019-01-01", citation }] };
  const reports = (...on: string[]): MissionDatasetInput => ({
    ...compliantDataset(),
    cadenceOccurrences: on.map((d) => ({ cadenceId: "dpko.rc-f.annual-report", on: d, recipient: "IASC Working Group" })),
  });

  it("judges each report by the recipient in force on its own date, naming that value among the finding's parameters", () => {
    const set = defineRuleSet({ id: "rc-f", title: "rc-f", rules: [rcReportRecipientRecorded] });
    const r = evaluate(set, reports("2018-11-30", "2019-11-30"), { asOf: "2019-12-31", parameters });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.ruleErrors).toEqual([]);
    expect(r.findings.map((f) => [f.explanation.facts["reportOn"], f.explanation.facts["expectedRecipient"]])).toEqual([["2019-11-30", "UN Development Group"]]);
    expect(r.findings[0]!.explanation.parameters).toMatchObject([{ id: "rcReportRecipientByContext", layer: "overlay", effectiveFrom: "2019-01-01" }]);
  });
});

describe("DPKO-RC-f an overlaid recipient is compared as a name too", () => {
  it("ignores surrounding and repeated spaces in the overlaid recipient as in the recorded one", () => {
    const citation = { document: "DPKO-IG", clause: "Responsibilities of HoM and RC (f)" };
    const parameters = { rcReportRecipientByContext: [{ value: { humanitarian: " IASC  Working Group ", development: "UN Development Group" }, effectiveFrom: "2018-01-01", citation }] };
    const d: MissionDatasetInput = { ...compliantDataset(), cadenceOccurrences: [{ cadenceId: "dpko.rc-f.annual-report", on: "2018-11-30", recipient: "IASC Working Group" }] };
    const r = evaluate(defineRuleSet({ id: "rc-f", title: "rc-f", rules: [rcReportRecipientRecorded] }), d, { asOf: "2018-12-31", parameters });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.ruleErrors).toEqual([]);
    expect(r.findings).toEqual([]);
  });
});

describe("DPKO-RC-f report recipient outside the engine, and on a date the recipient is not in force", () => {
  const recipients = { humanitarian: "IASC Working Group", development: "UN Development Group" };
  const mission = { ...compliantDataset().mission, context: "development" as const };

  it("judges by the value of asOf when run without the engine's resolution by date", () => {
    const input = { mission, cadenceOccurrences: [{ cadenceId: "dpko.rc-f.annual-report", on: "2018-11-30", recipient: "IASC Working Group" }] };
    const drafts = [...rcReportRecipientRecorded.evaluate(input as never, { asOf: "2018-12-31", params: { rcReportRecipientByContext: recipients } })];
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.facts).toEqual({ reportOn: "2018-11-30", recordedRecipient: "IASC Working Group", expectedRecipient: "UN Development Group", context: "development" });
    expect(drafts[0]!.parameters).toEqual([]);
  });

  it("skips a report dated before any recipient is in force, which the engine reports as a rule error, and still judges the others", () => {
    const d: MissionDatasetInput = {
      ...compliantDataset(),
      mission,
      cadenceOccurrences: [
        { cadenceId: "dpko.rc-f.annual-report", on: "2002-11-30", recipient: "IASC Working Group" },
        { cadenceId: "dpko.rc-f.annual-report", on: "2017-11-30", recipient: "IASC Working Group" },
      ],
    };
    const r = evaluate(defineRuleSet({ id: "rc-f", title: "rc-f", rules: [rcReportRecipientRecorded] }), d, { asOf: "2018-12-31" });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.findings.map((f) => f.explanation.facts["reportOn"])).toEqual(["2017-11-30"]);
    expect(r.ruleErrors.map((e) => [e.code, e.ruleId])).toEqual([["parameter-not-in-force", "dpko.rc-f.report-recipient"]]);
  });
});
