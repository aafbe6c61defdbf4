import { redactIdentities } from "../confidentiality";
import type { FindingsReport } from "../findings-report";

/**
 * The report as pretty-printed JSON (two-space indent, trailing newline), identities removed.
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
  return `${JSON.stringify(redactIdentities(report), (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v), 2)}\n`;
}
