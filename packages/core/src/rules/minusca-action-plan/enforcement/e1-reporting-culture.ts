import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import { isOnStrength } from "../../../vocabulary/personnel";

/**
 * AP Enforcement goal 1 (b): familiarization sessions on the SOP on reporting misconduct, including
 * SEA, for all mission components. The share of personnel on strength on `asOf` with a
 * `reportingSopFamiliarizedOn` on or before it must reach `sopFamiliarizationTarget`; below it, one
 * violation for the mission with the rate and the number not yet familiarized.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * sopFamiliarization.parameters; // ["sopFamiliarizationTarget"]
 */
export const sopFamiliarization = defineRule({
  id: "ap.e1.sop-familiarization",
  title: "Personnel are familiarized with the SOP on reporting misconduct",
  obligations: ["AP-E1"],
  citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 1 (b)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, personnel: true }),
  parameters: ["sopFamiliarizationTarget"],
  *evaluate({ mission, personnel }, { asOf, params }) {
    const onStrength = personnel.filter((p) => isOnStrength(p, asOf));
    if (onStrength.length === 0) return;
    const done = onStrength.filter((p) => p.reportingSopFamiliarizedOn !== undefined && p.reportingSopFamiliarizedOn <= asOf).length;
    const rate = done / onStrength.length;
    if (rate >= params.sopFamiliarizationTarget) return;
    yield {
      subject: { kind: "mission", id: mission.id },
      path: ["personnel"],
      message: `${onStrength.length - done} of ${onStrength.length} personnel on strength have attended no familiarization session on the reporting SOP (rate ${rate.toFixed(3)}, target ${params.sopFamiliarizationTarget})`,
      facts: { onStrength: onStrength.length, familiarized: done, rate, target: params.sopFamiliarizationTarget },
    };
  },
});

/**
 * AP Enforcement goal 1 (d) and (e), with ST/SGB/2017/2: staff are encouraged to report and assured
 * of their protection against retaliation, and ST/SGB/2017/2 is broadcast. Each audience of
 * `retaliationProtectionAudiences` (staff, by default) must have been sent, on or before `asOf`, at
 * least one communication covering `protection-from-retaliation`; an audience never so assured is a violation.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * retaliationProtectionCommunicated.citation.document; // "MINUSCA-AP-2018-2019"
 */
export const retaliationProtectionCommunicated = defineRule({
  id: "ap.e1.retaliation-protection",
  title: "Staff are assured of protection against retaliation for reporting (ST/SGB/2017/2)",
  obligations: ["AP-E1"],
  citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 1 (d) and (e); ST/SGB/2017/2"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, communications: true }),
  parameters: ["retaliationProtectionAudiences"],
  *evaluate({ mission, communications }, { asOf, params }) {
    for (const audience of params.retaliationProtectionAudiences) {
      const assured = communications.some((c) => c.issuedOn <= asOf && c.audience.includes(audience) && c.topics.includes("protection-from-retaliation"));
      if (assured) continue;
      yield {
        subject: { kind: "mission", id: mission.id },
        path: ["communications"],
        message: `no communication issued by ${asOf} assures the ${audience} audience of protection against retaliation for reporting (ST/SGB/2017/2)`,
        facts: { audience, requiredTopic: "protection-from-retaliation" },
        concern: `ap.e1.retaliation-protection:${audience}`,
      };
    }
  },
});
