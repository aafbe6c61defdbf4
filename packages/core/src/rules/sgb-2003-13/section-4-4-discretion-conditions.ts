import { defineRule } from "../../engine/define-rule";
import { cite } from "../../parameters/citation";
import { MissionDatasetShape } from "../../vocabulary/dataset";
import { decisionsInEffect, marriageConditionsMet } from "./discretion";

/**
 * SGB 4.4: a recorded decision citing the marriage discretion whose conditions the record does not
 * show (the victim is not in the allegation, or is not shown to be legally married to the subject
 * and over the age of majority in the country of citizenship) is a violation: the discretion cannot
 * apply, and the 3.2(b) finding stays a violation.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * marriageDiscretionConditions.obligations; // ["SGB-4.4"]
 */
export const marriageDiscretionConditions = defineRule({
  id: "sgb.4.4.discretion-conditions",
  title: "An SGB 4.4 decision is recorded only where its conditions are met",
  obligations: ["SGB-4.4"],
  citation: cite("ST/SGB/2003/13", "section 4.4", { verify: true }),
  severity: "violation",
  reads: MissionDatasetShape.pick({ allegations: true, discretionDecisions: true }),
  parameters: [],
  *evaluate({ allegations, discretionDecisions }, { asOf }) {
    for (const x of decisionsInEffect(allegations, discretionDecisions, "SGB-4.4", asOf)) {
      if (x.victim && marriageConditionsMet(x.victim)) continue;
      const m = x.victim?.marriageToSubject;
      yield {
        subject: { kind: "allegation", id: x.allegation.id },
        path: x.victim
          ? ["allegations", x.allegationIndex, "victims", x.victimIndex, "marriageToSubject"]
          : ["discretionDecisions", x.decisionIndex, "victimRef"],
        message: x.victim
          ? `discretion cannot apply: decision ${x.decision.id} cites SGB 4.4 but victim ${x.decision.victimRef} is not shown to be legally married to the subject and over the age of majority in the country of citizenship`
          : `discretion cannot apply: decision ${x.decision.id} cites SGB 4.4 for victim ${x.decision.victimRef}, who is not a victim of allegation ${x.allegation.id}`,
        facts: {
          decisionId: x.decision.id,
          victimRef: x.decision.victimRef,
          victimInAllegation: x.victim !== undefined,
          legallyMarried: m?.legallyMarried ?? null,
          overAgeOfMajorityInCitizenshipCountry: m?.overAgeOfMajorityInCitizenshipCountry ?? null,
        },
        concern: `sgb.4.4.discretion-conditions:${x.decision.id}`,
      };
    }
  },
});
