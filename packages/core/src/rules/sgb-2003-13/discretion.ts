import type { Allegation, DiscretionDecision, Victim } from "../../vocabulary/allegation";
import type { PersonnelRole } from "../../vocabulary/personnel";

/**
 * Whether the person a decision names as `decidedBy` holds one of `roles` (for SGB 4.5, the head
 * of department, office or mission). A person not in `personnel` holds none.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * const personnel = [{ id: "P-HOM", roles: ["head-of-mission"] }, { id: "P-9", roles: [] }] as const;
 * mayDecide(personnel, "P-HOM", ["head-of-mission", "head-of-office"]); // true
 * mayDecide(personnel, "P-9", ["head-of-mission", "head-of-office"]); // false
 */
export function mayDecide(personnel: readonly { readonly id: string; readonly roles: readonly PersonnelRole[] }[], decidedBy: string, roles: readonly PersonnelRole[]): boolean {
  return personnel.find((p) => p.id === decidedBy)?.roles.some((r) => roles.includes(r)) ?? false;
}

/**
 * The first decision of the given exception recorded for one victim of one allegation on or before
 * `asOf` (and, when `authorised` is given, by someone it accepts). A decision dated after `asOf` was
 * not yet taken and never applies.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * findDiscretionDecision(
 *   [{ id: "D-1", exception: "SGB-4.5", allegationId: "A-1", victimRef: "V-1", decidedOn: "2018-07-01", decidedBy: "P-HOM" }],
 *   "SGB-4.5", "A-1", "V-1", "2018-06-30",
 * ); // undefined
 */
export function findDiscretionDecision(
  decisions: readonly DiscretionDecision[],
  exception: DiscretionDecision["exception"],
  allegationId: string,
  victimRef: string,
  asOf: string,
  authorised: (decision: DiscretionDecision) => boolean = () => true,
): DiscretionDecision | undefined {
  return decisions.find((d) => d.exception === exception && d.allegationId === allegationId && d.victimRef === victimRef && d.decidedOn <= asOf && authorised(d));
}

/**
 * The decisions of one exception that are in effect on `asOf`, each with the allegation and victim
 * it names (and their indexes, for paths). The victim is `undefined` when the allegation has no such ref.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * [...decisionsInEffect([], [], "SGB-4.5", "2018-06-30")].length; // 0
 */
export function* decisionsInEffect(
  allegations: readonly Allegation[],
  decisions: readonly DiscretionDecision[],
  exception: DiscretionDecision["exception"],
  asOf: string,
): Generator<{
  decision: DiscretionDecision;
  decisionIndex: number;
  allegation: Allegation;
  allegationIndex: number;
  victim: Victim | undefined;
  victimIndex: number;
}> {
  for (const [decisionIndex, decision] of decisions.entries()) {
    if (decision.exception !== exception || decision.decidedOn > asOf) continue;
    const allegationIndex = allegations.findIndex((a) => a.id === decision.allegationId);
    const allegation = allegations[allegationIndex];
    // The dataset's reference check rejects a decision naming an unknown allegation before rules run.
    if (!allegation) continue;
    const victimIndex = allegation.victims.findIndex((v) => v.ref === decision.victimRef);
    yield { decision, decisionIndex, allegation, allegationIndex, victim: allegation.victims[victimIndex], victimIndex };
  }
}
