import { IDENTITY_KEY, redactIdentities } from "../confidentiality";
import type { FindingsReport } from "../findings-report";
import { jsonChunks } from "./json-chunks";

function* reportValue(report: FindingsReport): Generator<string, void, undefined> {
  // The findings are redacted one at a time, as they are written: a million findings are never copied at once.
  const value: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(report)) {
    if (k === IDENTITY_KEY) continue;
    value[k] = k === "findings" ? { [Symbol.iterator]: () => mapIterator(report.findings) } : redactIdentities(v);
  }
  yield* jsonChunks(value);
}

function* mapIterator(findings: FindingsReport["findings"]): Generator<unknown> {
  for (const f of findings) yield redactIdentities(f);
}

/**
 * The report as pretty-printed JSON in chunks of about 64 KB, identities removed: the text of
 * {@link renderJson}, without its size limit (a million findings make more text than one
 * JavaScript string can hold). Write it to a file with {@link writeChunks}.
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
 * JSON.parse([...renderJsonChunks(report)].join("")).totals.findings; // 2
 */
export function renderJsonChunks(report: FindingsReport): Generator<string, void, undefined> {
  return reportValue(report);
}

/**
 * The report as pretty-printed JSON (two-space indent, trailing newline), identities removed.
 * For very large reports use {@link renderJsonChunks}.
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
 * const json = renderJson(report);
 * JSON.parse(json).format; // "psea-findings-report"
 * JSON.parse(json).totals.findings; // 2
 * json.endsWith("}\n"); // true
 */
export function renderJson(report: FindingsReport): string {
  let out = "";
  for (const c of renderJsonChunks(report)) out += c;
  return out;
}

/**
 * The report as JSON Lines (one JSON value a line, in chunks of about 64 KB): first the report
 * without its findings, marked `"record": "report"`, then each finding, marked `"record": "finding"`,
 * redacted as it is written. A consumer can read a report of any size one line at a time.
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
 * const lines = [...renderJsonLinesChunks(report)].join("").trimEnd().split("\n").map((l) => JSON.parse(l));
 * lines.map((l) => l.record); // ["report", "finding", "finding"]
 * lines[1].ruleId; // "dpko.gm-c.focal-point-appointed"
 */
export function* renderJsonLinesChunks(report: FindingsReport): Generator<string, void, undefined> {
  const head: Record<string, unknown> = { record: "report" };
  for (const [k, v] of Object.entries(report)) if (k !== IDENTITY_KEY && k !== "findings") head[k] = redactIdentities(v);
  let buffer = "";
  const line = (value: unknown) => {
    for (const c of jsonChunks(value, { indent: 0 })) buffer += c;
  };
  line(head);
  for (const f of report.findings) {
    line({ record: "finding", ...(redactIdentities(f) as object) });
    if (buffer.length >= 64 * 1024) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer !== "") yield buffer;
}

/**
 * {@link renderJsonLinesChunks} joined into one string.
 *
 * @category Rendering
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * import { focalPointAppointed } from "@psea/core/rules";
 * const rules = defineRuleSet({ id: "gm-c", title: "GM (c)", rules: [focalPointAppointed] });
 * const mission = { id: "M", name: "Mission", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const r = evaluate(rules, { mission }, { asOf: "2018-06-30" });
 * if (!r.ok) throw new Error("not a mission dataset");
 * renderJsonLines(buildFindingsReport(r, { title: "PSEA compliance", asOf: "2018-06-30" })).split("\n").length; // 4
 */
export function renderJsonLines(report: FindingsReport): string {
  let out = "";
  for (const c of renderJsonLinesChunks(report)) out += c;
  return out;
}
