import type { InputIssue } from "./input-issues";

/**
 * Thrown by a rule (or a helper it calls) when valid input asks for more work than the kit
 * bounds, such as an `asOf` that would enumerate more cadence windows than
 * `MAX_CADENCE_WINDOWS`. `evaluate` reports it as an input issue, never as a rule error.
 *
 * @category Engine
 * @example
 * const e = new InputLimitError({ path: ["asOf"], code: "too-many-windows", message: "…" });
 * e.issue.code; // "too-many-windows"
 */
export class InputLimitError extends Error {
  readonly issue: InputIssue;
  constructor(issue: InputIssue) {
    super(issue.message);
    this.name = "InputLimitError";
    this.issue = issue;
  }
}
