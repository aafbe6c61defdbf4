export * from "./rc-annual-report";
