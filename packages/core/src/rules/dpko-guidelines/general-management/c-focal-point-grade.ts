import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import { compareGrade } from "../../../vocabulary/grade";

/**
 * DPKO General management (c): the Head of Mission appoints a senior-level (P-4 and above)
 * Focal Point and Alternate on SEA. Both must be appointed and both at or above the minimum grade.
 *
 * @category Rules: DPKO guidelines
 * @example
 * import { evaluate, defineRuleSet } from "@psea/core";
 * const set = defineRuleSet({ id: "gm-c", title: "GM (c)", rules: [focalPointGrade] });
 * focalPointGrade.obligations; // ["DPKO-GM-c"]
 */
export const focalPointGrade = defineRule({
  id: "dpko.gm-c.focal-point-grade",
  title: "Focal Point and Alternate are appointed at or above the minimum grade",
  obligations: ["DPKO-GM-c"],
  citation: cite("DPKO-IG", "General management responsibilities (c)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, roster: true, personnel: true }),
  parameters: ["focalPointMinimumGrade", "gradeOrder"],
  *evaluate({ mission, roster, personnel }, { params }) {
    const byId = new Map(personnel.map((p) => [p.id, p]));
    for (const role of ["focalPoint", "alternate"] as const) {
      const appointment = roster[role];
      if (!appointment) {
        yield {
          subject: { kind: "mission", id: mission.id },
          path: ["roster", role],
          message: `no SEA ${role === "focalPoint" ? "Focal Point" : "Alternate"} is appointed`,
          facts: { role },
          concern: `focal-point-appointed:${role}`,
        };
        continue;
      }
      const person = byId.get(appointment.personnelId);
      const grade = person?.grade;
      const comparison = compareGrade(grade, params.focalPointMinimumGrade, params.gradeOrder);
      if (comparison !== "meets") {
        yield {
          subject: { kind: "personnel", id: appointment.personnelId },
          path: ["roster", role, "personnelId"],
          message:
            comparison === "below"
              ? `the ${role === "focalPoint" ? "Focal Point" : "Alternate"} is at grade ${grade}, below the minimum ${params.focalPointMinimumGrade}`
              : `the ${role === "focalPoint" ? "Focal Point" : "Alternate"}'s grade (${grade ?? "none recorded"}) cannot be shown to be at or above ${params.focalPointMinimumGrade}`,
          facts: { role, grade: grade ?? null, comparison },
        };
      }
    }
  },
});
