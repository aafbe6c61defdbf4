import { isOnStrength, type ParameterValue, type PersonnelCategory, type PersonnelRole } from "@psea/core";
import { defaultParameters } from "@psea/core/parameters";

/**
 * One required SEA course, as the `trainingCourses` parameter lists it: who must take it
 * (`appliesTo`), whether it recurs and which window parameter sets its deadline.
 *
 * @category Training
 * @example
 * const course: TrainingCourse = {
 *   id: "sea-induction", title: "SEA induction", clause: "Prevention goal 2 (a)",
 *   recurrence: "once", window: "inductionWindow", appliesTo: {},
 * };
 * course.window; // "inductionWindow"
 */
export type TrainingCourse = ParameterValue<"trainingCourses">[number];

/**
 * The name of a parameter that sets a course's window.
 *
 * @category Training
 * @example
 * const w: TrainingWindowParameter = "refresherPeriod";
 * w; // "refresherPeriod"
 */
export type TrainingWindowParameter = TrainingCourse["window"];

/**
 * The value of each window parameter (ISO 8601 durations), as resolved for a date.
 *
 * @category Training
 * @example
 * const windows: TrainingWindows = { inductionWindow: "P1M", refresherPeriod: "P1Y", roleTrainingWindow: "P3M" };
 * windows.refresherPeriod; // "P1Y"
 */
export type TrainingWindows = { readonly [K in TrainingWindowParameter]: ParameterValue<K> };

/**
 * The window parameters a course may name, in a fixed order.
 *
 * @category Training
 * @example
 * trainingWindowParameters; // ["inductionWindow", "refresherPeriod", "roleTrainingWindow"]
 */
export const trainingWindowParameters: readonly TrainingWindowParameter[] = ["inductionWindow", "refresherPeriod", "roleTrainingWindow"];

/**
 * The kit's default SEA course catalogue (action plan, Prevention goal 2 (a)-(c)): induction and a
 * periodic refresher for all mission personnel, and one session for each of the roles the plan names.
 * Hosts replace it by overlaying the `trainingCourses` parameter.
 *
 * @category Training
 * @example
 * seaCourses.map((c) => c.id); // ["sea-induction", "sea-refresher", "sea-community-liaison-assistant", "sea-human-rights-officer", "sea-scpi-focal-point"]
 * seaCourses[1]?.recurrence; // "periodic"
 */
export const seaCourses: readonly TrainingCourse[] = defaultParameters.trainingCourses.values[0]?.value ?? [];

/**
 * The facts about a person that decide which courses they need and whether they took them.
 * A parsed `Personnel` record has them all.
 *
 * @category Training
 * @example
 * const who: TrainingSubject = { category: "civilian-staff", arrivalDate: "2018-03-01" };
 * who.arrivalDate; // "2018-03-01"
 */
export interface TrainingSubject {
  readonly category: PersonnelCategory;
  readonly arrivalDate: string;
  readonly departureDate?: string | undefined;
  readonly roles?: readonly PersonnelRole[];
  readonly trainings?: readonly { readonly courseId: string; readonly completedOn: string }[];
}

/**
 * Whether a person is on strength on `asOf`: arrived by then and not yet departed.
 *
 * @category Training
 * @example
 * onStrength({ category: "un-volunteer", arrivalDate: "2018-01-01", departureDate: "2018-06-30" }, "2018-06-30"); // false
 */
export function onStrength(person: Pick<TrainingSubject, "arrivalDate" | "departureDate">, asOf: string): boolean {
  return isOnStrength(person, asOf);
}

/**
 * Whether a course's `appliesTo` covers a person (regardless of dates): any listed role, and a listed category.
 *
 * @category Training
 * @example
 * const cla = seaCourses.find((c) => c.id === "sea-community-liaison-assistant")!;
 * courseApplies({ category: "civilian-staff", arrivalDate: "2018-01-01", roles: ["community-liaison-assistant"] }, cla); // true
 * courseApplies({ category: "civilian-staff", arrivalDate: "2018-01-01" }, cla); // false
 */
export function courseApplies(person: TrainingSubject, course: TrainingCourse): boolean {
  const { roles, categories } = course.appliesTo;
  if (categories !== undefined && !categories.includes(person.category)) return false;
  if (roles !== undefined && !roles.some((r) => person.roles?.includes(r) === true)) return false;
  return true;
}
