import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import { isOnStrength } from "../../../vocabulary/personnel";
import { focalPointRoleName } from "./focal-point-appointments";

/**
 * DPKO General management responsibilities (c): the Head of Mission appoints a Focal Point and an
 * Alternate on SEA, two roles for two people. On `asOf`, each role must be held under an appointment
 * dated on or before it, by someone on strength; and one person cannot hold both roles. Each failure
 * is its own finding; the grade and gender rules judge only the pair in post.
 *
 * @category Rules: DPKO guidelines
 * @example
 * focalPointAppointed.id; // "dpko.gm-c.focal-point-appointed"
 */
export const focalPointAppointed = defineRule({
  id: "dpko.gm-c.focal-point-appointed",
  title: "A Focal Point and a distinct Alternate are appointed and on strength",
  obligations: ["DPKO-GM-c"],
  citation: cite("DPKO-IG", "General management responsibilities (c)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, roster: true, personnel: true }),
  parameters: [],
  *evaluate({ mission, roster, personnel }, { asOf }) {
    for (const role of ["focalPoint", "alternate"] as const) {
      const a = roster[role];
      const name = focalPointRoleName[role];
      if (!a || a.appointedOn > asOf) {
        yield {
          subject: { kind: "mission", id: mission.id },
          path: a ? ["roster", role, "appointedOn"] : ["roster", role],
          message: a ? `no SEA ${name} is appointed on ${asOf}: the appointment takes effect on ${a.appointedOn}` : `no SEA ${name} is appointed`,
          facts: { role, appointedOn: a?.appointedOn ?? null },
          concern: `focal-point-appointed:${role}`,
        };
        continue;
      }
      const person = personnel.find((p) => p.id === a.personnelId);
      if (!person || !isOnStrength(person, asOf)) {
        yield {
          subject: { kind: "personnel", id: a.personnelId },
          path: ["roster", role, "personnelId"],
          message: `the SEA ${name} (${a.personnelId}) is not on strength on ${asOf}`,
          // Stryker disable next-line OptionalChaining: the dataset parse refuses a roster naming unknown personnel, so person is always found here
          facts: { role, arrivalDate: person?.arrivalDate ?? null, departureDate: person?.departureDate ?? null },
          concern: `focal-point-on-strength:${role}`,
        };
      }
    }
    const { focalPoint, alternate } = roster;
    if (focalPoint && alternate && focalPoint.personnelId === alternate.personnelId && focalPoint.appointedOn <= asOf && alternate.appointedOn <= asOf) {
      yield {
        subject: { kind: "personnel", id: focalPoint.personnelId },
        path: ["roster", "alternate", "personnelId"],
        message: `${focalPoint.personnelId} is appointed both Focal Point and Alternate: the two roles need two people`,
        facts: { focalPoint: focalPoint.personnelId, alternate: alternate.personnelId },
        concern: "focal-point-distinct",
      };
    }
  },
});
