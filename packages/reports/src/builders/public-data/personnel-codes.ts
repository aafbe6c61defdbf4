import type { PersonnelCategory } from "@psea/core";

/**
 * The personnel category codes of the UN's published SEA data, and the kit's own codes for what the
 * UN counts separately:
 * - civilian: `INT` international staff, `NS` national staff, `UNV` UN Volunteers;
 * - military: `MC` military contingent, `MO` military observer or staff officer;
 * - police: `UNPOL` individual police, `FPU` formed police unit;
 * - counted apart from UN personnel: `CONTRACTOR` consultants and contractors, `IP` implementing
 *   partners, and `UNKNOWN` where no subject is identified.
 *
 * @category Report builders
 * @example
 * publicPersonnelCodes.slice(0, 3); // ["INT", "NS", "UNV"]
 */
export const publicPersonnelCodes = ["INT", "NS", "UNV", "MC", "MO", "UNPOL", "FPU", "CONTRACTOR", "IP", "UNKNOWN"] as const;
/** A code of {@link publicPersonnelCodes}. @category Report builders */
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
  UNKNOWN: "Not identified",
};

/**
 * The codes whose allegations are split by contributing country (uniformed personnel).
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
 * Maps a kit personnel category to its published code. Civilian staff are `NS` when the linked
 * personnel record has a national grade (G, NO, NP) and `INT` otherwise, including when no grade is
 * known: a national grade is what identifies national staff.
 *
 * @category Report builders
 * @example
 * publicPersonnelCode("civilian-staff", "G-6"); // "NS"
 * publicPersonnelCode("civilian-staff", "P-4"); // "INT"
 * publicPersonnelCode("formed-police-unit"); // "FPU"
 */
export function publicPersonnelCode(category: PersonnelCategory, grade?: string): PublicPersonnelCode {
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
  }
}
