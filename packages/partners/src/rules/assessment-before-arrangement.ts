import { cite, defineRule } from "@psea/core";
import { overallRating } from "../scheme/rating-scheme";
import { finalsByAgreement, PartnerRuleInput } from "./shared";

/**
 * DPKO General management (e), with the UN common assessment of implementing partners: before a
 * cooperative arrangement with an implementing partner starts (partner kinds in
 * `partnerKindsAssessed`), the partner's PSEA capacity is assessed, and a high-risk rating comes
 * with a capacity-strengthening plan. An arrangement started on or before `asOf` with no final
 * assessment covering it by its start, or whose latest such assessment is rated high risk with no
 * plan adopted by the start, is a violation. The rating uses the standards, scale and bands in force.
 *
 * @category Rules
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "x", title: "x", rules: [assessmentBeforeArrangement] });
 * const partnerAgreements = [{ id: "PA-1", partnerName: "NGO", partnerKind: "ngo", startDate: "2018-03-01", writtenUndertakingOn: "2018-02-01" }];
 * const r = evaluate(set, { partnerAgreements }, { asOf: "2018-06-30" });
 * r.ok && r.findings.map((f) => [f.subject.id, f.explanation.facts.reason]); // [["PA-1", "no-assessment"]]
 */
export const assessmentBeforeArrangement = defineRule({
  id: "partners.gm-e.assessment-before-arrangement",
  title: "An arrangement with an implementing partner starts only after a final PSEA capacity assessment, with a plan when the rating is high risk",
  obligations: ["DPKO-GM-e"],
  citation: cite("DPKO-IG", "General management responsibilities (e)"),
  severity: "violation",
  reads: PartnerRuleInput,
  parameters: ["partnerKindsAssessed", "partnerCapacityStandards", "partnerCapacityScale", "partnerRatingBands"],
  *evaluate({ partnerAgreements, partnerAssessments }, { asOf, params }) {
    const scheme = { standards: params.partnerCapacityStandards, scale: params.partnerCapacityScale, bands: params.partnerRatingBands };
    const byAgreement = finalsByAgreement(partnerAssessments);
    for (const [i, a] of partnerAgreements.entries()) {
      if (a.startDate > asOf || !params.partnerKindsAssessed.includes(a.partnerKind)) continue;
      const subject = { kind: "partner-agreement", id: a.id };
      const latest = byAgreement.get(a.id)?.find((x) => x.assessment.finalizedOn <= a.startDate);
      if (!latest) {
        yield {
          subject,
          path: ["partnerAgreements", i, "startDate"],
          message: `arrangement ${a.id} started on ${a.startDate} with no final PSEA capacity assessment of the partner`,
          facts: { reason: "no-assessment", startDate: a.startDate, partnerKind: a.partnerKind },
        };
        continue;
      }
      const { assessment, index } = latest;
      const result = overallRating(scheme, assessment.ratings);
      if (result.rating !== "high") continue;
      const plan = assessment.plan && assessment.plan.adoptedOn <= a.startDate && assessment.plan.actionPoints.length > 0 ? assessment.plan : undefined;
      if (plan) continue;
      yield {
        subject,
        path: ["partnerAssessments", index, "plan"],
        message: `arrangement ${a.id} started on ${a.startDate} on a high-risk PSEA capacity assessment (${assessment.id}) with no capacity-strengthening plan`,
        facts: { reason: "high-risk-without-plan", startDate: a.startDate, assessmentId: assessment.id, finalizedOn: assessment.finalizedOn, rating: result.rating, total: result.total },
      };
    }
  },
});
