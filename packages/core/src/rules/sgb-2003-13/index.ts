import { defineRuleSet } from "../../engine/rule-set";
import { recordedClassification } from "./section-1-recorded-classification";
import { substantiatedClosedWithoutAction } from "./section-3-2-a-final-action";
import { childVictim } from "./section-3-2-b-child-victim";
import { victimAgeUnknown } from "./section-3-2-b-victim-age-unknown";
import { exchangeForSex } from "./section-3-2-c-exchange-for-sex";
import { beneficiaryRelationship } from "./section-3-2-d-beneficiary-relationship";
import { concernReported } from "./section-3-2-e-concern-reported";
import { managerPreventionLinks } from "./section-3-2-f-manager-prevention-links";
import { focalPointOutreach } from "./section-4-3-focal-point-outreach";
import { marriageCarveOut } from "./section-4-4-marriage-carve-out";
import { adultBeneficiaryDiscretion } from "./section-4-5-adult-beneficiary-discretion";
import { adultBeneficiaryDiscretionConditions } from "./section-4-5-discretion-conditions";
import { criminalReferralGate } from "./section-5-criminal-referral";
import { partnerFailureTerminationReview } from "./section-6-partner-failures";

/**
 * ST/SGB/2003/13, as rules and declared exceptions: the section 1 classification check, the six
 * standards of section 3.2, the focal-point outreach of section 4.3, the mandatory marriage
 * carve-out of section 4.4 (an exception applied from the recorded facts), the discretion of
 * section 4.5 (an exception applied by a recorded decision, with a rule that flags a decision whose
 * conditions are not met), the referral gate of section 5 and the partner failures of section 6.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * bulletinRules.id; // "sgb-2003-13"
 * bulletinRules.exceptions.map((e) => e.overrides); // ["sgb.3.2b.child-victim", "sgb.3.2d.relationship-with-beneficiary"]
 */
export const bulletinRules = defineRuleSet({
  id: "sgb-2003-13",
  title: "ST/SGB/2003/13 Special measures for protection from sexual exploitation and sexual abuse",
  rules: [
    recordedClassification,
    substantiatedClosedWithoutAction,
    childVictim,
    victimAgeUnknown,
    exchangeForSex,
    beneficiaryRelationship,
    concernReported,
    managerPreventionLinks,
    focalPointOutreach,
    adultBeneficiaryDiscretionConditions,
    criminalReferralGate,
    partnerFailureTerminationReview,
  ],
  exceptions: [marriageCarveOut, adultBeneficiaryDiscretion],
});

export { beneficiaryRelationshipConcern, childVictimConcern } from "./concerns";
export { involvesExchangeForSex } from "./conduct";
export { withinBulletinScope } from "./section-2-scope";
export { decisionsInEffect, findDiscretionDecision, mayDecide } from "./discretion";
export { marriageCarveOutFacts, type MarriageCarveOutFacts } from "./marriage";
export { beneficiaryRelationships, type BeneficiaryRelationship } from "./beneficiary-relationships";
export { nonFraternizationRule, type NonFraternizationOptions } from "./section-3-2-d-non-fraternization";
export {
  recordedClassification,
  substantiatedClosedWithoutAction,
  childVictim,
  victimAgeUnknown,
  exchangeForSex,
  beneficiaryRelationship,
  concernReported,
  managerPreventionLinks,
  focalPointOutreach,
  marriageCarveOut,
  adultBeneficiaryDiscretion,
  adultBeneficiaryDiscretionConditions,
  criminalReferralGate,
  partnerFailureTerminationReview,
};
