import { cite } from "../../parameters/citation";
import { periodicCadenceRule } from "../cadence-rule";
import { defineCadence } from "../define-cadence";

/**
 * AP-R1 (a): in coordination with the Victims' Rights Advocate, CDT, the UN country team and
 * service providers meet every `vraMeetingPeriod` (monthly) on service provision for victims.
 *
 * @category Cadences: MINUSCA action plan
 * @example
 * vraMeetingCadence.obligations; // ["AP-R1"]
 */
export const vraMeetingCadence = defineCadence({
  id: "ap.r1.vra-meeting",
  title: "Service-provision meetings with the Victims' Rights Advocate",
  obligations: ["AP-R1"],
  citation: cite("MINUSCA-AP-2018-2019", "Remedial actions goal 1, activity (a)"),
  kind: "periodic",
  periodParameter: "vraMeetingPeriod",
});

/**
 * AP-R1: flags each period without a meeting with the Victims' Rights Advocate.
 *
 * @category Cadences: MINUSCA action plan
 * @example
 * vraMeetingRule.id; // "cadence.ap.r1.vra-meeting"
 */
export const vraMeetingRule = periodicCadenceRule(vraMeetingCadence);
