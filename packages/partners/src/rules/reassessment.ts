import { cite, defineRule } from "@psea/core";
import { reassessmentItem } from "../plan/due-items";
import { inForce, latestByPartner, PartnerRuleInput } from "./shared";

/**
 * A partner with an arrangement in force is reassessed within `partnerReassessmentPeriod` of its
 * latest final determination (monitoring, then a new determination). A notice once inside
 * `partnerActionPointNoticeWindow` of the date, a warning once past it.
 *
 * @category Rules
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "x", title: "x", rules: [reassessmentDue] });
 * const partnerAgreements = [{ id: "PA-1", partnerName: "NGO", partnerKind: "ngo", startDate: "2018-03-01" }];
 * const partnerAssessments = [{ id: "PCA-1", partnerId: "IP-1", agreementIds: ["PA-1"], status: "final", finalizedOn: "2018-02-01" }];
 * const r = evaluate(set, { partnerAgreements, partnerAssessments }, { asOf: "2020-02-02" });
 * r.ok && r.findings.map((f) => [f.subject.id, f.severity, f.explanation.facts.dueDate]); // [["IP-1", "warning", "2020-02-01"]]
 */
export const reassessmentDue = defineRule({
  id: "partners.sgb-6.reassessment",
  title: "Partners with an arrangement in force are reassessed within the reassessment period",
  obligations: ["SGB-6"],
  citation: cite("UN-IP-PSEA", "monitoring and final determination", { verify: true }),
  severity: "warning",
  reads: PartnerRuleInput,
  parameters: ["partnerReassessmentPeriod", "partnerActionPointNoticeWindow"],
  *evaluate({ partnerAgreements, partnerAssessments }, { asOf, params }) {
    const current = new Set(partnerAgreements.filter((a) => inForce(a, asOf)).map((a) => a.id));
    const windows = { noticeWindow: params.partnerActionPointNoticeWindow, reassessmentPeriod: params.partnerReassessmentPeriod };
    for (const { index, assessment } of latestByPartner(partnerAssessments, asOf)) {
      if (!assessment.agreementIds.some((id) => current.has(id))) continue;
      const item = reassessmentItem(assessment, asOf, windows);
      if (!item) continue;
      yield {
        subject: { kind: "partner", id: assessment.partnerId },
        path: ["partnerAssessments", index, "finalizedOn"],
        ...(item.status === "due" ? { severity: "notice" as const } : {}),
        message: `${assessment.partnerId}'s PSEA capacity reassessment ${item.status === "overdue" ? "was" : "is"} due on ${item.dueDate} (last determination ${assessment.finalizedOn})`,
        facts: { status: item.status, dueDate: item.dueDate, assessmentId: assessment.id, finalizedOn: assessment.finalizedOn },
      };
    }
  },
});
