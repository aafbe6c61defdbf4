import { defineRule } from "@psea/core";
import { riskScaleOf, scoreRisk } from "../scale/risk-scale";
import { isOpenRisk } from "../schemas/risk-register";
import { RiskDatasetShape } from "../schemas/risk-dataset";
import { goal6 } from "./shared";

/**
 * AP Prevention goal 6 (d): recommendations on mitigating factors and actions are made to the SEA
 * Emergency Action Team. An open entry whose level is one of `riskLevelsRequiringMitigation` (high
 * and critical) with no recommendation standing on `asOf` (made by then and not rejected) is a
 * violation. Entries that cannot be scored are left to {@link riskEntryScored}.
 *
 * @category Risk rules
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "mitigation", title: "Mitigation", rules: [highRiskMitigation] });
 * const riskRegister = [{ id: "R-1", description: "…", category: "security", likelihood: 4, impact: 5, identifiedOn: "2018-02-20" }];
 * const r = evaluate(set, { riskRegister }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.explanation.facts; // { score: 20, level: "critical", standing: 0, rejected: 0 }
 */
export const highRiskMitigation = defineRule({
  id: "ap.p6.high-risk-mitigation",
  title: "Every high or critical risk has a standing mitigation recommendation",
  obligations: ["AP-P6"],
  citation: goal6("(d)"),
  severity: "violation",
  reads: RiskDatasetShape.pick({ riskRegister: true }),
  parameters: ["riskScale", "riskLevelBands", "riskLevelsRequiringMitigation"],
  *evaluate({ riskRegister }, { asOf, params }) {
    const scale = riskScaleOf(params);
    for (const [i, entry] of riskRegister.entries()) {
      if (!isOpenRisk(entry, asOf)) continue;
      const s = scoreRisk(entry, scale);
      if (!s.ok || !params.riskLevelsRequiringMitigation.includes(s.level)) continue;
      const made = entry.mitigations.filter((m) => m.recommendedOn <= asOf);
      const standing = made.filter((m) => m.status !== "rejected").length;
      if (standing > 0) continue;
      yield {
        subject: { kind: "risk", id: entry.id },
        path: ["riskRegister", i, "mitigations"],
        message: `${s.level} risk ${entry.id} (score ${s.score}) has no standing mitigation recommendation`,
        facts: { score: s.score, level: s.level, standing, rejected: made.length - standing },
      };
    }
  },
});
