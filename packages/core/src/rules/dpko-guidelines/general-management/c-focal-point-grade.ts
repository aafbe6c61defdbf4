import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { ParameterInconsistency } from "../../../engine/parameter-inconsistency";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import { compareGrade, gradeOnScale, normalizeGrade } from "../../../vocabulary/grade";
import { focalPointRoleName, focalPointsInPost } from "./focal-point-appointments";

/**
 * DPKO General management responsibilities (c): the Focal Point and the Alternate are senior-level,
 * "in the UN system, P4 level and above" (`focalPointMinimumGrade` on `gradeOrder`). Each of the pair
 * in post on `asOf` (see {@link focalPointAppointed}) whose grade is below the minimum, or cannot be
 * placed on the scale even through `gradeEquivalents`, is a violation. Grades are normalised (`P4`
 * is `P-4`). A minimum grade missing from the grade order is a `parameter-inconsistent` rule error:
 * an inconsistent policy never lets an appointee pass.
 *
 * @category Rules: DPKO guidelines
 * @example
 * focalPointGrade.parameters; // ["focalPointMinimumGrade", "gradeOrder", "gradeEquivalents"]
 */
export const focalPointGrade = defineRule({
  id: "dpko.gm-c.focal-point-grade",
  title: "Focal Point and Alternate are at or above the minimum grade",
  obligations: ["DPKO-GM-c"],
  citation: cite("DPKO-IG", "General management responsibilities (c)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ roster: true, personnel: true }),
  parameters: ["focalPointMinimumGrade", "gradeOrder", "gradeEquivalents"],
  *evaluate({ roster, personnel }, { asOf, params }) {
    const minimum = params.focalPointMinimumGrade;
    if (!params.gradeOrder.map(normalizeGrade).includes(normalizeGrade(minimum))) {
      throw new ParameterInconsistency(["focalPointMinimumGrade", "gradeOrder"], `the minimum grade ${minimum} is not in the grade order`);
    }
    for (const { role, personnelId, person } of focalPointsInPost(roster, personnel, asOf)) {
      const grade = person.grade;
      const comparison = compareGrade(grade, minimum, params.gradeOrder, params.gradeEquivalents);
      if (comparison === "meets") continue;
      const placed = grade === undefined ? undefined : gradeOnScale(grade, params.gradeOrder, params.gradeEquivalents);
      const name = focalPointRoleName[role];
      yield {
        subject: { kind: "personnel", id: personnelId },
        path: ["roster", role, "personnelId"],
        message:
          comparison === "below"
            ? `the ${name} is at grade ${placed!.grade}${placed!.via === "equivalence" ? ` (compared as ${placed!.scaleGrade})` : ""}, below the minimum ${minimum}`
            : `the ${name}'s grade (${placed?.grade ?? "none recorded"}) has no place on the grade scale and cannot be shown to be at or above ${minimum}`,
        facts: { role, grade: placed?.grade ?? null, comparedAs: placed?.scaleGrade ?? null, via: placed?.via ?? null, comparison },
        concern: `focal-point-grade:${role}`,
      };
    }
  },
});
