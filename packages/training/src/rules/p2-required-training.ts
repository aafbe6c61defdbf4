import { cite, defineRule, MissionDatasetShape } from "@psea/core";
import type { TrainingWindows } from "../courses";
import { isBehind, statusWith } from "../status";
import { sharedStatuses, statusCodes } from "./shared-statuses";

/**
 * Action plan Prevention goal 2 (a)-(d): every member of personnel on strength takes each SEA course
 * required of them (`trainingCourses`) within its window (`inductionWindow`, `refresherPeriod`,
 * `roleTrainingWindow`). One violation per person and course that is overdue or never taken, with
 * the due date and the window that set it. A single pass over personnel.
 *
 * @category Rules
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "p2", title: "AP-P2", rules: [requiredTraining] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const personnel = [{ id: "P-1", category: "civilian-staff", gender: "female", officeId: "HQ", arrivalDate: "2018-01-02" }];
 * const r = evaluate(set, { mission, personnel }, { asOf: "2018-06-30" });
 * r.ok && r.findings.map((f) => [f.path, f.explanation.facts.courseId, f.explanation.facts.dueDate]); // [[["personnel", 0, "trainings"], "sea-induction", "2018-02-02"]]
 */
export const requiredTraining = defineRule({
  id: "ap.p2.required-training",
  title: "Every member of personnel on strength has taken each required SEA course within its window",
  obligations: ["AP-P2"],
  citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 2 (a)-(d)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ personnel: true }),
  parameters: ["trainingCourses", "inductionWindow", "refresherPeriod", "roleTrainingWindow"],
  *evaluate({ personnel }, { asOf, params }) {
    const windows: TrainingWindows = { inductionWindow: params.inductionWindow, refresherPeriod: params.refresherPeriod, roleTrainingWindow: params.roleTrainingWindow };
    const courses = params.trainingCourses;
    const { codes, add } = sharedStatuses(personnel, courses, windows, asOf);
    for (let i = 0; i < personnel.length; i++) {
      const p = personnel[i]!;
      for (let c = 0; c < courses.length; c++) {
        if (!isBehind(statusCodes[codes[i * courses.length + c]!]!)) continue;
        const course = courses[c]!;
        const r = statusWith(p, course, asOf, windows, add);
        const window = windows[course.window];
        yield {
          subject: { kind: "personnel", id: p.id },
          path: ["personnel", i, "trainings"],
          message:
            r.status === "overdue"
              ? `${p.id}'s ${course.id} has lapsed: last completed ${r.lastCompletedOn}, due again by ${r.dueDate} (${course.window} ${window})`
              : `${p.id} has not taken ${course.id}, due by ${r.dueDate ?? "an undeterminable date"} (${course.window} ${window} from arrival on ${p.arrivalDate})`,
          facts: {
            courseId: course.id,
            status: r.status,
            dueDate: r.dueDate,
            lastCompletedOn: r.lastCompletedOn,
            windowParameter: course.window,
            window,
            arrivalDate: p.arrivalDate,
            officeId: p.officeId,
            category: p.category,
          },
          concern: `ap.p2.required-training:${course.id}`,
        };
      }
    }
  },
});
