import { ageAtIncident } from "../../classification/age-at-incident";
import { childStatus } from "../../classification/child-status";
import { defineRule } from "../../engine/define-rule";
import { cite } from "../../parameters/citation";
import { MissionDatasetShape } from "../../vocabulary/dataset";
import { withinBulletinScope } from "./section-2-scope";

/**
 * SGB 3.2(b): a victim whose age at the incident is unknown, or estimated in a range that reaches
 * below the child age threshold, may be a child, so the age is flagged as its own state and never
 * treated as adult until it is established. A date of birth without an incident date leaves the age
 * at the incident unknown.
 * An allegation naming only members of non-UN forces is outside the bulletin (section 2,
 * {@link withinBulletinScope}) and is left out.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * victimAgeUnknown.severity; // "warning"
 */
export const victimAgeUnknown = defineRule({
  id: "sgb.3.2b.victim-age-unknown",
  title: "Every victim's age at the incident is established",
  obligations: ["SGB-3.2b"],
  citation: cite("ST/SGB/2003/13", "section 3.2(b)"),
  severity: "warning",
  reads: MissionDatasetShape.pick({ allegations: true }),
  parameters: ["childAgeThresholdYears"],
  *evaluate({ allegations }, { params }) {
    for (const [i, a] of allegations.entries()) {
      if (!withinBulletinScope(a)) continue;
      for (const [j, v] of a.victims.entries()) {
        const status = childStatus(v.age, params.childAgeThresholdYears, a.incidentDate);
        if (status !== "age-unknown" && status !== "possibly-child") continue;
        const age = ageAtIncident(v.age, a.incidentDate);
        const range = age.kind === "estimated" ? { minYears: age.minYears, maxYears: age.maxYears } : {};
        const what =
          age.kind === "estimated"
            ? `estimated ${age.minYears}-${age.maxYears}, possibly a child`
            : age.basis === "no-incident-date"
              ? "age at the incident unknown (no incident date)"
              : "age unknown";
        yield {
          subject: { kind: "allegation", id: a.id },
          path: ["allegations", i, "victims", j, "age"],
          message: `victim ${v.ref}: ${what}: never treated as adult; establish whether the victim was under ${params.childAgeThresholdYears} at the time of the incident`,
          facts: { victimRef: v.ref, childStatus: status, ageBasis: age.basis, ...range, childAgeThresholdYears: params.childAgeThresholdYears },
          concern: `sgb.3.2b.victim-age-unknown:${v.ref}`,
        };
      }
    }
  },
});
