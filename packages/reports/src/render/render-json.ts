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
 * import { defineRuleSet, evaluate, focalPointAppointed } from "@psea/core";
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
 * import { defineRuleSet, evaluate, focalPointAppointed } from "@psea/core";
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
