import type { z } from "zod";
import { inputIssuesFromZod } from "../engine/input-issues";

/**
 * A problem with the input of a cadence or action-plan function, located by path. `code` is zod's
 * issue code or one of the kit's own (`empty-period`, `unknown-activity`, `duplicate-id`, …).
 *
 * @category Cadences
 * @example
 * const issue: PathIssue = { path: ["period"], code: "empty-period", message: "a period of zero length never ends" };
 */
export interface PathIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

/**
 * Turns zod issues into path issues, keeping a kit code given as `params.code` on custom issues.
 *
 * @category Cadences
 * @example
 * import { z } from "zod";
 * const r = z.object({ a: z.string() }).safeParse({});
 * !r.success && toPathIssues(r.error, ["options"])[0]?.path; // ["options", "a"]
 */
export function toPathIssues(error: z.ZodError, prefix: readonly (string | number)[] = []): PathIssue[] {
  return inputIssuesFromZod(error, prefix);
}
