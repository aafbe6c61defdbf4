import { inputIssuesFromZod, type InputIssue } from "@psea/core";
import type { z } from "zod";

/**
 * A problem with persisted data, located by path. `code` is zod's issue code or one of the
 * persistence codes (`invalid-json`, `not-json`, `unsupported-schema-version`, `seq-gap`, …).
 *
 * @category Persistence
 * @example
 * const issue: PersistenceIssue = { path: ["version"], code: "too_small", message: "expected >= 0" };
 */
export type PersistenceIssue = InputIssue;

/**
 * Zod issues as persistence issues, with `prefix` put before each path.
 *
 * @category Persistence
 * @example
 * import { z } from "zod";
 * const r = z.object({ a: z.string() }).safeParse({ a: 1 });
 * !r.success && issuesFromZod(r.error, ["snapshot"])[0]?.path; // ["snapshot", "a"]
 */
export function issuesFromZod(error: z.ZodError, prefix: readonly (string | number)[] = []): PersistenceIssue[] {
  return inputIssuesFromZod(error, prefix);
}
