import { classifyAllegation } from "../../classification/classify-allegation";
import { defineRule } from "../../engine/define-rule";
import { cite } from "../../parameters/citation";
import { MissionDatasetShape } from "../../vocabulary/dataset";

/**
 * SGB section 5: a case may be referred to national authorities for criminal prosecution only after
 * a proper investigation has produced evidence (a substantiated outcome) and upon consultation with
 * the Office of Legal Affairs. A referral taken before either, or without either, is a violation,
 * one finding per missing gate. The gates are the UN's: a referral a contributing Member State makes
 * itself (`takenBy: "member-state"`, a State exercising its own jurisdiction over its personnel) is
 * not the referral section 5 conditions, and is not judged.
 *
 * A child case is where the sources conflict: the MINUSCA action plan says any sexual activity with
 * children "may be immediately referred to Judicial Authorities" (section C). The conflict is
 * documented on the parameter `childCaseImmediateReferral`, not reported as two violations: a child
 * case referred without the gates gives one finding that names the missing gates, a violation under
 * the bulletin's `after-gates` (the default) and a notice under the plan's `immediate`.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * criminalReferralGate.id; // "sgb.5.criminal-referral-gate"
 */
export const criminalReferralGate = defineRule({
  id: "sgb.5.criminal-referral-gate",
  title: "A referral for criminal accountability follows a substantiated outcome and a legal consultation",
  obligations: ["SGB-5"],
  citation: cite("ST/SGB/2003/13", "section 5"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ allegations: true }),
  parameters: ["childAgeThresholdYears", "adultBeneficiaryRelationshipClassification", "childCaseImmediateReferral"],
  *evaluate({ allegations }, { asOf, params }) {
    for (const [i, a] of allegations.entries()) {
      let childCase: boolean | undefined;
      for (const [m, action] of a.actions.entries()) {
        if (action.kind !== "referral-for-criminal-accountability" || action.takenOn > asOf || action.takenBy === "member-state") continue;
        const subject = { kind: "allegation", id: a.id };
        const o = a.outcome;
        // Classified as the rule sgb.1.recorded-classification classifies it: the parameters in force on asOf.
        childCase ??=
          classifyAllegation(a, {
            childAgeThresholdYears: params.childAgeThresholdYears,
            adultBeneficiaryRelationship: params.adultBeneficiaryRelationshipClassification,
          }).child === "child";
        if (childCase) {
          const missing = [
            ...(o?.result !== "substantiated" || o.decidedOn > action.takenOn ? ["substantiated-outcome"] : []),
            ...(action.legalAffairsConsultedOn === undefined || action.legalAffairsConsultedOn > action.takenOn ? ["legal-affairs-consultation"] : []),
          ];
          if (missing.length === 0) continue;
          const immediate = params.childCaseImmediateReferral === "immediate";
          yield {
            subject,
            path: ["allegations", i, "actions", m],
            severity: immediate ? "notice" : "violation",
            message: immediate
              ? `allegation ${a.id}, a child case, was referred to judicial authorities on ${action.takenOn} without ${missing.join(" or ")}, as the mission's action plan allows (a documented conflict with SGB section 5)`
              : `allegation ${a.id}, a child case, was referred for criminal accountability on ${action.takenOn} without ${missing.join(" or ")} before it; the action plan's immediate referral of child cases is a documented conflict the mission has not adopted`,
            facts: {
              actionIndex: m,
              takenOn: action.takenOn,
              childCase: true,
              missingGates: missing,
              outcome: o?.result ?? null,
              legalAffairsConsultedOn: action.legalAffairsConsultedOn ?? null,
              childCaseImmediateReferral: params.childCaseImmediateReferral,
            },
            concern: `sgb.5.criminal-referral:${m}:child-case`,
          };
          continue;
        }
        if (o?.result !== "substantiated" || o.decidedOn > action.takenOn) {
          yield {
            subject,
            path: ["allegations", i, "outcome"],
            message: `allegation ${a.id} was referred for criminal accountability on ${action.takenOn} without a substantiated outcome before it`,
            facts: { actionIndex: m, takenOn: action.takenOn, outcome: o?.result ?? null, outcomeDecidedOn: o?.decidedOn ?? null, gate: "substantiated-outcome" },
            concern: `sgb.5.criminal-referral:${m}:substantiated-outcome`,
          };
        }
        const consulted = action.legalAffairsConsultedOn;
        if (consulted === undefined || consulted > action.takenOn) {
          yield {
            subject,
            path: ["allegations", i, "actions", m, "legalAffairsConsultedOn"],
            message: `allegation ${a.id} was referred for criminal accountability on ${action.takenOn} without consulting the Office of Legal Affairs before it`,
            facts: { actionIndex: m, takenOn: action.takenOn, legalAffairsConsultedOn: consulted ?? null, gate: "legal-affairs-consultation" },
            concern: `sgb.5.criminal-referral:${m}:legal-affairs-consultation`,
          };
        }
      }
    }
  },
});
