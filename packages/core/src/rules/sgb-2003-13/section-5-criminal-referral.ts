import { defineRule } from "../../engine/define-rule";
import { cite } from "../../parameters/citation";
import { MissionDatasetShape } from "../../vocabulary/dataset";

/**
 * SGB section 5: a case may be referred to national authorities for criminal prosecution only after
 * a proper investigation has produced evidence (a substantiated outcome) and upon consultation with
 * the Office of Legal Affairs. A referral taken before either, or without either, is a violation,
 * one finding per missing gate.
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
  parameters: [],
  *evaluate({ allegations }, { asOf }) {
    for (const [i, a] of allegations.entries()) {
      for (const [m, action] of a.actions.entries()) {
        if (action.kind !== "referral-for-criminal-accountability" || action.takenOn > asOf) continue;
        const subject = { kind: "allegation", id: a.id };
        const o = a.outcome;
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
