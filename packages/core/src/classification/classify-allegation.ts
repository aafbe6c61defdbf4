import { match, P } from "ts-pattern";
import type { AllegationNature, AllegationType, ConductFacts, Victim } from "../vocabulary/allegation";
import { childStatus, type ChildStatus } from "./child-status";

/**
 * The classification derived from an allegation's facts.
 *
 * @category Classification
 * @example
 * const isClassified = (classification: Classification) => classification.kind === "classified";
 */
export type Classification =
  | {
      readonly kind: "classified";
      readonly nature: AllegationNature;
      readonly type: AllegationType;
      /** `child` if any victim was a child, else `age-unknown` if any age is unknown, else `adult`. */
      readonly child: ChildStatus;
      readonly victims: readonly { readonly ref: string; readonly child: ChildStatus }[];
      /** The facts that decided it, for explanations. */
      readonly basis: readonly string[];
    }
  | {
      /**
       * A consensual relationship with an adult beneficiary of assistance, with no exchange, no
       * abuse of position and no coercion recorded, under `adultBeneficiaryRelationshipClassification`
       * 'sgb-3.2d-matter': strongly discouraged by SGB 3.2(d), not sexual exploitation or abuse.
       */
      readonly kind: "discouraged-relationship";
      readonly standard: "SGB-3.2d";
      readonly child: ChildStatus;
      readonly victims: readonly { readonly ref: string; readonly child: ChildStatus }[];
      readonly basis: readonly string[];
      readonly reason: string;
    }
  | {
      readonly kind: "undetermined";
      readonly child: ChildStatus;
      readonly victims: readonly { readonly ref: string; readonly child: ChildStatus }[];
      readonly reason: string;
    };

/**
 * Classifies alleged conduct as sexual exploitation or sexual abuse (SGB section 1), with the
 * published sub-type, from structured facts:
 * - abuse: actual or threatened physical intrusion by force or under unequal or coercive conditions,
 *   and any sexual activity with a child;
 * - exploitation: abuse of a position of vulnerability, differential power or trust for sexual
 *   purposes, including any exchange for sex (SGB 3.2(c)).
 *
 * A consensual, ongoing relationship with a beneficiary of assistance whose victims are all adults,
 * with no exchange, solicitation, abuse of position, profit or coercion recorded, follows
 * `adultBeneficiaryRelationship` (the parameter `adultBeneficiaryRelationshipClassification`; by
 * default, and when left out, `sgb-3.2d-matter`): a `discouraged-relationship`, or with
 * `exploitative-relationship` sexual exploitation of that type.
 *
 * @category Classification
 * @example
 * const c = classifyAllegation(
 *   { conduct: { sexualActivity: "actual", physicalIntrusion: "none", force: false, coercion: false, exchange: ["money"],
 *       solicitation: false, relationship: "none", abuseOfPosition: false, profitFromExploitation: false, subjectClaimedBeliefVictimAdult: false },
 *     victims: [{ ref: "V-1", age: { kind: "known", years: 24 }, sex: "female", beneficiary: false }] },
 *   { childAgeThresholdYears: 18 },
 * );
 * c.kind === "classified" && c.type; // "transactional-sex"
 */
export function classifyAllegation(
  facts: {
    readonly conduct: ConductFacts;
    readonly victims: readonly Pick<Victim, "ref" | "age" | "beneficiary">[];
    /** The day ages are taken on, for a victim recorded by date of birth. */
    readonly incidentDate?: string | undefined;
  },
  params: {
    readonly childAgeThresholdYears: number;
    readonly adultBeneficiaryRelationship?: "sgb-3.2d-matter" | "exploitative-relationship";
  },
): Classification {
  const { conduct } = facts;
  const victims = facts.victims.map((v) => ({ ref: v.ref, child: childStatus(v.age, params.childAgeThresholdYears, facts.incidentDate) }));
  // The most protective status of any victim decides: a child, then possibly a child, then unknown.
  const child: ChildStatus = (["child", "possibly-child", "age-unknown"] as const).find((s) => victims.some((v) => v.child === s)) ?? "adult";
  const anyBeneficiary = facts.victims.some((v) => v.beneficiary);
  const coerced = conduct.force || conduct.coercion;
  const active = conduct.sexualActivity !== "none";

  const consensualWithAdultBeneficiary =
    conduct.relationship === "ongoing" &&
    anyBeneficiary &&
    child === "adult" &&
    !coerced &&
    !conduct.abuseOfPosition &&
    !conduct.solicitation &&
    !conduct.profitFromExploitation &&
    conduct.exchange.length === 0;
  if (consensualWithAdultBeneficiary && (params.adultBeneficiaryRelationship ?? "sgb-3.2d-matter") === "sgb-3.2d-matter") {
    return {
      kind: "discouraged-relationship",
      standard: "SGB-3.2d",
      child,
      victims,
      basis: ["ongoing relationship with an adult beneficiary of assistance", "no exchange, abuse of position or coercion recorded"],
      reason: "a consensual relationship with an adult beneficiary of assistance is strongly discouraged (SGB 3.2(d)), not prohibited",
    };
  }

  const decided = match({ conduct, child, coerced, active, anyBeneficiary })
    .returnType<{ nature: AllegationNature; type: AllegationType; basis: string[] } | undefined>()
    .with({ conduct: { physicalIntrusion: "actual", force: true } }, () => ({
      nature: "sexual-abuse",
      type: "rape",
      basis: ["actual physical intrusion", "by force"],
    }))
    .with({ conduct: { physicalIntrusion: P.union("actual", "threatened") }, coerced: true }, ({ conduct: c }) => ({
      nature: "sexual-abuse",
      type: "sexual-assault",
      basis: [`${c.physicalIntrusion} physical intrusion`, c.force ? "by force" : "under coercive conditions"],
    }))
    .with({ child: "child", active: true }, () => ({
      nature: "sexual-abuse",
      type: "sexual-activity-with-minor",
      basis: ["sexual activity with a person under the child age threshold"],
    }))
    .with({ conduct: { sexualActivity: "actual", exchange: [P._, ...P.array()] } }, ({ conduct: c }) => ({
      nature: "sexual-exploitation",
      type: "transactional-sex",
      basis: [`exchange of ${c.exchange.join(", ")} for sex`],
    }))
    .with(P.union({ conduct: { solicitation: true } }, { conduct: { exchange: [P._, ...P.array()] } }), () => ({
      nature: "sexual-exploitation",
      type: "solicitation-of-transactional-sex",
      basis: ["transactional sex solicited or offered"],
    }))
    .with(
      P.union(
        { conduct: { relationship: "ongoing", abuseOfPosition: true } },
        { conduct: { relationship: "ongoing" }, anyBeneficiary: true },
      ),
      () => ({
        nature: "sexual-exploitation",
        type: "exploitative-relationship",
        basis: ["ongoing relationship", "abuse of position or with a beneficiary of assistance"],
      }),
    )
    .with(P.union({ conduct: { abuseOfPosition: true }, active: true }, { conduct: { profitFromExploitation: true } }), () => ({
      nature: "sexual-exploitation",
      type: "other-sexual-exploitation",
      basis: ["abuse of a position of vulnerability, differential power or trust, or profit from exploitation"],
    }))
    .otherwise(() => undefined);

  if (!decided) {
    return { kind: "undetermined", child, victims, reason: "the recorded facts meet neither definition of SGB section 1" };
  }
  return { kind: "classified", ...decided, child, victims };
}
