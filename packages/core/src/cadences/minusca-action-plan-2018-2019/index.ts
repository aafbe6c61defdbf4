export * from "./p1-communication";
export * from "./p3-task-force";
export * from "./p4-force-and-police";
export * from "./p6-prevention-meetings";
export * from "./e3-investigation-review";
export * from "./r1-vra-meetings";
