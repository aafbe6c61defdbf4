// The same packages from a CommonJS host: `require` resolves to their `.d.cts` types.
import core = require("@psea/core");
import rules = require("@psea/core/rules");
import reports = require("@psea/reports");

function check(untrustedJson: unknown): number {
  const result = core.evaluate(rules.allRules, untrustedJson, { asOf: "2019-06-30" });
  return result.ok ? reports.buildFindingsReport(result, { title: "PSEA compliance", asOf: "2019-06-30" }).findings.length : -1;
}

export = { check };
