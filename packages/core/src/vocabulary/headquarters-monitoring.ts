import { z } from "zod";
import { IsoDate } from "./common";

/**
 * The steps of the disciplinary procedure headquarters monitors once a mission has sent it a
 * complaint (DPKO guidelines, Responsibilities of DPKO Headquarters officials (f)): the referral for
 * investigation, the investigation's conclusion, the outcome, the first action taken and the
 * closure. The same names as the case workflow's `HEADQUARTERS_MONITORING_RECORDED` milestones.
 *
 * @category Vocabulary
 * @example
 * HeadquartersMilestone.parse("outcome"); // "outcome"
 */
export const HeadquartersMilestone = z
  .enum(["referral", "investigation", "outcome", "action", "closure"])
  .describe("A step of the disciplinary procedure headquarters monitors: referral, investigation (concluded), outcome, action (first taken), closure.");
/**
 * @category Vocabulary
 * @example
 * const headquartersMilestone: HeadquartersMilestone = "investigation";
 */
export type HeadquartersMilestone = z.infer<typeof HeadquartersMilestone>;

/**
 * What an allegation record keeps of headquarters' part in it (DPKO HQ (f)): when the mission sent
 * headquarters the complaint, and each milestone of the procedure headquarters recorded monitoring.
 *
 * @category Vocabulary
 * @example
 * HeadquartersRecord.parse({ notifiedOn: "2018-06-02" }).monitoring; // []
 */
export const HeadquartersRecord = z
  .object({
    notifiedOn: IsoDate.optional().describe("When the mission sent headquarters the complaint."),
    monitoring: z
      .array(
        z.object({
          milestone: HeadquartersMilestone,
          on: IsoDate.describe("When headquarters recorded monitoring this step."),
        }),
      )
      .default([])
      .describe("Each milestone of the procedure headquarters recorded monitoring, with its date."),
  })
  .describe("Headquarters' notification of the complaint and its monitoring of the procedure (DPKO HQ (f)).");
/**
 * @category Vocabulary
 * @example
 * const monitoringOf = (headquartersRecord: HeadquartersRecord) => headquartersRecord.monitoring;
 */
export type HeadquartersRecord = z.infer<typeof HeadquartersRecord>;
