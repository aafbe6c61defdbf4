import { z } from "zod";
import { PersonnelCategory } from "./personnel";

/**
 * The category of the alleged perpetrator of an allegation: a category of mission personnel, or
 * `non-un-force`, a member of a military or police force not under UN command and control (a
 * national army, a regional or bilateral force). The UN's system-wide data counts such allegations
 * apart from UN personnel, and the mission records them to refer and assist, but non-UN forces are
 * not mission personnel: they are on no roster, take no mission training, acknowledge no bulletin,
 * and the UN takes no disciplinary action on them (their State is accountable). That is why the
 * value is here, on allegation subjects, and not in {@link PersonnelCategory}: a personnel record
 * cannot carry it, so no personnel rule can reach it.
 *
 * @category Vocabulary
 * @example
 * SubjectCategory.parse("non-un-force"); // "non-un-force"
 * SubjectCategory.parse("military-contingent"); // "military-contingent"
 */
export const SubjectCategory = z.enum([...PersonnelCategory.options, "non-un-force"]);
/**
 * @category Vocabulary
 * @example
 * const subjectCategory: SubjectCategory = "civilian-staff";
 */
export type SubjectCategory = z.infer<typeof SubjectCategory>;

/**
 * Whether an allegation subject's category is a category of mission personnel (anything but
 * `non-un-force`): the rules about personnel and their discipline apply only then.
 *
 * @category Vocabulary
 * @example
 * isPersonnelCategory("un-volunteer"); // true
 * isPersonnelCategory("non-un-force"); // false
 */
export function isPersonnelCategory(category: SubjectCategory): category is PersonnelCategory {
  return category !== "non-un-force";
}
