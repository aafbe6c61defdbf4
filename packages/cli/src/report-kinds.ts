import { evaluate, normalizeAsOf, type RuleSet } from "@psea/core";
import * as reports from "@psea/reports";
import { buildFindingsReport, findingsSections, type FindingsReport, type ReportKind } from "@psea/reports";
import { datasetIssues, type ReportKinds } from "./commands";

/**
 * The `findings` report kind: every rule of `ruleSet` evaluated over the dataset (after the same
 * checks `psea validate` makes), as a findings report; its sections are the totals and charts of
 * `findingsSections`.
 *
 * @category CLI
 * @example
 * import { defineRuleSet } from "@psea/core";
 * import { focalPointAppointed } from "@psea/core/rules";
 * const kind = findingsKind(defineRuleSet({ id: "gm-c", title: "GM (c)", rules: [focalPointAppointed] }));
 * const mission = { id: "M", name: "Mission", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const built = kind.build({ mission }, { asOf: "2018-06-30" });
 * built.ok && built.report.totals.findings; // 2
 * kind.build({}, { asOf: "2018-06-30" }).ok; // false
 */
export function findingsKind(ruleSet: RuleSet): ReportKind<FindingsReport> {
  return {
    id: "findings",
    title: "Compliance findings",
    build(input, options) {
      const issues = datasetIssues(input);
      if (issues.length > 0) return { ok: false, issues: issues.map(({ path, code, message }) => ({ path, code, message })) };
      const result = evaluate(ruleSet, input, { asOf: options.asOf, ...(options.parameters !== undefined ? { parameters: options.parameters } : {}) });
      if (!result.ok) return { ok: false, issues: result.issues };
      const asOf = normalizeAsOf(options.asOf) ?? result.asOf;
      return { ok: true, report: buildFindingsReport(result, { title: "Compliance findings", asOf }) };
    },
    sections: findingsSections,
  };
}

/**
 * A registry with the `findings` kind added (a kind of the same id in `kinds` wins).
 *
 * @category CLI
 * @example
 * import { pseaRuleSet } from "@psea/cli";
 * Object.keys(withFindingsKind({}, pseaRuleSet)); // ["findings"]
 */
export function withFindingsKind(kinds: ReportKinds, ruleSet: RuleSet): ReportKinds {
  return { findings: findingsKind(ruleSet), ...kinds };
}

/**
 * The report kinds `psea report` offers by default: the builders' registry, `reportKinds` of
 * `@psea/reports` (`public-data`, `rc-annual`, `action-plan`, `scorecard`, `prevention`, `cases`),
 * when the installed version exports it, and the `findings` kind.
 *
 * @category CLI
 * @example
 * import { pseaRuleSet } from "@psea/cli";
 * Object.keys(defaultReportKinds(pseaRuleSet))[0]; // "findings"
 */
export function defaultReportKinds(ruleSet: RuleSet): ReportKinds {
  // Read through the namespace so that the CLI runs whether or not this version of @psea/reports ships builders.
  const fromReports = (reports as unknown as { readonly reportKinds?: ReportKinds }).reportKinds;
  return withFindingsKind(fromReports ?? {}, ruleSet);
}
