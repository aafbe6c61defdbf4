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
  id: RecordId,
  name: z.string().min(1),
  officeId: RecordId,
  /** The contributing country of the contingent quartered there. */
  contingent: CountryCode.optional(),
  unit: z.string().min(1).optional(),
  /** A camp opened less than one assessment period ago is not yet due its first assessment. */
  openedOn: IsoDate.optional(),
  closedOn: IsoDate.optional(),
  lastRiskAssessmentOn: IsoDate.optional(),
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
  id: RecordId,
  campId: RecordId,
  assessedOn: IsoDate,
  /** Personnel id of the lead assessor. */
  assessedBy: RecordId.optional(),
  riskIds: z.array(RecordId).default([]),
  reference: z.string().optional(),
  /** The risk-factor checklist the assessment answered; scored by `scoreAssessments`. */
  checklist: RiskChecklist.optional(),
});
/**
 * @category Camps
 * @example
 * const a: CampRiskAssessment = { id: "CRA-1", campId: "CAMP-1", assessedOn: "2018-03-10", riskIds: [] };
 */
export type CampRiskAssessment = z.infer<typeof CampRiskAssessment>;
