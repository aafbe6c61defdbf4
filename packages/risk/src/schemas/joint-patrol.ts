import { IsoDate, RecordId } from "@psea/core";
import { z } from "zod";

/**
 * The components that take part in joint patrols to risk areas (Prevention goal 6 (h): Police, CDT, Security).
 *
 * @category Joint patrols
 * @example
 * PatrolParticipant.parse("cdt"); // "cdt"
 */
export const PatrolParticipant = z.enum(["police", "cdt", "security", "force", "military-police", "other"]);
/**
 * @category Joint patrols
 * @example
 * const p: PatrolParticipant = "police";
 */
export type PatrolParticipant = z.infer<typeof PatrolParticipant>;

/**
 * A joint patrol to one or more risk areas.
 *
 * @category Joint patrols
 * @example
 * JointPatrol.parse({ id: "JP-1", on: "2018-05-04", areas: ["Quartier Y"], participants: ["police", "cdt", "security"] }).areas; // ["Quartier Y"]
 */
export const JointPatrol = z.object({
  id: RecordId.describe("The patrol's id, unique among joint patrols."),
  on: IsoDate.describe("When the patrol took place."),
  areas: z.array(z.string().min(1)).min(1).describe("The areas patrolled, in words; at least one."),
  participants: z.array(PatrolParticipant).min(1).describe("The bodies that took part; at least one."),
  /** The camps whose surroundings the patrol covered: what counts as a patrol to a high-risk location. */
  campIds: z.array(RecordId).optional().describe("The camps whose surroundings the patrol covered, by camp id: what counts as a patrol to a high-risk location."),
});
/**
 * @category Joint patrols
 * @example
 * const j: JointPatrol = { id: "JP-1", on: "2018-05-04", areas: ["Quartier Y"], participants: ["cdt"] };
 */
export type JointPatrol = z.infer<typeof JointPatrol>;
