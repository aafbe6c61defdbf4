import { classifyAllegation } from "../../classification/classify-allegation";
import { defineRule } from "../../engine/define-rule";
import { cite } from "../../parameters/citation";
import { MissionDatasetShape } from "../../vocabulary/dataset";

/**
 * SGB section 1: the nature (sexual exploitation or sexual abuse) and the type a host recorded by
 * hand must agree with those derived from the structured facts. A disagreement is a warning on the
 * field that disagrees; facts that meet neither definition are a notice, so the allegation is never
 * silently filed under one. A consensual relationship with an adult beneficiary is, under
 * `adultBeneficiaryRelationshipClassification`, either a 3.2(d) matter (then a nature or type
 * recorded for it is a warning, since it is not sexual exploitation or abuse) or an exploitative
 * relationship (then it is checked like any other classification).
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * recordedClassification.obligations; // ["SGB-1-SE", "SGB-1-SA"]
 */
export const recordedClassification = defineRule({
  id: "sgb.1.recorded-classification",
  title: "The recorded nature and type of an allegation agree with its facts",
  obligations: ["SGB-1-SE", "SGB-1-SA"],
  citation: cite("ST/SGB/2003/13", "section 1"),
  severity: "warning",
  reads: MissionDatasetShape.pick({ allegations: true }),
  parameters: ["childAgeThresholdYears", "adultBeneficiaryRelationshipClassification"],
  *evaluate({ allegations }, { params }) {
    for (const [i, a] of allegations.entries()) {
      const subject = { kind: "allegation", id: a.id };
      const derived = classifyAllegation(a, {
        childAgeThresholdYears: params.childAgeThresholdYears,
        adultBeneficiaryRelationship: params.adultBeneficiaryRelationshipClassification,
      });
      const recorded = { recordedNature: a.recorded.nature ?? null, recordedType: a.recorded.type ?? null };
      if (derived.kind === "discouraged-relationship") {
        for (const field of ["nature", "type"] as const) {
          const value = a.recorded[field];
          if (value === undefined) continue;
          yield {
            subject,
            path: ["allegations", i, "recorded", field],
            message: `allegation ${a.id} is recorded as ${value}, but its facts make it a relationship with an adult beneficiary that SGB 3.2(d) strongly discourages, not sexual exploitation or abuse`,
            facts: { field, recorded: value, derived: "discouraged-relationship", standard: derived.standard, basis: [...derived.basis] },
            concern: `sgb.1.classification:${field}`,
          };
        }
        continue;
      }
      if (derived.kind === "undetermined") {
        yield {
          subject,
          path: ["allegations", i, "conduct"],
          severity: "notice",
          message: `allegation ${a.id} is undetermined: ${derived.reason}; record the facts that decide it`,
          facts: { derived: "undetermined", reason: derived.reason, ...recorded },
          concern: "sgb.1.classification:undetermined",
        };
        continue;
      }
      for (const field of ["nature", "type"] as const) {
        const value = a.recorded[field];
        if (value === undefined || value === derived[field]) continue;
        yield {
          subject,
          path: ["allegations", i, "recorded", field],
          message: `allegation ${a.id} is recorded as ${value}, but its facts make it ${derived[field]}`,
          facts: { field, recorded: value, derived: derived[field], derivedNature: derived.nature, derivedType: derived.type, basis: [...derived.basis] },
          concern: `sgb.1.classification:${field}`,
        };
      }
    }
  },
});
