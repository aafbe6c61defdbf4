import { z } from "zod";
import { CountryCode, Gender, IsoDate, RecordId } from "./common";

/**
 * The categories of personnel the bulletin and the UN's conduct data distinguish.
 * The investigating entity and the available sanctions depend on the category.
 *
 * @category Vocabulary
 * @example
 * PersonnelCategory.parse("military-contingent"); // "military-contingent"
 */
export const PersonnelCategory = z.enum([
  "civilian-staff",
  "un-volunteer",
  "consultant-contractor",
  "military-contingent",
  "military-observer-staff-officer",
  "individual-police",
  "formed-police-unit",
  "non-un-partner",
]);
/**
 * @category Vocabulary
 * @example
 * const personnelCategory: PersonnelCategory = "civilian-staff";
 */
export type PersonnelCategory = z.infer<typeof PersonnelCategory>;

/**
 * Roles that carry management duties under SGB 3.2(f) and the action plan's pledge.
 *
 * @category Vocabulary
 * @example
 * PersonnelRole.parse("head-of-office"); // "head-of-office"
 */
export const PersonnelRole = z.enum([
  "head-of-mission",
  "head-of-office",
  "chief-of-section",
  "manager",
  "supervisor",
  "community-liaison-assistant",
  "human-rights-officer",
  "scpi-focal-point",
]);
/**
 * @category Vocabulary
 * @example
 * const personnelRole: PersonnelRole = "community-liaison-assistant";
 */
export type PersonnelRole = z.infer<typeof PersonnelRole>;

/**
 * One member of mission personnel.
 *
 * @category Vocabulary
 * @example
 * Personnel.parse({
 *   id: "P-1", category: "civilian-staff", grade: "P-4", gender: "female",
 *   officeId: "BGF", arrivalDate: "2018-01-15",
 * }).roles; // []
 */
export const Personnel = z.object({
  id: RecordId.describe("The person's personnel id, unique among personnel; rosters, allegation subjects, concerns, decisions and team memberships refer to it."),
  category: PersonnelCategory.describe("The personnel category, which decides the investigating entity and the available sanctions."),
  /** UN grade such as `P-4`, `D-1`, `FS-5`, `G-6`; absent for uniformed personnel without one. */
  grade: z.string().trim().min(1).optional().describe("The UN grade (P-4, D-1, FS-5, G-6; spellings such as P4 are normalised); absent for uniformed personnel without one."),
  gender: Gender.describe("Gender as recorded in personnel data."),
  officeId: RecordId.describe("The office the person is assigned to: the id of an office of the dataset."),
  arrivalDate: IsoDate.describe("First day on strength."),
  departureDate: IsoDate.optional().describe("First day no longer on strength; absent while serving."),
  contributingCountry: CountryCode.optional().describe("For uniformed personnel, the contributing country as an ISO 3166-1 alpha-3 code."),
  roles: z.array(PersonnelRole).default([]).describe("The person's roles: those with management duties under SGB 3.2(f) and the action plan's pledge, and those other rules look for."),
  /** Date the person acknowledged receipt of ST/SGB/2003/13 (DPKO General management b). */
  bulletinAcknowledgedOn: IsoDate.optional().describe("When the person acknowledged receipt of ST/SGB/2003/13 (DPKO General management (b))."),
  /** Date the person signed the mission's SEA pledge (action plan, Enforcement goal 5). */
  pledgeSignedOn: IsoDate.optional().describe("When the person signed the mission's SEA pledge (action plan, Enforcement goal 5)."),
  pledgeInEpasOn: IsoDate.optional().describe("When the SEA pledge was made one of the goals of the person's e-PAS work plan (action plan, Enforcement goal 5, expected result (ii))."),
  noExcuseCardReceivedOn: IsoDate.optional().describe("When the person received the 'no-excuse card' on SEA (action plan, Prevention goal 1 (e))."),
  reportingSopFamiliarizedOn: IsoDate.optional().describe(
    "When the person attended a familiarization session on the mission's SOP on reporting misconduct, including SEA (action plan, Enforcement goal 1 (b)).",
  ),
  /** Dates of SEA training sessions completed, by course id. */
  trainings: z
    .array(
      z.object({
        courseId: RecordId.describe("The course completed: one of the course ids of the trainingCourses parameter; not checked against it."),
        completedOn: IsoDate.describe("When the session was completed."),
      }),
    )
    .default([])
    .describe("SEA training sessions the person completed."),
});
/**
 * @category Vocabulary
 * @example
 * const person: Personnel = Personnel.parse({ id: "P-1", grade: "P-4", category: "civilian-staff", gender: "female", officeId: "HQ", arrivalDate: "2018-01-02" });
 * person.category; // "civilian-staff"
 */
export type Personnel = z.infer<typeof Personnel>;
/**
 * @category Vocabulary
 * @example
 * const idOf = (personnelInput: PersonnelInput) => personnelInput.id;
 */
export type PersonnelInput = z.input<typeof Personnel>;

/**
 * Whether a person is on strength on a date: arrived on or before it, and not departed by then.
 * Obligations on personnel (acknowledging the bulletin, training, owning a risk) apply only to them.
 *
 * @category Vocabulary
 * @example
 * isOnStrength({ arrivalDate: "2018-01-02" }, "2018-06-30"); // true
 * isOnStrength({ arrivalDate: "2018-01-02", departureDate: "2018-06-30" }, "2018-06-30"); // false
 */
export function isOnStrength(person: { readonly arrivalDate: string; readonly departureDate?: string | undefined }, asOf: string): boolean {
  return person.arrivalDate <= asOf && (person.departureDate === undefined || person.departureDate > asOf);
}
