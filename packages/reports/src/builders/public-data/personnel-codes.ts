import type { SubjectCategory } from "@psea/core";

/**
 * The personnel category codes of the UN's published SEA data, and the kit's own codes for what the
 * UN counts separately:
 * - civilian: `INT` international staff, `NS` national staff, `UNV` UN Volunteers;
 * - military: `MC` military contingent, `MO` military observer or staff officer;
 * - police: `UNPOL` individual police, `FPU` formed police unit;
 * - counted apart from UN personnel: `CONTRACTOR` consultants and contractors, `IP` implementing
 *   partners, `NON_UN_FORCE` members of forces not under UN command (as the UN's system-wide data
 *   counts implementing partners and non-UN forces apart), and `UNKNOWN` where no subject is identified.
 *
 * @category Report builders
 * @example
 * publicPersonnelCodes.slice(0, 3); // ["INT", "NS", "UNV"]
 */
export const publicPersonnelCodes = ["INT", "NS", "UNV", "MC", "MO", "UNPOL", "FPU", "CONTRACTOR", "IP", "NON_UN_FORCE", "UNKNOWN"] as const;
/**
 * A code of {@link publicPersonnelCodes}. @category Report builders
 * @example
 * const publicPersonnelCode: PublicPersonnelCode = "INT";
 */
export type PublicPersonnelCode = (typeof publicPersonnelCodes)[number];

/**
 * What each code stands for, as a report labels it.
 *
 * @category Report builders
 * @example
 * publicPersonnelLabels.MC; // "Military contingent (MC)"
 */
export const publicPersonnelLabels: Readonly<Record<PublicPersonnelCode, string>> = {
  INT: "International staff (INT)",
  NS: "National staff (NS)",
  UNV: "UN Volunteers (UNV)",
  MC: "Military contingent (MC)",
  MO: "Military observers and staff officers (MO)",
  UNPOL: "Individual police (UNPOL)",
  FPU: "Formed police units (FPU)",
  CONTRACTOR: "Consultants and contractors",
  IP: "Implementing partners",
  NON_UN_FORCE: "Non-UN forces",
  UNKNOWN: "Not identified",
};

/**
 * The codes whose allegations are split by contributing country (uniformed personnel). Non-UN forces
 * are uniformed but contributed by no country to the mission: their allegations are not split by country.
 *
 * @category Report builders
 * @example
 * uniformedCodes.includes("FPU"); // true
 */
export const uniformedCodes: readonly PublicPersonnelCode[] = ["MC", "MO", "UNPOL", "FPU"];

// National staff hold General Service, National Professional Officer or national personnel service
// agreement grades; every other civilian grade (P, D, FS, ASG, USG) is internationally recruited.
const NATIONAL_GRADE = /^(G|NO|NP)/i;

/**
 * Maps the category of an allegation subject (a kit personnel category or `non-un-force`) to its
 * published code. Civilian staff are `NS` when the linked
 * personnel record has a national grade (G, NO, NP) and `INT` otherwise, including when no grade is
 * known: a national grade is what identifies national staff.
 *
 * @category Report builders
 * @example
 * publicPersonnelCode("civilian-staff", "G-6"); // "NS"
 * publicPersonnelCode("civilian-staff", "P-4"); // "INT"
 * publicPersonnelCode("formed-police-unit"); // "FPU"
 * publicPersonnelCode("non-un-partner"); // "IP"
 * publicPersonnelCode("non-un-force"); // "NON_UN_FORCE"
 */
export function publicPersonnelCode(category: SubjectCategory, grade?: string): PublicPersonnelCode {
  switch (category) {
    case "civilian-staff":
      return grade !== undefined && NATIONAL_GRADE.test(grade) ? "NS" : "INT";
    case "un-volunteer":
      return "UNV";
    case "consultant-contractor":
      return "CONTRACTOR";
    case "military-contingent":
      return "MC";
    case "military-observer-staff-officer":
      return "MO";
    case "individual-police":
      return "UNPOL";
    case "formed-police-unit":
      return "FPU";
    case "non-un-partner":
      return "IP";
    case "non-un-force":
      return "NON_UN_FORCE";
  }
}
