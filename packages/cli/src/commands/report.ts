import {
  renderCsvChunks,
  renderDashboardHtml,
  renderJsonChunks,
  renderJsonLinesChunks,
  renderMarkdownChunks,
  type FindingsReport,
  type ReportAudience,
  type ReportDocument,
} from "@psea/reports";
import type { InputProblem } from "../input";
import { EXIT, type ExitCode } from "../io";
import { datasetOptions, loadDataset } from "../load-dataset";
import { progressFor, type Progress } from "../progress";
import { documentOutputs, identityMask, maskDocument, REPORT_FORMATS, resolveAsOf, writeOutputs, type ReportFormat, type ReportOutput } from "../report-output";
import { stringOption, type Command, type CommandContext, type ReportKinds } from "./command";
import { printIssues } from "./validate";

/**
 * The order the dashboard shows report kinds in (others follow, in registry order).
 *
 * @category CLI
 * @example
 * DASHBOARD_ORDER[0]; // "scorecard"
 */
export const DASHBOARD_ORDER = ["scorecard", "findings", "prevention", "cases", "action-plan", "public-data", "rc-annual"] as const;

/**
 * What building every report of a dataset gave: the documents (masked), the findings report,
 * and the kinds that could not be built with their problem count.
 *
 * @category CLI
 * @example
 * const built: BuiltReports = { documents: [], skipped: [] };
 */
export interface BuiltReports {
  readonly documents: readonly ReportDocument[];
  readonly findings?: FindingsReport;
  readonly skipped: readonly { readonly kind: string; readonly problems: number }[];
}

/**
 * Builds every report kind of the registry over a dataset, in dashboard order, masking every
 * identity value of the dataset in what they hold. A kind that cannot be built is skipped and
 * counted, never fatal: the dashboard shows what could be built.
 *
 * @category CLI
 * @example
 * import { pseaRuleSet } from "@psea/cli";
 * const mission = { id: "M", name: "Mission", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const built = buildAllReports({ mission }, defaultReportKinds(pseaRuleSet), { asOf: "2019-06-30" });
 * built.documents.map((d) => d.kind); // ["scorecard", "findings", "prevention", "cases", "action-plan", "public-data", "rc-annual", "partners", "risk"]
 * (built.findings?.totals.findings ?? 0) > 0; // true
 */
export function buildAllReports(
  dataset: unknown,
  kinds: ReportKinds,
  options: { readonly asOf: string; readonly audience?: ReportAudience; readonly parameters?: unknown },
  progress?: Progress,
): BuiltReports {
  const mask = identityMask(dataset);
  const ids = Object.keys(kinds);
  const ordered = [...DASHBOARD_ORDER.filter((id) => ids.includes(id)), ...ids.filter((id) => !(DASHBOARD_ORDER as readonly string[]).includes(id))];
  const documents: ReportDocument[] = [];
  const skipped: { kind: string; problems: number }[] = [];
  let findings: FindingsReport | undefined;
  progress?.start(ordered.length, "reports");
  for (const id of ordered) {
    const kind = kinds[id]!;
    const built = kind.build(dataset, options);
    progress?.tick(id);
    if (!built.ok) {
      skipped.push({ kind: id, problems: built.issues.length });
      continue;
    }
    if (id === "findings") findings = mask(built.report as FindingsReport);
    documents.push(maskDocument({ kind: id, title: kind.title, asOf: options.asOf, ...(options.audience ? { audience: options.audience } : {}), sections: kind.sections(built.report) }, mask));
  }
  progress?.stop();
  return { documents, ...(findings ? { findings } : {}), skipped };
}

/**
 * The dashboard page of built reports: headline figures, every report's sections, and the
 * findings as an appendix grouped by obligation.
 *
 * @category CLI
 * @example
 * const page = dashboardHtml({ documents: [], skipped: [] }, "MINUSCA", "2019-06-30");
 * page instanceof Promise; // true
 */
export function dashboardHtml(built: BuiltReports, missionName: string, asOf: string): Promise<string> {
  return renderDashboardHtml({
    title: `PSEA dashboard: ${missionName}`,
    asOf,
    reports: built.documents,
    ...(built.findings ? { findings: built.findings } : {}),
  });
}

/**
 * The outputs of the findings report: the whole list, with every finding's explanation, in JSON,
 * JSON Lines (the report without its findings on the first line, then one line per finding), CSV
 * and Markdown (the sections alone would only give the totals).
 *
 * @category CLI
 * @example
 * import { pseaRuleSet } from "@psea/cli";
 * const mission = { id: "M", name: "Mission", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const built = buildAllReports({ mission }, defaultReportKinds(pseaRuleSet), { asOf: "2019-06-30" });
 * findingsOutputs(built.findings!, "csv", true).map((o) => o.name); // ["findings.csv"]
 * findingsOutputs(built.findings!, "jsonl", true).map((o) => o.name); // ["findings.jsonl"]
 */
export function findingsOutputs(report: FindingsReport, format: Exclude<ReportFormat, "html">, bom: boolean): ReportOutput[] {
  if (format === "json") return [{ name: "findings.json", chunks: renderJsonChunks(report) }];
  if (format === "jsonl") return [{ name: "findings.jsonl", chunks: renderJsonLinesChunks(report) }];
  if (format === "csv") return [{ name: "findings.csv", chunks: renderCsvChunks(report, { bom }) }];
  return [{ name: "findings.md", chunks: renderMarkdownChunks(report) }];
}

function missionNameOf(dataset: unknown): string {
  const mission = (dataset as { mission?: { name?: unknown } } | null)?.mission;
  return typeof mission?.name === "string" ? mission.name : "mission";
}

function kindList(kinds: ReportKinds): string {
  return ["dashboard", ...Object.keys(kinds)].join(", ");
}

async function report(values: Readonly<Record<string, string | boolean | undefined>>, positionals: readonly string[], ctx: CommandContext): Promise<ExitCode> {
  const { io } = ctx;
  const kinds = ctx.reportKinds ?? {};
  const kindId = positionals[0]!;
  const datasetFile = positionals[1]!;
  const say = (text: string) => io.stderr(`psea report: ${text}\n`);
  const isDashboard = kindId === "dashboard";
  if (!isDashboard && !Object.hasOwn(kinds, kindId)) {
    say(`no such report kind; expected one of: ${kindList(kinds)}`);
    return EXIT.badInput;
  }
  const format = (stringOption(values, "format") ?? (isDashboard ? "html" : "json")) as ReportFormat;
  if (!(REPORT_FORMATS as readonly string[]).includes(format) || (isDashboard && format !== "html")) {
    say(`--format: expected ${isDashboard ? "'html' for the dashboard" : REPORT_FORMATS.map((f) => `'${f}'`).join(", ")}`);
    return EXIT.badInput;
  }
  if (format === "jsonl" && kindId !== "findings") {
    say("--format: 'jsonl' is for the findings report; expected 'json', 'csv', 'md' or 'html'");
    return EXIT.badInput;
  }
  const audience = stringOption(values, "audience");
  if (audience !== undefined && audience !== "public" && audience !== "internal") {
    say("--audience: expected 'public' or 'internal'");
    return EXIT.badInput;
  }
  const out = stringOption(values, "out") ?? "-";
  const bom = values["no-bom"] !== true;
  const table = stringOption(values, "table");
  const issues: InputProblem[] = [];
  const asOf = resolveAsOf(values, io);
  if (!asOf.ok) issues.push(asOf.issue);
  else if (asOf.fromClock) say(`no --as-of given: reporting as of today, ${asOf.asOf}`);
  const loaded = await loadDataset(io, datasetFile, values);
  issues.push(...loaded.issues);
  const mask = identityMask(loaded.dataset);
  const files = { dataset: datasetFile, parameters: stringOption(values, "parameters") };
  if (issues.length > 0 || !loaded.ok || !asOf.ok) {
    printIssues(io, mask(issues), files, "report");
    return EXIT.badInput;
  }
  const options = { asOf: asOf.asOf, ...(audience ? { audience: audience as ReportAudience } : {}), ...(loaded.parameters ? { parameters: loaded.parameters } : {}) };
  const progress = progressFor(io, values["quiet"] === true);

  if (isDashboard) {
    const built = buildAllReports(loaded.dataset, kinds, options, progress);
    for (const s of built.skipped) say(`the ${s.kind} report could not be built from this dataset (${s.problems} problem${s.problems === 1 ? "" : "s"}; psea report ${s.kind} lists them)`);
    const html = mask(await dashboardHtml(built, missionNameOf(loaded.dataset), asOf.asOf));
    const written = await writeOutputs(io, out, [{ name: "dashboard.html", chunks: [html] }]);
    if (written.length > 0) io.stderr(`Dashboard written to ${written[0]}\n`);
    return EXIT.ok;
  }

  const kind = kinds[kindId]!;
  const built = kind.build(loaded.dataset, options);
  if (!built.ok) {
    printIssues(io, mask(built.issues.map((i) => ({ input: "dataset" as const, path: i.path, code: i.code, message: i.message }))), files, "report");
    return EXIT.badInput;
  }
  const doc = maskDocument({ kind: kindId, title: kind.title, asOf: asOf.asOf, ...(audience ? { audience: audience as ReportAudience } : {}), sections: kind.sections(built.report) }, mask);
  let outputs: ReportOutput[];
  if (kindId === "findings" && format !== "html") outputs = findingsOutputs(mask(built.report as FindingsReport), format, bom);
  else if (kindId === "findings") outputs = [{ name: "findings.html", chunks: [mask(await renderDashboardHtml({ title: kind.title, asOf: asOf.asOf, reports: [doc], findings: mask(built.report as FindingsReport) }))] }];
  // 'jsonl' was refused above for every kind but findings.
  else outputs = documentOutputs(doc, format as Exclude<ReportFormat, "jsonl">, { bom, single: out === "-", ...(table !== undefined ? { table } : {}) });
  if (format === "csv" && outputs.length === 0) {
    const ids = doc.sections.flatMap((s) => s.tables.map((t) => t.id));
    say(table !== undefined ? `no such table in the ${kindId} report; its tables: ${ids.join(", ") || "none"}` : `the ${kindId} report has no table`);
    return EXIT.badInput;
  }
  const written = await writeOutputs(io, out, outputs);
  if (written.length > 0) io.stderr(`${written.length === 1 ? "Written" : `${written.length} files written`}: ${written.join(", ")}\n`);
  return EXIT.ok;
}

/**
 * `psea report <kind> <dataset> [--as-of DATE] [--format json|jsonl|csv|md|html] [--out DIR|-]`: builds a
 * report of the registry (see {@link ReportKinds}) from a dataset and writes it to standard output
 * or into a directory; `psea report dashboard <dataset>` writes the dashboard page of every kind.
 * Nothing printed or written carries a victim's or complainant's identity.
 *
 * @category CLI
 * @example
 * reportCommand.positionals; // { min: 2, max: 2, names: ["kind", "dataset"] }
 * Object.keys(reportCommand.options).includes("out"); // true
 */
export const reportCommand: Command = {
  name: "report",
  summary: "Build a report (or the dashboard) from a mission dataset",
  usage: "psea report <kind> <dataset.json|-> [--as-of YYYY-MM-DD] [--format json|jsonl|csv|md|html] [--out DIR|-]",
  help: [
    "Builds a report from a mission dataset and writes it to standard output (--out -, the",
    "default) or into a directory. Kinds: findings (every rule's findings), the builders of",
    "@psea/reports when installed (public-data, rc-annual, action-plan, scorecard, prevention,",
    "cases), and dashboard: one HTML page with every report, charts drawn as inline SVG.",
    "",
    "Options:",
    "  --as-of YYYY-MM-DD          the date the report speaks for (default: today)",
    "  -f, --format FORMAT         json (default), csv, md or html; the dashboard is html;",
    "                              jsonl (JSON Lines, one line per finding) for findings",
    "  -o, --out DIR|-             a directory to write into (one CSV file per table), or - for",
    "                              standard output (several CSV tables are separated by an empty line)",
    "  --table ID                  with csv: only the table of this id",
    "  --no-bom                    CSV without the UTF-8 byte order mark",
    "  --audience public|internal  public suppresses small counts; internal never does",
    "  -p, --parameters FILE.json  a parameter overlay",
    "  --personnel FILE.csv        the personnel section from CSV",
    "  --training FILE.csv         completed SEA courses from CSV",
    "  -q, --quiet                 no progress bar",
    "",
    "The dataset is a JSON file, or - for standard input; a UTF-8 byte order mark is accepted.",
    "Exit codes: 0 written; 2 bad input (every problem is listed by path); 3 internal error.",
  ].join("\n"),
  options: {
    "as-of": { type: "string", valueName: "YYYY-MM-DD" },
    format: { type: "string", short: "f", valueName: "format" },
    out: { type: "string", short: "o", valueName: "DIR" },
    table: { type: "string", valueName: "ID" },
    "no-bom": { type: "boolean" },
    audience: { type: "string", valueName: "audience" },
    quiet: { type: "boolean", short: "q" },
    ...datasetOptions,
  },
  positionals: { min: 2, max: 2, names: ["kind", "dataset"] },
  run: ({ values, positionals }, ctx) => report(values, positionals, ctx),
};
