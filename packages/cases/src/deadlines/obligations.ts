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
  "department-of-management-notification": {
    obligationIds: ["DPKO-HQ-g"],
    citation: cite("DPKO-IG", "Responsibilities of DPKO Headquarters officials (g)"),
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
};
