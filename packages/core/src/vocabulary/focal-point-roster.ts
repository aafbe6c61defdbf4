import { z } from "zod";
import { IsoDate, RecordId } from "./common";

const Appointment = z.object({ personnelId: RecordId, appointedOn: IsoDate });

/**
 * Who the Head of Mission appointed as SEA Focal Point, Alternate and field focal points.
 * Grade and gender are read from the personnel records the ids point to.
 *
 * @category Vocabulary
 * @example
 * FocalPointRoster.parse({
 *   focalPoint: { personnelId: "P-1", appointedOn: "2018-01-01" },
 *   alternate: { personnelId: "P-2", appointedOn: "2018-01-01" },
 * }).fieldFocalPoints; // []
 */
export const FocalPointRoster = z.object({
  focalPoint: Appointment.optional(),
  alternate: Appointment.optional(),
  fieldFocalPoints: z.array(Appointment.extend({ officeId: RecordId })).default([]),
});
/** @category Vocabulary */
export type FocalPointRoster = z.infer<typeof FocalPointRoster>;
