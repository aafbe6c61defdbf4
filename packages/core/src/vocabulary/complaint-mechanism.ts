import { z } from "zod";
import { IsoDate, RecordId } from "./common";

/**
 * The community groups a community-based complaint mechanism (CBCM) draws its members from
 * (action plan, Prevention goal 5 (a): "youth, women, local authorities, local organizations, etc.").
 *
 * @category Vocabulary
 * @example
 * ComplaintMechanismMemberGroup.parse("local-authorities"); // "local-authorities"
 */
export const ComplaintMechanismMemberGroup = z.enum(["youth", "women", "local-authorities", "local-organizations", "other"]);
/**
 * @category Vocabulary
 * @example
 * const complaintMechanismMemberGroup: ComplaintMechanismMemberGroup = "other";
 */
export type ComplaintMechanismMemberGroup = z.infer<typeof ComplaintMechanismMemberGroup>;

/**
 * The kit a CBCM is equipped with (action plan, Prevention goal 5 (c)).
 *
 * @category Vocabulary
 * @example
 * ComplaintMechanismEquipment.options.length; // 4
 */
export const ComplaintMechanismEquipment = z.enum(["prepaid-phone", "notebooks", "pens", "sensitization-material"]);
/**
 * @category Vocabulary
 * @example
 * const complaintMechanismEquipment: ComplaintMechanismEquipment = "prepaid-phone";
 */
export type ComplaintMechanismEquipment = z.infer<typeof ComplaintMechanismEquipment>;

/**
 * A community-based complaint mechanism in a region, or a Community Liaison Assistant acting as the
 * mission's strategic partner where no CBCM is established (action plan, Prevention goal 5 (a)-(e)).
 * Members are recorded by the group they represent, never by name.
 *
 * @category Vocabulary
 * @example
 * ComplaintMechanism.parse({
 *   id: "CBCM-1", region: "North", kind: "cbcm", functional: true, establishedOn: "2018-02-15",
 * }).members; // []
 */
export const ComplaintMechanism = z.object({
  id: RecordId.describe("The mechanism's id, unique among complaint mechanisms."),
  /** The region it serves, as in `Office.region`. */
  region: z.string().min(1).describe("The region it serves, spelled as an office's region."),
  kind: z.enum(["cbcm", "community-liaison-assistant"]).describe("A community-based complaint mechanism, or a Community Liaison Assistant acting where none is established."),
  /** Receiving and passing on complaints as of the dataset's date. */
  functional: z.boolean().describe("It receives and passes on complaints as of the dataset's date."),
  establishedOn: IsoDate.describe("When it was established."),
  members: z.array(ComplaintMechanismMemberGroup).default([]).describe("The community groups its members come from, never their names (Prevention goal 5 (a))."),
  equipment: z.array(ComplaintMechanismEquipment).default([]).describe("The kit it is equipped with (Prevention goal 5 (c))."),
  lastRefresherTrainingOn: IsoDate.optional().describe("When its members last had refresher training; checked for recency against a parameter (AP-P5)."),
  lastCdtVisitOn: IsoDate.optional().describe("When the Conduct and Discipline Team last visited it; checked for recency against a parameter (AP-P5)."),
});
/**
 * @category Vocabulary
 * @example
 * const idOf = (complaintMechanism: ComplaintMechanism) => complaintMechanism.id;
 */
export type ComplaintMechanism = z.infer<typeof ComplaintMechanism>;
