import { describe, expect, it } from "vitest";
import { defineRuleSet } from "../../../src";
import { partnerFailureTerminationReview } from "../../../src/rules";
import { AS_OF, datasetWith, partnerAgreement, run, type PartnerAgreementInput } from "./support";

// ST/SGB/2003/13 section 6: which failures a termination review covers, and the first day a review
// counts. The rule runs alone, so every finding is its own.

type Failure = NonNullable<PartnerAgreementInput["failures"]>[number];

function findings(agreements: PartnerAgreementInput[], asOf: string = AS_OF) {
  const set = defineRuleSet({ id: "one", title: "one", rules: [partnerFailureTerminationReview] });
  return run(datasetWith({ partnerAgreements: agreements }), { asOf, set }).findings;
}

describe("SGB-6 partner failures: what a termination review covers", () => {
  it("counts a review opened on asOf itself, and not on the day before it", () => {
    const failures: Failure[] = [{ kind: "investigation", recordedOn: "2018-05-01" }];
    const a = partnerAgreement({ failures, terminationReview: { openedOn: AS_OF, decision: "pending" } });
    const [f, ...rest] = findings([a]);
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("notice");
    expect(f!.message).toBe(`grounds for termination of the arrangement with Partner NGO: termination review opened on ${AS_OF} (pending)`);
    expect(f!.explanation.facts).toMatchObject({ reviewOpenedOn: AS_OF, reviewDecision: "pending", uncoveredFailureKinds: [] });
    const [g] = findings([a], "2018-06-29");
    expect(g!.severity).toBe("violation");
    expect(g!.path).toEqual(["partnerAgreements", 0, "failures"]);
    expect(g!.explanation.facts).toMatchObject({ reviewOpenedOn: null, reviewDecision: null, uncoveredFailureKinds: ["investigation"] });
  });

  it("lets a pending review cover a failure recorded after it opened", () => {
    const failures: Failure[] = [
      { kind: "prevention", recordedOn: "2018-03-01" },
      { kind: "corrective-action", recordedOn: "2018-06-01" },
    ];
    const pending = partnerAgreement({ failures, terminationReview: { openedOn: "2018-04-01", decision: "pending" } });
    const [f, ...rest] = findings([pending]);
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("notice");
    expect(f!.path).toEqual(["partnerAgreements", 0, "terminationReview"]);
    expect(f!.explanation.facts).toMatchObject({ failureKinds: ["prevention", "corrective-action"], lastFailureRecordedOn: "2018-06-01", uncoveredFailureKinds: [] });
    // Once decided, the same later failure is no longer covered.
    const decided = partnerAgreement({ failures, terminationReview: { openedOn: "2018-04-01", decision: "continued" } });
    const [g] = findings([decided]);
    expect(g!.severity).toBe("violation");
    expect(g!.message).toBe("grounds for termination: review the arrangement with Partner NGO (recorded failure: corrective-action)");
    expect(g!.explanation.facts).toMatchObject({ uncoveredFailureKinds: ["corrective-action"], reviewOpenedOn: "2018-04-01", reviewDecision: "continued" });
  });

  it("lets a decided review cover a failure recorded on the day it opened, not one recorded the day after", () => {
    const review = { openedOn: "2018-04-01", decision: "terminated" } as const;
    const sameDay = partnerAgreement({ failures: [{ kind: "prevention", recordedOn: "2018-04-01" }], terminationReview: review });
    const [f, ...rest] = findings([sameDay]);
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("notice");
    expect(f!.message).toBe("grounds for termination of the arrangement with Partner NGO: termination review opened on 2018-04-01 (terminated)");
    const dayAfter = partnerAgreement({ failures: [{ kind: "prevention", recordedOn: "2018-04-02" }], terminationReview: review });
    const [g] = findings([dayAfter]);
    expect(g!.severity).toBe("violation");
    expect(g!.explanation.facts).toMatchObject({ uncoveredFailureKinds: ["prevention"] });
  });

  it("says nothing of a partner with a review but no failure recorded by asOf", () => {
    expect(findings([partnerAgreement({ terminationReview: { openedOn: "2018-04-01", decision: "pending" } })])).toEqual([]);
    const later = partnerAgreement({ failures: [{ kind: "prevention", recordedOn: "2018-07-01" }], terminationReview: { openedOn: "2018-04-01", decision: "pending" } });
    expect(findings([later])).toEqual([]);
  });

  it("names every uncovered kind, separated by commas, and the last failure recorded whatever the order", () => {
    const failures: Failure[] = [
      { kind: "prevention", recordedOn: "2018-05-01" },
      { kind: "investigation", recordedOn: "2018-02-01" },
      { kind: "corrective-action", recordedOn: "2018-03-01" },
    ];
    const [f, ...rest] = findings([partnerAgreement({ failures })]);
    expect(rest).toEqual([]);
    expect(f!.message).toBe("grounds for termination: review the arrangement with Partner NGO (recorded failure: prevention, investigation, corrective-action)");
    expect(f!.explanation.facts).toMatchObject({ failureKinds: ["prevention", "investigation", "corrective-action"], lastFailureRecordedOn: "2018-05-01" });
  });

  it("keeps the notice of a covering review under the same concern as the violation", () => {
    const failures: Failure[] = [{ kind: "prevention", recordedOn: "2018-03-01" }];
    const [f] = findings([partnerAgreement({ failures, terminationReview: { openedOn: "2018-04-01", decision: "pending" } })]);
    expect([f!.severity, f!.concern]).toEqual(["notice", "sgb.6.termination-review"]);
  });

  it("judges each agreement at its own index", () => {
    const clean = partnerAgreement({ id: "PA-0" });
    const failing = partnerAgreement({ id: "PA-2", partnerName: "Other NGO", failures: [{ kind: "investigation", recordedOn: "2018-02-01" }] });
    const [f, ...rest] = findings([clean, failing]);
    expect(rest).toEqual([]);
    expect(f!.subject).toEqual({ kind: "partner-agreement", id: "PA-2" });
    expect(f!.path).toEqual(["partnerAgreements", 1, "failures"]);
    expect(f!.message).toBe("grounds for termination: review the arrangement with Other NGO (recorded failure: investigation)");
  });
});
