import { classifyAllegation, type Classification, type ParameterValue } from "@psea/core";
import type { CaseContext } from "./context";
import type { EventOf } from "./events";

// The guard assessmentConsistent classifies the facts of an assessment to check its seriousness,
// and the effect of the same transition classifies them again to record the result. The second
// call is answered from the first: same event object, same victims, same threshold, same answer.
type RelationshipClassification = ParameterValue<"adultBeneficiaryRelationshipClassification">;
const lastClassification = new WeakMap<
  object,
  { victims: CaseContext["victims"]; threshold: number; relationship: RelationshipClassification | undefined; classification: Classification }
>();

/**
 * The classification of an assessment's facts (SGB section 1), computed once per event for the
 * guard and the effect of one transition. Treat the result as read-only. `relationship` is the
 * `adultBeneficiaryRelationshipClassification` in force on the assessment's date: under its default a
 * consensual relationship with an adult beneficiary is a 3.2(d) matter, which may be assessed as not
 * serious; under a non-fraternization overlay it is an exploitative relationship, which may not.
 *
 * @category Cases
 * @example
 * const e = CaseEvent.parse({ type: "ASSESSMENT_COMPLETED", at: "2018-06-05",
 *   conduct: { sexualActivity: "actual", exchange: ["money"] }, seriousness: "serious", urgent: false });
 * // The example case's one victim is 16: a child under a threshold of 18.
 * const c = e.type === "ASSESSMENT_COMPLETED" ? assessmentClassification(exampleCase().context, e, 18) : undefined;
 * c?.kind === "classified" && [c.nature, c.type, c.child]; // ["sexual-abuse", "sexual-activity-with-minor", "child"]
 */
export function assessmentClassification(
  context: CaseContext,
  e: EventOf<"ASSESSMENT_COMPLETED">,
  threshold: number,
  relationship?: RelationshipClassification,
): Classification {
  const known = lastClassification.get(e);
  if (known !== undefined && known.victims === context.victims && known.threshold === threshold && known.relationship === relationship) {
    return known.classification;
  }
  const classification = classifyAllegation(
    { conduct: e.conduct, victims: context.victims, incidentDate: context.incidentDate },
    relationship === undefined ? { childAgeThresholdYears: threshold } : { childAgeThresholdYears: threshold, adultBeneficiaryRelationship: relationship },
  );
  lastClassification.set(e, { victims: context.victims, threshold, relationship, classification });
  return classification;
}
