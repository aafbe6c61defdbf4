import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";

/**
 * DPKO Responsibilities of HoM and RC (c): the RC ensures an in-country Network on SEA is
 * established and functioning, under the RC's auspices and reporting to the RC. Each failing
 * condition (not established by `asOf`, another reporting line, not functioning) is its own finding.
 *
 * @category Rules: DPKO guidelines
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "rc-c", title: "RC (c)", rules: [seaNetwork] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"],
 *   network: { name: "N", establishedOn: "2017-01-01", reportsTo: "head-of-mission", functioning: false } };
 * const r = evaluate(set, { mission }, { asOf: "2018-06-30" });
 * r.ok && r.findings.map((f) => f.path.at(-1)); // ["functioning", "reportsTo"]
 */
export const seaNetwork = defineRule({
  id: "dpko.rc-c.network",
  title: "An in-country Network on SEA is established, functioning and reports to the Resident Coordinator",
  obligations: ["DPKO-RC-c"],
  citation: cite("DPKO-IG", "Responsibilities of HoM and RC (c)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true }),
  parameters: [],
  *evaluate({ mission }, { asOf }) {
    const subject = { kind: "mission", id: mission.id };
    const network = mission.network;
    if (!network || network.establishedOn > asOf) {
      yield {
        subject,
        path: network ? ["mission", "network", "establishedOn"] : ["mission", "network"],
        message: network ? `the Network on SEA is established only on ${network.establishedOn}, after ${asOf}` : "no in-country Network on SEA is recorded",
        facts: { established: false, establishedOn: network?.establishedOn ?? null },
        concern: "network:established",
      };
      return;
    }
    // The reporting line is the obligation itself (the Network reports to the RC), not a tunable value.
    if (network.reportsTo !== "resident-coordinator") {
      yield {
        subject,
        path: ["mission", "network", "reportsTo"],
        message: `the Network on SEA reports to ${network.reportsTo}, not to the Resident Coordinator`,
        facts: { reportsTo: network.reportsTo },
        concern: "network:reporting-line",
      };
    }
    if (!network.functioning) {
      yield {
        subject,
        path: ["mission", "network", "functioning"],
        message: "the Network on SEA is recorded as not functioning",
        facts: { functioning: false, establishedOn: network.establishedOn },
        concern: "network:functioning",
      };
    }
  },
});
