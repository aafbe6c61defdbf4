import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";

/**
 * AP Enforcement goal 1, expected result (i): safe and confidential reporting mechanisms are
 * provided to complainants and victims. A configured channel flagged `confidential: false` is a
 * warning: it may still be listed, but it should not be promoted for SEA reports.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "e1", title: "E1", rules: [channelConfidentiality] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"],
 *   reportingChannels: [{ id: "desk", kind: "in-person", address: "Front desk", confidential: false }] };
 * const r = evaluate(set, { mission }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.subject; // { kind: "reporting-channel", id: "desk" }
 */
export const channelConfidentiality = defineRule({
  id: "ap.e1.channel-confidentiality",
  title: "Reporting channels are confidential",
  obligations: ["AP-E1"],
  citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 1, expected result (i)"),
  severity: "warning",
  reads: MissionDatasetShape.pick({ mission: true }),
  parameters: [],
  *evaluate({ mission }) {
    for (const [i, c] of mission.reportingChannels.entries()) {
      if (c.confidential) continue;
      yield {
        subject: { kind: "reporting-channel", id: c.id },
        path: ["mission", "reportingChannels", i, "confidential"],
        message: `reporting channel ${c.id} (${c.kind}) is not confidential`,
        facts: { channelId: c.id, kind: c.kind, confidential: false },
      };
    }
  },
});
