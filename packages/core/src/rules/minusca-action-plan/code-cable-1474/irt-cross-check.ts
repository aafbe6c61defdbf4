import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import { isServing } from "../../../vocabulary/mission-bodies";
import { codeCable1474MeasureInPlace } from "./measures";

/**
 * Code Cable 1474 measure (6), checked against the team's roster: a mission that declares its SEA
 * Immediate Response Team in place must have at least one member serving on `asOf`. The declaration
 * alone is not evidence; who is on the team is Enforcement goal 2's question ({@link irtComposition}).
 *
 * @category Rules: MINUSCA action plan
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "cc6", title: "CC 1474 (6)", rules: [immediateResponseTeamBacked] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"],
 *   measures: { "immediate-response-team": { inPlace: true } } };
 * const r = evaluate(set, { mission }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.path; // ["immediateResponseTeam", "members"]
 */
export const immediateResponseTeamBacked = defineRule({
  id: "ap.cc1474.immediate-response-team-staffed",
  title: "A declared Immediate Response Team measure is backed by serving members",
  obligations: ["AP-CC1474"],
  citation: cite("CC-1474", "measure (6)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, immediateResponseTeam: true }),
  parameters: [],
  *evaluate({ mission, immediateResponseTeam }, { asOf }) {
    if (!codeCable1474MeasureInPlace(mission, "immediate-response-team", asOf)) return;
    if (immediateResponseTeam.members.some((m) => isServing(m, asOf))) return;
    yield {
      subject: { kind: "mission", id: mission.id },
      path: ["immediateResponseTeam", "members"],
      message: `the SEA Immediate Response Team measure is declared in place but no member serves on it on ${asOf}`,
      facts: { measure: "immediate-response-team", declaredInPlace: true, recordedMembers: immediateResponseTeam.members.length, servingMembers: 0 },
    };
  },
});
