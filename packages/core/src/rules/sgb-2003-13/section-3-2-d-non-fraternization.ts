import { defineRule, type Rule } from "../../engine/define-rule";
import type { Citation } from "../../parameters/citation";
import type { Allegation } from "../../vocabulary/allegation";
import { MissionDatasetShape } from "../../vocabulary/dataset";
import type { PersonnelCategory } from "../../vocabulary/personnel";
import type { SubjectCategory } from "../../vocabulary/subject-category";
import { beneficiaryRelationships } from "./beneficiary-relationships";
import { beneficiaryRelationshipConcern } from "./concerns";
import { beneficiaryRelationship } from "./section-3-2-d-beneficiary-relationship";

/**
 * Options of {@link nonFraternizationRule}.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * const idOf = (nonFraternizationOptions: NonFraternizationOptions) => nonFraternizationOptions.id;
 */
export interface NonFraternizationOptions {
  /** The rule's own id, unique in the rule set it joins. */
  readonly id: string;
  /** The mission directive or profile that makes relationships with beneficiaries a violation. */
  readonly citation: Citation;
  /** The personnel categories the directive binds; an allegation is caught if any subject is in one. */
  readonly categories: readonly PersonnelCategory[];
  readonly title?: string;
}

/**
 * Builds a mission profile's rule that raises SGB 3.2(d) from a warning to a violation for some
 * personnel categories (a non-fraternization directive), with its own citation. It declares that it
 * supersedes {@link beneficiaryRelationship} and uses the same concern, so the engine replaces the
 * warning and shows both in `explanation.supersedes`; subjects of other categories keep the warning.
 * SGB 4.5 lowers only the bulletin's warning: a directive binding the category still applies.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * import { cite } from "@psea/core";
 * const rule = nonFraternizationRule({
 *   id: "minusca.force.non-fraternization",
 *   citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 2 (e), Force Commander's non-fraternization policy", { verify: true }),
 *   categories: ["military-contingent", "formed-police-unit"],
 * });
 * rule.supersedes; // ["sgb.3.2d.relationship-with-beneficiary"]
 */
export function nonFraternizationRule(options: NonFraternizationOptions): Rule<{ allegations: Allegation[] }, "childAgeThresholdYears"> {
  // A directive binds personnel categories only: a subject of a non-UN force is never caught.
  const bound = new Set<SubjectCategory>(options.categories);
  return defineRule({
    id: options.id,
    title: options.title ?? `No sexual relationship with a beneficiary of assistance (${options.categories.join(", ")})`,
    obligations: ["SGB-3.2d"],
    citation: options.citation,
    severity: "violation",
    reads: MissionDatasetShape.pick({ allegations: true }),
    parameters: ["childAgeThresholdYears"],
    supersedes: [beneficiaryRelationship.id],
    *evaluate({ allegations }, { params }) {
      for (const r of beneficiaryRelationships(allegations, params.childAgeThresholdYears)) {
        const caught = [...new Set(r.allegation.subjects.map((s) => s.category).filter((c) => bound.has(c)))];
        if (caught.length === 0) continue;
        yield {
          subject: { kind: "allegation", id: r.allegation.id },
          path: ["allegations", r.allegationIndex, "victims", r.victimIndex, "beneficiary"],
          message: `allegation ${r.allegation.id}: a sexual relationship with victim ${r.victim.ref}, a beneficiary of assistance, is prohibited for ${caught.join(", ")}`,
          facts: {
            victimRef: r.victim.ref,
            beneficiary: true,
            relationship: r.allegation.conduct.relationship,
            childStatus: r.childStatus,
            subjectCategories: r.allegation.subjects.map((s) => s.category),
            boundCategories: caught,
          },
          concern: beneficiaryRelationshipConcern(r.victim.ref),
        };
      }
    },
  });
}
