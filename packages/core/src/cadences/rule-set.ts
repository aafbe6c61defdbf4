import { defineRuleSet } from "../engine/rule-set";
import type { Cadence } from "./define-cadence";
import { rcAnnualReportCadence, rcAnnualReportRule } from "./dpko-guidelines";
import {
  forceCommanderMeetingCadence,
  forceCommanderMeetingRule,
  investigationReviewCadence,
  investigationReviewRule,
  newsletterCadence,
  newsletterRule,
  policeCommissionerMeetingCadence,
  policeCommissionerMeetingRule,
  preventionMeetingCadence,
  preventionMeetingRule,
  radioBroadcastCadence,
  radioBroadcastRule,
  taskForceCadence,
  taskForceRule,
  townHallCadence,
  townHallRule,
  vraMeetingCadence,
  vraMeetingRule,
} from "./minusca-action-plan-2018-2019";

/**
 * Every recurring obligation the kit ships, one per cadence, tagged with its obligation id.
 *
 * @category Cadences
 * @example
 * cadenceCatalogue.map((c) => c.id).includes("ap.p1.radio-broadcast"); // true
 */
export const cadenceCatalogue: readonly Cadence[] = [
  radioBroadcastCadence,
  newsletterCadence,
  townHallCadence,
  taskForceCadence,
  forceCommanderMeetingCadence,
  policeCommissionerMeetingCadence,
  preventionMeetingCadence,
  investigationReviewCadence,
  vraMeetingCadence,
  rcAnnualReportCadence,
];

/**
 * The cadence rules: one per cadence of {@link cadenceCatalogue}, reading `mission` and `cadenceOccurrences`.
 *
 * @category Cadences
 * @example
 * cadenceRules.rules.length; // 10
 */
export const cadenceRules = defineRuleSet({
  id: "cadences",
  title: "Recurring obligations (cadences)",
  rules: [
    radioBroadcastRule,
    newsletterRule,
    townHallRule,
    taskForceRule,
    forceCommanderMeetingRule,
    policeCommissionerMeetingRule,
    preventionMeetingRule,
    investigationReviewRule,
    vraMeetingRule,
    rcAnnualReportRule,
  ],
});
