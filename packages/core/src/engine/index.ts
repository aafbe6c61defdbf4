export * from "./finding";
export * from "./define-rule";
export * from "./define-exception";
export * from "./rule-set";
export * from "./evaluate";
export { ParameterInconsistency } from "./parameter-inconsistency";
export { MAX_INPUT_ISSUES, inputIssuesFromZod, type InputIssue } from "./input-issues";
export { InputLimitError } from "./input-limit";
export { personnelById, sharedIndex } from "./evaluation-scope";
