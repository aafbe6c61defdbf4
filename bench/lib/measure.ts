// Wall and CPU time of a piece of work, as a mean over passes after one warm-up (or none when
// `warmup` is false, for work too large to repeat). CPU time (user + system, from process.cpuUsage)
// is the figure to trust on a shared machine: it does not count time spent waiting for a core.
export interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly passes: number;
}

export async function measure(work: () => unknown, passes: number, warmup = true): Promise<Timing> {
  if (warmup) await work();
  let wall = 0;
  let cpu = 0;
  for (let i = 0; i < passes; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await work();
    wall += performance.now() - t;
    const used = process.cpuUsage(c);
    cpu += (used.user + used.system) / 1000;
  }
  return { wallMs: wall / passes, cpuMs: cpu / passes, passes };
}

/** Prints a part's result as the last line of its output, for the suite to read. */
export function report(result: unknown): void {
  process.stdout.write(`\n@@result ${JSON.stringify(result)}\n`);
}
