import { defineRuleSet } from "../../engine/rule-set";
import { codeCable1474MeasureRules, focalPointMeasureBacked, investigationTimelineCompliance } from "./code-cable-1474";
import { channelConfidentiality, intakeChannelRecorded, requiredReportingChannels } from "./enforcement";
import { cbcmComposition, cbcmCoverage, cbcmEquipment } from "./prevention";

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
    investigationTimelineCompliance,
    requiredReportingChannels,
    intakeChannelRecorded,
    channelConfidentiality,
    cbcmCoverage,
    cbcmComposition,
    cbcmEquipment,
  ],
});

export * from "./code-cable-1474";
export * from "./enforcement";
export * from "./prevention";
