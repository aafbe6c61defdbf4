import { cite, type Citation, type ObligationId } from "@psea/core";

/**
 * Where the case workflow encodes each obligation it owns: the clause, and the guards, deadlines or
 * steps that carry it. A refusal or a due item names the same ids.
 *
 * @category Cases
 * @example
 * caseWorkflowObligations["SGB-5"].encodedBy; // ["guard criminalReferralPermitted", "event LEGAL_AFFAIRS_CONSULTED"]
 */
export const caseWorkflowObligations = {
  "DPKO-RC-e": {
    citation: cite("DPKO-IG", "Responsibilities of HoM and RC (e)"),
    encodedBy: ["openCase (a rumour is recorded)", "check rumourHandled (run by the closure guard: a rumour that may involve mission personnel closes only after the liaison)", "event HEAD_OF_MISSION_LIAISON_RECORDED"],
  },
  "AP-E2": {
    citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 2 (b)"),
    encodedBy: ["state evidencePreservation", "guard referralAllowed"],
  },
  "AP-E3": {
    citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 3 (a)-(e)"),
    encodedBy: [
      "investigationRoutes",
      "guard referralAllowed",
      "guard memberStateWindowElapsed",
      "deadline assessment",
      "deadline referral",
      "deadline member-state-response",
      "deadline investigation",
      "deadline report-review",
    ],
  },
  "AP-E4": {
    citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 4 (b) and expected result (iii)"),
    encodedBy: ["deadline victim-status-update", "guard closureJustified (recommendations)"],
  },
  "AP-E5": {
    citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 5 (e)-(j)"),
    encodedBy: ["service map", "guard serviceReferralAllowed", "guard trustFundSupportValid", "state paternity.dnaSampleCollected", "guard dnaSampleOutstanding"],
  },
  "AP-R1": {
    citation: cite("MINUSCA-AP-2018-2019", "Remedial actions goal 1 (a)-(d)"),
    encodedBy: [
      "region victimAssistance",
      "guard serviceReferralAllowed (consent or override)",
      "deadline service-referral",
      "event CONSENT_WITHDRAWN, guard consentWithdrawable",
      "guard paternityReferralTarget (with or without a DNA sample)",
    ],
  },
  "SGB-3.2a": {
    citation: cite("ST/SGB/2003/13", "section 3.2(a)"),
    encodedBy: ["guard assessmentConsistent", "guard actionAllowed", "guard closureJustified"],
  },
  "SGB-5": {
    citation: cite("ST/SGB/2003/13", "section 5"),
    encodedBy: ["guard criminalReferralPermitted", "event LEGAL_AFFAIRS_CONSULTED"],
  },
  "DPKO-GM-d": {
    citation: cite("DPKO-IG", "General management responsibilities (d)"),
    encodedBy: ["guard closureJustified", "guard actionAllowed"],
  },
  "DPKO-HQ-f": {
    citation: cite("DPKO-IG", "Responsibilities of DPKO Headquarters officials (f)"),
    encodedBy: ["deadline headquarters-notification", "guard headquartersNotified"],
  },
  "SGB-4.6": {
    citation: cite("ST/SGB/2003/13", "section 4.6"),
    encodedBy: ["deadline department-of-management-notification", "guard departmentOfManagementOutstanding"],
  },
  "DPKO-HQ-g": {
    citation: cite("DPKO-IG", "Responsibilities of DPKO Headquarters officials (g)"),
    encodedBy: ["deadline department-of-management-notification", "guard departmentOfManagementOutstanding"],
  },
} as const satisfies Record<ObligationId, { readonly citation: Citation; readonly encodedBy: readonly string[] }>;
