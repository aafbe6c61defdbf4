/**
 * The concern of an SGB 3.2(d) finding about one victim of one allegation. A mission profile that
 * raises 3.2(d) (see {@link nonFraternizationRule}) uses the same key, so the engine can compare,
 * supersede or report the two rules' findings as a conflict.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * beneficiaryRelationshipConcern("V-1"); // "sgb.3.2d.relationship-with-beneficiary:V-1"
 */
export function beneficiaryRelationshipConcern(victimRef: string): string {
  return `sgb.3.2d.relationship-with-beneficiary:${victimRef}`;
}

/**
 * The concern of an SGB 3.2(b) finding about one victim: the key SGB 4.4 lowers by.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * childVictimConcern("V-1"); // "sgb.3.2b.child-victim:V-1"
 */
export function childVictimConcern(victimRef: string): string {
  return `sgb.3.2b.child-victim:${victimRef}`;
}
