import { evaluate, type Citation, type InputIssue, type ObligationId, type RuleSet, type Severity } from "@psea/core";
import { ActionPlan, ActivityStatus, createTracker, trackerMatrix, minuscaActionPlan2018_2019, pillarLetter, recordStatus, type ActionPlanTracker, type PillarId } from "@psea/core/action-plan";
import type { ReportBuildOptions, ReportBuildResult, ReportKind, ReportSection } from "../model/report-document";
import { barChart } from "./charts";
import { buildContext, issuesFromZod, reportIssue } from "./issues";
import { parseReportDataset } from "./report-dataset";
import { kitRules } from "./scorecard";

/**
 * Where a citation points in an action plan: the pillar and goal, and the activity letters it names
 * (empty when it cites the goal as a whole).
 *
 * @category Report builders
 * @example
 * citedActivities({ document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 5, expected result (i) and activity (e)" }); // { pillar: "prevention", goal: 5, activities: ["e"] }
 * citedActivities({ document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 2 (a)-(c)" })?.activities; // ["a", "b", "c"]
 * citedActivities({ document: "ST/SGB/2003/13", clause: "section 5" }); // undefined
 */
export function citedActivities(citation: Citation): { pillar: PillarId; goal: number; activities: string[] } | undefined {
  if (citation.document !== "MINUSCA-AP-2018-2019") return undefined;
  const m = /(Prevention|Enforcement|Remedial)(?: actions)? goal (\d+)/.exec(citation.clause);
  if (!m) return undefined;
  const pillar = m[1]!.toLowerCase() as PillarId;
  const rest = citation.clause.slice(m.index + m[0].length);
  const activities: string[] = [];
  // Letters after "expected result" are results, not activities; "activity" switches back.
  let inResult = false;
  for (const t of rest.matchAll(/expected results?|activit(?:y|ies)|comments|\(([a-z]{1,3})\)(?:-\(([a-z])\))?/g)) {
    if (t[0].startsWith("expected") || t[0] === "comments") inResult = true;
    else if (t[0].startsWith("activit")) inResult = false;
    else if (!inResult && t[1]) {
      if (t[2] && t[1].length === 1) for (let c = t[1].charCodeAt(0); c <= t[2].charCodeAt(0); c++) activities.push(String.fromCharCode(c));
      else activities.push(t[1]);
    }
  }
  return { pillar, goal: Number(m[2]), activities };
}

/**
 * A rule or cadence that encodes an activity, with its findings as of the report date.
 *
 * @category Report builders
 * @example
 * const l: ActivityLink = { ruleId: "cadence.ap.p1.radio-broadcast", kind: "cadence", scope: "activity", obligations: ["AP-P1"], violation: 1, warning: 0, notice: 0 };
 */
export interface ActivityLink {
  readonly ruleId: string;
  readonly kind: "rule" | "cadence";
  /** `activity` when the rule cites the activity, `goal` when it cites the goal as a whole. */
  readonly scope: "activity" | "goal";
  readonly obligations: readonly ObligationId[];
  readonly violation: number;
  readonly warning: number;
  readonly notice: number;
}

/**
 * One activity of the matrix: its twelve months (January first), its latest status, and its links.
 *
 * @category Report builders
 * @example
 * const a: Pick<MatrixActivity, "id" | "illegible" | "latest"> = { id: "P1.h", illegible: false, latest: "ongoing" };
 */
export interface MatrixActivity {
  readonly id: string;
  readonly text: string;
  /** The text is partly illegible in the source: it holds only the readable words, with "…" where words are lost. */
  readonly illegible: boolean;
  readonly months: readonly (ActivityStatus | null)[];
  /** The status of the latest month recorded up to the report date. */
  readonly latest: ActivityStatus | null;
  readonly links: readonly ActivityLink[];
}

/**
 * The action-plan status matrix (AP-MATRIX): pillar → goal → activity, with expected results,
 * leading and implementing partners, the plan's status and comments, the January–December grid of a
 * year, and the rules and cadences that encode each activity with their current findings. The
 * monthly status comments of the tracker are free text that may name people and are left out.
 * Texts the source cannot fully be read in keep only their readable words, with "…" where words are
 * lost, and carry an `illegible` flag (`titleIllegible`, `statusIllegible` for a goal's title and status).
 *
 * @category Report builders
 * @example
 * const r: Pick<ActionPlanMatrixReport, "kind" | "year"> = { kind: "action-plan", year: 2018 };
 * const titleOf = (g: ActionPlanMatrixReport["pillars"][number]["goals"][number]) => (g.titleIllegible ? `${g.title} (partly illegible in the source)` : g.title);
 */
export interface ActionPlanMatrixReport {
  readonly kind: "action-plan";
  readonly asOf: string;
  readonly planId: string;
  readonly year: number;
  readonly pillars: readonly {
    readonly id: PillarId;
    readonly title: string;
    readonly goals: readonly {
      readonly id: string;
      readonly number: number;
      readonly title: string;
      readonly titleIllegible: boolean;
      readonly expectedResults: readonly { readonly id: string; readonly text: string; readonly illegible: boolean }[];
      readonly partners: { readonly leading: readonly string[]; readonly implementing: readonly string[]; readonly illegible: boolean };
      readonly status: string | null;
      readonly statusIllegible: boolean;
      readonly comments: string | null;
      readonly activities: readonly MatrixActivity[];
    }[];
  }[];
  /** Activities by their latest status (`not-recorded` where none is). */
  readonly latestByStatus: Readonly<Record<ActivityStatus | "not-recorded", number>>;
}

/**
 * Options of {@link buildActionPlanMatrix}.
 *
 * @category Report builders
 * @example
 * const o: ActionPlanMatrixOptions = { asOf: "2018-06-30", year: 2018 };
 */
export interface ActionPlanMatrixOptions extends ReportBuildOptions {
  /** The year of the grid; the year of `asOf` by default. */
  readonly year?: number;
  /** The plan (parsed here); the MINUSCA 2018-2019 plan by default. */
  readonly plan?: unknown;
  /** The rules linked to activities; every rule of the kit by default. */
  readonly ruleSet?: RuleSet;
}

/**
 * Builds the action-plan status matrix from a report dataset's `actionPlanStatus` updates (months
 * after `asOf` are left blank) and the findings of the rules as of `asOf`.
 *
 * @category Report builders
 * @example
 * const d = { mission: { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] },
 *   actionPlanStatus: [{ activityId: "P1.a", year: 2018, month: 2, status: "completed" }] };
 * const r = buildActionPlanMatrix(d, { asOf: "2018-06-30" });
 * r.ok && r.report.pillars[0]?.goals[0]?.activities[0]?.months.slice(0, 3); // [null, "completed", null]
 */
export function buildActionPlanMatrix(input: unknown, options: ActionPlanMatrixOptions): ReportBuildResult<ActionPlanMatrixReport> {
  const ctx = buildContext(options);
  const o = (typeof options === "object" && options !== null ? options : {}) as Partial<ActionPlanMatrixOptions>;
  const issues: InputIssue[] = ctx.ok ? [] : [...ctx.issues];
  const year = o.year ?? (ctx.ok ? Number(ctx.value.asOf.slice(0, 4)) : 0);
  if (!Number.isInteger(year) || year < 1900 || year > 9999) issues.push(reportIssue(["year"], "invalid-option"));
  const plan = o.plan === undefined ? { success: true as const, data: minuscaActionPlan2018_2019 } : ActionPlan.safeParse(o.plan);
  if (!plan.success) issues.push(...issuesFromZod(plan.error, ["plan"]));
  const parsed = parseReportDataset(input);
  if (!parsed.ok) issues.push(...parsed.issues);
  if (!ctx.ok || !plan.success || !parsed.ok || issues.length > 0) return { ok: false, issues };
  const asOf = ctx.value.asOf;

  let tracker: ActionPlanTracker = createTracker(plan.data);
  parsed.value.actionPlanStatus.forEach((u, i) => {
    if (`${u.year}-${String(u.month).padStart(2, "0")}` > asOf.slice(0, 7)) return;
    const r = recordStatus(tracker, u);
    if (r.ok) tracker = r.tracker;
    else issues.push(reportIssue(["actionPlanStatus", i, ...r.error.path], r.error.code));
  });
  const set = o.ruleSet ?? kitRules;
  const evaluation = evaluate(set, input, { asOf, parameters: ctx.value.params });
  if (!evaluation.ok) issues.push(...evaluation.issues.map((x) => reportIssue(x.path, x.code)));
  if (issues.length > 0 || !evaluation.ok) return { ok: false, issues };

  const counts = new Map<string, Record<Severity, number>>();
  for (const f of evaluation.findings) {
    const c = counts.get(f.ruleId) ?? { violation: 0, warning: 0, notice: 0 };
    c[f.severity] += 1;
    counts.set(f.ruleId, c);
  }
  const linksByActivity = new Map<string, ActivityLink[]>();
  const goalLinks = new Map<string, ActivityLink[]>();
  for (const rule of set.rules) {
    const cited = citedActivities(rule.citation);
    const targets: { pillar: PillarId; goal: number; activities: string[] }[] = cited
      ? [cited]
      : rule.obligations.flatMap((ob: ObligationId) => {
          const m = /^AP-([PER])(\d+)$/.exec(ob);
          const pillar = m ? (Object.entries(pillarLetter).find(([, l]) => l === m[1])?.[0] as PillarId | undefined) : undefined;
          return pillar ? [{ pillar, goal: Number(m![2]), activities: [] }] : [];
        });
    for (const t of targets) {
      const link: ActivityLink = {
        ruleId: rule.id,
        kind: rule.id.startsWith("cadence.") ? "cadence" : "rule",
        scope: t.activities.length > 0 ? "activity" : "goal",
        obligations: [...rule.obligations],
        ...(counts.get(rule.id) ?? { violation: 0, warning: 0, notice: 0 }),
      };
      const prefix = `${pillarLetter[t.pillar]}${t.goal}`;
      if (t.activities.length === 0) goalLinks.set(prefix, [...(goalLinks.get(prefix) ?? []), link]);
      for (const a of t.activities) linksByActivity.set(`${prefix}.${a}`, [...(linksByActivity.get(`${prefix}.${a}`) ?? []), link]);
    }
  }

  const grid = trackerMatrix(tracker, year);
  const lastMonth = asOf.slice(0, 4) === String(year) ? Number(asOf.slice(5, 7)) : asOf.slice(0, 4) > String(year) ? 12 : 0;
  const latestByStatus = Object.fromEntries([...ActivityStatus.options, "not-recorded"].map((s) => [s, 0])) as Record<ActivityStatus | "not-recorded", number>;
  const rows = new Map(grid.rows.map((r) => [r.activityId, r]));
  const pillars = plan.data.pillars.map((p) => ({
    id: p.id,
    title: p.title,
    goals: p.goals.map((g) => {
      const prefix = `${pillarLetter[p.id]}${g.number}`;
      return {
        id: prefix,
        number: g.number,
        title: g.title,
        titleIllegible: g.titleIllegible === true,
        expectedResults: g.expectedResults.map((x) => ({ id: x.id, text: x.text, illegible: x.illegible === true })),
        partners: { leading: [...g.partners.leading], implementing: [...g.partners.implementing], illegible: g.partners.illegible === true },
        status: g.status ?? null,
        statusIllegible: g.status !== undefined && g.statusIllegible === true,
        comments: g.comments ?? null,
        activities: g.activities.map((a): MatrixActivity => {
          const months = rows.get(a.id)!.months.map((c) => c.status);
          const latest = months.slice(0, lastMonth).findLast((s) => s !== null) ?? null;
          latestByStatus[latest ?? "not-recorded"] += 1;
          const links = [...(linksByActivity.get(a.id) ?? []), ...(goalLinks.get(prefix) ?? [])].sort((x, y) => (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0));
          return { id: a.id, text: a.text, illegible: a.illegible === true, months, latest, links };
        }),
      };
    }),
  }));
  return { ok: true, report: { kind: "action-plan", asOf, planId: plan.data.id, year, pillars, latestByStatus } };
}

// The words the rendered matrix puts after a text marked illegible, so that no reader takes a fragment,
// or the words around a "…", for the plan's full wording.
const ILLEGIBLE_MARKER = "(partly illegible in the source)";

// An entry that cannot be read at all already says so ("[illegible in the source]") and gets no marker.
function markIllegible(text: string, illegible: boolean): string {
  return illegible && !text.includes("illegible in the source") ? `${text} ${ILLEGIBLE_MARKER}` : text;
}

// A partners column marked illegible: the marker goes after the list holding a "…" entry, or after the
// implementing partners when neither list shows where the words are lost.
function partnerCells(p: ActionPlanMatrixReport["pillars"][number]["goals"][number]["partners"]): { leading: string; implementing: string } {
  const lost = (list: readonly string[]) => list.some((x) => x.includes("…"));
  const leading = p.illegible && lost(p.leading);
  const implementing = p.illegible && (lost(p.implementing) || !leading);
  return { leading: markIllegible(p.leading.join(", "), leading), implementing: markIllegible(p.implementing.join(", "), implementing) };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * Lays the matrix out as sections: the latest status of activities, the goals with results and
 * partners, and the January–December grid with each activity's rules and findings.
 *
 * @category Report builders
 * @example
 * const r = buildActionPlanMatrix({ mission: { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] } }, { asOf: "2018-06-30" });
 * r.ok && actionPlanMatrixSections(r.report).map((s) => s.id); // ["action-plan.summary", "action-plan.goals", "action-plan.grid"]
 */
export function actionPlanMatrixSections(r: ActionPlanMatrixReport): readonly ReportSection[] {
  const activities = r.pillars.flatMap((p) => p.goals.flatMap((g) => g.activities.map((a) => ({ pillar: p.id, goal: g, a }))));
  const statuses = [...ActivityStatus.options, "not-recorded"] as const;
  const perMonth = MONTHS.flatMap((m, i) => statuses.map((s) => ({ month: m, status: s, activities: activities.filter(({ a }) => (a.months[i] ?? "not-recorded") === s).length })));
  return [
    {
      id: "action-plan.summary",
      title: `Action plan ${r.planId}: status in ${r.year}`,
      figures: statuses.map((s) => ({ label: s === "not-recorded" ? "Nothing recorded" : `${s[0]!.toUpperCase()}${s.slice(1)}`, value: r.latestByStatus[s] })),
      charts: [
        barChart({
          id: "action-plan.chart.months",
          title: `Activities by status, month by month, ${r.year}`,
          description: `${activities.length} activities. Latest status: ${statuses.map((s) => `${s} ${r.latestByStatus[s]}`).join(", ")}.`,
          values: perMonth,
          x: { field: "month", title: "Month", sort: [...MONTHS] },
          y: { field: "activities", title: "Activities" },
          color: { field: "status", title: "Status", sort: [...statuses] },
        }),
      ],
      tables: [],
    },
    {
      id: "action-plan.goals",
      title: "Goals, expected results and partners",
      figures: [],
      charts: [],
      tables: [
        {
          id: "action-plan.goals",
          title: "Goals",
          columns: [
            { key: "goal", label: "Goal", kind: "text" },
            { key: "title", label: "Title", kind: "text" },
            { key: "results", label: "Expected results", kind: "text" },
            { key: "leading", label: "Leading partners", kind: "text" },
            { key: "implementing", label: "Implementing partners", kind: "text" },
            { key: "status", label: "Status", kind: "text" },
            { key: "comments", label: "Comments", kind: "text" },
          ],
          rows: r.pillars.flatMap((p) =>
            p.goals.map((g) => ({
              goal: g.id,
              title: markIllegible(g.title, g.titleIllegible),
              results: g.expectedResults.map((x) => `${x.id} ${markIllegible(x.text, x.illegible)}`).join(" "),
              ...partnerCells(g.partners),
              status: g.status === null ? null : markIllegible(g.status, g.statusIllegible),
              comments: g.comments,
            })),
          ),
          note: `"…" marks words lost in the plan's source text; texts marked ${ILLEGIBLE_MARKER} hold only the words that can be read.`,
        },
      ],
    },
    {
      id: "action-plan.grid",
      title: `January–December ${r.year}`,
      figures: [],
      charts: [],
      tables: [
        {
          id: "action-plan.grid",
          title: "Activities by month, with the rules and cadences that encode them",
          columns: [
            { key: "activity", label: "Activity", kind: "text" },
            { key: "text", label: "Description", kind: "text" },
            ...MONTHS.map((m) => ({ key: m, label: m, kind: "text" as const })),
            { key: "rules", label: "Rules and cadences (violations/warnings)", kind: "text" },
          ],
          rows: activities.map(({ a }) => ({
            activity: a.id,
            text: markIllegible(a.text, a.illegible),
            ...Object.fromEntries(MONTHS.map((m, i) => [m, a.months[i] ?? null])),
            rules: a.links.map((l) => `${l.ruleId} (${l.violation}/${l.warning})`).join("; "),
          })),
          note: "Links marked by goal cite the goal as a whole; the tracker's monthly comments are not reproduced (they may name people).",
        },
      ],
    },
  ];
}

/**
 * The action-plan status matrix as a report kind (`psea report action-plan`).
 *
 * @category Report builders
 * @example
 * actionPlanMatrixReport.id; // "action-plan"
 */
export const actionPlanMatrixReport: ReportKind<ActionPlanMatrixReport> = {
  id: "action-plan",
  title: "Action-plan status matrix (AP-MATRIX)",
  build: (input, options) => buildActionPlanMatrix(input, options),
  sections: actionPlanMatrixSections,
};
