import { defineRule } from "@psea/core";
import { RiskDatasetShape } from "../schemas/risk-dataset";
import { goal6 } from "./shared";

/**
 * AP Prevention goal 6 (h): joint patrols to risk areas bring Police, CDT and Security together
 * (`jointPatrolParticipants`). A patrol held on or before `asOf` without one of them is a warning.
 *
 * @category Risk rules
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "patrols", title: "Patrols", rules: [jointPatrolParticipants] });
 * const jointPatrols = [{ id: "JP-1", on: "2018-05-04", areas: ["Quartier Y"], participants: ["police", "cdt"] }];
 * const r = evaluate(set, { jointPatrols }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.explanation.facts.missing; // ["security"]
 */
export const jointPatrolParticipants = defineRule({
  id: "ap.p6.joint-patrol-participants",
  title: "Joint patrols to risk areas include every required component",
  obligations: ["AP-P6"],
  citation: goal6("(h)"),
  severity: "warning",
  reads: RiskDatasetShape.pick({ jointPatrols: true }),
  parameters: ["jointPatrolParticipants"],
  *evaluate({ jointPatrols }, { asOf, params }) {
    for (const [i, patrol] of jointPatrols.entries()) {
      if (patrol.on > asOf) continue;
      const missing = params.jointPatrolParticipants.filter((p) => !patrol.participants.includes(p));
      if (missing.length === 0) continue;
      yield {
        subject: { kind: "joint-patrol", id: patrol.id },
        path: ["jointPatrols", i, "participants"],
        message: `joint patrol ${patrol.id} on ${patrol.on} had no ${missing.join(", ")} component`,
        facts: { on: patrol.on, areas: patrol.areas, participants: patrol.participants, missing },
      };
    }
  },
});
