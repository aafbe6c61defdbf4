export * from "./finding";
export * from "./define-rule";
export * from "./define-exception";
export * from "./rule-set";
export * from "./evaluate";
export { inputIssuesFromZod, type InputIssue } from "./input-issues";
export { InputLimitError } from "./input-limit";
