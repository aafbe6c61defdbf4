import { z } from "zod";
import { createParameterSet, defaultParameterSet, resolveParameter, type ParameterError, type ParameterSet } from "../parameters/parameter-set";
import type { ParameterId } from "../parameters/catalogue";
import type { ParameterUse } from "../parameters/types";
import { normalizeAsOf } from "../time/iso-date";
import { checkReferences } from "../vocabulary/dataset";
import type { AnyRuleException, ExceptionMatch } from "./define-exception";
import type { AnyRule, ParametersOn } from "./define-rule";
import { severityOrder, type Conflict, type Finding } from "./finding";
import { ParameterInconsistency } from "./parameter-inconsistency";
import type { RuleSet } from "./rule-set";

import { inputIssuesFromZod, type InputIssue } from "./input-issues";
import { InputLimitError } from "./input-limit";
import { withEvaluationScope } from "./evaluation-scope";

/**
 * A rule that could not run, with the reason. Other rules still run.
 *
 * @category Engine
 * @example
 * const isParameterNotInForce = (ruleError: RuleError) => ruleError.code === "parameter-not-in-force";
 */
export type RuleError =
  | (ParameterError & { readonly ruleId: string })
  | { readonly code: "parameter-inconsistent"; readonly ruleId: string; readonly parameterIds: readonly string[]; readonly message: string }
  | { readonly code: "rule-failed"; readonly ruleId: string; readonly message: string };

/**
 * Counts of findings by severity.
 *
 * @category Engine
 * @example
 * import { allRules } from "@psea/core/rules";
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const result = evaluate(allRules, { mission }, { asOf: "2019-01-01" });
 * const summary: FindingSummary | undefined = result.ok ? result.summary : undefined;
 * summary; // { rulesEvaluated: 68, violations: 24, warnings: 1, notices: 10 }
 */
export interface FindingSummary {
  readonly rulesEvaluated: number;
  readonly violations: number;
  readonly warnings: number;
  readonly notices: number;
}

/**
 * The result of {@link evaluate}: either the input was invalid (with every issue), or the rules ran.
 *
 * @category Engine
 * @example
 * import { allRules } from "@psea/core/rules";
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const result: EvaluationResult = evaluate(allRules, { mission }, { asOf: "2019-01-01" });
 * result.ok && result.summary.rulesEvaluated; // 68
 */
export type EvaluationResult =
  | { readonly ok: false; readonly issues: readonly InputIssue[] }
  | {
      readonly ok: true;
      readonly asOf: string;
      readonly findings: readonly Finding[];
      readonly conflicts: readonly Conflict[];
      readonly ruleErrors: readonly RuleError[];
      readonly summary: FindingSummary;
    };

/**
 * Options of {@link evaluate}.
 *
 * @category Engine
 * @example
 * import { allRules } from "@psea/core/rules";
 * const options: EvaluateOptions = { asOf: "2019-01-01" };
 * evaluate(allRules, {}, options).ok; // false
 */
export interface EvaluateOptions {
  /** The date of the check, as `YYYY-MM-DD` or a Date. Required: rules never read the clock. */
  readonly asOf: string | Date;
  /** A host's parameter overlay (validated) or a parameter set built with `createParameterSet`. */
  readonly parameters?: unknown;
}

/**
 * The schema of the dataset sections a rule set reads, with the cross-reference check.
 *
 * @category Engine
 * @example
 * import { allRules } from "@psea/core/rules";
 * inputSchemaFor(allRules).safeParse({}).success; // false
 */
export function inputSchemaFor(set: RuleSet) {
  const shape: Record<string, z.ZodType> = {};
  for (const r of [...set.rules, ...set.exceptions]) Object.assign(shape, r.reads.shape);
  return z.object(shape).superRefine(checkReferences);
}

const schemaCache = new WeakMap<RuleSet, ReturnType<typeof inputSchemaFor>>();


function isParameterSet(value: unknown): value is ParameterSet {
  return typeof value === "object" && value !== null && "overlay" in value && Object.keys(value).length === 1;
}

/** Resolves the parameters a rule or an exception declares, as of `asOf`, with their uses for the explanation. */
function resolveAll(
  ids: readonly ParameterId[],
  params: ParameterSet,
  asOf: string,
): { ok: true; values: Record<string, unknown>; uses: ParameterUse[] } | { ok: false; error: ParameterError } {
  const values: Record<string, unknown> = {};
  const uses: ParameterUse[] = [];
  for (const id of ids) {
    const r = resolveParameter(params, id, asOf);
    if (!r.ok) return { ok: false, error: r.error };
    values[id] = r.value;
    uses.push(r.use);
  }
  return { ok: true, values, uses };
}

function runRule(rule: AnyRule, data: unknown, asOf: string, params: ParameterSet): { findings: Finding[]; errors: RuleError[]; limit?: InputIssue } {
  const resolved = resolveAll(rule.parameters as readonly ParameterId[], params, asOf);
  if (!resolved.ok) return { findings: [], errors: [{ ...resolved.error, ruleId: rule.id }] };
  const { values, uses } = resolved;
  const onErrors: RuleError[] = [];
  // Parameters on another date (a record's own date): one not in force there, or not declared, is a rule error, once each.
  const paramsOn = (on: string, ids: readonly ParameterId[]): ParametersOn<ParameterId> | undefined => {
    const onValues: Record<string, unknown> = {};
    const onUses: ParameterUse[] = [];
    for (const id of ids) {
      if (!(rule.parameters as readonly string[]).includes(id)) {
        // Only declared parameters are resolved, so that the rule's explanation lists everything it may use.
        if (!onErrors.some((e) => e.code === "unknown-parameter" && e.parameterId === id)) {
          onErrors.push({ code: "unknown-parameter", parameterId: id, message: `'${id}' is not declared by the rule`, ruleId: rule.id });
        }
        return undefined;
      }
      const r = resolveParameter(params, id, on);
      if (!r.ok) {
        if (!onErrors.some((e) => e.code === r.error.code && e.parameterId === id && "asOf" in e && e.asOf === on)) onErrors.push({ ...r.error, ruleId: rule.id });
        return undefined;
      }
      onValues[id] = r.value;
      onUses.push(r.use);
    }
    return { values: onValues as ParametersOn<ParameterId>["values"], uses: onUses };
  };
  const sameUse = (a: ParameterUse, b: ParameterUse) => a.id === b.id && a.effectiveFrom === b.effectiveFrom && a.layer === b.layer;
  try {
    const findings: Finding[] = [];
    for (const d of rule.evaluate(data, { asOf, params: values, paramsOn })) {
      const extra = (d.parameters ?? []).filter((u, i, all) => !uses.some((v) => sameUse(u, v)) && all.findIndex((v) => sameUse(u, v)) === i);
      findings.push({
        ruleId: rule.id,
        obligationIds: rule.obligations,
        severity: d.severity ?? rule.severity,
        citation: rule.citation,
        subject: d.subject,
        path: d.path,
        message: d.message,
        concern: d.concern ?? rule.id,
        explanation: { facts: d.facts ?? {}, parameters: extra.length > 0 ? [...uses, ...extra] : uses },
      });
    }
    return { findings, errors: onErrors };
  } catch (e) {
    if (e instanceof InputLimitError) return { findings: [], errors: onErrors, limit: e.issue };
    if (e instanceof ParameterInconsistency) {
      return { findings: [], errors: [...onErrors, { code: "parameter-inconsistent", ruleId: rule.id, parameterIds: e.parameterIds, message: e.message }] };
    }
    // The error's own message may quote the data the rule was reading: it is not passed on.
    return { findings: [], errors: [...onErrors, { code: "rule-failed", ruleId: rule.id, message: "the rule failed on this input and reported nothing" }] };
  }
}

/**
 * Lowers the findings a declared exception matches. An exception whose parameters are not in force,
 * or whose match fails, lowers nothing and is reported as a rule error: the finding stands.
 */
function applyExceptions(set: RuleSet, findings: Finding[], data: unknown, asOf: string, params: ParameterSet, errors: RuleError[]): Finding[] {
  if (set.exceptions.length === 0) return findings;
  const ready: { ex: AnyRuleException; ctx: { asOf: string; params: Record<string, unknown> }; uses: ParameterUse[] }[] = [];
  for (const ex of set.exceptions) {
    const resolved = resolveAll(ex.parameters as readonly ParameterId[], params, asOf);
    if (!resolved.ok) errors.push({ ...resolved.error, ruleId: ex.id });
    else ready.push({ ex, ctx: { asOf, params: resolved.values }, uses: resolved.uses });
  }
  const failed = new Set<string>();
  return findings.map((f) => {
    for (const { ex, ctx, uses } of ready) {
      if (ex.overrides !== f.ruleId || failed.has(ex.id)) continue;
      let m: ExceptionMatch | undefined;
      try {
        m = ex.match(f, data, ctx);
      } catch {
        failed.add(ex.id);
        // As for a rule, the thrown message may quote the data: it is not passed on.
        errors.push({ code: "rule-failed", ruleId: ex.id, message: "the exception failed on this input and lowered nothing" });
        continue;
      }
      if (!m) continue;
      return {
        ...f,
        severity: ex.lowersTo,
        explanation: {
          ...f.explanation,
          parameters: [...f.explanation.parameters, ...uses],
          exception: { exceptionId: ex.id, obligationId: ex.obligation, citation: ex.citation, originalSeverity: f.severity, ...m },
        },
      };
    }
    return f;
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const keyOf = (f: Finding) => `${f.subject.kind}\u0000${f.subject.id}\u0000${f.concern}`;

function applySupersession(set: RuleSet, findings: Finding[]): Finding[] {
  const superseding = set.rules.filter((r) => r.supersedes.length > 0);
  if (superseding.length === 0) return findings;
  const dropped = new Set<Finding>();
  const replaced = new Map<Finding, Finding>();
  const byKey = groupBy(findings, keyOf);
  for (const group of byKey.values()) {
    for (const winner of group) {
      const rule = superseding.find((r) => r.id === winner.ruleId);
      if (!rule) continue;
      const losers = group.filter((f) => rule.supersedes.includes(f.ruleId));
      if (losers.length === 0) continue;
      losers.forEach((l) => dropped.add(l));
      replaced.set(winner, {
        ...winner,
        explanation: {
          ...winner.explanation,
          supersedes: losers.map((l) => ({ ruleId: l.ruleId, severity: l.severity, citation: l.citation })),
        },
      });
    }
  }
  return findings.filter((f) => !dropped.has(f)).map((f) => replaced.get(f) ?? f);
}

function detectConflicts(findings: readonly Finding[]): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const group of groupBy(findings, keyOf).values()) {
    const rules = new Map<string, Finding>();
    for (const f of group) if (!f.explanation.exception) rules.set(f.ruleId, f);
    const severities = new Set([...rules.values()].map((f) => f.severity));
    if (rules.size < 2 || severities.size < 2) continue;
    const first = group[0]!;
    conflicts.push({
      subject: first.subject,
      concern: first.concern,
      findings: [...rules.values()].map((f) => ({ ruleId: f.ruleId, severity: f.severity })),
      message: `rules ${[...rules.keys()].join(", ")} judge '${first.concern}' differently and no exception or supersession is declared between them`,
    });
  }
  return conflicts;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity) ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.subject.kind.localeCompare(b.subject.kind) ||
    a.subject.id.localeCompare(b.subject.id) ||
    a.path.join(".").localeCompare(b.path.join("."))
  );
}

/**
 * Checks `input` (anything: it is parsed first) against a rule set as of a date. Never throws on
 * data and never mutates `input`. Findings are sorted: violations first, then by rule and subject.
 *
 * @category Engine
 * @example
 * import { allRules } from "@psea/core/rules";
 * const r = evaluate(allRules, { mission: { id: "M" } }, { asOf: "2019-01-01" });
 * r.ok; // false
 * !r.ok && r.issues[0]?.path; // ["mission", "name"]
 */
export function evaluate(set: RuleSet, input: unknown, options: EvaluateOptions): EvaluationResult {
  const ready = readyOptions(options);
  if (!ready.ok) return ready;
  let schema = schemaCache.get(set);
  if (!schema) schemaCache.set(set, (schema = inputSchemaFor(set)));
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: inputIssuesFromZod(parsed.error) };
  return runRules(set, parsed.data, ready.asOf, ready.params);
}

/** The date and parameter set of an evaluation, or the issues with them. */
function readyOptions(options: EvaluateOptions): { ok: true; asOf: string; params: ParameterSet } | { ok: false; issues: InputIssue[] } {
  const asOf = normalizeAsOf(options?.asOf);
  if (!asOf) return { ok: false, issues: [{ path: ["asOf"], code: "invalid-as-of", message: "asOf must be a YYYY-MM-DD date or a valid Date" }] };
  let params: ParameterSet = defaultParameterSet;
  if (isParameterSet(options.parameters)) params = options.parameters;
  else if (options.parameters !== undefined) {
    const p = createParameterSet(options.parameters);
    if (!p.ok) return { ok: false, issues: p.issues.map((i) => ({ path: ["parameters", ...i.path], code: i.code, message: i.message })) };
    params = p.value;
  }
  return { ok: true, asOf, params };
}

/** Runs every rule over data parsed by the rule set's schema, sharing one set of indexes (`sharedIndex`). */
function runRules(set: RuleSet, data: unknown, asOf: string, params: ParameterSet): EvaluationResult {
  return withEvaluationScope(() => {
    const ruleErrors: RuleError[] = [];
    const limits = new Map<string, InputIssue>();
    let findings: Finding[] = [];
    for (const rule of set.rules) {
      const r = runRule(rule, data, asOf, params);
      for (const f of r.findings) findings.push(f);
      for (const e of r.errors) ruleErrors.push(e);
      if (r.limit) limits.set(JSON.stringify([r.limit.path, r.limit.code]), r.limit);
    }
    // Input the rules could not check within the kit's bounds is an input issue, like any other.
    if (limits.size > 0) return { ok: false, issues: [...limits.values()] };
    findings = applySupersession(set, applyExceptions(set, findings, data, asOf, params, ruleErrors));
    findings.sort(compareFindings);
    const conflicts = detectConflicts(findings);
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    return {
      ok: true,
      asOf,
      findings,
      conflicts,
      ruleErrors,
      summary: { rulesEvaluated: set.rules.length, violations: count("violation"), warnings: count("warning"), notices: count("notice") },
    };
  });
}

declare const parsedDatasetBrand: unique symbol;

/**
 * A dataset parsed once by {@link parseDataset}: its sections, with defaults filled in, that
 * {@link evaluateParsed} checks without validating them again. Treat it as read-only.
 *
 * @category Engine
 * @example
 * import { allRules } from "@psea/core/rules";
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const parsed = parseDataset(allRules, { mission });
 * const value: ParsedDataset | undefined = parsed.ok ? parsed.value : undefined;
 * value?.personnel; // []
 */
export type ParsedDataset = { readonly [section: string]: unknown } & { readonly [parsedDatasetBrand]: true };

/**
 * The result of {@link parseDataset}: the parsed dataset, or every issue with its path and code.
 *
 * @category Engine
 * @example
 * import { allRules } from "@psea/core/rules";
 * const r: ParseDatasetResult = parseDataset(allRules, {});
 * r.ok; // false
 */
export type ParseDatasetResult = { readonly ok: true; readonly value: ParsedDataset } | { readonly ok: false; readonly issues: readonly InputIssue[] };

/**
 * Options of {@link parseDataset}: sections to validate besides those the rule set reads, and a
 * check of the whole document after the sections parse (the engine's cross-reference check always runs).
 *
 * @category Engine
 * @example
 * import { MissionDatasetShape } from "@psea/core";
 * const options: ParseDatasetOptions = { sections: MissionDatasetShape.shape };
 */
export interface ParseDatasetOptions {
  /** Section schemas, by name. A section a rule also reads must be the very schema the rule reads. */
  readonly sections?: Readonly<Record<string, z.ZodType>>;
  /** Extra checks of the parsed document, reported like zod refinements (`ctx.addIssue`). */
  readonly refine?: (data: Record<string, unknown>, ctx: z.core.$RefinementCtx<Record<string, unknown>>) => void;
}

// The section schemas each parsed dataset was validated with, so that evaluateParsed can tell that a
// value came from parseDataset and covers what a rule set reads.
const parsedWith = new WeakMap<object, Readonly<Record<string, z.ZodType>>>();

/**
 * Parses a dataset once, for {@link evaluateParsed}: every section the rule set reads, plus
 * `options.sections`, through one composed schema with the cross-reference check (and
 * `options.refine`). As strict as {@link evaluate}'s own parse; never throws on data and never
 * mutates `input`. Throws only when `options.sections` gives a section a different schema than
 * a rule reads it with (a programming error).
 *
 * @category Engine
 * @example
 * import { allRules } from "@psea/core/rules";
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * parseDataset(allRules, { mission }).ok; // true
 * const bad = parseDataset(allRules, { mission, personnel: [{ id: 7 }] });
 * !bad.ok && bad.issues[0]?.path; // ["personnel", 0, "id"]
 */
export function parseDataset(set: RuleSet, input: unknown, options: ParseDatasetOptions = {}): ParseDatasetResult {
  const shape: Record<string, z.ZodType> = { ...options.sections };
  for (const r of [...set.rules, ...set.exceptions]) {
    for (const [section, schema] of Object.entries(r.reads.shape as Record<string, z.ZodType>)) {
      if (shape[section] !== undefined && shape[section] !== schema && options.sections?.[section] === shape[section]) {
        throw new Error(`parseDataset: section '${section}' is given another schema than rule '${r.id}' reads it with`);
      }
      shape[section] = schema;
    }
  }
  const refine = options.refine;
  const schema = z.object(shape).superRefine((data, ctx) => {
    checkReferences(data, ctx);
    refine?.(data, ctx);
  });
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: inputIssuesFromZod(parsed.error) };
  parsedWith.set(parsed.data, shape);
  return { ok: true, value: parsed.data as ParsedDataset };
}

/**
 * {@link evaluate} for a dataset already parsed by {@link parseDataset}: the rules run on it
 * without a second validation. A value that did not come from `parseDataset`, or that was parsed
 * without a section this rule set reads (or with another schema for it), is parsed again, as
 * `evaluate` would: this entry point is never less strict than `evaluate`.
 *
 * @category Engine
 * @example
 * import { allRules } from "@psea/core/rules";
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const parsed = parseDataset(allRules, { mission });
 * const r = parsed.ok ? evaluateParsed(allRules, parsed.value, { asOf: "2019-01-01" }) : undefined;
 * r?.ok && r.findings.length > 0; // true
 */
export function evaluateParsed(set: RuleSet, dataset: ParsedDataset, options: EvaluateOptions): EvaluationResult {
  const shape = parsedWith.get(dataset);
  const covers =
    shape !== undefined &&
    [...set.rules, ...set.exceptions].every((r) => Object.entries(r.reads.shape as Record<string, z.ZodType>).every(([section, schema]) => shape[section] === schema));
  if (!covers) return evaluate(set, dataset, options);
  const ready = readyOptions(options);
  if (!ready.ok) return ready;
  return runRules(set, dataset, ready.asOf, ready.params);
}
