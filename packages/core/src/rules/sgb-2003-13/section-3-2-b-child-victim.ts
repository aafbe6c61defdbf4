import { ageAtIncident } from "../../classification/age-at-incident";
import { childStatus } from "../../classification/child-status";
import { defineRule } from "../../engine/define-rule";
import { cite } from "../../parameters/citation";
import { MissionDatasetShape } from "../../vocabulary/dataset";
import { childVictimConcern } from "./concerns";
import { withinBulletinScope } from "./section-2-scope";

/**
 * SGB 3.2(b): sexual activity with children (persons under `childAgeThresholdYears`) is prohibited
 * regardless of the local age of majority or consent; mistaken belief in the age of a child is no
 * defence. Every victim under the threshold on the incident date is a violation: a recorded age, an
 * age computed to the day from a date of birth (which never appears in the finding), or an estimated
 * range wholly under the threshold (`ageYears` is then its upper bound). The
 * facts show the local age of consent and the subject's claimed belief, and that both were ignored.
 * Only the SGB 4.4 carve-out can lower it, from the recorded facts of a staff member's lawful marriage
 * ({@link marriageCarveOut}).
 * An allegation naming only members of non-UN forces is outside the bulletin (section 2,
 * {@link withinBulletinScope}) and is left out.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * childVictim.id; // "sgb.3.2b.child-victim"
 */
export const childVictim = defineRule({
  id: "sgb.3.2b.child-victim",
  title: "No victim is a child",
  obligations: ["SGB-3.2b"],
  citation: cite("ST/SGB/2003/13", "section 3.2(b)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, allegations: true }),
  parameters: ["childAgeThresholdYears"],
  *evaluate({ mission, allegations }, { params }) {
    const threshold = params.childAgeThresholdYears;
    const localAge = mission.localAgeOfConsentYears;
    for (const [i, a] of allegations.entries()) {
      if (!withinBulletinScope(a)) continue;
      for (const [j, v] of a.victims.entries()) {
        if (childStatus(v.age, threshold, a.incidentDate) !== "child") continue;
        const age = ageAtIncident(v.age, a.incidentDate);
        // A child by status has a known age or a range wholly under the threshold.
        const ageYears = age.kind === "known" ? age.years : age.kind === "estimated" ? age.maxYears : null;
        const was = age.kind === "estimated" ? `at most ${age.maxYears} (estimated ${age.minYears}-${age.maxYears})` : `${ageYears}`;
        const local = localAge === undefined ? "" : `; the local age of consent (${localAge}) does not lower it`;
        const belief = a.conduct.subjectClaimedBeliefVictimAdult ? "; the subject's claimed belief that the victim was an adult is no defence" : "";
        yield {
          subject: { kind: "allegation", id: a.id },
          path: ["allegations", i, "victims", j, "age"],
          message: `victim ${v.ref} was ${was} at the time of the incident, under the child age threshold of ${threshold}${local}${belief}; the case may be referred to judicial authorities`,
          facts: {
            victimRef: v.ref,
            childStatus: "child",
            ageYears,
            ageBasis: age.basis,
            childAgeThresholdYears: threshold,
            localAgeOfConsentYears: localAge ?? null,
            subjectClaimedBeliefVictimAdult: a.conduct.subjectClaimedBeliefVictimAdult,
            ignored: ["mission.localAgeOfConsentYears", "conduct.subjectClaimedBeliefVictimAdult"],
            outcome: a.outcome?.result ?? null,
          },
          concern: childVictimConcern(v.ref),
        };
      }
    }
  },
});
