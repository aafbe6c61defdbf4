import { defineRule } from "../../engine/define-rule";
import { cite } from "../../parameters/citation";
import { MissionDatasetShape } from "../../vocabulary/dataset";

/**
 * SGB 3.2(b): a victim whose age at the incident is unknown may be a child, so the age is flagged
 * as its own state and never treated as adult until it is established.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * victimAgeUnknown.severity; // "warning"
 */
export const victimAgeUnknown = defineRule({
  id: "sgb.3.2b.victim-age-unknown",
  title: "Every victim's age at the incident is known",
  obligations: ["SGB-3.2b"],
  citation: cite("ST/SGB/2003/13", "section 3.2(b)"),
  severity: "warning",
  reads: MissionDatasetShape.pick({ allegations: true }),
  parameters: ["childAgeThresholdYears"],
  *evaluate({ allegations }, { params }) {
    for (const [i, a] of allegations.entries()) {
      for (const [j, v] of a.victims.entries()) {
        if (v.age.kind !== "unknown") continue;
        yield {
          subject: { kind: "allegation", id: a.id },
          path: ["allegations", i, "victims", j, "age"],
          message: `victim ${v.ref}: age unknown: never treated as adult; establish whether the victim was under ${params.childAgeThresholdYears} at the time of the incident`,
          facts: { victimRef: v.ref, childStatus: "age-unknown", childAgeThresholdYears: params.childAgeThresholdYears },
          concern: `sgb.3.2b.victim-age-unknown:${v.ref}`,
        };
      }
    }
  },
});
