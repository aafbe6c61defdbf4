import { describe, expect, it } from "vitest";
import { investigationReviewRule, vraMeetingRule } from "../../src/cadences";
import { findingsOf, heldEvery, withOccurrences, without } from "./support";

const START = "2018-01-01";
const AS_OF = "2018-06-30";

describe("AP-E3 bi-weekly CDT/OIOS/SIU review meeting", () => {
  const held = heldEvery("ap.e3.investigation-review-meeting", "P2W", START, AS_OF);

  it("AP-E3 passes when every fortnight has a review meeting", () => {
    expect(findingsOf(investigationReviewRule, withOccurrences(held), { asOf: AS_OF })).toEqual([]);
  });

  it("AP-E3 fails a fortnight without one, naming the window and the period in force", () => {
    const occ = without(held, "2018-03-12");
    const [f, ...rest] = findingsOf(investigationReviewRule, withOccurrences(occ), { asOf: AS_OF });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "cadence.ap.e3.investigation-review-meeting",
      obligationIds: ["AP-E3"],
      severity: "violation",
      subject: { kind: "cadence", id: "ap.e3.investigation-review-meeting" },
      path: ["cadenceOccurrences"],
      explanation: { facts: { from: "2018-03-12", to: "2018-03-26", period: "P2W" } },
    });
    expect(f!.explanation.parameters[0]).toMatchObject({ id: "investigationReviewMeetingPeriod", value: "P2W", layer: "default" });
  });
});

describe("AP-R1 monthly meeting with the Victims' Rights Advocate", () => {
  const held = heldEvery("ap.r1.vra-meeting", "P1M", START, AS_OF);

  it("AP-R1 passes when every month has a VRA meeting", () => {
    expect(findingsOf(vraMeetingRule, withOccurrences(held), { asOf: AS_OF })).toEqual([]);
  });

  it("AP-R1 fails the months without one", () => {
    const fs = findingsOf(vraMeetingRule, withOccurrences(without(without(held, "2018-02-01"), "2018-03-01")), { asOf: AS_OF });
    expect(fs.map((f) => [f.ruleId, f.obligationIds, f.severity, f.subject, f.explanation.facts["from"], f.explanation.facts["to"]])).toEqual([
      ["cadence.ap.r1.vra-meeting", ["AP-R1"], "violation", { kind: "cadence", id: "ap.r1.vra-meeting" }, "2018-02-01", "2018-03-01"],
      ["cadence.ap.r1.vra-meeting", ["AP-R1"], "violation", { kind: "cadence", id: "ap.r1.vra-meeting" }, "2018-03-01", "2018-04-01"],
    ]);
  });

  it("AP-R1 does not flag the running month before it ends", () => {
    expect(findingsOf(vraMeetingRule, withOccurrences(without(held, "2018-06-01")), { asOf: AS_OF })).toEqual([]);
    expect(findingsOf(vraMeetingRule, withOccurrences(without(held, "2018-06-01")), { asOf: "2018-07-01" })).toHaveLength(1);
  });
});
