import { z } from "zod";
import { IsoDuration } from "../../time/duration";
import { RecordId } from "../../vocabulary/common";
import { PartnerAgreement } from "../../vocabulary/partner-agreement";
import { cite } from "../citation";
import { defineParameter } from "../types";

/**
 * The kit applies the common assessment from the start of the reference plan, so that the MINUSCA
 * period is covered; the date UN entities adopted it is to be confirmed.
 */
const FROM = "2018-01-01";
const common = (clause: string) => cite("UN-IP-PSEA", clause, { verify: true });

const RATINGS = ["high", "moderate", "low"] as const;

function unique<T>(key: (item: T) => string, what: string) {
  return (items: readonly T[], ctx: z.core.$RefinementCtx<T[]>) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: "custom", path: [i], message: `duplicate ${what}`, params: { code: "duplicate-id" } });
      seen.add(k);
    });
  };
}

/** One core standard of the assessment: what it asks (`indicator`) and the evidence that shows it. */
const CapacityStandard = z.object({
  id: RecordId,
  title: z.string().min(1),
  indicator: z.string().min(1),
  evidenceKinds: z.array(RecordId).min(1),
});

const CapacityStandards = z.array(CapacityStandard).min(1).superRefine(unique((s) => s.id, "standard id"));

/** A level of the rating scale and its score; the top score is "adequate". */
const CapacityScale = z
  .array(z.object({ level: RecordId, score: z.number().int().min(0) }))
  .min(2)
  .refine((levels) => levels.every((l, i) => i === 0 || l.score > levels[i - 1]!.score), "levels must rise in score")
  .superRefine(unique((l) => l.level, "level"));

/** The lowest total of each overall rating, rising from high risk to low risk; the first starts at 0. */
const RatingBands = z
  .array(z.object({ rating: z.enum(RATINGS), minTotal: z.number().int().min(0) }))
  .length(3)
  .refine((bands) => bands[0]?.minTotal === 0, "the first band must start at 0")
  .refine(
    (bands) => bands.every((b, i) => i === 0 || (b.minTotal > bands[i - 1]!.minTotal && RATINGS.indexOf(b.rating) > RATINGS.indexOf(bands[i - 1]!.rating))),
    "bands must rise in minTotal, from high risk to low risk",
  );

/**
 * Parameters of the PSEA capacity assessment of implementing partners (read by `@psea/partners`):
 * the standards, the scale, the overall rating bands, the follow-up windows and which partners
 * are assessed. Other UN entities use variants (an earlier version had eight indicators and other
 * bands): they overlay these from their own date.
 *
 * @category Parameters
 * @example
 * partnerParameters.partnerCapacityStandards.values[0]?.value.length; // 6
 * partnerParameters.partnerRatingBands.values[0]?.value; // [{ rating: "high", minTotal: 0 }, { rating: "moderate", minTotal: 9 }, { rating: "low", minTotal: 15 }]
 */
export const partnerParameters = {
  partnerCapacityStandards: defineParameter<z.infer<typeof CapacityStandards>>({
    title: "Partner PSEA capacity standards",
    description: "The core standards an implementing partner is assessed against, each with its indicator and the kinds of evidence it requires.",
    schema: CapacityStandards,
    values: [
      {
        value: [
          {
            id: "policy",
            title: "PSEA policy",
            indicator: "The organisation has a policy or code of conduct on PSEA consistent with the UN standards, and its personnel accept it in writing.",
            evidenceKinds: ["policy-document", "code-of-conduct", "written-undertaking"],
          },
          {
            id: "management-and-hr",
            title: "Organisational management and human resources",
            indicator: "The organisation screens candidates for past SEA, binds sub-contractors to the standards, and its managers are accountable for PSEA.",
            evidenceKinds: ["vetting-procedure", "contract-clause", "management-responsibility"],
          },
          {
            id: "training",
            title: "Mandatory training",
            indicator: "All personnel take mandatory PSEA training, including on the organisation's policy and reporting procedures.",
            evidenceKinds: ["training-material", "attendance-record"],
          },
          {
            id: "reporting",
            title: "Reporting",
            indicator: "Personnel, beneficiaries and communities can report SEA safely and confidentially through accessible mechanisms.",
            evidenceKinds: ["reporting-procedure", "community-awareness-material"],
          },
          {
            id: "assistance-and-referrals",
            title: "Assistance and referrals",
            indicator: "The organisation refers survivors of SEA to medical, psychosocial and legal assistance, with their consent.",
            evidenceKinds: ["referral-pathway", "service-mapping"],
          },
          {
            id: "investigations",
            title: "Investigations",
            indicator: "The organisation investigates SEA allegations, with its own capacity or through an arrangement with an investigative body, and takes corrective action.",
            evidenceKinds: ["investigation-procedure", "investigation-arrangement"],
          },
        ],
        effectiveFrom: FROM,
        citation: common("core standards 1-6"),
        note: "The six core standards as UNICEF's eTools runs the common assessment. An earlier version had eight indicators; overlay it with its own bands.",
      },
    ],
  }),
  partnerCapacityScale: defineParameter<z.infer<typeof CapacityScale>>({
    title: "Partner PSEA capacity scale",
    description: "The levels each standard is rated on, with their scores, rising; the top level is adequate, every lower one is a gap the plan addresses.",
    schema: CapacityScale,
    values: [
      {
        value: [
          { level: "absent", score: 1 },
          { level: "progressing", score: 2 },
          { level: "adequate", score: 3 },
        ],
        effectiveFrom: FROM,
        citation: common("rating scale"),
      },
    ],
  }),
  partnerRatingBands: defineParameter<z.infer<typeof RatingBands>>({
    title: "Partner PSEA overall rating bands",
    description: "The overall rating of a partner by the sum of its standards' scores: the last band whose minTotal the sum reaches. Computed only once every standard is rated.",
    schema: RatingBands,
    values: [
      {
        value: [
          { rating: "high", minTotal: 0 },
          { rating: "moderate", minTotal: 9 },
          { rating: "low", minTotal: 15 },
        ],
        effectiveFrom: FROM,
        citation: common("overall rating"),
        note: "8 or less is high risk, 9 to 14 moderate, 15 or more low.",
      },
    ],
  }),
  partnerReassessmentPeriod: defineParameter({
    title: "Partner PSEA reassessment period",
    description: "A partner's capacity is assessed again within this period of its last final determination.",
    schema: IsoDuration,
    values: [
      {
        value: "P2Y",
        effectiveFrom: FROM,
        citation: common("monitoring and final determination"),
        note: "The common assessment calls for monitoring but the period was not confirmed; two years is assumed.",
      },
    ],
  }),
  partnerActionPointNoticeWindow: defineParameter({
    title: "Capacity-strengthening action point notice window",
    description: "An open action point is reported as due within this period before its due date, and as overdue after it.",
    schema: IsoDuration,
    values: [{ value: "P30D", effectiveFrom: FROM, citation: common("capacity-strengthening plan"), note: "No window is set by the assessment; thirty days is assumed." }],
  }),
  partnerKindsAssessed: defineParameter<PartnerAgreement["partnerKind"][]>({
    title: "Partner kinds assessed",
    description: "Arrangements with partners of these kinds start only after a final PSEA capacity assessment of the partner.",
    schema: z.array(PartnerAgreement.shape.partnerKind).min(1),
    values: [
      {
        value: ["ngo", "other"],
        effectiveFrom: FROM,
        citation: common("scope: implementing partners"),
        note: "The common assessment covers implementing partners (civil-society organisations); contractors, consultants and government bodies are bound by the undertaking alone.",
      },
    ],
  }),
  partnerUndertakingEvidence: defineParameter({
    title: "Evidence of the written undertaking",
    description: "The standard whose evidence holds the partner's written undertaking to the bulletin's standards, and the evidence kind it is recorded as.",
    schema: z.object({ standardId: RecordId, evidenceKind: RecordId }),
    values: [{ value: { standardId: "policy", evidenceKind: "written-undertaking" }, effectiveFrom: FROM, citation: cite("DPKO-IG", "General management responsibilities (e)") }],
  }),
};
