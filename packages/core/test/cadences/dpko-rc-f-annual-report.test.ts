import { describe, expect, it } from "vitest";
import { createParameterSet } from "../../src/parameters";
import { rcAnnualReportRule, rcReportRecipient } from "../../src/cadences";
import { findingsOf, withOccurrences } from "./support";

const AS_OF = "2019-06-30";
const report = (on: string) => ({ cadenceId: "dpko.rc-f.annual-report", on });

describe("DPKO-RC-f annual Resident Coordinator report", () => {
  it("DPKO-RC-f passes when the first year has a report", () => {
    expect(findingsOf(rcAnnualReportRule, withOccurrences([report("2018-11-30")]), { asOf: AS_OF })).toEqual([]);
  });

  it("DPKO-RC-f fails a year without a report, naming the IASC Working Group in a humanitarian context", () => {
    const [f, ...rest] = findingsOf(rcAnnualReportRule, withOccurrences([]), { asOf: AS_OF });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "cadence.dpko.rc-f.annual-report",
      obligationIds: ["DPKO-RC-f"],
      severity: "violation",
      subject: { kind: "cadence", id: "dpko.rc-f.annual-report" },
      path: ["cadenceOccurrences"],
      explanation: { facts: { from: "2018-01-01", to: "2019-01-01", period: "P1Y", context: "humanitarian", recipient: "IASC Working Group" } },
    });
    expect(f!.message).toContain("IASC Working Group");
    expect(f!.explanation.parameters.map((p) => p.id)).toEqual(["rcAnnualReportPeriod", "rcReportRecipientByContext"]);
  });

  it("DPKO-RC-f names the UN Development Group in a development context", () => {
    const [f] = findingsOf(rcAnnualReportRule, withOccurrences([], { context: "development" }), { asOf: AS_OF });
    expect(f?.explanation.facts).toMatchObject({ context: "development", recipient: "UN Development Group" });
    expect(f?.message).toContain("UN Development Group");
  });

  it("DPKO-RC-f rcReportRecipient derives the recipient from the context and the parameter in force", () => {
    expect(rcReportRecipient("humanitarian", "2019-01-01")).toMatchObject({ ok: true, recipient: "IASC Working Group", use: { layer: "default" } });
    expect(rcReportRecipient("development", "2019-01-01")).toMatchObject({ ok: true, recipient: "UN Development Group" });
    const set = createParameterSet({
      rcReportRecipientByContext: [
        { value: { humanitarian: "IASC Principals", development: "UNSDG" }, effectiveFrom: "2019-01-01", citation: { document: "DPKO-IG", clause: "Responsibilities of HoM and RC (f)", verify: true } },
      ],
    });
    if (!set.ok) throw new Error(JSON.stringify(set.issues));
    expect(rcReportRecipient("development", "2018-12-31", set.value)).toMatchObject({ ok: true, recipient: "UN Development Group" });
    expect(rcReportRecipient("development", "2019-01-01", set.value)).toMatchObject({ ok: true, recipient: "UNSDG", use: { layer: "overlay" } });
  });

  it("DPKO-RC-f rcReportRecipient rejects an unknown context or date with paths", () => {
    expect(rcReportRecipient("peace", "someday")).toEqual({
      ok: false,
      issues: [
        { path: ["context"], code: "invalid_value", message: expect.any(String) },
        { path: ["asOf"], code: "invalid-as-of", message: expect.any(String) },
      ],
    });
    expect(rcReportRecipient("humanitarian", "1990-01-01")).toMatchObject({ ok: false, issues: [{ path: ["parameters", "rcReportRecipientByContext"], code: "parameter-not-in-force" }] });
  });
});
