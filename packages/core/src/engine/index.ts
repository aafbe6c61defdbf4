export * from "./finding";
export * from "./define-rule";
export * from "./define-exception";
export * from "./rule-set";
export * from "./evaluate";
export { ParameterInconsistency } from "./parameter-inconsistency";
