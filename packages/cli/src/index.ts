/**
 * The `psea` command: validate a mission dataset against PSEA policy, list rules, print JSON
 * Schemas. {@link run} takes its input and output as arguments, so hosts and tests can drive it
 * without a process; `bin.ts` wires the real ones.
 *
 * @packageDocumentation
 */
export { EXIT } from "./io";
export type { CliIo, ExitCode } from "./io";
export { run, usage } from "./run";
export type { RunOptions } from "./run";
export { pseaRuleSet } from "./rule-set";
export {
  buildAllReports,
  commands,
  DASHBOARD_ORDER,
  dashboardHtml,
  datasetIssues,
  datasetJsonSchema,
  datasetSchemas,
  DEMO_DEFAULTS,
  demoCommand,
  derivedClassifications,
  findingsOutputs,
  formatOption,
  outputFormat,
  parseForValidation,
  printIssues,
  reportCommand,
  rulesCommand,
  runDemo,
  schemaCommand,
  stringOption,
  validateCommand,
} from "./commands";
export type {
  BuiltReports,
  Command,
  CommandArgs,
  CommandContext,
  CommandOption,
  DatasetSchemaName,
  DemoOptions,
  DemoResult,
  OutputFormat,
  ReportKinds,
  RuleListing,
  ValidateIssue,
} from "./commands";
export { CLI_VERSION } from "./version";
export { nodeIo } from "./node-io";
export { progressFor, type Progress } from "./progress";
export { jsonSyntaxError, type JsonSyntaxError } from "./json-position";
export {
  parseJsonText,
  personnelFromCsv,
  PERSONNEL_CSV_COLUMNS,
  readJson,
  readText,
  stripBom,
  trainingFromCsv,
  TRAINING_CSV_COLUMNS,
  withCsvSections,
  type InputProblem,
  type InputRead,
} from "./input";
export { datasetOptions, loadDataset, type LoadedDataset } from "./load-dataset";
export {
  documentOutputs,
  identityMask,
  maskDocument,
  REPORT_FORMATS,
  resolveAsOf,
  safeFileStem,
  writeOutputs,
  type ReportFormat,
  type ReportOutput,
} from "./report-output";
export { defaultReportKinds, findingsKind, withFindingsKind } from "./report-kinds";
export { findingsSummary, topFindings } from "./demo-summary";
