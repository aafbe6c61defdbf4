// The hardening suite: every public entry point that takes data, driven by fast-check with
// arbitrary values and with mutated valid input. Each must return (never throw), leave its input as
// it was, and give the same answer for the same input and date. PSEA_FUZZ_RUNS sets the runs per
// entry point and kind of input (CI: the default; 10,000 or more for a thorough run).
import { isDeepStrictEqual } from "node:util";
import { applyEvent, exampleCase, exampleCaseOpening, openCase, replay, restoreCase, restoreCaseState, serializeCase } from "@psea/cases";
import { evaluate } from "@psea/core";
import { allRules } from "@psea/core/rules";
import { createParameterSet } from "@psea/core/parameters";
import { assessCadence, cadenceSchedule } from "@psea/core/cadences";
import { generateMission, mutateJson } from "@psea/fixtures";
import { collectIdentityValues, maskIdentityValues, redactIdentities } from "@psea/reports";
import { evaluateRisk, parseRiskDataset, resolveRiskScale } from "@psea/risk";
import { complianceReport } from "@psea/training";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const RUNS = Number(process.env["PSEA_FUZZ_RUNS"] ?? 60);
// A thorough run takes as long as it takes: up to ~100 ms a case (evaluating or masking a mutated
// mission twice, on a busy 2-core machine), so each property gets 200 ms a run, never less than the default.
const PROPERTY_TIMEOUT = Math.max(120_000, RUNS * 200);
const AS_OF = "2019-06-30";

const dataset = generateMission({ seed: 2018, personnel: 40, asOf: AS_OF, violations: "some" });
const overlay = {
  newsletterPeriod: [{ value: "P1M", effectiveFrom: "2019-01-01", citation: { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 1, expected result (vi)" } }],
};
const stored = (() => {
  const s = serializeCase({ caseId: "A-1", version: 7, state: exampleCase("investigating") });
  if (!s.ok) throw new Error("the example case did not serialize");
  return JSON.parse(JSON.stringify(s.snapshot)) as unknown;
})();
const log = [
  { caseId: "A-1", seq: 1, event: { type: "case-opened", input: exampleCaseOpening() } },
  { caseId: "A-1", seq: 2, event: { type: "REGISTERED", at: "2018-06-02" } },
  { caseId: "A-1", seq: 3, event: { type: "HEADQUARTERS_NOTIFIED", at: "2018-06-03" } },
];
const opened = openCase(exampleCaseOpening());
if (!opened.ok) throw new Error("the example opening did not open");

interface EntryPoint {
  readonly name: string;
  /** A valid input, to be mutated. */
  readonly valid: unknown;
  readonly call: (input: unknown) => unknown;
}

const entryPoints: EntryPoint[] = [
  { name: "evaluate (core rules)", valid: dataset, call: (i) => evaluate(allRules, i, { asOf: AS_OF }) },
  { name: "evaluate (parameters option)", valid: overlay, call: (i) => evaluate(allRules, dataset, { asOf: AS_OF, parameters: i }) },
  { name: "createParameterSet", valid: overlay, call: (i) => createParameterSet(i) },
  { name: "cadenceSchedule", valid: ["P1M", "2018-01-31", AS_OF], call: (i) => (Array.isArray(i) ? cadenceSchedule(i[0], i[1], i[2]) : cadenceSchedule(i, i, i)) },
  {
    name: "assessCadence",
    valid: { occurrences: [{ cadenceId: "radio", on: "2018-01-03", languages: ["fr"] }], options: { start: "2018-01-01", asOf: "2018-03-01", period: "P1W", languages: ["fr"] } },
    call: (i) => assessCadence({ id: "radio" }, (i as { occurrences?: unknown } | null)?.occurrences, (i as { options?: unknown } | null)?.options),
  },
  { name: "openCase", valid: exampleCaseOpening(), call: (i) => openCase(i) },
  { name: "applyEvent (event)", valid: { type: "REGISTERED", at: "2018-06-02" }, call: (i) => applyEvent(opened.state, i) },
  { name: "applyEvent (state)", valid: exampleCase("registered"), call: (i) => applyEvent(i as never, { type: "HEADQUARTERS_NOTIFIED", at: "2018-06-03" }) },
  { name: "replay", valid: log, call: (i) => replay(i) },
  { name: "restoreCase", valid: stored, call: (i) => restoreCase(i) },
  { name: "restoreCaseState", valid: stored, call: (i) => restoreCaseState(i) },
  { name: "parseRiskDataset", valid: dataset, call: (i) => parseRiskDataset(i) },
  { name: "evaluateRisk", valid: dataset, call: (i) => evaluateRisk(i, { asOf: AS_OF }) },
  { name: "resolveRiskScale", valid: {}, call: (i) => resolveRiskScale(AS_OF, i) },
  { name: "complianceReport", valid: (dataset as { personnel: unknown }).personnel, call: (i) => complianceReport(i, { asOf: AS_OF }) },
  { name: "maskIdentityValues", valid: dataset, call: (i) => maskIdentityValues({ message: "x", i }, i) },
  { name: "redactIdentities / collectIdentityValues", valid: dataset, call: (i) => [redactIdentities(i), collectIdentityValues(i)] },
];

// Arbitrary values, JSON-like (what a parsed file gives) and not (what a host's code can pass).
const arbitrary = fc.oneof(fc.jsonValue({ maxDepth: 6 }), fc.anything({ maxDepth: 4, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }));
// A valid input with one value somewhere replaced, by anything.
const mutated = (valid: unknown) => fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), arbitrary).map(([path, replacement]) => mutateJson(valid, path, replacement));

// node's isDeepStrictEqual is fast, but on Node 20 it calls two invalid dates unequal, so an
// untouched `new Date(NaN)` would read as a change: vitest's strict equality, slower, settles a "no".
function expectSame(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toStrictEqual(expected);
}

function holds(entry: EntryPoint, input: unknown): void {
  const copy = structuredClone(input);
  let first: unknown;
  let second: unknown;
  expect(() => {
    first = entry.call(input);
  }).not.toThrow();
  // Never mutates: the input is as it was, deeply.
  expectSame(input, copy);
  // Deterministic: the same input (another copy of it) gives the same answer.
  expect(() => {
    second = entry.call(copy);
  }).not.toThrow();
  expectSame(first, second);
}

describe(`hardening: every entry point that takes data (${RUNS} runs each, PSEA_FUZZ_RUNS)`, () => {
  for (const entry of entryPoints) {
    it(`${entry.name}: arbitrary input`, () => {
      fc.assert(fc.property(arbitrary, (input) => holds(entry, input)), { numRuns: RUNS });
    }, PROPERTY_TIMEOUT);
    it(`${entry.name}: mutated valid input`, () => {
      fc.assert(fc.property(mutated(entry.valid), (input) => holds(entry, input)), { numRuns: RUNS });
    }, PROPERTY_TIMEOUT);
  }
});

// 100,000 levels: deeper than any recursive walk survives, so every entry point must refuse it
// (or read it without recursing), never overflow the stack.
function deep(levels: number, leaf: unknown = "x"): unknown {
  let v: unknown = leaf;
  for (let i = 0; i < levels; i++) v = i % 2 === 0 ? { a: v } : [v];
  return v;
}

describe("hardening: deep nesting (100,000 levels) and huge inputs", () => {
  const nested = deep(100_000, { identity: { name: "CANARY Deep Name" } });

  it.each(entryPoints.map((e) => [e.name, e] as const))("%s returns on 100,000 levels of nesting", (_name, entry) => {
    expect(() => entry.call(nested)).not.toThrow();
    expect(() => entry.call(mutateJson(entry.valid, [0, 0], nested))).not.toThrow();
    expect(() => entry.call(mutateJson(entry.valid, [1, 2, 3], nested))).not.toThrow();
  });

  it("refuses a stored case nested too deep with a typed issue", () => {
    const r = restoreCase({ schemaVersion: 2, caseId: "A-1", version: 1, state: { value: "intake", context: { deep: nested } } });
    expect(r).toMatchObject({ ok: false, issues: [{ code: "too-deep" }] });
  });

  it("masks an identity however deep the source holds it", () => {
    expect(maskIdentityValues("seen: CANARY Deep Name", nested)).toBe("seen: [redacted]");
  });

  it("lists a bounded number of issues for an input with a hundred thousand errors", () => {
    const r = evaluate(allRules, { ...dataset, personnel: Array.from({ length: 100_000 }, () => 0) }, { asOf: AS_OF });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.length).toBe(1001);
      expect(r.issues.at(-1)).toMatchObject({ code: "too-many-issues" });
    }
  });

  it("reads a JSON text of 100,000 nested arrays as an issue", () => {
    const text = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(() => restoreCase(text)).not.toThrow();
    expect(restoreCase(text).ok).toBe(false);
  });
});
