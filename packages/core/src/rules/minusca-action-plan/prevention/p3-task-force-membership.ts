import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import { isServing } from "../../../vocabulary/mission-bodies";

/**
 * AP Prevention goal 3: the SEA Task Force is a broad, representative decision-making body whose
 * members are the CDT, MINUSCA leadership and the heads of UN agencies. Each group of
 * `taskForceRequiredGroups` with no member serving on `asOf` is named in one violation.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "p3", title: "P3", rules: [taskForceMembership] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const taskForce = { members: [{ group: "cdt", joinedOn: "2018-01-15" }] };
 * const r = evaluate(set, { mission, taskForce }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.explanation.facts.missingGroups; // ["mission-leadership", "un-agency-head"]
 */
export const taskForceMembership = defineRule({
  id: "ap.p3.task-force-membership",
  title: "The SEA Task Force has members from the CDT, mission leadership and UN agencies",
  obligations: ["AP-P3"],
  citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 3 (a), leading partners"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, taskForce: true }),
  parameters: ["taskForceRequiredGroups"],
  *evaluate({ mission, taskForce }, { asOf, params }) {
    const groups = new Set<string>(taskForce.members.filter((m) => isServing(m, asOf)).map((m) => m.group));
    const missing = params.taskForceRequiredGroups.filter((g) => !groups.has(g));
    if (missing.length === 0) return;
    yield {
      subject: { kind: "mission", id: mission.id },
      path: ["taskForce", "members"],
      message: `the SEA Task Force has no serving member from ${missing.join(", ")} on ${asOf}`,
      facts: { missingGroups: missing, servingGroups: [...groups].sort() },
    };
  },
});
