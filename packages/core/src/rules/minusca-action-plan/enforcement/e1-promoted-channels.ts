import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";

/**
 * AP Enforcement goal 1 (c): the mission disseminates and promotes its established reporting
 * channels (for MINUSCA, the hotlines 4044 and 4445 and a dedicated e-mail address). Each channel of
 * `promotedReportingChannels` must be configured in `mission.reportingChannels` with the same kind
 * and address, and be confidential; each that is not is a violation. The numbers are never in code:
 * the default lists none, and `minuscaMissionProfile` lists MINUSCA's, dated from its plan.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * import { minuscaMissionProfile } from "@psea/core/parameters";
 * const set = defineRuleSet({ id: "e1", title: "E1", rules: [promotedChannelsConfigured] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"],
 *   reportingChannels: [{ id: "h1", kind: "hotline", address: "4044" }] };
 * const r = evaluate(set, { mission }, { asOf: "2018-06-30", parameters: minuscaMissionProfile });
 * r.ok && r.findings.map((f) => f.explanation.facts.address); // ["4445", "muniscademasea@un.org"]
 */
export const promotedChannelsConfigured = defineRule({
  id: "ap.e1.promoted-channels",
  title: "Every reporting channel the mission promotes is configured and confidential",
  obligations: ["AP-E1"],
  citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 1 (c)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true }),
  parameters: ["promotedReportingChannels"],
  *evaluate({ mission }, { params }) {
    const normal = (a: string) => a.trim().toLowerCase();
    for (const promoted of params.promotedReportingChannels) {
      const configured = mission.reportingChannels.filter((c) => c.kind === promoted.kind && normal(c.address) === normal(promoted.address));
      if (configured.some((c) => c.confidential)) continue;
      yield {
        subject: { kind: "mission", id: mission.id },
        path: ["mission", "reportingChannels"],
        message:
          configured.length === 0
            ? `the ${promoted.kind} ${promoted.address} the mission promotes is not among its configured reporting channels`
            : `the ${promoted.kind} ${promoted.address} the mission promotes is configured (${configured.map((c) => c.id).join(", ")}) but not confidential`,
        facts: { kind: promoted.kind, address: promoted.address, configured: configured.length, confidential: false },
        concern: `ap.e1.promoted-channel:${promoted.kind}:${normal(promoted.address)}`,
      };
    }
  },
});
