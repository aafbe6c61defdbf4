import type { Allegation, AllegationNature, AllegationType } from "../vocabulary/allegation";
import type { ChildStatus } from "./child-status";
import { classifyAllegation } from "./classify-allegation";

/**
 * An allegation's classification as derived from its facts (SGB section 1), beside the one a host
 * recorded by hand, if any. It carries no identity: the allegation's id, fixed wording and enums.
 *
 * @category Classification
 * @example
 * const d: DerivedClassification = {
 *   allegationId: "A-1", path: ["allegations", 0], kind: "classified", nature: "sexual-abuse", type: "rape",
 *   child: "adult", basis: ["actual physical intrusion", "by force"], reason: null,
 *   recordedNature: null, recordedType: null, agrees: null,
 * };
 */
export interface DerivedClassification {
  readonly allegationId: string;
  /** Where the allegation is in the dataset. */
  readonly path: readonly ["allegations", number];
  /**
   * `classified` (a nature and a type), `discouraged-relationship` (a consensual relationship with an
   * adult beneficiary that SGB 3.2(d) strongly discourages, under `adultBeneficiaryRelationshipClassification`),
   * or `undetermined` (the facts meet neither definition).
   */
  readonly kind: "classified" | "discouraged-relationship" | "undetermined";
  readonly nature: AllegationNature | null;
  readonly type: AllegationType | null;
  /** The most protective status of any victim: `child`, `possibly-child`, `age-unknown` or `adult`. */
  readonly child: ChildStatus;
  /** The facts that decided it. */
  readonly basis: readonly string[];
  /** Why it is not classified, for the other kinds. */
  readonly reason: string | null;
  readonly recordedNature: AllegationNature | null;
  readonly recordedType: AllegationType | null;
  /**
   * Whether the recorded classification agrees with the derived one; `null` when none is recorded.
   * A disagreement is what the rule `sgb.1.recorded-classification` reports.
   */
  readonly agrees: boolean | null;
}

/**
 * The derived classification of every allegation, whether or not one was recorded, with the
 * parameters the rule `sgb.1.recorded-classification` uses (`childAgeThresholdYears`,
 * `adultBeneficiaryRelationshipClassification`). `psea validate` prints them beside its findings.
 *
 * @category Classification
 * @example
 * import { Allegation } from "@psea/core";
 * const a = Allegation.parse({
 *   id: "A-1", receivedOn: "2018-06-01", intake: { channel: "hotline" },
 *   victims: [{ ref: "V-1", age: { kind: "known", years: 24 }, sex: "female" }],
 *   conduct: { sexualActivity: "actual", exchange: ["money"] },
 * });
 * const [d] = deriveClassifications([a], { childAgeThresholdYears: 18 });
 * d?.type; // "transactional-sex"
 * d?.agrees; // null
 */
export function deriveClassifications(
  allegations: readonly Pick<Allegation, "id" | "conduct" | "victims" | "incidentDate" | "recorded">[],
  params: { readonly childAgeThresholdYears: number; readonly adultBeneficiaryRelationship?: "sgb-3.2d-matter" | "exploitative-relationship" },
): DerivedClassification[] {
  return allegations.map((a, i) => {
    const c = classifyAllegation(a, params);
    const recordedNature = a.recorded.nature ?? null;
    const recordedType = a.recorded.type ?? null;
    const nothingRecorded = recordedNature === null && recordedType === null;
    const nature = c.kind === "classified" ? c.nature : null;
    const type = c.kind === "classified" ? c.type : null;
    const agrees =
      nothingRecorded ? null : c.kind === "classified" && (recordedNature ?? nature) === nature && (recordedType ?? type) === type;
    return {
      allegationId: a.id,
      path: ["allegations", i] as const,
      kind: c.kind,
      nature,
      type,
      child: c.child,
      basis: c.kind === "undetermined" ? [] : [...c.basis],
      reason: c.kind === "classified" ? null : c.reason,
      recordedNature,
      recordedType,
      agrees,
    };
  });
}
