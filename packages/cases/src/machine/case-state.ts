import type { CaseContext } from "./context";

/**
 * A case at rest: the machine's state value and its context, plain JSON, safe to store and to send.
 *
 * @category Cases
 * @example
 * const s: CaseState = JSON.parse(JSON.stringify(exampleCase())); // plain JSON: it survives the round trip
 * s.value; // { allegation: "intake", victimAssistance: { support: "awaitingNeedsAssessment", paternity: "noClaim" } }
 * publicStatus(s); // "preliminary-assessment"
 */
export type CaseState = { value: unknown; context: CaseContext };

/**
 * A problem with an input, at a path.
 *
 * @category Cases
 * @example
 * const codeOf = (caseIssue: CaseIssue) => caseIssue.code;
 */
export type CaseIssue = { path: (string | number)[]; code: string; message: string };

/**
 * Why an event was refused. The state returned with it is the very object given, unchanged.
 * - `invalid-event`: the event does not parse (or is dated before the case's last event);
 * - `not-allowed-in-state`: nothing at this stage takes that event;
 * - `guard-failed`: the stage takes it, but a rule refused it; the message names the obligation;
 * - `internal-error`: the kit failed; a fault to report, never a refusal by the case's stage.
 *
 * @category Cases
 * @example
 * const codeOf = (caseRejectionReason: CaseRejectionReason) => caseRejectionReason.code;
 */
export type CaseRejectionReason = { code: "invalid-event" | "not-allowed-in-state" | "guard-failed" | "internal-error"; message: string; path?: (string | number)[] };

/**
 * @category Cases
 * @example
 * const result: OpenCaseResult = openCase({ id: "A-1" });
 * result.ok; // false
 */
export type OpenCaseResult = { ok: true; state: CaseState } | { ok: false; issues: CaseIssue[] };

/**
 * @category Cases
 * @example
 * const isOkTrue = (applyEventResult: ApplyEventResult) => applyEventResult.ok === true;
 */
export type ApplyEventResult = { ok: true; state: CaseState } | { ok: false; state: CaseState; reason: CaseRejectionReason };
