import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";

const ROLES = { headOfMission: "Head of Mission", residentCoordinator: "Resident Coordinator" } as const;

/**
 * DPKO Responsibilities of HoM and RC (a): the Head of Mission and the Resident Coordinator bear
 * specific responsibility for the bulletin on the ground, so the mission configuration must name
 * both; where no peacekeeping or peacebuilding mission is present (`missionPresent: false`) there is
 * no Head of Mission, and only the Resident Coordinator is required. An official whose `since` falls
 * after `asOf` is not yet accountable on that date.
 *
 * @category Rules: DPKO guidelines
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "rc-a", title: "RC (a)", rules: [accountableOfficials] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: false,
 *   relevantLanguages: ["fr"], headOfMission: { name: "HoM" } };
 * const r = evaluate(set, { mission }, { asOf: "2018-06-30" });
 * r.ok && r.findings.map((f) => f.path); // [["mission", "residentCoordinator"]]
 */
export const accountableOfficials = defineRule({
  id: "dpko.rc-a.accountable-officials",
  title: "The mission names its accountable Head of Mission and Resident Coordinator",
  obligations: ["DPKO-RC-a"],
  citation: cite("DPKO-IG", "Responsibilities of HoM and RC (a)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true }),
  parameters: [],
  *evaluate({ mission }, { asOf }) {
    for (const [role, label] of Object.entries(ROLES) as [keyof typeof ROLES, string][]) {
      // A country without a mission has a Resident Coordinator but no Head of Mission to name.
      if (role === "headOfMission" && !mission.missionPresent) continue;
      const official = mission[role];
      if (official && (official.since === undefined || official.since <= asOf)) continue;
      yield {
        subject: { kind: "mission", id: mission.id },
        path: official ? ["mission", role, "since"] : ["mission", role],
        message: official
          ? `the ${label} is recorded only from ${official.since}, after ${asOf}`
          : `no accountable ${label} is named for the mission`,
        facts: { role, named: official !== undefined, since: official?.since ?? null },
        concern: `accountable-official:${role}`,
      };
    }
  },
});
