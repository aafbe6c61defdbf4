import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { personnelById } from "../../../engine/evaluation-scope";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import { isOnStrength } from "../../../vocabulary/personnel";

/**
 * DPKO General management (c): field-level focal points at all field and sub-offices with
 * significant staff presence.
 *
 * @category Rules: DPKO guidelines
 * @example
 * fieldFocalPoints.id; // "dpko.gm-c.field-focal-points"
 */
export const fieldFocalPoints = defineRule({
  id: "dpko.gm-c.field-focal-points",
  title: "Every office with significant staff presence has a field focal point",
  obligations: ["DPKO-GM-c"],
  citation: cite("DPKO-IG", "General management responsibilities (c)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ roster: true, offices: true, personnel: true }),
  parameters: [],
  *evaluate({ roster, offices, personnel }, { asOf }) {
    // Only the appointed focal points are looked up, in the evaluation's shared index.
    const byId = personnelById(personnel);
    const onStrength = (id: string) => {
      const p = byId.get(id);
      return p !== undefined && isOnStrength(p, asOf);
    };
    const covered = new Set(roster.fieldFocalPoints.filter((f) => f.appointedOn <= asOf && onStrength(f.personnelId)).map((f) => f.officeId));
    for (const [i, office] of offices.entries()) {
      if (office.kind === "headquarters" || !office.significantStaffPresence || covered.has(office.id)) continue;
      yield {
        subject: { kind: "office", id: office.id },
        path: ["offices", i],
        message: `office ${office.name} has significant staff presence but no field focal point on strength`,
        facts: { officeKind: office.kind, region: office.region },
      };
    }
  },
});
