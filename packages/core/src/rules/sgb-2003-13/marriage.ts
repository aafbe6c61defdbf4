import type { Allegation } from "../../vocabulary/allegation";
import type { PersonnelCategory } from "../../vocabulary/personnel";
import { isPersonnelCategory } from "../../vocabulary/subject-category";

/**
 * The facts that made the SGB 4.4 carve-out apply, as the exception's basis shows them.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * const f: MarriageCarveOutFacts = { victimRef: "V-1", subjectRef: "S-1", subjectCategory: "civilian-staff",
 *   staffMember: true, legallyMarried: true, overAgeOfMajorityInCitizenshipCountry: true };
 */
export type MarriageCarveOutFacts = {
  readonly victimRef: string;
  readonly subjectRef: string;
  readonly subjectCategory: PersonnelCategory;
  readonly staffMember: true;
  readonly legallyMarried: true;
  readonly overAgeOfMajorityInCitizenshipCountry: true;
};

/**
 * The facts that make SGB 4.4 apply to one victim of one allegation, or `undefined` when any is
 * missing or false: the victim is recorded as legally married to a subject of the allegation (named
 * by `marriageToSubject.subjectRef`, or the allegation's only subject), that subject's category is a
 * staff member's, the victim was over the age of majority or consent in their country of
 * citizenship, and no other subject of the allegation is mission personnel. Unknown is never taken
 * as true.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * marriageCarveOutFacts(
 *   { subjects: [{ ref: "S-1", category: "civilian-staff" }],
 *     victims: [{ ref: "V-1", marriageToSubject: { legallyMarried: true, overAgeOfMajorityInCitizenshipCountry: true } }] },
 *   "V-1", ["civilian-staff"],
 * )?.subjectRef; // "S-1"
 */
export function marriageCarveOutFacts(
  allegation: { readonly subjects: Allegation["subjects"]; readonly victims: readonly Pick<Allegation["victims"][number], "ref" | "marriageToSubject">[] },
  victimRef: string,
  staffMemberCategories: readonly PersonnelCategory[],
): MarriageCarveOutFacts | undefined {
  const m = allegation.victims.find((v) => v.ref === victimRef)?.marriageToSubject;
  if (m?.legallyMarried !== true || m.overAgeOfMajorityInCitizenshipCountry !== true) return undefined;
  const subject =
    m.subjectRef !== undefined
      ? allegation.subjects.find((s) => s.ref === m.subjectRef)
      : allegation.subjects.length === 1
        ? allegation.subjects[0]
        : undefined;
  // A member of a non-UN force is never a staff member.
  if (!subject || !isPersonnelCategory(subject.category) || !staffMemberCategories.includes(subject.category)) return undefined;
  // 4.4 exempts the staff member's marriage, nobody else's conduct: the 3.2(b) finding is one per
  // victim, so while another subject whom the bulletin binds is named with the same child, it stands.
  if (allegation.subjects.some((s) => s.ref !== subject.ref && isPersonnelCategory(s.category))) return undefined;
  return {
    victimRef,
    subjectRef: subject.ref,
    subjectCategory: subject.category,
    staffMember: true,
    legallyMarried: true,
    overAgeOfMajorityInCitizenshipCountry: true,
  };
}
