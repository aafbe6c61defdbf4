import { defineRule } from "@psea/core";
import { RiskFactorId, riskFactors } from "../checklist/risk-factor";
import { factorPoints } from "../scoring/score-checklist";
import { isOpenRisk } from "../schemas/risk-register";
import { RiskDatasetShape } from "../schemas/risk-dataset";
import { latestChecklists } from "./latest-checklist";
import { goal6 } from "./shared";

/**
 * AP Prevention goal 6 (c)-(d): assessments feed the register. In each open camp's latest checklist
 * made by `asOf`, a factor scoring at least `riskFactorHighPoints` (both parameters read on the
 * assessment's own date) has an open register entry for the camp and that factor, with a
 * mitigation recommendation standing on `asOf` (made by then and not rejected). A high-scoring
 * factor with no such entry, or whose entries have no standing recommendation, is a violation.
 *
 * @category Risk rules
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "factors", title: "Factors", rules: [highFactorRegisterEntry] });
 * const e = { source: "site-visit" };
 * const checklist = {
 *   communityProximity: { answer: 9000, evidence: e }, perimeter: { answer: "poor", evidence: e },
 *   movementControl: { answer: "good", evidence: e }, alcoholAvailability: { answer: "none", evidence: e },
 *   welfareFacilities: { answer: "good", evidence: e }, nonFraternizationBriefings: { answer: true, evidence: e },
 *   complaintMechanismReachable: { answer: true, evidence: e }, offLimitsPlacesNearby: { answer: false, evidence: e },
 *   womenAndChildrenOnCamp: { answer: false, evidence: e }, monthsSinceRotation: { answer: 2, evidence: e },
 *   allegationHistory: { answer: { allegations: 0, personnelOnStrength: 500, since: "2017-06-01" }, evidence: e },
 * };
 * const camps = [{ id: "CAMP-1", name: "Camp North", officeId: "FO-1" }];
 * const campAssessments = [{ id: "CRA-1", campId: "CAMP-1", assessedOn: "2018-03-10", checklist }];
 * const r = evaluate(set, { camps, campAssessments }, { asOf: "2018-06-30" });
 * r.ok && r.findings.map((f) => f.explanation.facts.factor); // ["perimeter"]
 */
export const highFactorRegisterEntry = defineRule({
  id: "ap.p6.high-factor-register-entry",
  title: "Every high-scoring checklist factor has an open register entry with a standing mitigation",
  obligations: ["AP-P6"],
  citation: goal6("(c)-(d)"),
  severity: "violation",
  reads: RiskDatasetShape.pick({ camps: true, campAssessments: true, riskRegister: true }),
  parameters: ["riskFactorPoints", "riskFactorHighPoints"],
  *evaluate({ camps, campAssessments, riskRegister }, { asOf, paramsOn }) {
    for (const { camp, assessment, index } of latestChecklists(camps, campAssessments, asOf)) {
      // The points and the threshold in force when the assessment was made: an overlay never rewrites it.
      const then = paramsOn?.(assessment.assessedOn, ["riskFactorPoints", "riskFactorHighPoints"]);
      if (!then) continue;
      for (const factor of RiskFactorId.options) {
        const { points } = factorPoints(factor, assessment.checklist[factor].answer as never, then.values.riskFactorPoints);
        if (points < then.values.riskFactorHighPoints) continue;
        const entries = riskRegister.filter((r) => r.campId === camp.id && r.factor === factor && isOpenRisk(r, asOf));
        const standing = entries.flatMap((r) => r.mitigations.filter((m) => m.recommendedOn <= asOf && m.status !== "rejected"));
        if (standing.length > 0) continue;
        const label = riskFactors[factor].label;
        yield {
          subject: { kind: "camp", id: camp.id },
          path: ["campAssessments", index, "checklist", factor],
          message:
            entries.length === 0
              ? `camp ${camp.name}: '${label}' scored ${points} points in assessment ${assessment.id} of ${assessment.assessedOn} and has no open register entry`
              : `camp ${camp.name}: '${label}' scored ${points} points in assessment ${assessment.id} of ${assessment.assessedOn}; its register entry has no standing mitigation recommendation`,
          facts: {
            assessmentId: assessment.id,
            assessedOn: assessment.assessedOn,
            factor,
            points,
            highPoints: then.values.riskFactorHighPoints,
            riskIds: entries.map((r) => r.id),
            standingMitigations: 0,
          },
          parameters: then.uses,
        };
      }
    }
  },
});
