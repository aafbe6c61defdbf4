import { defineRule } from "../../engine/define-rule";
import { cite } from "../../parameters/citation";
import { MissionDatasetShape } from "../../vocabulary/dataset";
import { isOnStrength } from "../../vocabulary/personnel";

/**
 * SGB 3.2(f): leadership and managers at all levels must create and maintain an environment that
 * prevents SEA. Every manager on strength on `asOf` (a role in `managementRoles`) must show each
 * link in `managerPreventionLinks`: a pledge signed on or before `asOf`, and at least one SEA
 * training completed. Each missing link is its own finding.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * managerPreventionLinks.parameters; // ["managementRoles", "managerPreventionLinks"]
 */
export const managerPreventionLinks = defineRule({
  id: "sgb.3.2f.manager-prevention-links",
  title: "Managers are linked to the prevention measures",
  obligations: ["SGB-3.2f"],
  citation: cite("ST/SGB/2003/13", "section 3.2(f)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ personnel: true }),
  parameters: ["managementRoles", "managerPreventionLinks"],
  *evaluate({ personnel }, { asOf, params }) {
    const managing = new Set(params.managementRoles);
    const links = new Set(params.managerPreventionLinks);
    for (const [i, p] of personnel.entries()) {
      if (!isOnStrength(p, asOf)) continue;
      const roles = p.roles.filter((r) => managing.has(r));
      if (roles.length === 0) continue;
      const subject = { kind: "personnel", id: p.id };
      if (links.has("pledge") && (p.pledgeSignedOn === undefined || p.pledgeSignedOn > asOf)) {
        yield {
          subject,
          path: ["personnel", i, "pledgeSignedOn"],
          message: `${p.id} (${roles.join(", ")}) has not signed the SEA pledge`,
          facts: { missingLink: "pledge", roles, pledgeSignedOn: p.pledgeSignedOn ?? null },
          concern: "sgb.3.2f.manager-prevention-links:pledge",
        };
      }
      const completed = p.trainings.filter((t) => t.completedOn <= asOf).length;
      if (links.has("training") && completed === 0) {
        yield {
          subject,
          path: ["personnel", i, "trainings"],
          message: `${p.id} (${roles.join(", ")}) has completed no SEA training`,
          facts: { missingLink: "training", roles, trainingsCompleted: completed },
          concern: "sgb.3.2f.manager-prevention-links:training",
        };
      }
    }
  },
});
