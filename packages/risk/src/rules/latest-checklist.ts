import type { Camp, CampRiskAssessment } from "../schemas/camp";

/**
 * For each camp open on `asOf` (in input order), its latest assessment made by then that carries a
 * checklist, with the assessment's index in `campAssessments`. Camps with none are left out.
 *
 * @category Risk rules
 * @example
 * const camps = [{ id: "C", name: "C", officeId: "FO" }];
 * latestChecklists(camps, [{ id: "A", campId: "C", assessedOn: "2018-03-01", riskIds: [] }], "2018-06-30"); // []
 */
export function latestChecklists(
  camps: readonly Camp[],
  campAssessments: readonly CampRiskAssessment[],
  asOf: string,
): { readonly camp: Camp; readonly assessment: CampRiskAssessment & { readonly checklist: NonNullable<CampRiskAssessment["checklist"]> }; readonly index: number }[] {
  const latest = new Map<string, number>();
  campAssessments.forEach((a, index) => {
    if (a.checklist === undefined || a.assessedOn > asOf) return;
    const seen = latest.get(a.campId);
    if (seen === undefined || a.assessedOn >= campAssessments[seen]!.assessedOn) latest.set(a.campId, index);
  });
  return camps.flatMap((camp) => {
    if ((camp.openedOn !== undefined && camp.openedOn > asOf) || (camp.closedOn !== undefined && camp.closedOn <= asOf)) return [];
    const index = latest.get(camp.id);
    if (index === undefined) return [];
    const assessment = campAssessments[index]!;
    return [{ camp, assessment: assessment as CampRiskAssessment & { checklist: NonNullable<CampRiskAssessment["checklist"]> }, index }];
  });
}
