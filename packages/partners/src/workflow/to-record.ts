import type { PartnerAssessment } from "../schemas/partner-assessment";
import type { AssessmentState } from "./context";

/**
 * The dataset record (`partnerAssessments` section) of a workflow state, for rules and reports:
 * the stage, the dates, the ratings with their evidence and the plan. Rejection comments and the
 * assessor stay in the workflow's record.
 *
 * @category Workflow
 * @example
 * const opened = openAssessment({ id: "PCA-1", partnerId: "IP-1", agreementIds: ["PA-1"], createdOn: "2018-01-02" });
 * opened.ok && toAssessmentRecord(opened.state); // { id: "PCA-1", partnerId: "IP-1", agreementIds: ["PA-1"], status: "draft", createdOn: "2018-01-02", ratings: [] }
 */
export function toAssessmentRecord(state: AssessmentState): PartnerAssessment {
  const c = state.context;
  return {
    id: c.id,
    partnerId: c.partnerId,
    agreementIds: [...c.agreementIds],
    status: state.value,
    createdOn: c.createdOn,
    ...(c.finalizedOn !== null ? { finalizedOn: c.finalizedOn } : {}),
    ratings: c.ratings.map((r) => ({ standardId: r.standardId, score: r.score, evidence: r.evidence.map((e) => ({ ...e })) })),
    ...(c.plan !== null ? { plan: { adoptedOn: c.plan.adoptedOn, actionPoints: c.plan.actionPoints.map((p) => ({ ...p })) } } : {}),
  };
}
