import { z } from "zod";

/**
 * A strict object whose unknown-key issue names no key: a key is input, and input is never quoted
 * back (whatever reads the issue: the engine, the CLI, a host's log). @internal
 */
export function strict<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.strictObject(shape, { error: (issue) => (issue.code === "unrecognized_keys" ? "unrecognized key: the section is strict" : undefined) });
}
