import { defineRule } from "../../../engine/define-rule";
import { cite } from "../../../parameters/citation";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import { isOnStrength } from "../../../vocabulary/personnel";

/**
 * DPKO General management responsibilities (a): senior management create and maintain an
 * environment that prevents SEA and take appropriate measures for it. The guidelines name no
 * measure, so the rule reads the ones the records hold: of the managers on strength on `asOf`
 * (`managementRoles`), the share showing each measure of `managerPreventionLinks` (a signed pledge,
 * a completed SEA training). A share below `preventiveEnvironmentTarget` is one mission-level finding
 * per measure, tagged with SGB 3.2(f) beside GM (a), listing the managers who fall short by id. A
 * mission with no manager on strength is a finding too: nobody holds the responsibility.
 *
 * @category Rules: DPKO guidelines
 * @example
 * preventiveEnvironment.obligations; // ["DPKO-GM-a", "SGB-3.2f"]
 */
export const preventiveEnvironment = defineRule({
  id: "dpko.gm-a.preventive-environment",
  title: "Senior management maintain an environment that prevents SEA",
  obligations: ["DPKO-GM-a", "SGB-3.2f"],
  citation: cite("DPKO-IG", "General management responsibilities (a)"),
  severity: "warning",
  reads: MissionDatasetShape.pick({ mission: true, personnel: true }),
  parameters: ["managementRoles", "managerPreventionLinks", "preventiveEnvironmentTarget"],
  *evaluate({ mission, personnel }, { asOf, params }) {
    const managing = new Set(params.managementRoles);
    const managers = personnel.filter((p) => isOnStrength(p, asOf) && p.roles.some((r) => managing.has(r)));
    const subject = { kind: "mission", id: mission.id };
    const target = params.preventiveEnvironmentTarget;
    if (managers.length === 0) {
      yield {
        subject,
        path: ["personnel"],
        message: `no manager is on strength on ${asOf}: nobody holds senior management's duty to maintain a preventive environment`,
        facts: { measure: "managers-on-strength", managers: 0, managementRoles: params.managementRoles },
        concern: "dpko.gm-a.preventive-environment:managers",
      };
      return;
    }
    for (const measure of params.managerPreventionLinks) {
      const shows = (p: (typeof managers)[number]) =>
        measure === "pledge" ? p.pledgeSignedOn !== undefined && p.pledgeSignedOn <= asOf : p.trainings.some((t) => t.completedOn <= asOf);
      const short = managers.filter((p) => !shows(p)).map((p) => p.id);
      const rate = (managers.length - short.length) / managers.length;
      if (rate >= target) continue;
      const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
      yield {
        subject,
        path: ["personnel"],
        message: `${pct(rate)} of ${managers.length} managers on strength show the ${measure === "pledge" ? "signed SEA pledge" : "SEA training"}, below the target of ${pct(target)}`,
        facts: { measure, managers: managers.length, meeting: managers.length - short.length, rate, target, managersShort: short },
        concern: `dpko.gm-a.preventive-environment:${measure}`,
      };
    }
  },
});
