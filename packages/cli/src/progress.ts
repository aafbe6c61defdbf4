import { Presets, SingleBar } from "cli-progress";
import type { CliIo } from "./io";

/**
 * A progress indicator for long runs: a bar on standard error when it is a terminal, nothing
 * otherwise (a pipe, a CI log) or with `--quiet`.
 *
 * @category CLI
 * @example
 * const p: Progress = progressFor({ readFile: () => "", stdout: () => {}, stderr: () => {}, now: () => new Date(0) }, false);
 * p.start(3, "reports"); p.tick("public-data"); p.stop();
 * p.active; // false: no terminal
 */
export interface Progress {
  readonly active: boolean;
  start(total: number, label: string): void;
  tick(label: string): void;
  stop(): void;
}

const SILENT: Progress = { active: false, start() {}, tick() {}, stop() {} };

/**
 * The progress indicator for this run (see {@link Progress}).
 *
 * @category CLI
 * @example
 * progressFor({ readFile: () => "", stdout: () => {}, stderr: () => {}, now: () => new Date(0) }, false).active; // false
 */
export function progressFor(io: CliIo, quiet: boolean): Progress {
  const stream = io.progressStream;
  if (quiet || !stream || stream.isTTY !== true) return SILENT;
  const bar = new SingleBar(
    { stream, format: "{bar} {value}/{total} {step}", barsize: 24, hideCursor: true, clearOnComplete: true, barCompleteChar: "█", barIncompleteChar: "░" },
    Presets.shades_classic,
  );
  return {
    active: true,
    start: (total, label) => bar.start(total, 0, { step: label }),
    tick: (label) => bar.increment(1, { step: label }),
    stop: () => bar.stop(),
  };
}
