import { addDuration, defineRule } from "@psea/core";
import { scoreChecklist } from "../scoring/score-checklist";
import { scoringModelOf, scoringParameterIds } from "../scoring/scoring-model";
import { RiskDatasetShape } from "../schemas/risk-dataset";
import { latestChecklists } from "./latest-checklist";
import { goal6 } from "./shared";

/**
 * AP Prevention goal 6 (h): regular joint patrols to risk areas. An open camp whose latest checklist
 * (scored with the parameters in force on its date) is at a level of `riskLevelsRequiringJointPatrol`
 * has a joint patrol covering it (`campIds`) within `riskAreaPatrolPeriod`: the period runs from the
 * later of its last patrol and the assessment that found it high-risk. Past it, a violation.
 *
 * @category Risk rules
 * @example
 * highRiskLocationPatrol.parameters.slice(-2); // ["riskLevelsRequiringJointPatrol", "riskAreaPatrolPeriod"]
 */
export const highRiskLocationPatrol = defineRule({
  id: "ap.p6.high-risk-location-patrol",
  title: "Every high-risk camp has a joint patrol within the period",
  obligations: ["AP-P6"],
  citation: goal6("(h)"),
  severity: "violation",
  reads: RiskDatasetShape.pick({ camps: true, campAssessments: true, jointPatrols: true }),
  parameters: [...scoringParameterIds, "riskLevelsRequiringJointPatrol", "riskAreaPatrolPeriod"],
  *evaluate({ camps, campAssessments, jointPatrols }, { asOf, params, paramsOn }) {
    for (const { camp, assessment, index } of latestChecklists(camps, campAssessments, asOf)) {
      const then = paramsOn?.(assessment.assessedOn, scoringParameterIds);
      if (!then) continue;
      const score = scoreChecklist(assessment.checklist, scoringModelOf(then.values));
      if (!params.riskLevelsRequiringJointPatrol.includes(score.level)) continue;
      const lastPatrolOn = jointPatrols.filter((p) => p.on <= asOf && p.campIds?.includes(camp.id)).reduce<string | null>((last, p) => (last === null || p.on > last ? p.on : last), null);
      const from = lastPatrolOn !== null && lastPatrolOn > assessment.assessedOn ? lastPatrolOn : assessment.assessedOn;
      const dueOn = addDuration(from, params.riskAreaPatrolPeriod);
      if (dueOn >= asOf) continue;
      yield {
        subject: { kind: "camp", id: camp.id },
        path: lastPatrolOn === null ? ["campAssessments", index, "checklist"] : ["jointPatrols"],
        message:
          lastPatrolOn === null
            ? `camp ${camp.name} scored ${score.level} (${score.score}) in assessment ${assessment.id} of ${assessment.assessedOn} and no joint patrol has covered it; one was due by ${dueOn}`
            : `camp ${camp.name} scored ${score.level} (${score.score}) in assessment ${assessment.id} of ${assessment.assessedOn}; its last joint patrol was on ${lastPatrolOn} and the next was due by ${dueOn}`,
        facts: { assessmentId: assessment.id, assessedOn: assessment.assessedOn, score: score.score, level: score.level, lastPatrolOn, dueOn },
        parameters: then.uses,
      };
    }
  },
});
