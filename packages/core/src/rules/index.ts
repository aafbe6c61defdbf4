import { combineRuleSets } from "../engine/rule-set";
import { cadenceRules } from "../cadences/rule-set";
import { actionPlanRules } from "./minusca-action-plan";
import { bulletinRules } from "./sgb-2003-13";
import { dpkoGuidelinesRules } from "./dpko-guidelines";

/**
 * Every rule the kit ships, from every source document.
 *
 * @category Rules
 * @example
 * allRules.rules.length > 0; // true
 */
export const allRules = combineRuleSets("all", "All PSEA rules", [bulletinRules, dpkoGuidelinesRules, actionPlanRules, cadenceRules]);

export {
  adultBeneficiaryDiscretion,
  adultBeneficiaryDiscretionConditions,
  beneficiaryRelationship,
  beneficiaryRelationshipConcern,
  beneficiaryRelationships,
  bulletinRules,
  childVictim,
  childVictimConcern,
  concernReported,
  criminalReferralGate,
  decisionsInEffect,
  exchangeForSex,
  findDiscretionDecision,
  focalPointOutreach,
  involvesExchangeForSex,
  managerPreventionLinks,
  marriageCarveOut,
  marriageCarveOutFacts,
  mayDecide,
  nonFraternizationRule,
  partnerFailureTerminationReview,
  recordedClassification,
  substantiatedClosedWithoutAction,
  victimAgeUnknown,
  withinBulletinScope,
} from "./sgb-2003-13";
export type { BeneficiaryRelationship, MarriageCarveOutFacts, NonFraternizationOptions } from "./sgb-2003-13";
export {
  accountableOfficials,
  bulletinAcknowledgement,
  communityCommunications,
  dpkoGuidelinesRules,
  fieldFocalPoints,
  focalPointAppointed,
  focalPointGender,
  focalPointGrade,
  focalPointsInPost,
  focalPointsMadeKnown,
  headquartersMilestonesReached,
  headquartersMonitoring,
  informedOfStandards,
  preventiveEnvironment,
  rcHomAgreement,
  rcReportRecipientRecorded,
  rumouredAllegations,
  seaNetwork,
  writtenUndertaking,
} from "./dpko-guidelines";
export type { FocalPointRole } from "./dpko-guidelines";
export {
  actionPlanRules,
  caseManagementTimeliness,
  cbcmComposition,
  cbcmCoverage,
  cbcmEquipment,
  cbcmRecency,
  channelConfidentiality,
  codeCable1474MeasureInPlace,
  codeCable1474MeasureList,
  codeCable1474MeasureRules,
  complaintMechanismCoverage,
  coversRegion,
  focalPointMeasureBacked,
  immediateResponseTeamBacked,
  intakeChannelRecorded,
  investigationTimelineCompliance,
  irtComposition,
  irtTraining,
  latestServiceMapReview,
  noExcuseCardCoverage,
  pledgeInEpas,
  promotedChannelsConfigured,
  requiredReportingChannels,
  retaliationProtectionCommunicated,
  serviceGapsIdentified,
  serviceMapCurrent,
  serviceMapGaps,
  serviceTrackingMaintained,
  sopFamiliarization,
  taskForceMembership,
} from "./minusca-action-plan";
export type { ComplaintMechanismCoverage } from "./minusca-action-plan";
