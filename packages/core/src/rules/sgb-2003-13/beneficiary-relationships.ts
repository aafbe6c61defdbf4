import { childStatus, type ChildStatus } from "../../classification/child-status";
import type { Allegation, Victim } from "../../vocabulary/allegation";
import { involvesExchangeForSex } from "./conduct";

/**
 * One relationship with a beneficiary that SGB 3.2(d) speaks to, located in the dataset.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * const allegationOf = (beneficiaryRelationship: BeneficiaryRelationship) => beneficiaryRelationship.allegation;
 */
export interface BeneficiaryRelationship {
  readonly allegation: Allegation;
  readonly allegationIndex: number;
  readonly victim: Victim;
  readonly victimIndex: number;
  /** Never `child`: a child victim is SGB 3.2(b)'s, not a matter of discouragement. */
  readonly childStatus: Exclude<ChildStatus, "child">;
}

/**
 * The ongoing relationships with a beneficiary of assistance that only SGB 3.2(d) covers: victims
 * who are children (3.2(b)) and allegations with an exchange for sex (3.2(c)) are left out, since
 * a stricter standard already applies to them.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * [...beneficiaryRelationships([], 18)].length; // 0
 */
export function* beneficiaryRelationships(allegations: readonly Allegation[], childAgeThresholdYears: number): Generator<BeneficiaryRelationship> {
  for (const [allegationIndex, allegation] of allegations.entries()) {
    if (allegation.conduct.relationship !== "ongoing" || involvesExchangeForSex(allegation.conduct)) continue;
    for (const [victimIndex, victim] of allegation.victims.entries()) {
      if (!victim.beneficiary) continue;
      const status = childStatus(victim.age, childAgeThresholdYears, allegation.incidentDate);
      if (status === "child") continue;
      yield { allegation, allegationIndex, victim, victimIndex, childStatus: status };
    }
  }
}
