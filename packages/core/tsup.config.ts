import { packageConfig } from "../../tsup.config.base";

// One entry per public door: the top level and the subpaths for the large areas.
export default packageConfig({
  index: "src/index.ts",
  rules: "src/rules/index.ts",
  parameters: "src/parameters/index.ts",
  cadences: "src/cadences/index.ts",
  "action-plan": "src/action-plan/index.ts",
});
