import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import { focalPointsInPost } from "./focal-point-appointments";

/**
 * DPKO General management (c): either the Focal Point or the Alternate will be a female staff member.
 * Only the pair in post on `asOf` counts: appointed on or before it, and on strength.
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
  *evaluate({ mission, roster, personnel }, { asOf, params }) {
    const pair = focalPointsInPost(roster, personnel, asOf).map((a) => a.person);
    // One person holding both roles counts once.
    const women = new Set(pair.filter((p) => p.gender === "female").map((p) => p.id)).size;
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
