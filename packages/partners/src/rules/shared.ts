import { MissionDatasetShape, type PartnerAgreement } from "@psea/core";
import { PartnerDatasetShape, type PartnerAssessment } from "../schemas/partner-assessment";

/**
 * The sections the partner rules read: the core's partner agreements and the assessments. @internal
 */
export const PartnerRuleInput = MissionDatasetShape.pick({ partnerAgreements: true }).extend(PartnerDatasetShape.shape);

/** A final assessment with its index in the section, for paths. @internal */
export interface IndexedAssessment {
  readonly index: number;
  readonly assessment: PartnerAssessment & { readonly finalizedOn: string };
}

/** Final assessments determined on or before `date`, for which `include` holds, latest first (ties: later in the list). @internal */
export function finalAssessments(assessments: readonly PartnerAssessment[], date: string, include: (a: PartnerAssessment) => boolean = () => true): IndexedAssessment[] {
  const out: IndexedAssessment[] = [];
  assessments.forEach((a, index) => {
    if (a.status === "final" && a.finalizedOn !== undefined && a.finalizedOn <= date && include(a)) out.push({ index, assessment: a as IndexedAssessment["assessment"] });
  });
  return out.sort((x, y) => y.assessment.finalizedOn.localeCompare(x.assessment.finalizedOn) || y.index - x.index);
}

/** The latest final assessment of each partner, determined on or before `date`. @internal */
export function latestByPartner(assessments: readonly PartnerAssessment[], date: string): IndexedAssessment[] {
  const seen = new Set<string>();
  return finalAssessments(assessments, date)
    .filter((x) => {
      if (seen.has(x.assessment.partnerId)) return false;
      seen.add(x.assessment.partnerId);
      return true;
    })
    .sort((x, y) => x.index - y.index);
}

/** Whether an agreement is in force on a date: started, and not ended. @internal */
export function inForce(a: PartnerAgreement, date: string): boolean {
  return a.startDate <= date && (a.endDate === undefined || a.endDate > date);
}

/**
 * Every final assessment by the agreements it covers, latest first: one pass, so a rule looks up an
 * agreement's assessments without scanning the section for each agreement. @internal
 */
export function finalsByAgreement(assessments: readonly PartnerAssessment[]): Map<string, IndexedAssessment[]> {
  const out = new Map<string, IndexedAssessment[]>();
  for (const x of finalAssessments(assessments, "9999-12-31")) {
    for (const id of new Set(x.assessment.agreementIds)) {
      const list = out.get(id);
      if (list) list.push(x);
      else out.set(id, [x]);
    }
  }
  return out;
}
