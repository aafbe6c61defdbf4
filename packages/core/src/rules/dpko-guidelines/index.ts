import { defineRuleSet } from "../../engine/rule-set";
import { bulletinAcknowledgement, fieldFocalPoints, focalPointAppointed, preventiveEnvironment, focalPointGender, focalPointGrade, informedOfStandards, writtenUndertaking } from "./general-management";
import {
  accountableOfficials,
  communityCommunications,
  focalPointsMadeKnown,
  rcHomAgreement,
  rcReportRecipientRecorded,
  rumouredAllegations,
  seaNetwork,
} from "./responsibilities-of-hom-and-rc";
import { headquartersMonitoring } from "./responsibilities-of-dpko-headquarters";

/**
 * The DPKO implementation guidelines on ST/SGB/2003/13, as rules.
 *
 * @category Rules: DPKO guidelines
 * @example
 * dpkoGuidelinesRules.rules.some((r) => r.obligations.includes("DPKO-GM-c")); // true
 */
export const dpkoGuidelinesRules = defineRuleSet({
  id: "dpko-guidelines",
  title: "DPKO Implementation Guidelines on ST/SGB/2003/13",
  rules: [
    accountableOfficials,
    rcHomAgreement,
    seaNetwork,
    communityCommunications,
    focalPointsMadeKnown,
    rumouredAllegations,
    rcReportRecipientRecorded,
    preventiveEnvironment,
    bulletinAcknowledgement,
    focalPointAppointed,
    focalPointGrade,
    focalPointGender,
    fieldFocalPoints,
    writtenUndertaking,
    informedOfStandards,
    headquartersMonitoring,
  ],
});

export {
  bulletinAcknowledgement,
  fieldFocalPoints,
  focalPointAppointed,
  focalPointGender,
  focalPointGrade,
  focalPointsInPost,
  informedOfStandards,
  preventiveEnvironment,
  writtenUndertaking,
} from "./general-management";
export type { FocalPointRole } from "./general-management";
export {
  accountableOfficials,
  communityCommunications,
  focalPointsMadeKnown,
  rcHomAgreement,
  rcReportRecipientRecorded,
  rumouredAllegations,
  seaNetwork,
} from "./responsibilities-of-hom-and-rc";
export { headquartersMilestonesReached, headquartersMonitoring } from "./responsibilities-of-dpko-headquarters";
