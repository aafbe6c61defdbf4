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
/** @category Vocabulary */
export type ComplaintMechanismMemberGroup = z.infer<typeof ComplaintMechanismMemberGroup>;

/**
 * The kit a CBCM is equipped with (action plan, Prevention goal 5 (c)).
 *
 * @category Vocabulary
 * @example
 * ComplaintMechanismEquipment.options.length; // 4
 */
export const ComplaintMechanismEquipment = z.enum(["prepaid-phone", "notebooks", "pens", "sensitization-material"]);
/** @category Vocabulary */
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
  id: RecordId,
  /** The region it serves, as in `Office.region`. */
  region: z.string().min(1),
  kind: z.enum(["cbcm", "community-liaison-assistant"]),
  /** Receiving and passing on complaints as of the dataset's date. */
  functional: z.boolean(),
  establishedOn: IsoDate,
  members: z.array(ComplaintMechanismMemberGroup).default([]),
  equipment: z.array(ComplaintMechanismEquipment).default([]),
  lastRefresherTrainingOn: IsoDate.optional(),
  lastCdtVisitOn: IsoDate.optional(),
});
/** @category Vocabulary */
export type ComplaintMechanism = z.infer<typeof ComplaintMechanism>;
