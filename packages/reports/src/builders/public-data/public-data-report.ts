import { publicStatusLabels, type PublicStatus } from "@psea/cases";
import { childStatus, parseIsoDate, type Allegation, type AllegationType, type InputIssue, type ParameterUse } from "@psea/core";
import { z } from "zod";
import type { ReportAudience, ReportBuildOptions, ReportBuildResult } from "../../model/report-document";
import { crossTab, suppressCrossTab, type CrossTab, type CrossTabKey, type PublicCount } from "../cross-tab";
import { buildContext, issuesFromZod, parameterOf, reportIssue } from "../issues";
import { parseReportDataset, type ReportDataset } from "../report-dataset";
import { reportedClassification } from "../reported-classification";
import { publicPersonnelCode, publicPersonnelCodes, publicPersonnelLabels, uniformedCodes, type PublicPersonnelCode } from "./personnel-codes";
import {
  actionGroup,
  actionGroups,
  publicEntities,
  publicEntity,
  publicEntityLabels,
  victimGroupLabels,
  victimGroups,
  type ActionGroup,
  type PublicEntity,
  type VictimGroup,
} from "./public-vocabulary";

/**
 * The filters the UN's public data offers: year received, mission, personnel category, and the
 * nationality (contributing country) of uniformed personnel.
 *
 * @category Report builders
 * @example
 * PublicDataFilters.parse({ year: 2018, category: "MC" }).category; // "MC"
 */
export const PublicDataFilters = z
  .object({
    year: z.number().int().min(1900).max(9999).optional(),
    mission: z.string().trim().min(1).optional(),
    category: z.enum(publicPersonnelCodes).optional(),
    nationality: z.string().regex(/^[A-Z]{3}$/).optional(),
  })
  .strict();
/**
 * @category Report builders
 * @example
 * const filters: PublicDataFilters = { year: 2018, category: "UNPOL" };
 * PublicDataFilters.safeParse(filters).success; // true
 */
export type PublicDataFilters = z.infer<typeof PublicDataFilters>;

/**
 * Options of {@link buildPublicData}: the common options and the filters.
 *
 * @category Report builders
 * @example
 * const o: PublicDataOptions = { asOf: "2019-06-30", audience: "public", filters: { year: 2018 } };
 */
export interface PublicDataOptions extends ReportBuildOptions {
  readonly filters?: PublicDataFilters;
}

/**
 * SE (sexual exploitation), SA (sexual abuse), or `unknown` where the facts do not decide it.
 *
 * @category Report builders
 * @example
 * const n: PublicNature = "SA";
 */
export type PublicNature = "SE" | "SA" | "unknown";

/**
 * One counted allegation as the UN publishes it: one per report received, per personnel category
 * and, for uniformed personnel, per contributing country. It holds no record id, name or free text.
 *
 * @category Report builders
 * @example
 * const r: Pick<PublicAllegationRecord, "month" | "category"> = { month: "2018-06", category: "MC" };
 */
export interface PublicAllegationRecord {
  /** The month the report was received (`YYYY-MM`). */
  readonly month: string;
  readonly year: number;
  readonly mission: string;
  readonly category: PublicPersonnelCode;
  /** The contributing country, for uniformed personnel only. */
  readonly contributingCountry: string | null;
  readonly nature: PublicNature;
  readonly type: AllegationType | "unknown";
  readonly perpetrators: number;
  readonly victims: Readonly<Record<VictimGroup, number>>;
  readonly investigatingEntity: PublicEntity;
  readonly status: PublicStatus;
  /** Calendar days from referral to conclusion, for completed investigations; otherwise `null`. */
  readonly daysToComplete: number | null;
  readonly actions: Readonly<Record<ActionGroup, number>>;
  readonly criminalReferral: boolean;
  readonly paternityClaims: { readonly open: number; readonly resolved: number };
}

/**
 * Completed investigations of one investigating entity, with their exact lengths in days.
 *
 * @category Report builders
 * @example
 * const c: CompletedInvestigations = { entity: "OIOS", completed: 2, averageDays: 120.5, longestDays: 150 };
 */
export interface CompletedInvestigations {
  readonly entity: PublicEntity;
  readonly completed: PublicCount;
  /** Mean days to complete, to one decimal; `null` where the count is suppressed or zero. */
  readonly averageDays: number | null;
  readonly longestDays: number | null;
}

/**
 * The UN public SEA data of a mission: the five views (allegations, perpetrators, victims,
 * investigations, actions) with paternity claims and allegations by month, as tables of counts.
 * In a public report, small counts are suppressed (see {@link suppressCrossTab}) and the
 * record-level rows are left out; an internal report holds exact counts and the records.
 *
 * @category Report builders
 * @example
 * const r: Pick<PublicDataReport, "kind" | "suppression"> = { kind: "public-data", suppression: "complementary" };
 */
export interface PublicDataReport {
  readonly kind: "public-data";
  readonly asOf: string;
  readonly audience: ReportAudience;
  readonly mission: string;
  readonly filters: PublicDataFilters;
  /** The counting rule, stated so a reader can compare with the UN's figures. */
  readonly countingRule: string;
  /** `complementary` in public reports, `none` in internal ones. */
  readonly suppression: "complementary" | "none";
  /** The minimum cell size in force (`publicDataMinimumCellSize`), with its date and citation. */
  readonly minimumCellSize: ParameterUse;
  readonly childAgeThreshold: ParameterUse;
  /**
   * `adultBeneficiaryRelationshipClassification` in force on `asOf`: how a consensual relationship with
   * an adult beneficiary is counted where no classification is recorded (a 3.2(d) matter, not yet
   * determined as SE or SA, by default; an SE exploitative relationship under a mission's overlay).
   */
  readonly adultBeneficiaryRelationship: ParameterUse;
  readonly views: {
    readonly allegations: CrossTab;
    readonly byMonth: CrossTab;
    readonly perpetrators: CrossTab;
    readonly victims: CrossTab;
    readonly investigations: CrossTab;
    readonly actions: CrossTab;
    readonly paternityClaims: CrossTab;
  };
  readonly completedInvestigations: readonly CompletedInvestigations[];
  /** One per counted allegation; empty in a public report. */
  readonly records: readonly PublicAllegationRecord[];
}

/**
 * The counting rule every public-data report states.
 *
 * @category Report builders
 * @example
 * COUNTING_RULE.startsWith("One allegation per report received"); // true
 */
export const COUNTING_RULE =
  "One allegation per report received, split into separate allegations when the report involves more than one personnel category or, for uniformed personnel, more than one contributing country; two members of one contingent in one report are one allegation. Implementing-partner personnel and members of non-UN forces are counted apart from UN personnel, each as a category of its own with no contributing country. The date is the month and year the report was received.";

const TYPE_ORDER: readonly (AllegationType | "unknown")[] = [
  "rape",
  "sexual-assault",
  "sexual-activity-with-minor",
  "transactional-sex",
  "solicitation-of-transactional-sex",
  "exploitative-relationship",
  "other-sexual-exploitation",
  "unknown",
];
const STATUS_ORDER: readonly PublicStatus[] = [
  "preliminary-assessment",
  "under-review",
  "under-investigation",
  "pending-member-state-investigation",
  "substantiated",
  "not-substantiated",
  "closed-for-other-reasons",
];

function days(from: string, to: string): number {
  return Math.round((parseIsoDate(to)!.getTime() - parseIsoDate(from)!.getTime()) / 86_400_000);
}

/** The relationship classification a report counts under: the value of `adultBeneficiaryRelationshipClassification` in force. */
type RelationshipClassification = "sgb-3.2d-matter" | "exploitative-relationship";

function natureAndType(a: Allegation, threshold: number, relationship: RelationshipClassification): { nature: PublicNature; type: AllegationType | "unknown" } {
  const c = reportedClassification(a, { childAgeThresholdYears: threshold, adultBeneficiaryRelationship: relationship });
  return { nature: c.nature === "sexual-abuse" ? "SA" : c.nature === "sexual-exploitation" ? "SE" : "unknown", type: c.type ?? "unknown" };
}

/** The public status of a core allegation record as of a date (the cases package maps its states the same way). */
function statusOf(a: Allegation, entity: PublicEntity, asOf: string): PublicStatus {
  if (a.outcome && a.outcome.decidedOn <= asOf) {
    return a.outcome.result === "substantiated" ? "substantiated" : a.outcome.result === "not-substantiated" ? "not-substantiated" : "closed-for-other-reasons";
  }
  if (a.investigation && a.investigation.referredOn <= asOf) {
    return entity === "TCC" || entity === "PCC" || entity === "NIO" ? "pending-member-state-investigation" : "under-investigation";
  }
  if (a.closedOn !== undefined && a.closedOn <= asOf) return "closed-for-other-reasons";
  return "preliminary-assessment";
}

// The age that counts is the age on the incident date: a victim recorded by date of birth needs it,
// and without one falls in the sex's "age unknown" group, never among adults.
function victimGroup(v: Allegation["victims"][number], threshold: number, incidentDate: string | undefined): VictimGroup {
  const age = childStatus(v.age, threshold, incidentDate);
  if (v.sex === "female") return age === "child" ? "girls" : age === "adult" ? "women" : "female-age-unknown";
  if (v.sex === "male") return age === "child" ? "boys" : age === "adult" ? "men" : "male-age-unknown";
  return "unknown";
}

const zeroGroups = (): Record<VictimGroup, number> => Object.fromEntries(victimGroups.map((g) => [g, 0])) as Record<VictimGroup, number>;
const zeroActions = (): Record<ActionGroup, number> => Object.fromEntries(actionGroups.map((g) => [g, 0])) as Record<ActionGroup, number>;

/**
 * Splits one allegation record into the allegations the UN counts (see {@link COUNTING_RULE}).
 * Actions and paternity claims naming a subject go to that subject's counted allegation; those
 * naming none go to the first. Victims are counted with every counted allegation of their report,
 * as each published allegation lists its own victims.
 *
 * @category Report builders
 * @example
 * const a = { id: "A-1", receivedOn: "2018-06-03", intake: { channel: "hotline", rumour: false, missionPersonnelMayBeInvolved: true },
 *   subjects: [{ ref: "S-1", category: "military-contingent", contributingCountry: "AAA" }, { ref: "S-2", category: "military-contingent", contributingCountry: "BBB" }],
 *   victims: [], conduct: { sexualActivity: "actual", physicalIntrusion: "none", force: false, coercion: false, exchange: ["money"], solicitation: false,
 *     relationship: "none", abuseOfPosition: false, profitFromExploitation: false, subjectClaimedBeliefVictimAdult: false }, recorded: {}, actions: [] };
 * countAllegation(a, { mission: "M", asOf: "2019-01-01", childAgeThresholdYears: 18, adultBeneficiaryRelationship: "sgb-3.2d-matter", grades: new Map() }).map((r) => r.contributingCountry); // ["AAA", "BBB"]
 */
export function countAllegation(
  a: Allegation,
  ctx: {
    readonly mission: string;
    readonly asOf: string;
    readonly childAgeThresholdYears: number;
    /** The value of `adultBeneficiaryRelationshipClassification` in force on `asOf` (resolve it from the parameter set). */
    readonly adultBeneficiaryRelationship: RelationshipClassification;
    readonly grades: ReadonlyMap<string, string>;
  },
): PublicAllegationRecord[] {
  const groups = new Map<string, { code: PublicPersonnelCode; country: string | null; refs: string[] }>();
  for (const s of a.subjects) {
    const code = publicPersonnelCode(s.category, s.personnelId === undefined ? undefined : ctx.grades.get(s.personnelId));
    const country = uniformedCodes.includes(code) ? (s.contributingCountry ?? null) : null;
    const key = `${code}\u0000${country ?? ""}`;
    const g = groups.get(key);
    if (g) g.refs.push(s.ref);
    else groups.set(key, { code, country, refs: [s.ref] });
  }
  if (groups.size === 0) groups.set("UNKNOWN", { code: "UNKNOWN", country: null, refs: [] });
  const list = [...groups.values()];
  const groupOf = (ref: string | undefined) => (ref === undefined ? list[0]! : (list.find((g) => g.refs.includes(ref)) ?? list[0]!));

  const { nature, type } = natureAndType(a, ctx.childAgeThresholdYears, ctx.adultBeneficiaryRelationship);
  const victims = zeroGroups();
  for (const v of a.victims) victims[victimGroup(v, ctx.childAgeThresholdYears, a.incidentDate)] += 1;
  const inv = a.investigation && a.investigation.referredOn <= ctx.asOf ? a.investigation : undefined;
  const entity = publicEntity(inv?.entity);
  const status = statusOf(a, entity, ctx.asOf);
  const daysToComplete = inv?.concludedOn !== undefined && inv.concludedOn <= ctx.asOf ? days(inv.referredOn, inv.concludedOn) : null;

  const actions = new Map(list.map((g) => [g, zeroActions()]));
  for (const x of a.actions) if (x.takenOn <= ctx.asOf) actions.get(groupOf(x.subjectRef))![actionGroup(x)] += 1;
  const paternity = new Map(list.map((g) => [g, { open: 0, resolved: 0 }]));
  for (const p of a.paternityClaims ?? []) {
    if (p.recordedOn > ctx.asOf) continue;
    const c = paternity.get(groupOf(p.subjectRef))!;
    if (p.resolvedOn !== undefined && p.resolvedOn <= ctx.asOf) c.resolved += 1;
    else c.open += 1;
  }
  return list.map((g) => {
    const acts = actions.get(g)!;
    return {
      month: a.receivedOn.slice(0, 7),
      year: Number(a.receivedOn.slice(0, 4)),
      mission: ctx.mission,
      category: g.code,
      contributingCountry: g.country,
      nature,
      type,
      perpetrators: g.refs.length,
      victims: { ...victims },
      investigatingEntity: entity,
      status,
      daysToComplete,
      actions: acts,
      criminalReferral: acts["criminal-referral"] > 0,
      paternityClaims: paternity.get(g)!,
    };
  });
}

function keysOf<T extends string>(order: readonly T[], present: ReadonlySet<string>, label: (k: T) => string): CrossTabKey[] {
  return order.filter((k) => present.has(k)).map((k) => ({ key: k, label: label(k) }));
}

function tabulate(
  id: string,
  title: string,
  rows: readonly CrossTabKey[],
  columns: readonly CrossTabKey[],
  add: (inc: (row: string, column: string, n?: number) => void) => void,
): CrossTab {
  const ri = new Map(rows.map((r, i) => [r.key, i]));
  const ci = new Map(columns.map((c, j) => [c.key, j]));
  const counts = rows.map(() => columns.map(() => 0));
  add((row, column, n = 1) => {
    const i = ri.get(row);
    const j = ci.get(column);
    if (i !== undefined && j !== undefined) counts[i]![j]! += n;
  });
  return crossTab(id, title, rows, columns, counts);
}

const TYPE_LABELS: Readonly<Record<AllegationType | "unknown", string>> = {
  rape: "SA: rape",
  "sexual-assault": "SA: sexual assault",
  "sexual-activity-with-minor": "SA: sexual activity with a minor",
  "transactional-sex": "SE: transactional sex",
  "solicitation-of-transactional-sex": "SE: solicitation of transactional sex",
  "exploitative-relationship": "SE: exploitative relationship",
  "other-sexual-exploitation": "SE: other sexual exploitation",
  unknown: "Not yet determined",
};
const ACTION_LABELS: Readonly<Record<ActionGroup, string>> = {
  interim: "Interim actions",
  final: "Final actions",
  "member-state": "Member State actions",
  "criminal-referral": "Referrals for criminal accountability",
};

/** Tables that count the same allegations share their grand total, and two of them their per-category totals. */
function suppressLinked(tables: readonly CrossTab[], sharesColumns: readonly boolean[], minimum: number): CrossTab[] {
  let forced = new Set<string>();
  for (;;) {
    const out = tables.map((t, k) => suppressCrossTab(t, minimum, { total: forced.has("total"), columns: sharesColumns[k] ? forced : new Set() }));
    const next = new Set(forced);
    out.forEach((t, k) => {
      if (typeof t.total === "string") next.add("total");
      if (sharesColumns[k]) t.columns.forEach((c, j) => typeof t.columnTotals[j] === "string" && next.add(c.key));
    });
    if (next.size === forced.size) return out;
    forced = next;
  }
}

function buildViews(records: readonly PublicAllegationRecord[], audience: ReportAudience, minimum: number): { views: PublicDataReport["views"]; completed: CompletedInvestigations[] } {
  const codes = keysOf(publicPersonnelCodes, new Set(records.map((r) => r.category)), (k) => publicPersonnelLabels[k]);
  const allegations = tabulate("public-data.allegations", "Allegations by type and personnel category", keysOf(TYPE_ORDER, new Set(records.map((r) => r.type)), (k) => TYPE_LABELS[k]), codes, (inc) =>
    records.forEach((r) => inc(r.type, r.category)),
  );
  const months = [...new Set(records.map((r) => r.month))].sort().map((m) => ({ key: m, label: m }));
  const byMonth = tabulate("public-data.by-month", "Allegations by month received and personnel category", months, codes, (inc) => records.forEach((r) => inc(r.month, r.category)));
  const natures = keysOf(["SE", "SA", "unknown"] as const, new Set(records.map((r) => r.nature)), (k) => (k === "SE" ? "Sexual exploitation (SE)" : k === "SA" ? "Sexual abuse (SA)" : "Not yet determined"));
  const perpetrators = tabulate("public-data.perpetrators", "Alleged perpetrators by personnel category and nature", codes, natures, (inc) =>
    records.forEach((r) => inc(r.category, r.nature, r.perpetrators)),
  );
  const victims = tabulate(
    "public-data.victims",
    "Victims by group and personnel category",
    victimGroups.map((g) => ({ key: g, label: victimGroupLabels[g] })),
    codes,
    (inc) => records.forEach((r) => victimGroups.forEach((g) => inc(g, r.category, r.victims[g]))),
  );
  const entities = keysOf(publicEntities, new Set(records.map((r) => r.investigatingEntity)), (k) => publicEntityLabels[k]);
  const statuses = keysOf(STATUS_ORDER, new Set(records.map((r) => r.status)), (k) => publicStatusLabels[k]);
  const investigations = tabulate("public-data.investigations", "Allegations by investigating entity and status", entities, statuses, (inc) =>
    records.forEach((r) => inc(r.investigatingEntity, r.status)),
  );
  const actions = tabulate(
    "public-data.actions",
    "Actions by kind and personnel category",
    actionGroups.map((g) => ({ key: g, label: ACTION_LABELS[g] })),
    codes,
    (inc) => records.forEach((r) => actionGroups.forEach((g) => inc(g, r.category, r.actions[g]))),
  );
  const countries = [...new Set(records.filter((r) => r.paternityClaims.open + r.paternityClaims.resolved > 0).map((r) => r.contributingCountry ?? "none"))]
    .sort()
    .map((c) => ({ key: c, label: c === "none" ? "No contributing country (civilian, partner, non-UN force or not identified)" : c }));
  const paternityClaims = tabulate(
    "public-data.paternity",
    "Paternity claims by contributing country",
    countries,
    [
      { key: "open", label: "Open" },
      { key: "resolved", label: "Resolved" },
    ],
    (inc) =>
      records.forEach((r) => {
        inc(r.contributingCountry ?? "none", "open", r.paternityClaims.open);
        inc(r.contributingCountry ?? "none", "resolved", r.paternityClaims.resolved);
      }),
  );
  const completedTab = tabulate("public-data.completed", "Completed investigations by entity", entities, [{ key: "completed", label: "Completed" }], (inc) =>
    records.forEach((r) => r.daysToComplete !== null && inc(r.investigatingEntity, "completed")),
  );

  let views: PublicDataReport["views"] = { allegations, byMonth, perpetrators, victims, investigations, actions, paternityClaims };
  let completedShown = completedTab;
  if (audience === "public") {
    const [a, m, i] = suppressLinked([allegations, byMonth, investigations], [true, true, false], minimum);
    views = {
      allegations: a!,
      byMonth: m!,
      investigations: i!,
      perpetrators: suppressCrossTab(perpetrators, minimum),
      victims: suppressCrossTab(victims, minimum),
      actions: suppressCrossTab(actions, minimum),
      paternityClaims: suppressCrossTab(paternityClaims, minimum),
    };
    completedShown = suppressCrossTab(completedTab, minimum);
  }
  const completed = entities.map((e, i): CompletedInvestigations => {
    const lengths = records.filter((r) => r.investigatingEntity === e.key && r.daysToComplete !== null).map((r) => r.daysToComplete!);
    const shown = completedShown.cells[i]![0]!;
    const exact = typeof shown === "number" && shown > 0;
    return {
      entity: e.key as PublicEntity,
      completed: shown,
      averageDays: exact ? Math.round((lengths.reduce((x, y) => x + y, 0) / lengths.length) * 10) / 10 : null,
      longestDays: exact ? Math.max(...lengths) : null,
    };
  });
  return { views, completed };
}

function countedRecords(d: ReportDataset, asOf: string, threshold: number, relationship: RelationshipClassification, filters: PublicDataFilters): PublicAllegationRecord[] {
  if (filters.mission !== undefined && filters.mission !== d.mission.id) return [];
  const grades = new Map(d.personnel.flatMap((p) => (p.grade === undefined ? [] : [[p.id, p.grade] as const])));
  const ctx = { mission: d.mission.id, asOf, childAgeThresholdYears: threshold, adultBeneficiaryRelationship: relationship, grades };
  return d.allegations
    .filter((a) => a.receivedOn <= asOf && (filters.year === undefined || Number(a.receivedOn.slice(0, 4)) === filters.year))
    .flatMap((a) => countAllegation(a, ctx))
    .filter((r) => (filters.category === undefined || r.category === filters.category) && (filters.nationality === undefined || r.contributingCountry === filters.nationality));
}

/**
 * Builds the UN public SEA data of a mission dataset (see {@link ReportDataset}) as of a date:
 * allegations received on or before `asOf`, counted by {@link COUNTING_RULE}, with what had happened
 * to them by then. Pure: the same input and options give the same report. `audience` defaults to
 * `public`, which suppresses small counts.
 *
 * @category Report builders
 * @example
 * const dataset = { mission: { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] },
 *   allegations: [{ id: "A-1", receivedOn: "2018-06-03", intake: { channel: "hotline" },
 *     subjects: [{ ref: "S-1", category: "civilian-staff" }, { ref: "S-2", category: "un-volunteer" }],
 *     victims: [{ ref: "V-1", age: { kind: "known", years: 15 }, sex: "female" }], conduct: { sexualActivity: "actual", exchange: ["money"] } }] };
 * const r = buildPublicData(dataset, { asOf: "2018-12-31", audience: "internal" });
 * r.ok && r.report.views.allegations.total; // 2
 * r.ok && r.report.records.map((x) => x.category); // ["INT", "UNV"]
 */
export function buildPublicData(input: unknown, options: PublicDataOptions): ReportBuildResult<PublicDataReport> {
  const ctx = buildContext(options);
  const o = (typeof options === "object" && options !== null ? options : {}) as Partial<PublicDataOptions>;
  const issues: InputIssue[] = ctx.ok ? [] : [...ctx.issues];
  const audience = o.audience ?? "public";
  if (audience !== "public" && audience !== "internal") issues.push(reportIssue(["audience"], "invalid_value"));
  const filters = PublicDataFilters.safeParse(o.filters ?? {});
  if (!filters.success) issues.push(...issuesFromZod(filters.error, ["filters"]));
  const minimum = ctx.ok ? parameterOf(ctx.value, "publicDataMinimumCellSize") : undefined;
  const threshold = ctx.ok ? parameterOf(ctx.value, "childAgeThresholdYears") : undefined;
  if (minimum && !minimum.ok) issues.push(minimum.issue);
  if (threshold && !threshold.ok) issues.push(threshold.issue);
  const relationship = ctx.ok ? parameterOf(ctx.value, "adultBeneficiaryRelationshipClassification") : undefined;
  if (relationship && !relationship.ok) issues.push(relationship.issue);
  const parsed = parseReportDataset(input);
  if (!parsed.ok) issues.push(...parsed.issues);
  if (issues.length > 0 || !ctx.ok || !parsed.ok || !filters.success || !minimum?.ok || !threshold?.ok || !relationship?.ok) return { ok: false, issues };

  const asOf = ctx.value.asOf;
  const records = countedRecords(parsed.value, asOf, threshold.value, relationship.value, filters.data);
  const { views, completed } = buildViews(records, audience, minimum.value);
  return {
    ok: true,
    report: {
      kind: "public-data",
      asOf,
      audience,
      mission: parsed.value.mission.id,
      filters: filters.data,
      countingRule: COUNTING_RULE,
      suppression: audience === "public" ? "complementary" : "none",
      minimumCellSize: minimum.use,
      childAgeThreshold: threshold.use,
      adultBeneficiaryRelationship: relationship.use,
      views,
      completedInvestigations: completed,
      records: audience === "public" ? [] : records,
    },
  };
}
