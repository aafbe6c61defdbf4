import type { z } from "zod";

/**
 * A problem with the input, located by path, in the form every entry point of the kit returns.
 * The message says what was expected and where; it never repeats a received value or key.
 *
 * @category Engine
 * @example
 * const issue: InputIssue = { path: ["mission", "name"], code: "invalid_type", message: "Invalid input: expected string, received undefined" };
 */
export interface InputIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

// zod's own messages name what was expected and the received value's type, never the value,
// with one exception: unrecognized keys are listed, and a key can carry anything (a name).
function safeMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.length === 1 ? "an unexpected field: only the documented fields are accepted here" : `${issue.keys.length} unexpected fields: only the documented fields are accepted here`;
  }
  return issue.message;
}

/**
 * zod issues as the kit's input issues: `prefix` put before each path, a kit code given as
 * `params.code` on a custom issue kept as the code, and no received value or key in any message.
 * Every entry point maps zod's issues through it.
 *
 * @category Engine
 * @example
 * import { z } from "zod";
 * const r = z.strictObject({ a: z.string() }).safeParse({ a: "x", "Jane Roe": 1 });
 * !r.success && inputIssuesFromZod(r.error, ["input"]); // [{ path: ["input"], code: "unrecognized_keys", message: "an unexpected field: only the documented fields are accepted here" }]
 */
export function inputIssuesFromZod(error: z.ZodError, prefix: readonly (string | number)[] = []): InputIssue[] {
  // A huge input can fail in a million places: the first thousand locate the problem as well.
  const shown = error.issues.length > MAX_INPUT_ISSUES ? error.issues.slice(0, MAX_INPUT_ISSUES) : error.issues;
  const issues = shown.map((i): InputIssue => {
    const custom = i.code === "custom" ? (i.params as { code?: unknown } | undefined)?.code : undefined;
    return {
      path: [...prefix, ...i.path.map((p) => (typeof p === "symbol" ? String(p) : p))],
      code: typeof custom === "string" ? custom : i.code,
      message: safeMessage(i),
    };
  });
  if (shown.length < error.issues.length) {
    issues.push({ path: [...prefix], code: "too-many-issues", message: `only the first ${MAX_INPUT_ISSUES} issues are listed` });
  }
  return issues;
}

/**
 * The most input issues an entry point lists; past it, one `too-many-issues` issue says so.
 *
 * @category Engine
 * @example
 * MAX_INPUT_ISSUES; // 1000
 */
export const MAX_INPUT_ISSUES = 1000;
