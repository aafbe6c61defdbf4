import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";

/**
 * DPKO General management (c): either the Focal Point or the Alternate will be a female staff member.
 *
 * @category Rules: DPKO guidelines
 * @example
 * focalPointGender.parameters; // ["focalPointPairMinimumWomen"]
 */
export const focalPointGender = defineRule({
  id: "dpko.gm-c.focal-point-gender",
  title: "At least one of the Focal Point and the Alternate is a woman",
  obligations: ["DPKO-GM-c"],
  citation: cite("DPKO-IG", "General management responsibilities (c)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, roster: true, personnel: true }),
  parameters: ["focalPointPairMinimumWomen"],
  *evaluate({ mission, roster, personnel }, { params }) {
    const byId = new Map(personnel.map((p) => [p.id, p]));
    const pair = [roster.focalPoint, roster.alternate].flatMap((a) => (a ? [byId.get(a.personnelId)] : []));
    const women = pair.filter((p) => p?.gender === "female").length;
    if (women < params.focalPointPairMinimumWomen) {
      yield {
        subject: { kind: "mission", id: mission.id },
        path: ["roster"],
        message: `${women} of the Focal Point and Alternate ${women === 1 ? "is a woman" : "are women"}; at least ${params.focalPointPairMinimumWomen} must be`,
        facts: { appointed: pair.length, women },
      };
    }
  },
});
