/**
 * Everything the CLI needs from the outside world, passed in so that {@link run} is deterministic
 * and testable. Only `bin.ts` wires the real file system, streams and clock.
 *
 * @category CLI
 * @example
 * const out: string[] = [];
 * const io: CliIo = {
 *   readFile: () => "{}",
 *   stdout: (text) => out.push(text),
 *   stderr: (text) => out.push(text),
 *   now: () => new Date(2018, 5, 30),
 * };
 */
export interface CliIo {
  /** Reads a file as UTF-8 text; may throw or reject when it cannot. */
  readonly readFile: (path: string) => string | Promise<string>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today, for `psea validate` without `--as-of`. */
  readonly now: () => Date;
  /** Reads standard input as UTF-8 text, for a dataset given as `-`. */
  readonly readStdin?: () => Promise<string>;
  /**
   * Writes text chunks to a file as they come (creating its directory), so a million-row CSV is
   * written in flat memory. Without it, `psea report` and `psea demo` can only write to stdout.
   */
  readonly writeFile?: (path: string, chunks: Iterable<string> | AsyncIterable<string>) => Promise<void>;
  /** Writes chunks to standard output, waiting for the pipe to drain; without it, `stdout` is called per chunk. */
  readonly writeStdout?: (chunks: Iterable<string> | AsyncIterable<string>) => Promise<void>;
  /** Where a progress bar may be drawn: standard error, when it is a terminal. */
  readonly progressStream?: NodeJS.WritableStream & { readonly isTTY?: boolean };
}

/**
 * The exit codes of `psea`.
 *
 * @category CLI
 * @example
 * EXIT.violations; // 1
 */
export const EXIT = {
  /** The command succeeded; for `validate`, no violation was found. */
  ok: 0,
  /** `validate` found at least one violation. */
  violations: 1,
  /** Bad input (arguments, unreadable file, invalid JSON, invalid dataset or overlay, bad date), or the check could not be completed. */
  badInput: 2,
  /** A bug in the kit: the command failed unexpectedly. */
  internalError: 3,
} as const;

/**
 * An exit code of `psea`.
 *
 * @category CLI
 * @example
 * const code: ExitCode = EXIT.badInput; // 2
 */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
