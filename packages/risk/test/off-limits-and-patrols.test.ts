import { defineRuleSet, evaluate } from "@psea/core";
import { describe, expect, it } from "vitest";
import { evaluateRisk, offLimitsListCurrent } from "../src";
import { AP, findings } from "./support/findings";
import { AS_OF, compliantRiskDataset } from "@psea/test-support";

const run = (d: unknown, asOf = AS_OF) => findings(evaluateRisk(d, { asOf }));
// Later dates make other AP-P6 duties fall due too; these checks look at the off-limits rule alone.
const offLimitsOnly = defineRuleSet({ id: "off-limits", title: "AP-P6 (i)", rules: [offLimitsListCurrent] });
const runOffLimits = (d: unknown, asOf: string) => findings(evaluate(offLimitsOnly, d, { asOf }));

describe("AP-P6 (i) the off-limits list", () => {
  it("AP-P6 passes a list updated within offLimitsReviewPeriod, up to its due date", () => {
    expect(run(compliantRiskDataset())).toEqual([]);
    expect(runOffLimits(compliantRiskDataset(), "2018-10-01")).toEqual([]);
  });

  it("AP-P6 fails a list not updated within offLimitsReviewPeriod (P6M)", () => {
    const [f, ...rest] = runOffLimits(compliantRiskDataset(), "2018-10-02");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.p6.off-limits-list",
      obligationIds: ["AP-P6"],
      severity: "violation",
      citation: { ...AP, clause: "Prevention goal 6 (i)" },
      subject: { kind: "mission", id: "MSN" },
      path: ["offLimitsList", "updatedOn"],
      message: "the off-limits list was last updated on 2018-04-01; the next update was due by 2018-10-01",
      explanation: {
        facts: { updatedOn: "2018-04-01", dueOn: "2018-10-01", places: 1 },
        parameters: [expect.objectContaining({ id: "offLimitsReviewPeriod", value: "P6M", citation: { ...AP, clause: "Prevention goal 6 (i)" } })],
      },
    });
  });

  it("AP-P6 fails a mission with no off-limits list", () => {
    const { offLimitsList: _list, ...d } = compliantRiskDataset();
    expect(run(d)).toEqual([
      expect.objectContaining({
        ruleId: "ap.p6.off-limits-list",
        obligationIds: ["AP-P6"],
        severity: "violation",
        subject: { kind: "mission", id: "MSN" },
        path: ["offLimitsList"],
        message: "the mission has no off-limits list",
        explanation: expect.objectContaining({ facts: { updatedOn: null, dueOn: null, places: 0 } }),
      }),
    ]);
  });

  it("AP-P6 fails when the only list on record post-dates asOf", () => {
    expect(run(compliantRiskDataset(), "2018-03-31").map((f) => [f.ruleId, f.message])).toEqual([
      ["ap.p6.off-limits-list", "no off-limits list is known on 2018-03-31: the one on record was updated on 2018-04-01"],
    ]);
  });
});

describe("AP-P6 (h) joint patrols to risk areas", () => {
  it("AP-P6 warns on a patrol without Security, and passes one with Police, CDT and Security", () => {
    const d = compliantRiskDataset();
    d.jointPatrols = [...d.jointPatrols!, { id: "JP-2", on: "2018-06-01", areas: ["Market"], participants: ["police", "cdt", "force"] }];
    const [f, ...rest] = run(d);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "ap.p6.joint-patrol-participants",
      obligationIds: ["AP-P6"],
      severity: "warning",
      citation: { ...AP, clause: "Prevention goal 6 (h)" },
      subject: { kind: "joint-patrol", id: "JP-2" },
      path: ["jointPatrols", 1, "participants"],
      explanation: { facts: { on: "2018-06-01", areas: ["Market"], participants: ["police", "cdt", "force"], missing: ["security"] } },
    });
  });
});
