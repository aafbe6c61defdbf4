import { defineRule } from "../../engine/define-rule";
import { cite } from "../../parameters/citation";
import { MissionDatasetShape } from "../../vocabulary/dataset";
import { beneficiaryRelationships } from "./beneficiary-relationships";
import { beneficiaryRelationshipConcern } from "./concerns";
import { withinBulletinScope } from "./section-2-scope";

/**
 * SGB 3.2(d): sexual relationships with beneficiaries of assistance are strongly discouraged, which
 * is a warning, not a violation. Where SGB 3.2(b) or 3.2(c) also applies to that victim, that
 * stricter finding stands alone. A mission profile may raise it with {@link nonFraternizationRule};
 * a recorded SGB 4.5 decision may lower it ({@link adultBeneficiaryDiscretion}).
 * An allegation naming only members of non-UN forces is outside the bulletin (section 2,
 * {@link withinBulletinScope}) and is left out.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * beneficiaryRelationship.severity; // "warning"
 */
export const beneficiaryRelationship = defineRule({
  id: "sgb.3.2d.relationship-with-beneficiary",
  title: "Sexual relationships with beneficiaries of assistance are strongly discouraged",
  obligations: ["SGB-3.2d"],
  citation: cite("ST/SGB/2003/13", "section 3.2(d)"),
  severity: "warning",
  reads: MissionDatasetShape.pick({ allegations: true }),
  parameters: ["childAgeThresholdYears"],
  *evaluate({ allegations }, { params }) {
    for (const r of beneficiaryRelationships(allegations, params.childAgeThresholdYears)) {
      if (!withinBulletinScope(r.allegation)) continue;
      yield {
        subject: { kind: "allegation", id: r.allegation.id },
        path: ["allegations", r.allegationIndex, "victims", r.victimIndex, "beneficiary"],
        message: `allegation ${r.allegation.id}: a sexual relationship with victim ${r.victim.ref}, a beneficiary of assistance, is strongly discouraged (inherently unequal power dynamics)`,
        facts: {
          victimRef: r.victim.ref,
          beneficiary: true,
          relationship: r.allegation.conduct.relationship,
          childStatus: r.childStatus,
          subjectCategories: r.allegation.subjects.map((s) => s.category),
        },
        concern: beneficiaryRelationshipConcern(r.victim.ref),
      };
    }
  },
});
