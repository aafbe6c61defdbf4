import { cite, type Citation, type ObligationId } from "@psea/core";
import type { DeadlineKind } from "../machine/context";

/**
 * The obligation each kind of deadline encodes, and the clause it comes from.
 *
 * @category Deadlines
 * @example
 * deadlineObligations["headquarters-notification"].obligationIds; // ["DPKO-HQ-f"]
 */
export const deadlineObligations: Readonly<Record<DeadlineKind, { readonly obligationIds: ObligationId[]; readonly citation: Citation }>> = {
  "headquarters-notification": {
    obligationIds: ["DPKO-HQ-f"],
    citation: cite("DPKO-IG", "Responsibilities of DPKO Headquarters officials (f)"),
  },
  // SGB 4.6 puts the duty on the head of mission; DPKO HQ (g) restates it for Headquarters. One
  // notification discharges both, so one deadline carries both obligations.
  "department-of-management-notification": {
    obligationIds: ["SGB-4.6", "DPKO-HQ-g"],
    citation: cite("ST/SGB/2003/13", "section 4.6"),
  },
  "member-state-response": {
    obligationIds: ["AP-E3"],
    citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 3 (a), timely referral for investigation"),
  },
  investigation: {
    obligationIds: ["AP-E3"],
    citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 3, expected result (i), compliance with the timelines"),
  },
  "victim-status-update": {
    obligationIds: ["AP-E4"],
    citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 4, expected result (iii)"),
  },
  assessment: {
    obligationIds: ["AP-E3"],
    citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 3 (a), timely assessment of allegations"),
  },
  referral: {
    obligationIds: ["AP-E3"],
    citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 3 (a), timely referral of allegations for investigation"),
  },
  "report-review": {
    obligationIds: ["AP-E3"],
    citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 3 (b), review of investigation reports in a timely manner"),
  },
  "service-referral": {
    obligationIds: ["AP-R1"],
    citation: cite("MINUSCA-AP-2018-2019", "Remedial actions goal 1 (c) and expected result (ii)"),
  },
};
