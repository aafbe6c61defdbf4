import type { Allegation } from "../../vocabulary/allegation";
import { isPersonnelCategory } from "../../vocabulary/subject-category";

/**
 * SGB section 2: the bulletin binds UN staff and UN forces under UN command and control. An
 * allegation whose every recorded subject is a member of a non-UN force is outside its scope: the
 * mission still records it, refers it and assists the victim, and the UN's system-wide data counts it
 * apart, but the standards of section 3.2 do not bind the alleged perpetrator. An allegation with no
 * identified subject stays within scope, since the perpetrator may be mission personnel; so does one
 * naming mission personnel beside a non-UN force.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * withinBulletinScope({ subjects: [{ ref: "S-1", category: "non-un-force" }] }); // false
 * withinBulletinScope({ subjects: [{ ref: "S-1", category: "non-un-force" }, { ref: "S-2", category: "civilian-staff" }] }); // true
 * withinBulletinScope({ subjects: [] }); // true
 */
export function withinBulletinScope(allegation: { readonly subjects: Allegation["subjects"] }): boolean {
  return allegation.subjects.length === 0 || allegation.subjects.some((s) => isPersonnelCategory(s.category));
}
