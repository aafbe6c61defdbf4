// Replays 10,000 generated case histories through `replay()` (the allegation machine behind the
// persistence layer) and through a hand-written switch reducer doing the same job over the same
// logs, in one run, and reports the ratio. Writes bench/results.json. Run with `pnpm run bench`.
import { writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { applyEvent, caseReducer, openCase, replay, type CaseState, type EventLogEntry } from "@psea/cases";
import { createRandom } from "@psea/fixtures";
import { Bench } from "tinybench";
import { candidateHistory, validHistory } from "@psea/test-support";
import { handReplay, stagesOf } from "./hand-reducer";

const SEED = 20_180_601;
const HISTORIES = Number(process.env["BENCH_HISTORIES"] ?? 10_000);
const TARGET_RATIO = 2;

// 1. Histories: seeded, so every run replays the same 10,000 cases. Logs are stored as JSON text
// would give them back, as a store would.
const generationStart = performance.now();
const random = createRandom(SEED);
const logs: EventLogEntry[][] = [];
const lives: CaseState[] = [];
for (let i = 0; i < HISTORIES; i++) {
  const h = validHistory(candidateHistory(random, i));
  const opening = caseReducer.recordOpening ? caseReducer.recordOpening(h.opening) : h.opening;
  const log: EventLogEntry[] = [{ caseId: h.caseId, seq: 1, event: { type: "case-opened", input: opening as never } }];
  h.events.forEach((event, j) => log.push({ caseId: h.caseId, seq: j + 2, event: event as never }));
  logs.push(JSON.parse(JSON.stringify(log)) as EventLogEntry[]);
  lives.push(h.live);
}
const generationMs = performance.now() - generationStart;
const events = logs.reduce((n, log) => n + log.length - 1, 0);

// 2. The contenders, folded over the same logs.
function replayAll(): number {
  let ok = 0;
  for (const log of logs) if (replay(log).ok) ok++;
  return ok;
}

// The per-event public API: each applyEvent resolves a private copy of the state it is given.
function machineFoldAll(): number {
  let ok = 0;
  for (const log of logs) {
    const opened = openCase((log[0]!.event as { input: unknown }).input);
    if (!opened.ok) continue;
    let state = opened.state;
    for (let i = 1; i < log.length; i++) {
      const r = applyEvent(state, log[i]!.event);
      if (r.ok) state = r.state;
    }
    ok++;
  }
  return ok;
}

function handAll(): number {
  let ok = 0;
  for (const log of logs) if (handReplay(log)) ok++;
  return ok;
}

// 3. Correctness before speed: replay equals the live state, and the hand-written reducer accepts
// every event and builds the same record (deep-equal context) in the same stages.
let replayMatches = 0;
let stageMatches = 0;
let contextMatches = 0;
logs.forEach((log, i) => {
  const live = lives[i]!;
  const r = replay(log);
  if (r.ok && isDeepStrictEqual(r.state, live)) replayMatches++;
  const hand = handReplay(log);
  if (!hand) return;
  if (isDeepStrictEqual(stagesOf(live.value), { allegation: hand.allegation, support: hand.support, paternity: hand.paternity })) stageMatches++;
  if (isDeepStrictEqual(hand.context, live.context)) contextMatches++;
});
if (replayMatches !== HISTORIES || stageMatches !== HISTORIES || contextMatches !== HISTORIES) {
  throw new Error(`the contenders disagree: replay ${replayMatches}, stages ${stageMatches}, contexts ${contextMatches} of ${HISTORIES}`);
}

// 4. Timing. A pass takes a second or more: a few samples each, after one warm-up pass.
const ITERATIONS = Number(process.env["BENCH_ITERATIONS"] ?? 5);
const bench = new Bench({ name: "case replay", time: 0, iterations: ITERATIONS, warmup: true, warmupIterations: 1, warmupTime: 0 });
const tasks = {
  machine: "replay() — allegation machine (xstate), batch path",
  machineFold: "openCase + applyEvent fold (per-event API)",
  hand: "hand-written switch reducer, same job",
} as const;
bench
  .add(tasks.machine, () => void replayAll())
  .add(tasks.hand, () => void handAll())
  .add(tasks.machineFold, () => void machineFoldAll());
await bench.run();

function stats(name: string): { mean: number; min: number; max: number } {
  const result = bench.tasks.find((t) => t.name === name)?.result;
  if (!result || !("latency" in result)) throw new Error(`${name} did not complete`);
  return { mean: result.latency.mean, min: result.latency.min, max: result.latency.max };
}

const all = Object.fromEntries(Object.entries(tasks).map(([k, name]) => [k, stats(name)])) as Record<keyof typeof tasks, ReturnType<typeof stats>>;
const ratio = all.machine.mean / all.hand.mean;
// CPU time a pass, since the machine may be shared: the mean of three passes of each, taken in
// turn, so that a burst of load on the machine falls on both contenders (one pass each moved the
// ratio by a third from run to run).
const cpuOf = (work: () => unknown) => {
  const c = process.cpuUsage();
  work();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
};
const CPU_PASSES = 3;
const cpuMsOnePass = { machine: 0, hand: 0 };
for (let pass = 0; pass < CPU_PASSES; pass++) {
  cpuMsOnePass.machine += cpuOf(replayAll) / CPU_PASSES;
  cpuMsOnePass.hand += cpuOf(handAll) / CPU_PASSES;
}
const perEvent = (ms: number) => Number(((ms * 1000) / events).toFixed(3));
const results = {
  benchmark: "replay of generated case histories: machine vs hand-written reducer doing the same job",
  seed: SEED,
  histories: HISTORIES,
  events,
  node: process.version,
  iterations: ITERATIONS,
  generationMs: Math.round(generationMs),
  correctness: {
    replayEqualsLive: `${replayMatches}/${HISTORIES}`,
    handWrittenStagesAgree: `${stageMatches}/${HISTORIES}`,
    handWrittenContextsEqual: `${contextMatches}/${HISTORIES}`,
  },
  meanMsPerPass: Object.fromEntries(Object.entries(all).map(([k, v]) => [k, Number(v.mean.toFixed(2))])),
  microsecondsPerEvent: Object.fromEntries(Object.entries(all).map(([k, v]) => [k, { mean: perEvent(v.mean), min: perEvent(v.min), max: perEvent(v.max) }])),
  ratio: {
    machineOverHandWritten: Number(ratio.toFixed(2)),
    machineOverHandWrittenBestPasses: Number((all.machine.min / all.hand.min).toFixed(2)),
    perEventApiOverHandWritten: Number((all.machineFold.mean / all.hand.mean).toFixed(2)),
  },
  cpuMsOnePass: { machine: Number(cpuMsOnePass.machine.toFixed(1)), hand: Number(cpuMsOnePass.hand.toFixed(1)), ratio: Number((cpuMsOnePass.machine / cpuMsOnePass.hand).toFixed(2)) },
  target: TARGET_RATIO,
  withinTarget: ratio <= TARGET_RATIO,
};

console.table(
  Object.fromEntries(
    Object.entries(tasks).map(([k, name]) => {
      const s = all[k as keyof typeof tasks];
      return [name, { "ms per 10,000 cases": Number(s.mean.toFixed(1)), "µs per event": perEvent(s.mean), "min µs": perEvent(s.min), "max µs": perEvent(s.max), "× hand-written": Number((s.mean / all.hand.mean).toFixed(2)) }];
    }),
  ),
);
console.log(`${HISTORIES} histories, ${events} events (seed ${SEED}); generated and validated in ${results.generationMs} ms`);
console.log(`replay equals live: ${results.correctness.replayEqualsLive}; hand-written stages agree: ${results.correctness.handWrittenStagesAgree}; contexts equal: ${results.correctness.handWrittenContextsEqual}`);
console.log(`RATIO machine / hand-written: ${ratio.toFixed(2)}x (target <= ${TARGET_RATIO}x: ${results.withinTarget ? "met" : "NOT met"}); best passes: ${results.ratio.machineOverHandWrittenBestPasses}x`);
console.log(`      per-event API (openCase + applyEvent) / hand-written: ${results.ratio.perEventApiOverHandWritten}x`);
writeFileSync(new URL("./results.json", import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log("wrote bench/results.json");
