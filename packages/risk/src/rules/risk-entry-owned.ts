import { defineRule, MissionDatasetShape, personnelById } from "@psea/core";
import { isOpenRisk } from "../schemas/risk-register";
import { RiskDatasetShape } from "../schemas/risk-dataset";
import { goal6 } from "./shared";

/**
 * AP Prevention goal 6 (b): every open risk register entry has an owner, who is mission personnel
 * on strength on `asOf`. No owner, an owner not in `personnel`, one not yet arrived or one
 * departed are each a violation, told apart by the `ownerStatus` fact.
 *
 * @category Risk rules
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "owned", title: "Owned", rules: [riskEntryOwned] });
 * const riskRegister = [{ id: "R-1", description: "…", category: "security", owner: "P-GONE", identifiedOn: "2018-02-20" }];
 * const r = evaluate(set, { riskRegister, personnel: [] }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.explanation.facts; // { owner: "P-GONE", ownerStatus: "unknown" }
 */
export const riskEntryOwned = defineRule({
  id: "ap.p6.risk-entry-owned",
  title: "Every open risk register entry is owned by a member of personnel on strength",
  obligations: ["AP-P6"],
  citation: goal6("(b)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ personnel: true }).extend(RiskDatasetShape.pick({ riskRegister: true }).shape),
  parameters: [],
  *evaluate({ personnel, riskRegister }, { asOf }) {
    const byId = personnelById(personnel);
    for (const [i, entry] of riskRegister.entries()) {
      if (!isOpenRisk(entry, asOf)) continue;
      const p = entry.owner === undefined ? undefined : byId.get(entry.owner);
      const ownerStatus =
        entry.owner === undefined
          ? "none"
          : !p
            ? "unknown"
            : p.arrivalDate > asOf
              ? "not-yet-arrived"
              : p.departureDate !== undefined && p.departureDate <= asOf
                ? "departed"
                : "on-strength";
      if (ownerStatus === "on-strength") continue;
      yield {
        subject: { kind: "risk", id: entry.id },
        path: ["riskRegister", i, "owner"],
        message:
          ownerStatus === "none"
            ? `risk ${entry.id} has no owner`
            : ownerStatus === "unknown"
              ? `risk ${entry.id} is owned by ${entry.owner}, who is not in the mission's personnel`
              : `risk ${entry.id} is owned by ${entry.owner}, who is not on strength on ${asOf} (${ownerStatus})`,
        facts: { owner: entry.owner ?? null, ownerStatus },
      };
    }
  },
});
