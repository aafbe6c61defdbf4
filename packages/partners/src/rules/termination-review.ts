import { cite, defineRule } from "@psea/core";
import { overallRating, weakStandards } from "../scheme/rating-scheme";
import { finalsByAgreement, inForce, PartnerRuleInput } from "./shared";

/**
 * ST/SGB/2003/13 section 6: a partner's failure to take preventive measures, to investigate or to
 * take corrective action is grounds for terminating the arrangement. For an arrangement in force
 * with a recorded failure, this rule brings the partner's latest final PSEA capacity assessment
 * into the review: a violation ("review the arrangement") citing the assessment, its rating and
 * weak standards, until a termination review covers the failure; then a notice for the record.
 * A review covers failures recorded up to its opening, and every failure while it is pending.
 *
 * @category Rules
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "x", title: "x", rules: [terminationReview] });
 * const partnerAgreements = [{ id: "PA-1", partnerName: "NGO", partnerKind: "ngo", startDate: "2018-03-01",
 *   failures: [{ kind: "investigation", recordedOn: "2018-05-01" }] }];
 * const partnerAssessments = [{ id: "PCA-1", partnerId: "IP-1", agreementIds: ["PA-1"], status: "final", finalizedOn: "2018-02-01" }];
 * const r = evaluate(set, { partnerAgreements, partnerAssessments }, { asOf: "2018-06-30" });
 * r.ok && r.findings.map((f) => [f.subject, f.severity, f.explanation.facts.assessmentId]); // [[{ kind: "partner", id: "IP-1" }, "violation", "PCA-1"]]
 */
export const terminationReview = defineRule({
  id: "partners.sgb-6.termination-review",
  title: "A partner's recorded failure brings its PSEA capacity assessment into a review of the arrangement",
  obligations: ["SGB-6"],
  citation: cite("ST/SGB/2003/13", "section 6"),
  severity: "violation",
  reads: PartnerRuleInput,
  parameters: ["partnerCapacityStandards", "partnerCapacityScale", "partnerRatingBands"],
  *evaluate({ partnerAgreements, partnerAssessments }, { asOf, params }) {
    const scheme = { standards: params.partnerCapacityStandards, scale: params.partnerCapacityScale, bands: params.partnerRatingBands };
    const byAgreement = finalsByAgreement(partnerAssessments);
    for (const [i, a] of partnerAgreements.entries()) {
      if (!inForce(a, asOf)) continue;
      const failures = a.failures.filter((f) => f.recordedOn <= asOf);
      if (failures.length === 0) continue;
      const latest = byAgreement.get(a.id)?.find((x) => x.assessment.finalizedOn <= asOf);
      // Without an assessment there is nothing to cite: the core's SGB 6 rule reports the arrangement itself.
      if (!latest) continue;
      const { assessment } = latest;
      const review = a.terminationReview && a.terminationReview.openedOn <= asOf ? a.terminationReview : undefined;
      const uncovered = failures.filter((f) => !review || (review.decision !== "pending" && f.recordedOn > review.openedOn));
      const result = overallRating(scheme, assessment.ratings);
      const facts = {
        agreementId: a.id,
        assessmentId: assessment.id,
        finalizedOn: assessment.finalizedOn,
        rating: result.rating,
        total: result.total,
        weakStandards: weakStandards(scheme, assessment.ratings),
        failureKinds: [...new Set(failures.map((f) => f.kind))],
        uncoveredFailureKinds: [...new Set(uncovered.map((f) => f.kind))],
        reviewOpenedOn: review?.openedOn ?? null,
      };
      const rated = result.rating === null ? "not rated" : `rated ${result.rating} risk`;
      yield {
        subject: { kind: "partner", id: assessment.partnerId },
        path: uncovered.length > 0 ? ["partnerAgreements", i, "failures"] : ["partnerAgreements", i, "terminationReview"],
        ...(uncovered.length > 0 ? {} : { severity: "notice" as const }),
        message:
          uncovered.length > 0
            ? `grounds for termination: review the arrangement ${a.id} with ${a.partnerName}, whose PSEA capacity assessment ${assessment.id} of ${assessment.finalizedOn} is ${rated}`
            : `termination review of ${a.id} opened on ${review?.openedOn}; PSEA capacity assessment ${assessment.id} is ${rated}`,
        facts,
        concern: `partners.sgb-6.termination-review:${a.id}`,
      };
    }
  },
});
