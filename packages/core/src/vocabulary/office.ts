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
  id: RecordId,
  name: z.string().min(1),
  region: z.string().min(1),
  kind: z.enum(["headquarters", "field-office", "sub-office"]),
  /** Offices with significant staff presence need a field-level focal point (DPKO General management c). */
  significantStaffPresence: z.boolean(),
  /** A high-risk region of deployment (action plan, Prevention goal 5). */
  highRisk: z.boolean().default(false),
});
/** @category Vocabulary */
export type Office = z.infer<typeof Office>;
