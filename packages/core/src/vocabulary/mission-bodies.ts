import { z } from "zod";
import { IsoDate, RecordId } from "./common";

/**
 * The units an Immediate Response Team member comes from (action plan, Enforcement goal 2 (a)):
 * Human Rights Division, Conflict-Related Sexual Violence, Human Resources, Child Protection, UN Police, Force.
 *
 * @category Vocabulary
 * @example
 * IrtUnit.parse("child-protection"); // "child-protection"
 */
export const IrtUnit = z.enum(["human-rights", "crsv", "human-resources", "child-protection", "un-police", "force", "security", "oios", "other"]);
/**
 * @category Vocabulary
 * @example
 * const irtUnit: IrtUnit = "other";
 */
export type IrtUnit = z.infer<typeof IrtUnit>;

/**
 * The mission's SEA Immediate Response Team (action plan, Enforcement goal 2; Code Cable 1474 measure (6)).
 * Members are personnel, referenced by id.
 *
 * @category Vocabulary
 * @example
 * ImmediateResponseTeam.parse({ members: [{ personnelId: "P-7", unit: "force", joinedOn: "2018-02-01" }] }).members.length; // 1
 */
export const ImmediateResponseTeam = z.object({
  members: z
    .array(
      z.object({
        personnelId: RecordId.describe("The member, as a personnel id."),
        unit: IrtUnit.describe("The unit the member represents on the team."),
        joinedOn: IsoDate.describe("First day on the team."),
        leftOn: IsoDate.optional().describe("First day no longer on the team; absent while serving."),
        evidenceTrainingOn: IsoDate.optional().describe("When the member was trained on collecting and preserving evidence (Enforcement goal 2 (c))."),
      }),
    )
    .default([])
    .describe("Members of the Immediate Response Team, past and present."),
});
/**
 * @category Vocabulary
 * @example
 * const membersOf = (immediateResponseTeam: ImmediateResponseTeam) => immediateResponseTeam.members;
 */
export type ImmediateResponseTeam = z.infer<typeof ImmediateResponseTeam>;

/**
 * Who sits on the SEA Task Force (action plan, Prevention goal 3): the CDT, mission leadership and
 * the heads of UN agencies.
 *
 * @category Vocabulary
 * @example
 * TaskForceMemberGroup.parse("un-agency-head"); // "un-agency-head"
 */
export const TaskForceMemberGroup = z.enum(["cdt", "mission-leadership", "un-agency-head", "other"]);
/**
 * @category Vocabulary
 * @example
 * const taskForceMemberGroup: TaskForceMemberGroup = "other";
 */
export type TaskForceMemberGroup = z.infer<typeof TaskForceMemberGroup>;

/**
 * The standing SEA Task Force's membership (action plan, Prevention goal 3; Code Cable 1474 measure (3)).
 * Members are recorded by the body they represent, not by name.
 *
 * @category Vocabulary
 * @example
 * TaskForce.parse({ members: [{ group: "cdt", joinedOn: "2018-01-15" }] }).members[0]?.group; // "cdt"
 */
export const TaskForce = z.object({
  members: z
    .array(
      z.object({
        group: TaskForceMemberGroup.describe("The body the member represents."),
        entity: z.string().trim().min(1).optional().describe("The office or agency, such as 'UNICEF' for a head of agency."),
        joinedOn: IsoDate.describe("First day on the Task Force."),
        leftOn: IsoDate.optional().describe("First day no longer on it; absent while serving."),
      }),
    )
    .default([])
    .describe("Members of the SEA Task Force, past and present."),
});
/**
 * @category Vocabulary
 * @example
 * const membersOf = (taskForce: TaskForce) => taskForce.members;
 */
export type TaskForce = z.infer<typeof TaskForce>;

/**
 * Whether a membership is current on a date: joined on or before it and not left by then.
 *
 * @category Vocabulary
 * @example
 * isServing({ joinedOn: "2018-01-01", leftOn: "2018-06-30" }, "2018-06-30"); // false
 */
export function isServing(member: { readonly joinedOn: string; readonly leftOn?: string | undefined }, asOf: string): boolean {
  return member.joinedOn <= asOf && (member.leftOn === undefined || member.leftOn > asOf);
}
