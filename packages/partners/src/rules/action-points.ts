import { cite, defineRule } from "@psea/core";
import { actionPointItems } from "../plan/due-items";
import { latestByPartner, PartnerRuleInput } from "./shared";

/**
 * The capacity-strengthening plan is followed up as deadlines (ST/SGB/2003/13 section 6: a partner
 * takes preventive measures). Each open action point of a partner's latest final assessment is a
 * notice once inside `partnerActionPointNoticeWindow` of its due date, and a warning once past it.
 *
 * @category Rules
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "x", title: "x", rules: [actionPointFollowUp] });
 * const partnerAssessments = [{ id: "PCA-1", partnerId: "IP-1", status: "final", finalizedOn: "2018-02-01",
 *   plan: { adoptedOn: "2018-02-01", actionPoints: [
 *     { id: "AP-1", standardId: "training", description: "Train all staff", owner: "HR lead", dueDate: "2018-06-15" },
 *     { id: "AP-2", standardId: "reporting", description: "Set up a hotline", owner: "Director", dueDate: "2018-07-15" },
 *   ] } }];
 * const r = evaluate(set, { partnerAssessments }, { asOf: "2018-06-30" });
 * r.ok && r.findings.map((f) => [f.subject.id, f.severity, f.explanation.facts.status]); // [["AP-1", "warning", "overdue"], ["AP-2", "notice", "due"]]
 */
export const actionPointFollowUp = defineRule({
  id: "partners.sgb-6.action-points",
  title: "Action points of a partner's capacity-strengthening plan are completed by their due dates",
  obligations: ["SGB-6"],
  citation: cite("UN-IP-PSEA", "capacity-strengthening plan", { verify: true }),
  severity: "warning",
  reads: PartnerRuleInput,
  parameters: ["partnerActionPointNoticeWindow"],
  *evaluate({ partnerAssessments }, { asOf, params }) {
    for (const { index, assessment } of latestByPartner(partnerAssessments, asOf)) {
      const points = assessment.plan?.actionPoints ?? [];
      for (const item of actionPointItems(assessment, asOf, params.partnerActionPointNoticeWindow)) {
        const j = points.findIndex((p) => p.id === item.actionPointId);
        yield {
          subject: { kind: "partner-action-point", id: item.actionPointId },
          path: ["partnerAssessments", index, "plan", "actionPoints", j],
          ...(item.status === "due" ? { severity: "notice" as const } : {}),
          message:
            item.status === "overdue"
              ? `action point ${item.actionPointId} (${item.standardId}) of ${assessment.partnerId}'s capacity-strengthening plan was due on ${item.dueDate}`
              : `action point ${item.actionPointId} (${item.standardId}) of ${assessment.partnerId}'s capacity-strengthening plan is due on ${item.dueDate}`,
          facts: { status: item.status, dueDate: item.dueDate, standardId: item.standardId, owner: item.owner, assessmentId: assessment.id, partnerId: assessment.partnerId },
        };
      }
    }
  },
});
