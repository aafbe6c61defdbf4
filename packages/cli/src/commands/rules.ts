import { formatCitation, type Citation, type Severity } from "@psea/core";
import { EXIT } from "../io";
import { printableJson } from "../printable";
import { formatTable } from "../table";
import { formatOption, outputFormat, type Command } from "./command";

/**
 * A rule as `psea rules --format json` lists it.
 *
 * @category CLI
 * @example
 * const r: RuleListing = {
 *   id: "dpko.gm-c.focal-point-grade", title: "Focal Point and Alternate are appointed at or above the minimum grade",
 *   obligations: ["DPKO-GM-c"], severity: "violation",
 *   citation: { document: "DPKO-IG", clause: "General management responsibilities (c)" },
 *   citationText: "DPKO-IG, General management responsibilities (c)",
 *   parameters: ["focalPointMinimumGrade", "gradeOrder", "gradeEquivalents"], supersedes: [],
 * };
 */
export interface RuleListing {
  readonly id: string;
  readonly title: string;
  readonly obligations: readonly string[];
  readonly severity: Severity;
  readonly citation: Citation;
  readonly citationText: string;
  readonly parameters: readonly string[];
  readonly supersedes: readonly string[];
}

/**
 * `psea rules [--format table|json]`: every rule of the rule set with its obligations, severity,
 * citation and parameters.
 *
 * @category CLI
 * @example
 * import { defineRuleSet } from "@psea/core";
 * import { focalPointGrade } from "@psea/core/rules";
 * const out: string[] = [];
 * const io: CliIo = { readFile: () => "{}", stdout: (t) => out.push(t), stderr: (t) => out.push(t), now: () => new Date(2018, 5, 30) };
 * const ruleSet = defineRuleSet({ id: "gm-c", title: "GM (c)", rules: [focalPointGrade] });
 * // psea rules --format json, with a one-rule set:
 * rulesCommand.run({ values: { format: "json" }, positionals: [] }, { io, ruleSet }); // 0
 * const [listing] = JSON.parse(out.join(""));
 * listing.obligations; // ["DPKO-GM-c"]
 * listing.parameters; // ["focalPointMinimumGrade", "gradeOrder", "gradeEquivalents"]
 * listing.citationText; // "DPKO-IG, General management responsibilities (c)"
 */
export const rulesCommand: Command = {
  name: "rules",
  summary: "List every rule with its obligations, severity, citation and parameters",
  usage: "psea rules [--format table|json]",
  help: [
    "Lists every rule the kit ships, in rule-set order.",
    "",
    "Options:",
    "  -f, --format table|json  table (default) or a JSON array of rules",
  ].join("\n"),
  options: formatOption,
  positionals: { min: 0, max: 0 },
  run({ values }, { io, ruleSet }) {
    const format = outputFormat(values);
    if (!format.ok) {
      io.stderr(`psea rules: ${format.message}\n`);
      return EXIT.badInput;
    }
    const listing: RuleListing[] = ruleSet.rules.map((r) => ({
      id: r.id,
      title: r.title,
      obligations: [...r.obligations],
      severity: r.severity,
      citation: r.citation,
      citationText: formatCitation(r.citation),
      parameters: [...(r.parameters as readonly string[])],
      supersedes: [...r.supersedes],
    }));
    if (format.format === "json") {
      io.stdout(printableJson(listing));
      return EXIT.ok;
    }
    io.stdout(
      formatTable(
        ["RULE", "OBLIGATIONS", "SEVERITY", "PARAMETERS", "CITATION"],
        listing.map((r) => [r.id, r.obligations.join(", "), r.severity, r.parameters.join(", ") || "-", r.citationText]),
      ),
    );
    io.stdout(`\n${listing.length} rule${listing.length === 1 ? "" : "s"}\n`);
    return EXIT.ok;
  },
};
