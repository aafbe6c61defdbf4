import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import { complaintMechanismCoverage } from "./p5-coverage";

/**
 * AP Prevention goal 5, expected result (i), with activity (e): a community-based complaint
 * mechanism is functional in every high-risk region where the mission is deployed, and where no
 * CBCM is established a Community Liaison Assistant stands in. A region is one of deployment when
 * an office is in it, and high-risk when one of its offices is. One violation per uncovered region;
 * each carries the mission-wide coverage rate as a fact.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "p5", title: "P5", rules: [cbcmCoverage] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const offices = [{ id: "FO-1", name: "FO 1", region: "North", kind: "field-office", significantStaffPresence: true, highRisk: true }];
 * const complaintMechanisms = [{ id: "C-1", region: "North", kind: "cbcm", functional: false, establishedOn: "2018-02-15" }];
 * const r = evaluate(set, { mission, offices, complaintMechanisms }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.explanation.facts.coverageRate; // 0
 */
export const cbcmCoverage = defineRule({
  id: "ap.p5.cbcm-coverage",
  title: "Every high-risk region of deployment has a functional CBCM or a Community Liaison Assistant",
  obligations: ["AP-P5"],
  citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 5, expected result (i) and activity (e)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ offices: true, complaintMechanisms: true }),
  parameters: [],
  *evaluate({ offices, complaintMechanisms }, { asOf }) {
    const coverage = complaintMechanismCoverage(offices, complaintMechanisms, asOf);
    for (const region of coverage.uncoveredRegions) {
      const officeIndex = offices.findIndex((o) => o.highRisk && o.region === region);
      const inRegion = complaintMechanisms.filter((m) => m.region === region && m.establishedOn <= asOf);
      // Point at the mechanism that should be working when there is one (the CBCM first), else at the
      // office that makes the region high-risk.
      const idleAt = (kind?: string) => complaintMechanisms.findIndex((m) => m.region === region && m.establishedOn <= asOf && !m.functional && (kind === undefined || m.kind === kind));
      const idle = idleAt("cbcm") >= 0 ? idleAt("cbcm") : idleAt();
      // A working CLA does not stand in for an established CBCM that does not work.
      const standIns = inRegion.filter((m) => m.kind === "community-liaison-assistant" && m.functional);
      const idleIds = inRegion.filter((m) => !m.functional).map((m) => m.id);
      yield {
        subject: { kind: "region", id: region },
        path: idle >= 0 ? ["complaintMechanisms", idle, "functional"] : ["offices", officeIndex, "highRisk"],
        message:
          inRegion.length === 0
            ? `high-risk region ${region} has no community-based complaint mechanism and no Community Liaison Assistant in its place`
            : standIns.length > 0
              ? `high-risk region ${region} has no functional CBCM (${idleIds.join(", ")} not functional); a Community Liaison Assistant (${standIns.map((m) => m.id).join(", ")}) stands in only where no CBCM is established`
              : `high-risk region ${region} has no functional complaint mechanism (${idleIds.join(", ")} not functional)`,
        facts: {
          region,
          highRiskOfficeIds: offices.filter((o) => o.highRisk && o.region === region).map((o) => o.id),
          mechanismIds: inRegion.map((m) => m.id),
          highRiskRegions: coverage.highRiskRegions.length,
          coveredRegions: coverage.coveredRegions.length,
          coverageRate: coverage.rate,
        },
      };
    }
  },
});
