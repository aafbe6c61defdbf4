import { redactIdentities } from "../confidentiality";
import type { FindingsReport, ReportFinding } from "../findings-report";
import { csvChunks, type CsvOptions } from "./csv-table";

import { describeException, describeParameter, describeSupersedes } from "./describe";
import { displayValue } from "./escape";

/**
 * The columns of {@link renderCsv}, in order.
 *
 * @category Rendering
 * @example
 * CSV_COLUMNS[0]; // "number"
 */
export const CSV_COLUMNS = [
  "number",
  "severity",
  "rule_id",
  "obligation_ids",
  "citation",
  "subject_kind",
  "subject_id",
  "path",
  "message",
  "concern",
  "facts",
  "parameters",
  "exception",
  "supersedes",
] as const;

function findingRow(f: ReportFinding): string[] {
  return [
    String(f.number),
    f.severity,
    f.ruleId,
    f.obligationIds.join("; "),
    f.citation,
    f.subject.kind,
    f.subject.id,
    f.path,
    f.message,
    f.concern,
    Object.keys(f.facts).length > 0 ? displayValue(f.facts) : "",
    f.parameters.map(describeParameter).join("; "),
    f.exception ? describeException(f.exception) : "",
    describeSupersedes(f.supersedes),
  ];
}

function* findingRows(report: FindingsReport): Generator<string[]> {
  yield [...CSV_COLUMNS];
  // One finding at a time: a million findings are never copied at once.
  for (const f of report.findings) yield findingRow(redactIdentities(f) as ReportFinding);
}

/**
 * The report's findings as CSV chunks of about 64 KB (see {@link renderCsv} for the columns),
 * written one finding at a time so that memory stays flat however many findings there are.
 *
 * @category Rendering
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * import { focalPointAppointed } from "@psea/core/rules";
 * const rules = defineRuleSet({ id: "gm-c", title: "GM (c)", rules: [focalPointAppointed] });
 * const mission = { id: "M", name: "Mission", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const r = evaluate(rules, { mission }, { asOf: "2018-06-30" });
 * if (!r.ok) throw new Error("not a mission dataset");
 * const report = buildFindingsReport(r, { title: "PSEA compliance", asOf: "2018-06-30" });
 * [...renderCsvChunks(report, { bom: false })].join("").split("\r\n").length; // 4
 */
export function renderCsvChunks(report: FindingsReport, options: CsvOptions = {}): Generator<string, void, undefined> {
  return csvChunks(findingRows(report), options);
}

/**
 * The report's findings as CSV (RFC 4180: CRLF line ends, a header row, one row per finding),
 * starting with a UTF-8 byte order mark unless `bom: false`. Facts are JSON; parameters,
 * exception and superseded findings are text. For very large reports use {@link renderCsvChunks}.
 *
 * @category Rendering
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * import { focalPointAppointed } from "@psea/core/rules";
 * const rules = defineRuleSet({ id: "gm-c", title: "GM (c)", rules: [focalPointAppointed] });
 * const mission = { id: "M", name: "Mission", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const r = evaluate(rules, { mission }, { asOf: "2018-06-30" }); // no Focal Point and no Alternate appointed
 * if (!r.ok) throw new Error("not a mission dataset");
 * const report = buildFindingsReport(r, { title: "PSEA compliance", asOf: "2018-06-30" });
 * const csv = renderCsv(report, { bom: false });
 * csv.split("\r\n")[0]; // "number,severity,rule_id,obligation_ids,citation,subject_kind,subject_id,path,message,concern,facts,parameters,exception,supersedes"
 * csv.split("\r\n").length; // 4 (a header, two findings, and the empty string after the last CRLF)
 * csv.split("\r\n")[1]?.split(",").slice(0, 4); // ["1", "violation", "dpko.gm-c.focal-point-appointed", "DPKO-GM-c"]
 * renderCsv(report).startsWith("\uFEFFnumber,"); // true: a byte order mark by default
 */
export function renderCsv(report: FindingsReport, options: CsvOptions = {}): string {
  let out = "";
  for (const c of renderCsvChunks(report, options)) out += c;
  return out;
}
