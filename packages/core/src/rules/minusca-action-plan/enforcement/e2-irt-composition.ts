import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import { isServing } from "../../../vocabulary/mission-bodies";

/**
 * AP Enforcement goal 2 (a) and expected result (i): an Immediate Response Team is established and
 * its membership maintained, with members from each unit of `irtRequiredUnits` (HRD, CRSV, HR, Child
 * Protection, UNPOL, Force). One violation naming the units with no member serving on `asOf`.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "e2", title: "E2", rules: [irtComposition] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const immediateResponseTeam = { members: [{ personnelId: "P-1", unit: "force", joinedOn: "2018-02-01" }] };
 * const personnel = [{ id: "P-1", category: "military-contingent", gender: "male", officeId: "HQ", arrivalDate: "2018-01-01" }];
 * const offices = [{ id: "HQ", name: "HQ", region: "Capital", kind: "headquarters", significantStaffPresence: true }];
 * const r = evaluate(set, { mission, offices, personnel, immediateResponseTeam }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.explanation.facts.missingUnits; // ["human-rights", "crsv", "human-resources", "child-protection", "un-police"]
 */
export const irtComposition = defineRule({
  id: "ap.e2.irt-composition",
  title: "The Immediate Response Team has a member from each required unit",
  obligations: ["AP-E2"],
  citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 2 (a) and expected result (i)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, immediateResponseTeam: true }),
  parameters: ["irtRequiredUnits"],
  *evaluate({ mission, immediateResponseTeam }, { asOf, params }) {
    const serving = immediateResponseTeam.members.filter((m) => isServing(m, asOf));
    const units = new Set<string>(serving.map((m) => m.unit));
    const missing = params.irtRequiredUnits.filter((u) => !units.has(u));
    if (missing.length === 0) return;
    yield {
      subject: { kind: "mission", id: mission.id },
      path: ["immediateResponseTeam", "members"],
      message: `the Immediate Response Team has no serving member from ${missing.join(", ")} on ${asOf}`,
      facts: { missingUnits: missing, servingUnits: [...units].sort(), servingMembers: serving.length },
    };
  },
});

/**
 * AP Enforcement goal 2 (c) and expected result (ii): Immediate Response Team members are trained on
 * collecting and preserving evidence. Each member serving on `asOf` with no `evidenceTrainingOn` on
 * or before it is a violation.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * irtTraining.obligations; // ["AP-E2"]
 */
export const irtTraining = defineRule({
  id: "ap.e2.irt-training",
  title: "Immediate Response Team members are trained on collecting and preserving evidence",
  obligations: ["AP-E2"],
  citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 2 (c) and expected result (ii)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ immediateResponseTeam: true }),
  parameters: [],
  *evaluate({ immediateResponseTeam }, { asOf }) {
    for (const [i, m] of immediateResponseTeam.members.entries()) {
      if (!isServing(m, asOf)) continue;
      if (m.evidenceTrainingOn !== undefined && m.evidenceTrainingOn <= asOf) continue;
      yield {
        subject: { kind: "personnel", id: m.personnelId },
        path: ["immediateResponseTeam", "members", i, "evidenceTrainingOn"],
        message: `Immediate Response Team member ${m.personnelId} (${m.unit}) has no recorded training on collecting and preserving evidence by ${asOf}`,
        facts: { unit: m.unit, joinedOn: m.joinedOn, evidenceTrainingOn: m.evidenceTrainingOn ?? null },
      };
    }
  },
});
