import { caseParameterValue } from "../../deadlines/case-parameters";
import { assessmentClassification } from "../assessment-classification";
import { caseCountry } from "../records";
import { forEvent, refuse } from "./refusal";

/**
 * DPKO-RC-e: a rumour is dealt with like any allegation (registered, assessed, its deadlines
 * running), and where mission personnel may be involved the liaison with the Head of Mission is
 * owed as well: two duties, so the liaison never holds up the processing, but a case does not
 * close without it. The closure guard (`closureJustified`) runs this check.
 */
const rumourHandled = forEvent("CASE_CLOSED", (context) => {
  const { rumour, missionPersonnelMayBeInvolved, headOfMissionLiaisonOn } = context.intake;
  if (rumour && missionPersonnelMayBeInvolved && headOfMissionLiaisonOn === undefined) {
    return refuse(
      "DPKO-RC-e: a rumoured allegation that may involve mission personnel is closed only once the liaison with the Head of Mission is recorded",
      ["context", "intake", "headOfMissionLiaisonOn"],
    );
  }
  return undefined;
});

/** One allegation, one personnel category and one contributing country (the UN's counting rule). */
const subjectFitsCase = forEvent("SUBJECT_RECORDED", (context, e) => {
  const s = e.subject;
  if (context.subjects.some((x) => x.ref === s.ref)) return refuse(`subject ${s.ref} is already recorded`, ["subject", "ref"]);
  const category = context.subjects[0]?.category;
  if (category !== undefined && category !== s.category) {
    return refuse(`the case concerns ${category} personnel; an allegation against ${s.category} personnel is recorded as a separate allegation`, ["subject", "category"]);
  }
  const country = caseCountry(context);
  if (country !== undefined && s.contributingCountry !== undefined && country !== s.contributingCountry) {
    return refuse(`the case concerns personnel of ${country}; personnel of ${s.contributingCountry} are recorded as a separate allegation`, ["subject", "contributingCountry"]);
  }
  return undefined;
});

const victimIsNew = forEvent("VICTIM_RECORDED", (context, e) =>
  context.victims.some((v) => v.ref === e.victim.ref) ? refuse("this victim reference is already recorded", ["victim", "ref"]) : undefined,
);

/**
 * SGB-3.2a: sexual exploitation and abuse is serious misconduct, so a classified SEA allegation is
 * never assessed as not serious. What is not SEA may be: facts that meet neither definition, and a
 * consensual relationship with an adult beneficiary while `adultBeneficiaryRelationshipClassification`
 * makes it a 3.2(d) matter (SGB-1).
 */
const assessmentConsistent = forEvent("ASSESSMENT_COMPLETED", (context, e) => {
  const threshold = caseParameterValue(context, "childAgeThresholdYears", e.at);
  if (threshold === undefined) return refuse(`no child age threshold is in force on ${e.at}`, ["at"]);
  const classification = assessmentClassification(context, e, threshold, caseParameterValue(context, "adultBeneficiaryRelationshipClassification", e.at));
  if (classification.kind === "classified" && e.seriousness === "not-serious") {
    return refuse(
      `SGB-3.2a: the facts make this ${classification.type} (${classification.nature}); sexual exploitation and abuse is serious misconduct and is not assessed as not serious`,
      ["seriousness"],
    );
  }
  return undefined;
});

/**
 * The guards of intake and assessment, as checks that say why they refuse.
 *
 * @category Cases
 * @example
 * const rumour = openCase(exampleCaseOpening({ intake: { channel: "rumour" } }));
 * if (!rumour.ok) throw new Error(JSON.stringify(rumour.issues));
 * const closed = { type: "CASE_CLOSED", at: "2018-11-01" } as const;
 * intakeChecks.rumourHandled(rumour.state.context, closed, undefined)?.path; // ["context", "intake", "headOfMissionLiaisonOn"]
 * intakeChecks.rumourHandled(exampleCase().context, closed, undefined); // undefined: the hotline case is no rumour
 */
export const intakeChecks = {
  rumourHandled,
  subjectFitsCase,
  victimIsNew,
  assessmentConsistent,
};
