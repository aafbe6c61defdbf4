import type { Command } from "./command";
import { rulesCommand } from "./rules";
import { schemaCommand } from "./schema";
import { validateCommand } from "./validate";
import { reportCommand } from "./report";
import { demoCommand } from "./demo";

/**
 * The subcommands of `psea`, by name: `run` dispatches through this table.
 *
 * @category CLI
 * @example
 * Object.keys(commands); // ["validate", "report", "demo", "rules", "schema"]
 */
export const commands: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  report: reportCommand,
  demo: demoCommand,
  rules: rulesCommand,
  schema: schemaCommand,
};

export { formatOption, outputFormat, stringOption } from "./command";
export type { Command, CommandArgs, CommandContext, CommandOption, OutputFormat, ReportKinds } from "./command";
export { rulesCommand } from "./rules";
export type { RuleListing } from "./rules";
export { datasetJsonSchema, datasetSchemas, schemaCommand } from "./schema";
export type { DatasetSchemaName } from "./schema";
export { datasetIssues, derivedClassifications, parseForValidation, printIssues, validateCommand } from "./validate";
export type { ValidateIssue } from "./validate";
export { buildAllReports, DASHBOARD_ORDER, dashboardHtml, findingsOutputs, reportCommand } from "./report";
export type { BuiltReports } from "./report";
export { DEMO_DEFAULTS, demoCommand, runDemo } from "./demo";
export type { DemoOptions, DemoResult } from "./demo";
