import type { FactValue } from "../../engine/finding";
import type { Allegation } from "../../vocabulary/allegation";
import type { PersonnelCategory } from "../../vocabulary/personnel";

/**
 * The facts that make SGB 4.4 apply to one victim of one allegation, or `undefined` when any is
 * missing or false: the victim is recorded as legally married to a subject of the allegation (named
 * by `marriageToSubject.subjectRef`, or the allegation's only subject), that subject's category is a
 * staff member's, and the victim was over the age of majority or consent in their country of
 * citizenship. Unknown is never taken as true.
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
): Readonly<Record<string, FactValue>> | undefined {
  const m = allegation.victims.find((v) => v.ref === victimRef)?.marriageToSubject;
  if (m?.legallyMarried !== true || m.overAgeOfMajorityInCitizenshipCountry !== true) return undefined;
  const subject =
    m.subjectRef !== undefined
      ? allegation.subjects.find((s) => s.ref === m.subjectRef)
      : allegation.subjects.length === 1
        ? allegation.subjects[0]
        : undefined;
  if (!subject || !staffMemberCategories.includes(subject.category)) return undefined;
  return {
    victimRef,
    subjectRef: subject.ref,
    subjectCategory: subject.category,
    staffMember: true,
    legallyMarried: true,
    overAgeOfMajorityInCitizenshipCountry: true,
  };
}
