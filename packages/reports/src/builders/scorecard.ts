import { combineRuleSets, evaluate, formatCitation, severityOrder, type Finding, type InputIssue, type RuleSet, type Severity, type SourceDocument } from "@psea/core";
import { allRules } from "@psea/core/rules";
import { riskRules } from "@psea/risk";
import { trainingRules } from "@psea/training";
import type { ReportBuildOptions, ReportBuildResult, ReportKind, ReportSection } from "../model/report-document";
import { barChart } from "./charts";
import { buildContext, reportIssue } from "./issues";

/**
 * Every rule the kit ships: the core's bulletin, DPKO guidelines, action-plan and cadence rules,
 * `@psea/training`'s and `@psea/risk`'s. The scorecard checks against it unless told otherwise.
 *
 * @category Report builders
 * @example
 * kitRules.rules.length > 30; // true
 */
export const kitRules: RuleSet = combineRuleSets("psea", "PSEA Policy Kit rules", [allRules, trainingRules, riskRules]);

/**
 * An obligation's status: `findings` when a violation or warning stands, `met` when its rules ran
 * and found none, `not-assessed` when no rule of the set could judge it.
 *
 * @category Report builders
 * @example
 * const s: ObligationStatus = "met";
 */
export type ObligationStatus = "met" | "findings" | "not-assessed";

/**
 * Counts of findings by severity.
 *
 * @category Report builders
 * @example
 * const c: SeverityCounts = { violation: 1, warning: 0, notice: 2 };
 */
export type SeverityCounts = Readonly<Record<Severity, number>>;

/**
 * One line of the scorecard: an obligation id with its status, its findings by severity, the
 * citations of the rules that found them, and the missed occurrences of its cadences.
 *
 * @category Report builders
 * @example
 * const l: ScorecardLine = { id: "AP-P1", status: "findings", rules: 3, counts: { violation: 2, warning: 0, notice: 0 },
 *   citations: ["MINUSCA-AP-2018-2019, Prevention goal 1, activity (h)"], missedCadenceOccurrences: 2 };
 */
export interface ScorecardLine {
  readonly id: string;
  readonly status: ObligationStatus;
  /** How many rules of the set encode it. */
  readonly rules: number;
  readonly counts: SeverityCounts;
  readonly citations: readonly string[];
  readonly missedCadenceOccurrences: number;
}

/**
 * A cadence's missed periods: each one is a window in which no occurrence was held.
 *
 * @category Report builders
 * @example
 * const m: MissedCadence = { cadenceId: "ap.p1.radio-broadcast", ruleId: "cadence.ap.p1.radio-broadcast", obligations: ["AP-P1"], missed: 2, lastMissedFrom: "2018-06-04" };
 */
export interface MissedCadence {
  readonly cadenceId: string;
  readonly ruleId: string;
  readonly obligations: readonly string[];
  readonly missed: number;
  readonly lastMissedFrom: string | null;
}

/**
 * How an obligation moved between the earlier and the later as-of date.
 *
 * @category Report builders
 * @example
 * const c: ScorecardChange = { id: "AP-P1", before: "met", after: "findings", violationsBefore: 0, violationsAfter: 2, newFindings: 2, resolvedFindings: 0 };
 */
export interface ScorecardChange {
  readonly id: string;
  readonly before: ObligationStatus;
  readonly after: ObligationStatus;
  readonly violationsBefore: number;
  readonly violationsAfter: number;
  readonly newFindings: number;
  readonly resolvedFindings: number;
}

/**
 * The compliance scorecard: per obligation id and per source document, a status, findings by
 * severity with citations, and missed cadence occurrences; with `compareWith`, the change since an
 * earlier as-of date. It carries counts, rule ids and citations only: no finding message or subject.
 *
 * @category Report builders
 * @example
 * const r: Pick<ComplianceScorecard, "kind"> = { kind: "scorecard" };
 */
export interface ComplianceScorecard {
  readonly kind: "scorecard";
  readonly asOf: string;
  readonly ruleSet: string;
  readonly totals: SeverityCounts & { readonly rulesEvaluated: number; readonly ruleErrors: number };
  readonly obligations: readonly ScorecardLine[];
  readonly documents: readonly { readonly document: SourceDocument; readonly status: ObligationStatus; readonly obligations: number; readonly counts: SeverityCounts }[];
  readonly cadences: readonly MissedCadence[];
  readonly change: { readonly from: string; readonly to: string; readonly obligations: readonly ScorecardChange[]; readonly newFindings: number; readonly resolvedFindings: number } | null;
}

/**
 * Options of {@link buildComplianceScorecard}.
 *
 * @category Report builders
 * @example
 * const o: ScorecardOptions = { asOf: "2019-06-30", compareWith: "2018-12-31" };
 */
export interface ScorecardOptions extends ReportBuildOptions {
  /** An earlier as-of date to show the change from. */
  readonly compareWith?: string | Date;
  /** The rules to check against; {@link kitRules} by default. */
  readonly ruleSet?: RuleSet;
  /** Obligation ids to list even when no rule encodes them (they show as `not-assessed`). */
  readonly obligations?: readonly string[];
}

const zero = (): Record<Severity, number> => ({ violation: 0, warning: 0, notice: 0 });
const findingKey = (f: Finding) => `${f.ruleId}\u0000${f.subject.kind}\u0000${f.subject.id}\u0000${f.path.join(".")}\u0000${JSON.stringify(f.explanation.facts["from"] ?? null)}`;

function score(set: RuleSet, findings: readonly Finding[], erroredRules: ReadonlySet<string>, extra: readonly string[]) {
  const byObligation = new Map<string, { rules: number; failed: number; counts: Record<Severity, number>; citations: Set<string>; missed: number }>();
  const line = (id: string) => {
    let l = byObligation.get(id);
    if (!l) byObligation.set(id, (l = { rules: 0, failed: 0, counts: zero(), citations: new Set(), missed: 0 }));
    return l;
  };
  for (const r of set.rules) {
    for (const o of r.obligations) {
      const l = line(o);
      l.rules += 1;
      if (erroredRules.has(r.id)) l.failed += 1;
    }
  }
  for (const id of extra) line(id);
  for (const f of findings) {
    for (const o of f.obligationIds) {
      const l = line(o);
      l.counts[f.severity] += 1;
      if (f.severity !== "notice") l.citations.add(formatCitation(f.citation));
      if (f.subject.kind === "cadence" && f.ruleId.startsWith("cadence.") && f.severity === "violation") l.missed += 1;
    }
  }
  const lines: ScorecardLine[] = [...byObligation.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, l]) => ({
      id,
      status: l.counts.violation + l.counts.warning > 0 ? "findings" : l.rules === 0 || l.failed === l.rules ? "not-assessed" : "met",
      rules: l.rules,
      counts: l.counts,
      citations: [...l.citations].sort(),
      missedCadenceOccurrences: l.missed,
    }));
  return lines;
}

function documents(set: RuleSet, lines: readonly ScorecardLine[]): ComplianceScorecard["documents"] {
  const docOf = new Map<string, Set<SourceDocument>>();
  for (const r of set.rules) for (const o of r.obligations) (docOf.get(o) ?? docOf.set(o, new Set()).get(o)!).add(r.citation.document);
  const byDoc = new Map<SourceDocument, ScorecardLine[]>();
  for (const l of lines) for (const d of docOf.get(l.id) ?? []) (byDoc.get(d) ?? byDoc.set(d, []).get(d)!).push(l);
  return [...byDoc.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([document, ls]) => {
      const counts = zero();
      for (const l of ls) for (const s of severityOrder) counts[s] += l.counts[s];
      const status: ObligationStatus = ls.some((l) => l.status === "findings") ? "findings" : ls.every((l) => l.status === "not-assessed") ? "not-assessed" : "met";
      return { document, status, obligations: ls.length, counts };
    });
}

function cadences(set: RuleSet, findings: readonly Finding[]): MissedCadence[] {
  return set.rules
    .filter((r) => r.id.startsWith("cadence."))
    .map((r) => {
      const missed = findings.filter((f) => f.ruleId === r.id && f.severity === "violation" && f.subject.kind === "cadence");
      const froms = missed.map((f) => f.explanation.facts["from"]).filter((v): v is string => typeof v === "string").sort();
      return { cadenceId: r.id.slice("cadence.".length), ruleId: r.id, obligations: [...r.obligations], missed: missed.length, lastMissedFrom: froms.at(-1) ?? null };
    });
}

/**
 * Builds the compliance scorecard of a dataset as of a date, by running the rules (the engine
 * parses the input once and reports every input issue with its path and code).
 *
 * @category Report builders
 * @example
 * const r = buildComplianceScorecard({ mission: { id: "M" } }, { asOf: "2019-06-30" });
 * r.ok; // false
 * !r.ok && r.issues[0]?.path; // ["mission", "name"]
 */
export function buildComplianceScorecard(input: unknown, options: ScorecardOptions): ReportBuildResult<ComplianceScorecard> {
  const ctx = buildContext(options);
  const o = (typeof options === "object" && options !== null ? options : {}) as Partial<ScorecardOptions>;
  const issues: InputIssue[] = ctx.ok ? [] : [...ctx.issues];
  const compare = o.compareWith === undefined ? undefined : buildContext({ asOf: o.compareWith, parameters: o.parameters });
  if (compare && !compare.ok) issues.push(reportIssue(["compareWith"], "invalid-as-of"));
  if (!ctx.ok || issues.length > 0) return { ok: false, issues };
  const set = o.ruleSet ?? kitRules;
  const extra = Array.isArray(o.obligations) ? o.obligations.filter((x): x is string => typeof x === "string") : [];
  const run = (asOf: string) => evaluate(set, input, { asOf, parameters: ctx.value.params });
  const now = run(ctx.value.asOf);
  // Input issues come from the engine, which parses the dataset; their messages are rebuilt from codes.
  if (!now.ok) return { ok: false, issues: now.issues.map((i) => reportIssue(i.path, i.code)) };
  const errored = new Set(now.ruleErrors.map((e) => e.ruleId));
  const lines = score(set, now.findings, errored, extra);

  let change: ComplianceScorecard["change"] = null;
  if (compare?.ok) {
    const before = run(compare.value.asOf);
    if (before.ok) {
      const earlier = score(set, before.findings, new Set(before.ruleErrors.map((e) => e.ruleId)), extra);
      const beforeKeys = new Set(before.findings.filter((f) => f.severity !== "notice").map(findingKey));
      const nowKeys = new Set(now.findings.filter((f) => f.severity !== "notice").map(findingKey));
      const per = (fs: readonly Finding[], keys: ReadonlySet<string>, id: string) => fs.filter((f) => f.severity !== "notice" && f.obligationIds.includes(id as never) && !keys.has(findingKey(f))).length;
      change = {
        from: compare.value.asOf,
        to: ctx.value.asOf,
        obligations: lines.map((l) => {
          const b = earlier.find((e) => e.id === l.id);
          return {
            id: l.id,
            before: b?.status ?? "not-assessed",
            after: l.status,
            violationsBefore: b?.counts.violation ?? 0,
            violationsAfter: l.counts.violation,
            newFindings: per(now.findings, beforeKeys, l.id),
            resolvedFindings: per(before.findings, nowKeys, l.id),
          };
        }),
        newFindings: [...nowKeys].filter((k) => !beforeKeys.has(k)).length,
        resolvedFindings: [...beforeKeys].filter((k) => !nowKeys.has(k)).length,
      };
    }
  }
  return {
    ok: true,
    report: {
      kind: "scorecard",
      asOf: now.asOf,
      ruleSet: set.id,
      totals: { violation: now.summary.violations, warning: now.summary.warnings, notice: now.summary.notices, rulesEvaluated: now.summary.rulesEvaluated, ruleErrors: now.ruleErrors.length },
      obligations: lines,
      documents: documents(set, lines),
      cadences: cadences(set, now.findings),
      change,
    },
  };
}

const STATUS_LABEL: Readonly<Record<ObligationStatus, string>> = { met: "Met", findings: "Findings", "not-assessed": "Not assessed" };

/**
 * Lays a scorecard out as sections: headline figures, findings by source document, the obligation
 * table, missed cadences, and the change since the earlier date.
 *
 * @category Report builders
 * @example
 * const r = { kind: "scorecard", asOf: "2019-06-30", ruleSet: "x", totals: { violation: 0, warning: 0, notice: 0, rulesEvaluated: 0, ruleErrors: 0 },
 *   obligations: [], documents: [], cadences: [], change: null } as const;
 * complianceScorecardSections(r)[0]?.figures[0]; // { label: "Obligations met", value: 0 }
 */
export function complianceScorecardSections(r: ComplianceScorecard): readonly ReportSection[] {
  const met = r.obligations.filter((l) => l.status === "met").length;
  const withFindings = r.obligations.filter((l) => l.status === "findings").length;
  const values = r.documents.flatMap((d) => severityOrder.map((s) => ({ document: d.document, severity: s, findings: d.counts[s] })));
  const sections: ReportSection[] = [
    {
      id: "scorecard.summary",
      title: `Compliance scorecard as of ${r.asOf}`,
      summary: "Status per obligation: findings where a violation or warning stands, met where its rules ran and found none, not assessed where no rule could judge it.",
      figures: [
        { label: "Obligations met", value: met },
        { label: "Obligations with findings", value: withFindings },
        { label: "Violations", value: r.totals.violation },
        { label: "Warnings", value: r.totals.warning },
        { label: "Missed cadence occurrences", value: r.cadences.reduce((a, c) => a + c.missed, 0) },
      ],
      charts: [
        barChart({
          id: "scorecard.chart.severity",
          title: "Findings by source document and severity",
          description: r.documents.length === 0 ? "No source document has findings." : r.documents.map((d) => `${d.document}: ${d.counts.violation} violations, ${d.counts.warning} warnings, ${d.counts.notice} notices`).join("; "),
          values,
          x: { field: "document", title: "Source document" },
          y: { field: "findings", title: "Findings" },
          color: { field: "severity", title: "Severity", sort: [...severityOrder] },
        }),
      ],
      tables: [
        {
          id: "scorecard.documents",
          title: "By source document",
          columns: [
            { key: "document", label: "Source document", kind: "text" },
            { key: "status", label: "Status", kind: "text" },
            { key: "obligations", label: "Obligations", kind: "count" },
            ...severityOrder.map((s) => ({ key: s, label: `${s[0]!.toUpperCase()}${s.slice(1)}s`, kind: "count" as const })),
          ],
          rows: r.documents.map((d) => ({ document: d.document, status: STATUS_LABEL[d.status], obligations: d.obligations, ...d.counts })),
        },
      ],
    },
    {
      id: "scorecard.obligations",
      title: "By obligation",
      figures: [],
      charts: [],
      tables: [
        {
          id: "scorecard.obligations",
          title: "Status per obligation",
          columns: [
            { key: "id", label: "Obligation", kind: "text" },
            { key: "status", label: "Status", kind: "text" },
            ...severityOrder.map((s) => ({ key: s, label: `${s[0]!.toUpperCase()}${s.slice(1)}s`, kind: "count" as const })),
            { key: "missed", label: "Missed cadence occurrences", kind: "count" },
            { key: "citations", label: "Citations", kind: "text" },
          ],
          rows: r.obligations.map((l) => ({ id: l.id, status: STATUS_LABEL[l.status], ...l.counts, missed: l.missedCadenceOccurrences, citations: l.citations.join("; ") })),
        },
        {
          id: "scorecard.cadences",
          title: "Cadences: missed occurrences",
          columns: [
            { key: "cadence", label: "Cadence", kind: "text" },
            { key: "obligations", label: "Obligations", kind: "text" },
            { key: "missed", label: "Missed periods", kind: "count" },
            { key: "last", label: "Last missed period from", kind: "date" },
          ],
          rows: r.cadences.map((c) => ({ cadence: c.cadenceId, obligations: c.obligations.join(", "), missed: c.missed, last: c.lastMissedFrom })),
        },
      ],
    },
  ];
  if (r.change) {
    const c = r.change;
    sections.push({
      id: "scorecard.change",
      title: `Change from ${c.from} to ${c.to}`,
      figures: [
        { label: "New findings", value: c.newFindings },
        { label: "Resolved findings", value: c.resolvedFindings },
      ],
      charts: [],
      tables: [
        {
          id: "scorecard.change",
          title: "Obligations whose standing changed",
          columns: [
            { key: "id", label: "Obligation", kind: "text" },
            { key: "before", label: `Status ${c.from}`, kind: "text" },
            { key: "after", label: `Status ${c.to}`, kind: "text" },
            { key: "violationsBefore", label: `Violations ${c.from}`, kind: "count" },
            { key: "violationsAfter", label: `Violations ${c.to}`, kind: "count" },
            { key: "newFindings", label: "New findings", kind: "count" },
            { key: "resolvedFindings", label: "Resolved", kind: "count" },
          ],
          rows: c.obligations
            .filter((x) => x.before !== x.after || x.newFindings > 0 || x.resolvedFindings > 0)
            .map((x) => ({ ...x, before: STATUS_LABEL[x.before], after: STATUS_LABEL[x.after] })),
        },
      ],
    });
  }
  return sections;
}

/**
 * The compliance scorecard as a report kind (`psea report scorecard`).
 *
 * @category Report builders
 * @example
 * complianceScorecardReport.id; // "scorecard"
 */
export const complianceScorecardReport: ReportKind<ComplianceScorecard> = {
  id: "scorecard",
  title: "Compliance scorecard",
  build: (input, options) => buildComplianceScorecard(input, options),
  sections: complianceScorecardSections,
};
