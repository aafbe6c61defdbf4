export * from "./iso-date";
export * from "./duration";
