import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";

/**
 * AP Enforcement goal 1 (c): the mission disseminates and promotes established, confidential
 * reporting mechanisms. For each kind in `requiredReportingChannelKinds` the mission configures at
 * least one confidential channel; each kind without one is a violation. The channels themselves
 * (hotline numbers, addresses) are data in `mission.reportingChannels`.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "e1", title: "E1", rules: [requiredReportingChannels] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"],
 *   reportingChannels: [{ id: "h1", kind: "hotline", address: "4044" }] };
 * const r = evaluate(set, { mission }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.explanation.facts.kind; // "email"
 */
export const requiredReportingChannels = defineRule({
  id: "ap.e1.required-reporting-channels",
  title: "The mission has a confidential reporting channel of each required kind",
  obligations: ["AP-E1"],
  citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 1 (c)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true }),
  parameters: ["requiredReportingChannelKinds"],
  *evaluate({ mission }, { params }) {
    for (const kind of params.requiredReportingChannelKinds) {
      const ofKind = mission.reportingChannels.filter((c) => c.kind === kind);
      if (ofKind.some((c) => c.confidential)) continue;
      yield {
        subject: { kind: "mission", id: mission.id },
        path: ["mission", "reportingChannels"],
        message:
          ofKind.length === 0
            ? `no ${kind} reporting channel is configured for the mission`
            : `the mission's ${kind} reporting channels (${ofKind.map((c) => c.id).join(", ")}) are none of them confidential`,
        facts: { kind, configured: ofKind.length, confidential: 0 },
        concern: `reporting-channel-kind:${kind}`,
      };
    }
  },
});
