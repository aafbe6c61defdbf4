import { z } from "zod";
import { IsoDuration } from "../../time/duration";
import { PersonnelCategory, PersonnelRole, RecordId } from "../../vocabulary";
import { cite } from "../citation";
import { defineParameter } from "../types";

/** The MINUSCA plan covers 2018-2019; later plans overlay their own values. */
const PLAN_START = "2018-01-01";

/** The parameters a course's window may name; hosts overlay their values, not the course. */
const TrainingWindowParameter = z.enum(["inductionWindow", "refresherPeriod", "roleTrainingWindow"]);

/**
 * One required SEA course. `once`: completed once, within `window` of arrival. `periodic`: completed
 * again within `window` of the last completion (the first time, within `window` of arrival).
 * `appliesTo` narrows who must take it: any of the roles, and one of the categories; absent means all.
 */
const TrainingCourse = z.object({
  id: RecordId,
  title: z.string().min(1),
  clause: z.string().min(1),
  recurrence: z.enum(["once", "periodic"]),
  window: TrainingWindowParameter,
  appliesTo: z
    .object({
      roles: z.array(PersonnelRole).min(1).optional(),
      categories: z.array(PersonnelCategory).min(1).optional(),
    })
    .default({}),
});

const TrainingCourses = z
  .array(TrainingCourse)
  .min(1)
  .superRefine((courses, ctx) => {
    const seen = new Set<string>();
    courses.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: "expected each course id once: this id appears earlier in the list", params: { code: "duplicate-id" } });
      seen.add(c.id);
    });
  });

/** Mission personnel in the plan's sense; partners' personnel are bound through their agreements (SGB 6). */
const MISSION_CATEGORIES = PersonnelCategory.exclude(["non-un-partner"]).options;

const unconfirmed = (clause: string) => cite("MINUSCA-AP-2018-2019", clause, { verify: true });

/** Parameters of the SEA training plan (MINUSCA action plan, Prevention goal 2). @category Parameters */
export const trainingParameters = {
  inductionWindow: defineParameter({
    title: "SEA induction window",
    description: "New personnel complete the SEA induction within this period of their arrival.",
    schema: IsoDuration,
    values: [
      {
        value: "P1M",
        effectiveFrom: PLAN_START,
        citation: unconfirmed("Prevention goal 2 (a)"),
        note: "The plan asks for induction of new personnel but sets no window; one month from arrival is assumed.",
      },
    ],
  }),
  refresherPeriod: defineParameter({
    title: "SEA refresher period",
    description:
      "Current personnel complete a refresher on the standards of conduct and ST/SGB/2003/13 within this period of their last one (the first within this period of arrival).",
    schema: IsoDuration,
    values: [
      {
        value: "P1Y",
        effectiveFrom: PLAN_START,
        citation: unconfirmed("Prevention goal 2 (c)"),
        note: "The plan asks for refresher workshops for all current personnel but sets no period; yearly is assumed.",
      },
    ],
  }),
  roleTrainingWindow: defineParameter({
    title: "Role-specific SEA training window",
    description:
      "Community Liaison Assistants, Human Rights officers and SCPI focal points complete their role's SEA session within this period of arrival.",
    schema: IsoDuration,
    values: [
      {
        value: "P3M",
        effectiveFrom: PLAN_START,
        citation: unconfirmed("Prevention goal 2 (b)"),
        note: "The plan asks for specific sessions for these roles but sets no window; three months from arrival is assumed. Personnel records carry no date a role was taken up, so arrival is the anchor.",
      },
    ],
  }),
  trainingCourses: defineParameter({
    title: "Required SEA courses",
    description:
      "The SEA courses the training plan requires, who must take each, whether it recurs and which window parameter applies. Course ids match `trainings[].courseId` in personnel records.",
    schema: TrainingCourses,
    values: [
      {
        value: [
          {
            id: "sea-induction",
            title: "SEA induction for new personnel",
            clause: "Prevention goal 2 (a)",
            recurrence: "once",
            window: "inductionWindow",
            appliesTo: { categories: MISSION_CATEGORIES },
          },
          {
            id: "sea-refresher",
            title: "Refresher on the standards of conduct and ST/SGB/2003/13",
            clause: "Prevention goal 2 (c)",
            recurrence: "periodic",
            window: "refresherPeriod",
            appliesTo: { categories: MISSION_CATEGORIES },
          },
          {
            id: "sea-community-liaison-assistant",
            title: "SEA session for Community Liaison Assistants",
            clause: "Prevention goal 2 (b)",
            recurrence: "once",
            window: "roleTrainingWindow",
            appliesTo: { roles: ["community-liaison-assistant"] },
          },
          {
            id: "sea-human-rights-officer",
            title: "SEA session for Human Rights officers",
            clause: "Prevention goal 2 (b)",
            recurrence: "once",
            window: "roleTrainingWindow",
            appliesTo: { roles: ["human-rights-officer"] },
          },
          {
            id: "sea-scpi-focal-point",
            title: "SEA session for SCPI focal points",
            clause: "Prevention goal 2 (b)",
            recurrence: "once",
            window: "roleTrainingWindow",
            appliesTo: { roles: ["scpi-focal-point"] },
          },
        ],
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 2 (a)-(c)"),
        note: "Course ids are the kit's own; a host whose learning system uses other ids overlays this list. Non-UN partners' personnel are excluded: the plan trains MINUSCA personnel.",
      },
    ],
  }),
};
