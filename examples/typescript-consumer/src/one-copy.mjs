// An ESM host and a CommonJS host in one Node process share one copy of each package: Node resolves
// `import` to a wrapper over the CommonJS build, so classes and schemas are the same objects.
import { createRequire } from "node:module";
import * as esmCore from "@psea/core";
import * as esmRules from "@psea/core/rules";
import * as esmCases from "@psea/cases";

const require = createRequire(import.meta.url);
const pairs = [
  ["@psea/core InputLimitError", esmCore.InputLimitError, require("@psea/core").InputLimitError],
  ["@psea/core MissionDataset", esmCore.MissionDataset, require("@psea/core").MissionDataset],
  ["@psea/core/rules allRules", esmRules.allRules, require("@psea/core/rules").allRules],
  ["@psea/core/rules bulletinRules", esmRules.bulletinRules, require("@psea/core/rules").bulletinRules],
  ["@psea/cases InMemoryCaseStore", esmCases.InMemoryCaseStore, require("@psea/cases").InMemoryCaseStore],
];
const twice = pairs.filter(([, a, b]) => a === undefined || a !== b).map(([name]) => name);
if (twice.length > 0) {
  console.error(`loaded twice or missing: ${twice.join(", ")}`);
  process.exit(1);
}
console.log(`one copy: ${pairs.length} exports are the same object from import and require`);
