import { cite } from "../../parameters/citation";
import { periodicCadenceRule } from "../cadence-rule";
import { defineCadence } from "../define-cadence";

/**
 * AP-E3 (e): CDT, OIOS and SIU review the progress of SEA investigations every
 * `investigationReviewMeetingPeriod` (bi-weekly, read as every two weeks).
 *
 * @category Cadences: MINUSCA action plan
 * @example
 * investigationReviewCadence.obligations; // ["AP-E3"]
 */
export const investigationReviewCadence = defineCadence({
  id: "ap.e3.investigation-review-meeting",
  title: "CDT/OIOS/SIU investigation review meetings",
  obligations: ["AP-E3"],
  citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 3, activity (e)"),
  kind: "periodic",
  periodParameter: "investigationReviewMeetingPeriod",
});

/**
 * AP-E3: flags each period without a CDT/OIOS/SIU review meeting.
 *
 * @category Cadences: MINUSCA action plan
 * @example
 * investigationReviewRule.id; // "cadence.ap.e3.investigation-review-meeting"
 */
export const investigationReviewRule = periodicCadenceRule(investigationReviewCadence);
