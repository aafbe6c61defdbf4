import { cite, defineRule, MissionDatasetShape } from "@psea/core";
import type { TrainingWindows } from "../courses";
import { meetsTarget, Tally } from "../rates";
import { isBehind } from "../status";
import { sharedStatuses, statusCodes } from "./shared-statuses";

/**
 * Action plan Prevention goal 2 (d) and expected result (i): the share of personnel with no required
 * SEA course overdue or never taken meets `trainingComplianceTarget` (100%). One violation for the
 * mission when the overall rate falls below it, with the offices and categories below it as facts.
 * Nobody on strength with a required course means nothing to measure, and no finding.
 *
 * @category Rules
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "p2", title: "AP-P2", rules: [trainingComplianceRate] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const personnel = [
 *   { id: "P-1", category: "civilian-staff", gender: "female", officeId: "HQ", arrivalDate: "2018-01-02", trainings: [{ courseId: "sea-induction", completedOn: "2018-01-05" }] },
 *   { id: "P-2", category: "civilian-staff", gender: "male", officeId: "HQ", arrivalDate: "2018-01-02" },
 * ];
 * const r = evaluate(set, { mission, personnel }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.explanation.facts; // { rate: 0.5, target: 1, population: 2, compliant: 1, officesBelowTarget: ["HQ"], categoriesBelowTarget: ["civilian-staff"] }
 */
export const trainingComplianceRate = defineRule({
  id: "ap.p2.training-compliance-rate",
  title: "The mission's SEA training compliance rate meets the target",
  obligations: ["AP-P2"],
  citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 2 (d), expected result (i)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, personnel: true }),
  parameters: ["trainingCourses", "inductionWindow", "refresherPeriod", "roleTrainingWindow", "trainingComplianceTarget"],
  *evaluate({ mission, personnel }, { asOf, params }) {
    const windows: TrainingWindows = { inductionWindow: params.inductionWindow, refresherPeriod: params.refresherPeriod, roleTrainingWindow: params.roleTrainingWindow };
    // The same per-person tally as assessTraining's, from the statuses shared with ap.p2.required-training.
    const n = params.trainingCourses.length;
    const { codes } = sharedStatuses(personnel, params.trainingCourses, windows, asOf);
    const people = new Tally();
    for (let i = 0; i < personnel.length; i++) {
      let required = false;
      let behind = false;
      for (let c = 0; c < n; c++) {
        const status = statusCodes[codes[i * n + c]!]!;
        if (status === "not-required") continue;
        required = true;
        behind ||= isBehind(status);
      }
      if (required) people.add(personnel[i]!.officeId, personnel[i]!.category, !behind);
    }
    const byPerson = people.breakdown();
    const target = params.trainingComplianceTarget;
    const { overall } = byPerson;
    if (overall.rate === null || meetsTarget(overall, target)) return;
    const below = (rates: Readonly<Record<string, { population: number; compliant: number; rate: number | null } | undefined>>) =>
      Object.entries(rates).flatMap(([key, r]) => (r && !meetsTarget(r, target) ? [key] : []));
    yield {
      subject: { kind: "mission", id: mission.id },
      path: ["personnel"],
      message: `${overall.compliant} of ${overall.population} personnel (${percentBelow(overall.rate)}%) are up to date with required SEA training, below the target of ${(target * 100).toFixed(0)}%`,
      facts: {
        rate: overall.rate,
        target,
        population: overall.population,
        compliant: overall.compliant,
        officesBelowTarget: below(byPerson.byOffice),
        categoriesBelowTarget: below(byPerson.byCategory),
      },
    };
  },
});

/** Rounds down, so a rate just short of the target never prints as the target itself (99.98% → "99.9"). */
function percentBelow(rate: number): string {
  return (Math.floor(rate * 1000) / 10).toFixed(1);
}
