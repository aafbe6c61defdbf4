import { defineRuleSet } from "../../engine/rule-set";
import { codeCable1474MeasureRules, focalPointMeasureBacked, immediateResponseTeamBacked, investigationTimelineCompliance } from "./code-cable-1474";
import {
  caseManagementTimeliness,
  channelConfidentiality,
  intakeChannelRecorded,
  irtComposition,
  irtTraining,
  pledgeInEpas,
  promotedChannelsConfigured,
  requiredReportingChannels,
  retaliationProtectionCommunicated,
  serviceGapsIdentified,
  serviceMapCurrent,
  serviceTrackingMaintained,
  sopFamiliarization,
} from "./enforcement";
import { cbcmComposition, cbcmCoverage, cbcmEquipment, cbcmRecency, noExcuseCardCoverage, taskForceMembership } from "./prevention";

/**
 * The MINUSCA SEA action plan 2018-2019: its mission-level measures, as rules.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * actionPlanRules.id; // "minusca-action-plan-2018-2019"
 */
export const actionPlanRules = defineRuleSet({
  id: "minusca-action-plan-2018-2019",
  title: "MINUSCA Action Plan on SEA 2018-2019",
  rules: [
    ...codeCable1474MeasureRules,
    focalPointMeasureBacked,
    immediateResponseTeamBacked,
    investigationTimelineCompliance,
    requiredReportingChannels,
    promotedChannelsConfigured,
    intakeChannelRecorded,
    channelConfidentiality,
    sopFamiliarization,
    retaliationProtectionCommunicated,
    irtComposition,
    irtTraining,
    caseManagementTimeliness,
    pledgeInEpas,
    serviceMapCurrent,
    serviceGapsIdentified,
    serviceTrackingMaintained,
    noExcuseCardCoverage,
    taskForceMembership,
    cbcmCoverage,
    cbcmComposition,
    cbcmEquipment,
    cbcmRecency,
  ],
});

export {
  codeCable1474MeasureInPlace,
  codeCable1474MeasureList,
  codeCable1474MeasureRules,
  focalPointMeasureBacked,
  immediateResponseTeamBacked,
  investigationTimelineCompliance,
} from "./code-cable-1474";
export {
  caseManagementTimeliness,
  channelConfidentiality,
  intakeChannelRecorded,
  irtComposition,
  irtTraining,
  latestServiceMapReview,
  pledgeInEpas,
  promotedChannelsConfigured,
  requiredReportingChannels,
  retaliationProtectionCommunicated,
  serviceGapsIdentified,
  serviceMapCurrent,
  serviceMapGaps,
  serviceTrackingMaintained,
  sopFamiliarization,
} from "./enforcement";
export {
  cbcmComposition,
  cbcmCoverage,
  cbcmEquipment,
  cbcmRecency,
  complaintMechanismCoverage,
  coversRegion,
  noExcuseCardCoverage,
  taskForceMembership,
} from "./prevention";
export type { ComplaintMechanismCoverage } from "./prevention";
