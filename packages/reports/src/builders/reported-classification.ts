import { classifyAllegation, type Allegation, type AllegationNature, type AllegationType } from "@psea/core";

const SA_TYPES: readonly AllegationType[] = ["rape", "sexual-assault", "sexual-activity-with-minor"];

/**
 * The classification a report shows for an allegation: the one recorded by hand when there is one,
 * otherwise the one derived from its facts (SGB section 1, as `deriveClassifications` derives it)
 * under the parameters in force. `by` says which; `kind` is the derived kind when nothing decides a
 * nature and type (`discouraged-relationship`: a consensual relationship with an adult beneficiary,
 * a 3.2(d) matter under `adultBeneficiaryRelationshipClassification`; `undetermined`), and
 * `not-assessed` for a case record with no preliminary assessment yet.
 *
 * @category Report builders
 * @example
 * const c: ReportedClassification = { by: "derived", kind: "classified", nature: "sexual-exploitation", type: "transactional-sex" };
 */
export interface ReportedClassification {
  readonly by: "recorded" | "derived" | "case-assessment" | "none";
  readonly kind: "classified" | "discouraged-relationship" | "undetermined" | "not-assessed";
  readonly nature: AllegationNature | null;
  readonly type: AllegationType | null;
}

/**
 * The classification of an allegation record as a report shows it (see {@link ReportedClassification}).
 * A recorded type without a recorded nature takes the nature of that type, never one a derivation may
 * contradict. `adultBeneficiaryRelationship` is the value of `adultBeneficiaryRelationshipClassification`
 * in force on the report's date, resolved from its parameter set.
 *
 * @category Report builders
 * @example
 * import { Allegation } from "@psea/core";
 * const a = Allegation.parse({ id: "A-1", receivedOn: "2018-06-01", intake: { channel: "hotline" },
 *   victims: [{ ref: "V-1", age: { kind: "known", years: 30 }, sex: "female", beneficiary: true }],
 *   conduct: { sexualActivity: "actual", relationship: "ongoing" } });
 * reportedClassification(a, { childAgeThresholdYears: 18, adultBeneficiaryRelationship: "sgb-3.2d-matter" }).kind; // "discouraged-relationship"
 * reportedClassification(a, { childAgeThresholdYears: 18, adultBeneficiaryRelationship: "exploitative-relationship" }).type; // "exploitative-relationship"
 */
export function reportedClassification(
  a: Pick<Allegation, "conduct" | "victims" | "incidentDate" | "recorded">,
  params: { readonly childAgeThresholdYears: number; readonly adultBeneficiaryRelationship: "sgb-3.2d-matter" | "exploitative-relationship" },
): ReportedClassification {
  const c = classifyAllegation(a, params);
  const { nature, type } = a.recorded;
  if (nature !== undefined || type !== undefined) {
    const derivedNature = c.kind === "classified" ? c.nature : null;
    return {
      by: "recorded",
      kind: "classified",
      nature: nature ?? (type !== undefined ? (SA_TYPES.includes(type) ? "sexual-abuse" : "sexual-exploitation") : derivedNature),
      type: type ?? (c.kind === "classified" ? c.type : null),
    };
  }
  return c.kind === "classified" ? { by: "derived", kind: "classified", nature: c.nature, type: c.type } : { by: "none", kind: c.kind, nature: null, type: null };
}
