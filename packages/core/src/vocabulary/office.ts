import { z } from "zod";
import { RecordId } from "./common";

/**
 * A mission office: headquarters, field office or sub-office.
 *
 * @category Vocabulary
 * @example
 * Office.parse({ id: "BGF", name: "Bangui HQ", region: "Bangui", kind: "headquarters", significantStaffPresence: true }).highRisk; // false
 */
export const Office = z.object({
  id: RecordId.describe("The office's id, unique among offices; personnel, field focal points and camps refer to it."),
  name: z.string().min(1).describe("The office's name."),
  region: z.string().min(1).describe("The region the office is in; complaint mechanisms are matched to offices by region."),
  kind: z.enum(["headquarters", "field-office", "sub-office"]).describe("Headquarters, field office or sub-office."),
  /** Offices with significant staff presence need a field-level focal point (DPKO General management c). */
  significantStaffPresence: z.boolean().describe("The office has a significant staff presence, so it needs a field-level focal point (DPKO General management (c))."),
  /** A high-risk region of deployment (action plan, Prevention goal 5). */
  highRisk: z.boolean().default(false).describe("The office is in a high-risk region of deployment (action plan, Prevention goal 5); defaults to false."),
});
/**
 * @category Vocabulary
 * @example
 * const office: Office = Office.parse({ id: "HQ", name: "Headquarters", region: "Capital", kind: "headquarters", significantStaffPresence: true });
 * office.kind; // "headquarters"
 */
export type Office = z.infer<typeof Office>;
