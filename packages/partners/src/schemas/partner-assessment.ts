import { IsoDate, RecordId } from "@psea/core";
import { z } from "zod";
import { strict } from "./strict";

/**
 * The stages of an assessment, as the workflow names them.
 *
 * @category Dataset
 * @example
 * AssessmentStatus.options; // ["draft", "assigned", "in-progress", "submitted", "rejected", "final", "cancelled"]
 */
export const AssessmentStatus = z
  .enum(["draft", "assigned", "in-progress", "submitted", "rejected", "final", "cancelled"])
  .describe("The stage of the assessment: only a final one counts as the partner's determination.");
/**
 * The parsed form of {@link AssessmentStatus}.
 *
 * @category Dataset
 * @example
 * const s: AssessmentStatus = "in-progress";
 * s; // "in-progress"
 */
export type AssessmentStatus = z.infer<typeof AssessmentStatus>;

/**
 * One piece of evidence behind a standard's rating: its kind (one of the standard's evidence
 * kinds), a reference to the document, and its date.
 *
 * @category Dataset
 * @example
 * EvidenceItem.parse({ kind: "policy-document", reference: "DOC-12", on: "2018-02-01" }).kind; // "policy-document"
 */
export const EvidenceItem = strict({
    kind: RecordId.describe("The kind of evidence, one of the standard's evidence kinds (for example policy-document, written-undertaking)."),
    reference: RecordId.describe("The reference of the document in the host's records; never the document's text."),
    on: IsoDate.optional().describe("The date of the document (YYYY-MM-DD)."),
  })
  .describe("A piece of evidence behind a standard's rating.");
/**
 * The parsed form of {@link EvidenceItem}.
 *
 * @category Dataset
 * @example
 * const e: EvidenceItem = { kind: "attendance-record", reference: "DOC-3" };
 * e.kind; // "attendance-record"
 */
export type EvidenceItem = z.infer<typeof EvidenceItem>;

/**
 * The rating of one standard, with the evidence recorded for it.
 *
 * @category Dataset
 * @example
 * StandardRating.parse({ standardId: "training", score: 2 }).evidence; // []
 */
export const StandardRating = strict({
    standardId: RecordId.describe("The id of the standard rated (partnerCapacityStandards)."),
    score: z.number().int().min(0).max(100).describe("The score on the scale in force (partnerCapacityScale): by default absent 1, progressing 2, adequate 3."),
    evidence: z.array(EvidenceItem).max(1000).default([]).describe("The evidence the rating rests on."),
  })
  .describe("The rating of one standard.");
/**
 * The parsed form of {@link StandardRating}.
 *
 * @category Dataset
 * @example
 * const r: StandardRating = { standardId: "reporting", score: 2, evidence: [] };
 * r.score; // 2
 */
export type StandardRating = z.infer<typeof StandardRating>;

/**
 * One action point of a capacity-strengthening plan: a weak standard, an owner and a due date.
 *
 * @category Dataset
 * @example
 * ActionPoint.parse({ id: "AP-1", standardId: "training", description: "Train all staff", owner: "Partner focal point", dueDate: "2018-09-30" }).dueDate; // "2018-09-30"
 */
export const ActionPoint = strict({
    id: RecordId.describe("The action point's id, unique across all assessments."),
    standardId: RecordId.describe("The standard the action point strengthens."),
    description: z.string().min(1).max(2000).describe("What is to be done."),
    owner: z.string().min(1).max(200).describe("Who answers for it (a role or a name in the partner or the UN entity)."),
    dueDate: IsoDate.describe("When it is due (YYYY-MM-DD)."),
    completedOn: IsoDate.optional().describe("When it was completed; absent while open."),
  })
  .describe("An action point of a capacity-strengthening plan.");
/**
 * The parsed form of {@link ActionPoint}.
 *
 * @category Dataset
 * @example
 * const p: ActionPoint = { id: "AP-1", standardId: "training", description: "Train all staff", owner: "HR lead", dueDate: "2018-09-30" };
 * p.owner; // "HR lead"
 */
export type ActionPoint = z.infer<typeof ActionPoint>;

/**
 * A capacity-strengthening plan: the decision's date and its action points.
 *
 * @category Dataset
 * @example
 * CapacityPlan.parse({ adoptedOn: "2018-03-01", actionPoints: [] }).adoptedOn; // "2018-03-01"
 */
export const CapacityPlan = strict({
    adoptedOn: IsoDate.describe("The date of the documented decision that adopted the plan."),
    actionPoints: z.array(ActionPoint).max(1000).default([]).describe("One or more action points per weak standard."),
  })
  .describe("The capacity-strengthening plan agreed with the partner.");
/**
 * The parsed form of {@link CapacityPlan}.
 *
 * @category Dataset
 * @example
 * const plan: CapacityPlan = { adoptedOn: "2018-03-01", actionPoints: [] };
 * plan.adoptedOn; // "2018-03-01"
 */
export type CapacityPlan = z.infer<typeof CapacityPlan>;

/**
 * One PSEA capacity assessment of an implementing partner, as a dataset records it.
 *
 * @category Dataset
 * @example
 * const a = PartnerAssessment.parse({ id: "PCA-1", partnerId: "IP-1", status: "final", finalizedOn: "2018-01-20" });
 * [a.agreementIds, a.ratings]; // [[], []]
 */
export const PartnerAssessment = strict({
    id: RecordId.describe("The assessment's id."),
    partnerId: RecordId.describe("The id of the partner assessed, shared by all its assessments."),
    agreementIds: z.array(RecordId).max(1000).default([]).describe("The partner agreements (partnerAgreements ids) the assessment covers."),
    status: AssessmentStatus,
    createdOn: IsoDate.optional().describe("When the assessment was opened."),
    finalizedOn: IsoDate.optional().describe("The date of the final determination; required when the status is final."),
    ratings: z.array(StandardRating).max(100).default([]).describe("The rating of each standard, with its evidence."),
    plan: CapacityPlan.optional().describe("The capacity-strengthening plan, if one was adopted."),
  })
  .superRefine((a, ctx) => {
    if (a.status === "final" && a.finalizedOn === undefined) {
      ctx.addIssue({ code: "custom", path: ["finalizedOn"], message: "a final assessment has the date of its final determination", params: { code: "required" } });
    }
    const seen = new Set<string>();
    a.ratings.forEach((r, i) => {
      if (seen.has(r.standardId)) ctx.addIssue({ code: "custom", path: ["ratings", i, "standardId"], message: "a standard is rated once", params: { code: "duplicate-id" } });
      seen.add(r.standardId);
    });
  })
  .describe("A PSEA capacity assessment of an implementing partner.");
/**
 * The parsed form of {@link PartnerAssessment}.
 *
 * @category Dataset
 * @example
 * const a: PartnerAssessment = PartnerAssessment.parse({ id: "PCA-1", partnerId: "IP-1", status: "draft" });
 * a.ratings; // []
 */
export type PartnerAssessment = z.infer<typeof PartnerAssessment>;
/**
 * The accepted input form of an assessment, where defaulted fields may be left out.
 *
 * @category Dataset
 * @example
 * const a: PartnerAssessmentInput = { id: "PCA-1", partnerId: "IP-1", status: "draft" };
 * a.status; // "draft"
 */
export type PartnerAssessmentInput = z.input<typeof PartnerAssessment>;

/**
 * The `partnerAssessments` section of a mission dataset: assessment and action point ids are unique.
 *
 * @category Dataset
 * @example
 * PartnerAssessments.safeParse([{ id: "A", partnerId: "P", status: "draft" }, { id: "A", partnerId: "P", status: "draft" }]).success; // false
 */
export const PartnerAssessments = z
  .array(PartnerAssessment)
  .max(100_000)
  .superRefine((list, ctx) => {
    const ids = new Set<string>();
    const points = new Set<string>();
    list.forEach((a, i) => {
      if (ids.has(a.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: "duplicate assessment id", params: { code: "duplicate-id" } });
      ids.add(a.id);
      a.plan?.actionPoints.forEach((p, j) => {
        if (points.has(p.id)) ctx.addIssue({ code: "custom", path: [i, "plan", "actionPoints", j, "id"], message: "duplicate action point id", params: { code: "duplicate-id" } });
        points.add(p.id);
      });
    });
  })
  .describe("PSEA capacity assessments of implementing partners.");

/**
 * The dataset sections the partner package adds: rules pick from it beside the core's sections.
 *
 * @category Dataset
 * @example
 * Object.keys(PartnerDatasetShape.shape); // ["partnerAssessments"]
 */
export const PartnerDatasetShape = z.object({
  partnerAssessments: PartnerAssessments.default([]),
});
