import { childStatus } from "../../classification/child-status";
import { ageAtIncident } from "../../classification/age-at-incident";
import { defineRule } from "../../engine/define-rule";
import { cite } from "../../parameters/citation";
import { MissionDatasetShape } from "../../vocabulary/dataset";
import { decisionsInEffect, mayDecide } from "./discretion";

/**
 * SGB 4.5: the discretion on 3.2(d) is open only for an adult beneficiary, and only to the head of
 * department, office or mission. A recorded decision citing it for a victim who is a child, whose
 * age is unknown, or who is not a victim of the allegation, or recorded by someone holding none of
 * `discretionDeciderRoles`, is a violation: the discretion cannot apply.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * adultBeneficiaryDiscretionConditions.id; // "sgb.4.5.discretion-conditions"
 */
export const adultBeneficiaryDiscretionConditions = defineRule({
  id: "sgb.4.5.discretion-conditions",
  title: "An SGB 4.5 decision is recorded only for an adult beneficiary, by the head of department, office or mission",
  obligations: ["SGB-4.5"],
  citation: cite("ST/SGB/2003/13", "section 4.5", { verify: true }),
  severity: "violation",
  reads: MissionDatasetShape.pick({ allegations: true, discretionDecisions: true, personnel: true }),
  parameters: ["childAgeThresholdYears", "discretionDeciderRoles"],
  *evaluate({ allegations, discretionDecisions, personnel }, { asOf, params }) {
    const threshold = params.childAgeThresholdYears;
    const roles = params.discretionDeciderRoles;
    for (const x of decisionsInEffect(allegations, discretionDecisions, "SGB-4.5", asOf)) {
      const status = x.victim ? childStatus(x.victim.age, threshold, x.allegation.incidentDate) : undefined;
      const authorised = mayDecide(personnel, x.decision.decidedBy, roles);
      if (status === "adult" && authorised) continue;
      const age = x.victim ? ageAtIncident(x.victim.age, x.allegation.incidentDate) : undefined;
      yield {
        subject: { kind: "allegation", id: x.allegation.id },
        path: !x.victim
          ? ["discretionDecisions", x.decisionIndex, "victimRef"]
          : status !== "adult"
            ? ["allegations", x.allegationIndex, "victims", x.victimIndex, "age"]
            : ["discretionDecisions", x.decisionIndex, "decidedBy"],
        message: !x.victim
          ? `discretion cannot apply: decision ${x.decision.id} cites SGB 4.5 for victim ${x.decision.victimRef}, who is not a victim of allegation ${x.allegation.id}`
          : status !== "adult"
            ? `discretion cannot apply: decision ${x.decision.id} cites SGB 4.5, which is open only for an adult beneficiary, but victim ${x.decision.victimRef} is ${status === "child" ? `a child (under ${threshold})` : status === "possibly-child" ? `possibly a child (an estimated age reaching under ${threshold})` : "of unknown age"}`
            : `discretion cannot apply: decision ${x.decision.id} cites SGB 4.5, which only the head of department, office or mission may exercise, but ${x.decision.decidedBy} holds none of the roles ${roles.join(", ")}`,
        facts: {
          decisionId: x.decision.id,
          victimRef: x.decision.victimRef,
          victimInAllegation: x.victim !== undefined,
          childStatus: status ?? null,
          ageYears: age?.kind === "known" ? age.years : null,
          childAgeThresholdYears: threshold,
          decidedBy: x.decision.decidedBy,
          deciderMayDecide: authorised,
        },
        concern: `sgb.4.5.discretion-conditions:${x.decision.id}`,
      };
    }
  },
});
