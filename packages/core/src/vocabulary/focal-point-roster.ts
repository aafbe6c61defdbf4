import { z } from "zod";
import { IsoDate, RecordId } from "./common";

const Appointment = z.object({
  personnelId: RecordId.describe("The appointee: the id of a person in the dataset's personnel."),
  appointedOn: IsoDate.describe("When the Head of Mission appointed them."),
});

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
  focalPoint: Appointment.optional().describe("The mission's SEA Focal Point (DPKO General management (c))."),
  alternate: Appointment.optional().describe("The Alternate Focal Point; never the same person as the Focal Point."),
  fieldFocalPoints: z
    .array(Appointment.extend({ officeId: RecordId.describe("The office served: the id of an office of the dataset.") }))
    .default([])
    .describe("Field-level focal points, one for each office with a significant staff presence."),
});
/**
 * @category Vocabulary
 * @example
 * const fieldFocalPointsOf = (focalPointRoster: FocalPointRoster) => focalPointRoster.fieldFocalPoints;
 */
export type FocalPointRoster = z.infer<typeof FocalPointRoster>;
