import { defineException } from "../../engine/define-exception";
import { cite } from "../../parameters/citation";
import { MissionDatasetShape } from "../../vocabulary/dataset";
import { findDiscretionDecision, mayDecide } from "./discretion";
import { beneficiaryRelationship } from "./section-3-2-d-beneficiary-relationship";

/**
 * SGB 4.5: where the beneficiary is an adult and the circumstances justify it, the head of
 * department may use discretion in applying 3.2(d). Declared against {@link beneficiaryRelationship},
 * it lowers one victim's warning to a notice only when the finding shows a known adult age (the rule
 * decided it with `childAgeThresholdYears`) and a decision citing SGB 4.5 is recorded for that
 * allegation and victim on or before `asOf` by someone holding one of `discretionDeciderRoles` (the
 * clause gives the discretion to the head of department, office or mission, nobody else).
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * adultBeneficiaryDiscretion.lowersTo; // "notice"
 */
export const adultBeneficiaryDiscretion = defineException({
  id: "sgb.4.5.adult-beneficiary-discretion",
  title: "Discretion on 3.2(d) for an adult beneficiary",
  obligation: "SGB-4.5",
  citation: cite("ST/SGB/2003/13", "section 4.5", { verify: true }),
  overrides: beneficiaryRelationship.id,
  lowersTo: "notice",
  reads: MissionDatasetShape.pick({ discretionDecisions: true, personnel: true }),
  parameters: ["discretionDeciderRoles"],
  match(finding, { discretionDecisions, personnel }, { asOf, params }) {
    const { victimRef, childStatus } = finding.explanation.facts;
    if (finding.subject.kind !== "allegation" || typeof victimRef !== "string" || childStatus !== "adult") return undefined;
    const d = findDiscretionDecision(discretionDecisions, "SGB-4.5", finding.subject.id, victimRef, asOf, (x) =>
      mayDecide(personnel, x.decidedBy, params.discretionDeciderRoles),
    );
    return d && { basis: "decision", decisionId: d.id, decidedOn: d.decidedOn };
  },
});
