import { defineRuleSet } from "@psea/core";
import { actionPointFollowUp } from "./action-points";
import { assessmentBeforeArrangement } from "./assessment-before-arrangement";
import { reassessmentDue } from "./reassessment";
import { terminationReview } from "./termination-review";
import { undertakingEvidence } from "./undertaking-evidence";

/**
 * The partner rules (DPKO General management (e), ST/SGB/2003/13 section 6, with the UN common
 * assessment of implementing partners), for `evaluate` alone or combined with `allRules`.
 *
 * @category Rules
 * @example
 * partnerRules.rules.map((r) => r.id); // ["partners.gm-e.assessment-before-arrangement", "partners.gm-e.undertaking-evidence", "partners.sgb-6.termination-review", "partners.sgb-6.action-points", "partners.sgb-6.reassessment"]
 * partnerRules.rules.every((r) => r.obligations.includes("DPKO-GM-e") || r.obligations.includes("SGB-6")); // true
 */
export const partnerRules = defineRuleSet({
  id: "partners",
  title: "PSEA capacity of implementing partners (DPKO General management (e), ST/SGB/2003/13 section 6)",
  rules: [assessmentBeforeArrangement, undertakingEvidence, terminationReview, actionPointFollowUp, reassessmentDue],
});

export { actionPointFollowUp, assessmentBeforeArrangement, reassessmentDue, terminationReview, undertakingEvidence };
