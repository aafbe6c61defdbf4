import type { CaseState } from "../machine/case-state";
import { memberStateEntities } from "../machine/case-vocabulary";

/**
 * The status values the UN publishes for an allegation.
 *
 * @category Status
 * @example
 * const s: PublicStatus = "pending-member-state-investigation";
 */
export type PublicStatus =
  | "preliminary-assessment"
  | "under-review"
  | "under-investigation"
  | "pending-member-state-investigation"
  | "substantiated"
  | "not-substantiated"
  | "closed-for-other-reasons";

/**
 * The published wording of each status.
 *
 * @category Status
 * @example
 * publicStatusLabels["under-review"]; // "Under review (limited information)"
 */
export const publicStatusLabels: Readonly<Record<PublicStatus, string>> = {
  "preliminary-assessment": "Preliminary assessment",
  "under-review": "Under review (limited information)",
  "under-investigation": "Under investigation",
  "pending-member-state-investigation": "Pending Member State investigation",
  substantiated: "Substantiated",
  "not-substantiated": "Not substantiated",
  "closed-for-other-reasons": "Closed for other reasons",
};

/**
 * The stage of the allegation region, as a dotted path (`preliminaryAssessment.assessing`), or
 * `undefined` when the value is not one of the machine's.
 *
 * @category Status
 * @example
 * allegationStage({ allegation: { referral: "memberStateDeclined" } }); // "referral.memberStateDeclined"
 */
export function allegationStage(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const region = (value as { allegation?: unknown }).allegation;
  if (typeof region === "string") return region;
  if (typeof region !== "object" || region === null) return undefined;
  const [parent, child] = Object.entries(region)[0] ?? [];
  return typeof parent === "string" && typeof child === "string" ? `${parent}.${child}` : undefined;
}

/**
 * Maps a case to the UN's published status:
 * - intake, assessment, the evidence step → preliminary assessment; waiting for more information →
 *   under review;
 * - a contributing country notified, or investigating on its own → pending Member State
 *   investigation; a country that declined, pending the OIOS decision → under review;
 * - OIOS, a mission unit, a partner, national authorities or a joint team investigating, and the
 *   review of the report → under investigation;
 * - decided or closed → the decision (substantiated, not substantiated, closed for other reasons).
 * A state the machine does not know reads as under review.
 *
 * @category Status
 * @example
 * const opened = openCase({ id: "A-1", receivedOn: "2018-06-01", intake: { channel: "hotline" } });
 * opened.ok && publicStatus(opened.state); // "preliminary-assessment"
 */
export function publicStatus(state: CaseState): PublicStatus {
  const stage = allegationStage(state?.value);
  switch (stage) {
    case "intake":
    case "preliminaryAssessment.assessing":
    case "evidencePreservation":
      return "preliminary-assessment";
    case "preliminaryAssessment.awaitingInformation":
    case "referral.memberStateDeclined":
      return "under-review";
    case "referral.awaitingMemberStateResponse":
      return "pending-member-state-investigation";
    case "investigation": {
      const running = state.context.investigations?.at(-1);
      return running && memberStateEntities.includes(running.entity) ? "pending-member-state-investigation" : "under-investigation";
    }
    case "reportReview":
      return "under-investigation";
    case "accountability":
    case "closed": {
      const result = state.context.outcome?.result;
      return result === "substantiated" ? "substantiated" : result === "not-substantiated" ? "not-substantiated" : result === "closed-other" ? "closed-for-other-reasons" : "under-review";
    }
    default:
      return "under-review";
  }
}
