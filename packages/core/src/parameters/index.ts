export * from "./citation";
export * from "./types";
export * from "./catalogue";
export * from "./parameter-set";
