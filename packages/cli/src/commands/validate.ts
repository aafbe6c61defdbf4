import { deriveClassifications, evaluateParsed, inputIssuesFromZod, MissionDataset, MissionDatasetShape, parseDataset, type DerivedClassification, type EvaluationResult, type ParameterSet, type ParseDatasetResult, type RuleSet } from "@psea/core";
import { defaultParameterSet, resolveParameter } from "@psea/core/parameters";
import { buildFindingsReport, formatPath, redactIdentities, renderJsonLinesChunks } from "@psea/reports";
import { parsePartnerDataset } from "@psea/partners";
import { checkRiskReferences, parseRiskDataset, RiskDatasetShape, type RiskDataset } from "@psea/risk";
import type { z } from "zod";
import type { InputProblem } from "../input";
import { EXIT, type CliIo, type ExitCode } from "../io";
import { datasetOptions, loadDataset, type LoadedDataset } from "../load-dataset";
import { identityMask, resolveAsOf } from "../report-output";
import { printable, printableChunks, printableJson } from "../printable";
import { printClassifications, printFindingsTable } from "../print-findings";
import { formatOption, outputFormat, stringOption, type Command } from "./command";

/**
 * A problem that stopped `psea validate`, located by the input it is in and a path inside it.
 *
 * @category CLI
 * @example
 * // psea validate m.json --format json, with a number for personnel[3].grade:
 * const i: ValidateIssue = { input: "dataset", path: ["personnel", 3, "grade"], code: "invalid_type",
 *   message: "Invalid input: expected string, received number" };
 */
export type ValidateIssue = InputProblem;

// The core's one mapping of zod issues: kit codes kept, no received value or key in a message.
function zodIssues(error: z.ZodError, input: ValidateIssue["input"]): ValidateIssue[] {
  return inputIssuesFromZod(error).map((i) => ({ input, ...i }));
}

type ValidateFormat = "table" | "json" | "jsonl";

function validateFormat(values: Parameters<typeof outputFormat>[0]): { ok: true; format: ValidateFormat } | { ok: false; message: string } {
  if (stringOption(values, "format") === "jsonl") return { ok: true, format: "jsonl" };
  const f = outputFormat(values);
  return f.ok ? f : { ok: false, message: "--format: expected 'table', 'json' or 'jsonl'" };
}

/** One JSON value a line, each marked with its `record` kind, printable on a terminal. */
function jsonLine(record: string, value: object): string {
  return `${printable(JSON.stringify({ record, ...value }))}\n`;
}

function fromEvaluation(issues: Extract<EvaluationResult, { ok: false }>["issues"]): ValidateIssue[] {
  return issues.map((i) => {
    if (i.path[0] === "parameters") return { input: "parameters", path: i.path.slice(1), code: i.code, message: i.message };
    if (i.path[0] === "asOf") return { input: "arguments", path: [], code: i.code, message: i.message };
    return { input: "dataset", path: i.path, code: i.code, message: i.message };
  });
}

/**
 * Every problem of a dataset, whatever the rule set reads: the core sections against
 * `MissionDataset` of `@psea/core`, and the risk sections (`riskRegister`, `camps`,
 * `campAssessments`, `offLimitsList`, `jointPatrols`) with `parseRiskDataset` of `@psea/risk`, which
 * also checks their ids and their references to camps and offices, and the partner assessments
 * (`partnerAssessments`) with `parsePartnerDataset` of `@psea/partners`, which checks their references
 * to partner agreements. A section the rules do not read is still checked, so a mistake in it is never
 * silently dropped.
 *
 * @category CLI
 * @example
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * datasetIssues({ mission }); // []
 * const camps = [{ id: "CAMP-1", name: "Camp North", officeId: "FO-1" }];
 * const unknownCamp = datasetIssues({ mission, camps, campAssessments: [{ id: "CRA-1", campId: "CAMP-9", assessedOn: "2018-03-10" }] });
 * unknownCamp; // [{ input: "dataset", path: ["campAssessments", 0, "campId"], code: "unknown-reference", message: "expected the id of a camp of this dataset" }]
 * datasetIssues({ mission, offLimitsList: { updatedOn: "June" } }).map((i) => i.path); // [["offLimitsList", "updatedOn"]]
 * datasetIssues({ mission, partnerAssessments: [{ id: "PCA-1", partnerId: "IP-1", status: "draft", agreementIds: ["PA-9"] }] }).map((i) => i.code); // ["unknown-reference"]
 * datasetIssues(42).length; // 1
 */
export function datasetIssues(dataset: unknown): ValidateIssue[] {
  const issues: ValidateIssue[] = [];
  const core = MissionDataset.safeParse(dataset);
  if (!core.success) issues.push(...zodIssues(core.error, "dataset"));
  const risk = parseRiskDataset(dataset);
  if (!risk.ok) issues.push(...risk.issues.map((i) => ({ input: "dataset" as const, path: i.path, code: i.code, message: i.message })));
  // The partner agreements are the core's to check; only the assessments' own issues are added here.
  // In a whole mission dataset, partnerAgreements left out means none, so references are checked.
  const whole = typeof dataset === "object" && dataset !== null && !Array.isArray(dataset) ? { partnerAgreements: [], ...dataset } : dataset;
  const partners = parsePartnerDataset(whole);
  if (!partners.ok) {
    for (const i of partners.issues) if (i.path[0] === "partnerAssessments") issues.push({ input: "dataset", path: i.path, code: i.code, message: i.message });
  }
  // A document that is not an object fails both parses at its root: say so once.
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify([i.path, i.code, i.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Parses a dataset once for `psea validate`: the core sections (`MissionDataset`), the risk
 * sections (with `parseRiskDataset`'s checks) and every section the rule set reads (the partner
 * assessments among them), through one composed schema. The parsed value goes to `evaluateParsed`,
 * which does not validate it again.
 *
 * @category CLI
 * @example
 * import { allRules } from "@psea/core/rules";
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * parseForValidation(allRules, { mission }).ok; // true
 * const offices = [{ id: "HQ", name: "Headquarters", region: "Capital", kind: "headquarters", significantStaffPresence: true }];
 * parseForValidation(allRules, { mission, offices, camps: [{ id: "C", name: "C", officeId: "FO-9" }] }).ok; // false
 */
export function parseForValidation(ruleSet: RuleSet, dataset: unknown): ParseDatasetResult {
  // As parseRiskDataset: camps and register entries are checked against offices only when the document has them.
  const hasOffices = typeof dataset === "object" && dataset !== null && (dataset as Record<string, unknown>).offices !== undefined;
  return parseDataset(ruleSet, dataset, {
    sections: { ...MissionDatasetShape.shape, ...RiskDatasetShape.shape },
    refine: (data, ctx) => {
      const d = data as unknown as RiskDataset & { offices?: readonly { id: string }[] };
      checkRiskReferences({ ...d, offices: hasOffices ? d.offices : undefined }, ctx as never);
    },
  });
}

// An input is named by what it holds, never by its path (a received value, which can name a person).
const inputLabel = (input: ValidateIssue["input"], files: { dataset: string; parameters?: string | undefined }) =>
  input === "arguments" ? "the command line" : input === "dataset" ? (files.dataset === "-" ? "standard input" : "the dataset file") : "the --parameters file";

const FILE_LEVEL = new Set(["unreadable-file", "invalid-json", "invalid-csv", "invalid-csv-header"]);

/**
 * Prints input problems on standard error, grouped by input, each with its path and code.
 *
 * @category CLI
 * @example
 * const err: string[] = [];
 * const io: CliIo = { readFile: () => "", stdout: () => {}, stderr: (t) => err.push(t), now: () => new Date(0) };
 * printIssues(io, [{ input: "dataset", path: ["personnel", 0, "grade"], code: "invalid_type", message: "expected string" }], { dataset: "m.json" }, "validate");
 * err; // ["psea validate: the dataset file is not a valid mission dataset (1 problem):\n", "  personnel[0].grade: expected string [invalid_type]\n"]
 */
export function printIssues(io: CliIo, issues: readonly ValidateIssue[], files: { dataset: string; parameters?: string | undefined }, command = "validate"): void {
  for (const i of issues) if (FILE_LEVEL.has(i.code)) io.stderr(`psea ${command}: ${i.message}\n`);
  for (const input of ["arguments", "dataset", "parameters"] as const) {
    const mine = issues.filter((i) => i.input === input && !FILE_LEVEL.has(i.code));
    if (mine.length === 0) continue;
    const what = input === "dataset" ? "a valid mission dataset" : input === "parameters" ? "a valid parameter overlay" : "valid";
    io.stderr(`psea ${command}: ${inputLabel(input, files)} is not ${what} (${mine.length} problem${mine.length === 1 ? "" : "s"}):\n`);
    for (const i of mine) io.stderr(`  ${i.path.length > 0 ? `${formatPath(i.path)}: ` : ""}${i.message} [${i.code}]\n`);
  }
}

/**
 * The classification of every allegation of a valid dataset as derived from its facts (SGB section 1),
 * whether or not one was recorded, with the parameters in force on `asOf` (as the rule
 * `sgb.1.recorded-classification` derives it). `psea validate` prints it after the findings, and
 * as `classifications` in its JSON.
 *
 * @category CLI
 * @example
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const allegations = [{ id: "A-1", receivedOn: "2018-06-01", intake: { channel: "hotline" },
 *   victims: [{ ref: "V-1", age: { kind: "known", years: 16 }, sex: "female" }], conduct: { sexualActivity: "actual" } }];
 * const [c] = derivedClassifications({ mission, allegations }, "2018-06-30");
 * [c?.nature, c?.type, c?.agrees]; // ["sexual-abuse", "sexual-activity-with-minor", null]
 */
export function derivedClassifications(dataset: unknown, asOf: string, parameters: ParameterSet = defaultParameterSet): DerivedClassification[] {
  const parsed = MissionDatasetShape.pick({ allegations: true }).safeParse(dataset);
  if (!parsed.success) return [];
  const threshold = resolveParameter(parameters, "childAgeThresholdYears", asOf);
  const relationship = resolveParameter(parameters, "adultBeneficiaryRelationshipClassification", asOf);
  // A parameter not in force is already a rule error of the evaluation.
  if (!threshold.ok || !relationship.ok) return [];
  return deriveClassifications(parsed.data.allegations, { childAgeThresholdYears: threshold.value, adultBeneficiaryRelationship: relationship.value });
}

/**
 * `psea validate <dataset.json> [--as-of YYYY-MM-DD] [--format table|json|jsonl] [--parameters overlay.json]`:
 * checks a mission dataset, its risk sections included, against every rule ({@link pseaRuleSet}
 * unless `run` is given another rule set). Exit 0 without violations, 1 with violations, 2 when
 * the input is bad (every problem listed by path) or a rule could not run. Without `--as-of` the
 * check is made as of today, from the injected clock. No output ever carries a victim's or
 * complainant's identity.
 *
 * @category CLI
 * @example
 * import { defineRuleSet } from "@psea/core";
 * import { focalPointGrade } from "@psea/core/rules";
 * // mission.json: the Alternate is at P-3, below the minimum grade P-4.
 * const mission = { id: "M", name: "Mission", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const offices = [{ id: "HQ", name: "Headquarters", region: "Capital", kind: "headquarters", significantStaffPresence: true }];
 * const staff = (id: string, grade: string) => ({ id, grade, category: "civilian-staff", gender: "female", officeId: "HQ", arrivalDate: "2018-01-02" });
 * const roster = { focalPoint: { personnelId: "FP", appointedOn: "2018-01-15" }, alternate: { personnelId: "ALT", appointedOn: "2018-01-15" } };
 * const file = JSON.stringify({ mission, offices, personnel: [staff("FP", "P-5"), staff("ALT", "P-3")], roster });
 * const out: string[] = [];
 * const io: CliIo = { readFile: () => file, stdout: (t) => out.push(t), stderr: (t) => out.push(t), now: () => new Date(2018, 5, 30) };
 * const ruleSet = defineRuleSet({ id: "gm-c", title: "GM (c)", rules: [focalPointGrade] });
 * validateCommand.positionals; // { min: 1, max: 1, names: ["dataset"] }
 * // psea validate mission.json --as-of 2018-06-30, with a one-rule set:
 * void run(["validate", "mission.json", "--as-of", "2018-06-30"], io, { ruleSet });
 * // It resolves to 1 (EXIT.violations), and out.join("") is then:
 * // mission.json as of 2018-06-30: 1 rule evaluated, 1 violation, 0 warnings, 0 notices
 * //
 * // SEVERITY   RULE                         OBLIGATION  SUBJECT        MESSAGE
 * // violation  dpko.gm-c.focal-point-grade  DPKO-GM-c   personnel ALT  the Alternate is at grade P-3, below the minimum P-4
 */
export const validateCommand: Command = {
  name: "validate",
  summary: "Check a mission dataset against every rule",
  usage: "psea validate <dataset.json> [--as-of YYYY-MM-DD] [--format table|json|jsonl] [--parameters overlay.json]",
  help: [
    "Checks a mission dataset (see `psea schema`) against every rule, as of a date: the",
    "rules of ST/SGB/2003/13, the DPKO guidelines and the MINUSCA action plan, SEA training",
    "(AP-P2) and SEA risk management (AP-P6). Every section is validated, the risk sections",
    "(riskRegister, camps, campAssessments, offLimitsList, jointPatrols) included.",
    "",
    "Options:",
    "  --as-of YYYY-MM-DD          the date of the check (default: today, from the system clock;",
    "                              pass it to make the result reproducible)",
    "  -f, --format table|json|jsonl",
    "                              a table of findings (default), the evaluation result as JSON",
    "                              (with each allegation's derived classification, SGB section 1),",
    "                              or JSON Lines: the findings report without its findings, then",
    "                              one line per finding, then one per derived classification",
    "  -p, --parameters FILE.json  a parameter overlay: dated, cited values that replace defaults",
    "  --personnel FILE.csv        the personnel section from CSV (columns: see the README)",
    "  --training FILE.csv         completed SEA courses from CSV, added to each person",
    "",
    "The dataset is a JSON file, or - for standard input; a UTF-8 byte order mark is accepted.",
    "",
    "Exit codes: 0 no violation; 1 violations found; 2 bad input (every problem is listed by path)",
    "or a rule could not run; 3 internal error.",
  ].join("\n"),
  options: { ...formatOption, "as-of": { type: "string", valueName: "YYYY-MM-DD" }, ...datasetOptions },
  positionals: { min: 1, max: 1, names: ["dataset"] },
  async run({ values, positionals }, { io, ruleSet }): Promise<ExitCode> {
    const format = validateFormat(values);
    if (!format.ok) {
      io.stderr(`psea validate: ${format.message}\n`);
      return EXIT.badInput;
    }
    const datasetFile = positionals[0]!;
    const parametersFile = stringOption(values, "parameters");
    const files = { dataset: datasetFile, parameters: parametersFile };
    const issues: ValidateIssue[] = [];
    const asOf = resolveAsOf(values, io);
    if (!asOf.ok) issues.push(asOf.issue);
    let loaded: LoadedDataset | undefined = await loadDataset(io, datasetFile, values);
    issues.push(...loaded.issues);
    // Identity values are masked in every line printed, including problem reports on invalid data;
    // they are collected once, so that the raw document can be let go once it is parsed.
    const mask = loaded.dataset !== undefined ? identityMask(loaded.dataset) : <T>(value: T): T => value;
    // One parse of the whole document; only a document that fails it is checked again, section by
    // section, so that every problem is listed (a failed section stops the cross-reference checks).
    let parsed: ParseDatasetResult | undefined;
    if (loaded.dataset !== undefined && !loaded.issues.some((i) => i.input === "dataset")) {
      parsed = parseForValidation(ruleSet, loaded.dataset);
      if (!parsed.ok) {
        const all = datasetIssues(loaded.dataset);
        issues.push(...(all.length > 0 ? all : fromEvaluation(parsed.issues)));
      }
    }
    const fail = (all: readonly ValidateIssue[]): ExitCode => {
      const safe = mask(all);
      if (format.format === "json") io.stdout(printableJson({ ok: false, issues: safe }));
      else if (format.format === "jsonl") for (const i of safe) io.stdout(jsonLine("issue", i));
      else printIssues(io, safe, files);
      return EXIT.badInput;
    };
    const parameters = loaded.ok ? loaded.parameters : undefined;
    const loadedOk = loaded.ok;
    // The parsed value holds all the rules read: the raw document (as large again) is let go.
    loaded = undefined;
    if (issues.length > 0 || !asOf.ok || !loadedOk || !parsed?.ok) return fail(issues);

    const evaluated = evaluateParsed(ruleSet, parsed.value, { asOf: asOf.asOf, ...(parameters ? { parameters } : {}) });
    if (!evaluated.ok) return fail(fromEvaluation(evaluated.issues));
    const result = mask(redactIdentities(evaluated)) as typeof evaluated;
    const classifications = mask(derivedClassifications(parsed.value, asOf.asOf, parameters));

    if (format.format === "json") io.stdout(printableJson({ ...result, classifications }));
    else if (format.format === "jsonl") {
      const report = buildFindingsReport(result, { title: "Compliance findings", asOf: asOf.asOf });
      for await (const c of printableChunks(renderJsonLinesChunks(report))) io.stdout(c);
      for (const c of classifications) io.stdout(jsonLine("classification", c));
    } else {
      printFindingsTable(io, result, `${datasetFile} as of ${asOf.asOf}${asOf.fromClock ? " (today, from the system clock; pass --as-of to fix the date)" : ""}`);
      printClassifications(io, classifications);
    }
    if (result.summary.violations > 0) return EXIT.violations;
    return result.ruleErrors.length > 0 ? EXIT.badInput : EXIT.ok;
  },
};
