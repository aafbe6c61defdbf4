import { describe, expect, it } from "vitest";
import type { MissionDatasetInput } from "../../../src";
import { datasetWith, run, single } from "./support";

const RULE = "sgb.6.partner-failure-termination-review";
type AgreementInput = NonNullable<MissionDatasetInput["partnerAgreements"]>[number];

const agreement = (p: Partial<AgreementInput> = {}): AgreementInput => ({
  id: "PA-1",
  partnerName: "Partner NGO",
  partnerKind: "ngo",
  startDate: "2018-02-01",
  informedOfStandardsOn: "2018-01-15",
  writtenUndertakingOn: "2018-01-20",
  ...p,
});
const failure = { kind: "investigation", recordedOn: "2018-04-10", description: "allegation not investigated" } as const;

describe("SGB-6: a partner's failure is grounds for terminating the arrangement", () => {
  it("SGB-6: passes a partner with no recorded failure", () => {
    expect(run(datasetWith({ partnerAgreements: [agreement()] })).findings).toEqual([]);
  });

  it("SGB-6: passes an arrangement that ended before asOf", () => {
    expect(run(datasetWith({ partnerAgreements: [agreement({ endDate: "2018-05-01", failures: [failure] })] })).findings).toEqual([]);
  });

  it("SGB-6: fails a recorded failure without a termination review: grounds for termination, review the arrangement", () => {
    const f = single(run(datasetWith({ partnerAgreements: [agreement({ failures: [failure, { kind: "prevention", recordedOn: "2018-03-01" }] })] })));
    expect(f).toMatchObject({
      ruleId: RULE,
      obligationIds: ["SGB-6"],
      severity: "violation",
      citation: { document: "ST/SGB/2003/13", clause: "section 6" },
      subject: { kind: "partner-agreement", id: "PA-1" },
      path: ["partnerAgreements", 0, "failures"],
      explanation: { facts: { failureKinds: ["investigation", "prevention"], lastFailureRecordedOn: "2018-04-10", reviewOpenedOn: null, reviewDecision: null } },
    });
    expect(f.message).toMatch(/^grounds for termination: review the arrangement/);
  });

  it("SGB-6: a termination review opened makes it a notice", () => {
    const f = single(run(datasetWith({ partnerAgreements: [agreement({ failures: [failure], terminationReview: { openedOn: "2018-04-20", decision: "pending" } })] })));
    expect(f).toMatchObject({ ruleId: RULE, severity: "notice", path: ["partnerAgreements", 0, "terminationReview"], explanation: { facts: { reviewOpenedOn: "2018-04-20", reviewDecision: "pending" } } });
  });

  it("SGB-6: a review opened after asOf, or a decided review older than a new failure, leaves a violation", () => {
    const future = agreement({ failures: [failure], terminationReview: { openedOn: "2018-07-01", decision: "pending" } });
    expect(single(run(datasetWith({ partnerAgreements: [future] }))).severity).toBe("violation");
    const stale = agreement({
      failures: [{ kind: "prevention", recordedOn: "2018-03-01" }, { kind: "corrective-action", recordedOn: "2018-05-15" }],
      terminationReview: { openedOn: "2018-03-10", decision: "continued" },
    });
    expect(single(run(datasetWith({ partnerAgreements: [stale] })))).toMatchObject({ severity: "violation", explanation: { facts: { uncoveredFailureKinds: ["corrective-action"], reviewDecision: "continued" } } });
  });
});
