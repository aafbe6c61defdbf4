import { defineRule } from "../../engine/define-rule";
import { cite } from "../../parameters/citation";
import { MissionDatasetShape } from "../../vocabulary/dataset";

/**
 * SGB section 6: a non-UN partner's failure to take preventive measures, to investigate or to take
 * corrective action is grounds for terminating the arrangement. An arrangement in force on `asOf`
 * with a recorded failure is a violation ("review the arrangement") until a termination review is
 * opened that covers the failure; then it is a notice for the record. A review covers failures
 * recorded up to its opening, and every failure while it is pending.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * partnerFailureTerminationReview.obligations; // ["SGB-6"]
 */
export const partnerFailureTerminationReview = defineRule({
  id: "sgb.6.partner-failure-termination-review",
  title: "A partner's failure leads to a review of the arrangement",
  obligations: ["SGB-6"],
  citation: cite("ST/SGB/2003/13", "section 6"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ partnerAgreements: true }),
  parameters: [],
  *evaluate({ partnerAgreements }, { asOf }) {
    for (const [i, p] of partnerAgreements.entries()) {
      // An arrangement with no end date is in force; one that ended on or before asOf is not.
      const inForce = p.endDate === undefined || asOf < p.endDate;
      if (!inForce) continue;
      const failures = p.failures.filter((f) => f.recordedOn <= asOf);
      if (failures.length === 0) continue;
      const review = p.terminationReview && p.terminationReview.openedOn <= asOf ? p.terminationReview : undefined;
      const uncovered = failures.filter((f) => !review || (review.decision !== "pending" && f.recordedOn > review.openedOn));
      const facts = {
        failureKinds: [...new Set(failures.map((f) => f.kind))],
        lastFailureRecordedOn: failures.map((f) => f.recordedOn).sort().at(-1) ?? null,
        reviewOpenedOn: review?.openedOn ?? null,
        reviewDecision: review?.decision ?? null,
      };
      const subject = { kind: "partner-agreement", id: p.id };
      if (uncovered.length > 0) {
        yield {
          subject,
          path: ["partnerAgreements", i, "failures"],
          message: `grounds for termination: review the arrangement with ${p.partnerName} (recorded failure: ${[...new Set(uncovered.map((f) => f.kind))].join(", ")})`,
          facts: { ...facts, uncoveredFailureKinds: [...new Set(uncovered.map((f) => f.kind))] },
          concern: "sgb.6.termination-review",
        };
      } else if (review) {
        yield {
          subject,
          path: ["partnerAgreements", i, "terminationReview"],
          severity: "notice",
          message: `grounds for termination of the arrangement with ${p.partnerName}: termination review opened on ${review.openedOn} (${review.decision})`,
          facts: { ...facts, uncoveredFailureKinds: [] },
          concern: "sgb.6.termination-review",
        };
      }
    }
  },
});
