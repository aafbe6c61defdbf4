export * from "./child-status";
export * from "./classify-allegation";
