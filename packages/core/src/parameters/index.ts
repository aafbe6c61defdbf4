export * from "./citation";
export * from "./types";
export * from "./catalogue";
export * from "./parameter-set";
export { minuscaMissionProfile, type MissionProfile } from "./profiles/minusca";
