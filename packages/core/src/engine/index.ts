export { severityOrder } from "./finding";
export type {
  AppliedException,
  Conflict,
  ExceptionBasis,
  Explanation,
  FactValue,
  Finding,
  ObligationId,
  Severity,
  Subject,
} from "./finding";
export { defineRule } from "./define-rule";
export type { AnyRule, FindingDraft, ParametersOn, Rule, RuleContext } from "./define-rule";
export { defineException } from "./define-exception";
export type { AnyRuleException, ExceptionMatch, RuleException } from "./define-exception";
export { combineRuleSets, defineRuleSet } from "./rule-set";
export type { RuleSet } from "./rule-set";
export { evaluate, evaluateParsed, inputSchemaFor, parseDataset } from "./evaluate";
export type {
  EvaluateOptions,
  EvaluationResult,
  FindingSummary,
  ParseDatasetOptions,
  ParseDatasetResult,
  ParsedDataset,
  RuleError,
} from "./evaluate";
export { ParameterInconsistency } from "./parameter-inconsistency";
export { MAX_INPUT_ISSUES, inputIssuesFromZod, type InputIssue } from "./input-issues";
export { InputLimitError } from "./input-limit";
export { personnelById, sharedIndex } from "./evaluation-scope";
export { parameterOn } from "./parameter-on";
