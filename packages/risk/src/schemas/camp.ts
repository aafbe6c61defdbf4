import { CountryCode, IsoDate, RecordId } from "@psea/core";
import { z } from "zod";
import { RiskChecklist } from "../checklist/risk-checklist";

/**
 * A mission camp whose SEA risks are managed (Prevention goal 6 (c)). `lastRiskAssessmentOn`
 * records an assessment made outside the kit; assessments the kit holds are in `campAssessments`.
 *
 * @category Camps
 * @example
 * Camp.parse({ id: "CAMP-1", name: "Camp North", officeId: "FO-1", contingent: "XYZ", unit: "Battalion 1" }).contingent; // "XYZ"
 */
export const Camp = z.object({
  id: RecordId.describe("The camp's id, unique among camps; assessments, register entries and patrols refer to it."),
  name: z.string().min(1).describe("The camp's name."),
  officeId: RecordId.describe("The office the camp comes under: the id of an office of the dataset."),
  /** The contributing country of the contingent quartered there. */
  contingent: CountryCode.optional().describe("The contributing country of the contingent quartered there, as an ISO 3166-1 alpha-3 code."),
  unit: z.string().min(1).optional().describe("The unit quartered there."),
  /** A camp opened less than one assessment period ago is not yet due its first assessment. */
  openedOn: IsoDate.optional().describe("When the camp opened; a camp opened less than one assessment period ago is not yet due its first assessment."),
  closedOn: IsoDate.optional().describe("When the camp closed; absent while open."),
  lastRiskAssessmentOn: IsoDate.optional().describe("The last day the camp's SEA risk was assessed, as recorded on the camp; the later of this and its assessments in campAssessments counts."),
});
/**
 * @category Camps
 * @example
 * const c: Camp = { id: "CAMP-1", name: "Camp North", officeId: "FO-1" };
 */
export type Camp = z.infer<typeof Camp>;

/**
 * An SEA risk assessment of a camp, with the register entries it identified and, when recorded, the
 * risk-factor checklist it answered.
 *
 * @category Camps
 * @example
 * CampRiskAssessment.parse({ id: "CRA-1", campId: "CAMP-1", assessedOn: "2018-03-10" }).riskIds; // []
 */
export const CampRiskAssessment = z.object({
  id: RecordId.describe("The assessment's id, unique among camp assessments."),
  campId: RecordId.describe("The camp assessed: the id of a camp of the dataset."),
  assessedOn: IsoDate.describe("When the assessment was made."),
  /** Personnel id of the lead assessor. */
  assessedBy: RecordId.optional().describe("The lead assessor, as a personnel id; not checked against personnel."),
  riskIds: z.array(RecordId).default([]).describe("The risk register entries the assessment raised, by id; not checked against the register."),
  reference: z.string().optional().describe("A document that records the assessment."),
  /** The risk-factor checklist the assessment answered; scored by `scoreAssessments`. */
  checklist: RiskChecklist.optional(),
});
/**
 * @category Camps
 * @example
 * const a: CampRiskAssessment = { id: "CRA-1", campId: "CAMP-1", assessedOn: "2018-03-10", riskIds: [] };
 */
export type CampRiskAssessment = z.infer<typeof CampRiskAssessment>;
