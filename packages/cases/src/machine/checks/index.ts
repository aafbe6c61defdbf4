import { accountabilityChecks } from "./accountability";
import { assistanceChecks } from "./assistance";
import { intakeChecks } from "./intake";
import { investigationChecks } from "./investigation";
import { notificationChecks } from "./notifications";

/**
 * Every named guard of the machine as a check that says why it refuses. The machine's guards call
 * these; `applyEvent` calls them again to explain a refusal.
 *
 * @category Cases
 * @example
 * Object.keys(caseChecks).includes("closureJustified"); // true
 */
export const caseChecks = { ...intakeChecks, ...investigationChecks, ...accountabilityChecks, ...notificationChecks, ...assistanceChecks };

/**
 * The name of a guard.
 *
 * @category Cases
 * @example
 * const g: CaseGuardName = "closureJustified";
 */
export type CaseGuardName = keyof typeof caseChecks;
