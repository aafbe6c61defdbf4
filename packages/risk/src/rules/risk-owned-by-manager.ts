import { cite, defineRule, isOnStrength, MissionDatasetShape, personnelById } from "@psea/core";
import { RiskDatasetShape } from "../schemas/risk-dataset";
import { isOpenRisk } from "../schemas/risk-register";

/**
 * SGB 3.2(f) and DPKO General management (a): managers create and maintain the environment that
 * prevents SEA (open risks owned are one of the measurable proxies of GM (a)), and the action plan makes
 * the risk register one of the systems that maintain it. An open risk owned by someone on strength who
 * neither holds a management role (`managementRoles`) nor is on the SEA focal-point roster (the Focal
 * Point leads preventive measures, DPKO General management (c)) is a warning: the risk has no manager
 * answerable for it. Owners missing or off strength are {@link riskEntryOwned}'s to report.
 *
 * @category Risk rules
 * @example
 * riskOwnedByManager.obligations; // ["SGB-3.2f", "DPKO-GM-a", "AP-P6"]
 */
export const riskOwnedByManager = defineRule({
  id: "sgb.3.2f.risk-owned-by-manager",
  title: "Open risks are owned by a manager or an SEA focal point",
  obligations: ["SGB-3.2f", "DPKO-GM-a", "AP-P6"],
  citation: cite("ST/SGB/2003/13", "section 3.2(f)"),
  severity: "warning",
  reads: MissionDatasetShape.pick({ personnel: true, roster: true }).extend(RiskDatasetShape.pick({ riskRegister: true }).shape),
  parameters: ["managementRoles"],
  *evaluate({ personnel, roster, riskRegister }, { asOf, params }) {
    const byId = personnelById(personnel);
    const focalPoints = new Set(
      [roster.focalPoint, roster.alternate, ...roster.fieldFocalPoints].flatMap((a) => (a && a.appointedOn <= asOf ? [a.personnelId] : [])),
    );
    const managerial = new Set<string>(params.managementRoles);
    for (const [i, entry] of riskRegister.entries()) {
      if (!isOpenRisk(entry, asOf) || entry.owner === undefined) continue;
      const owner = byId.get(entry.owner);
      if (!owner || !isOnStrength(owner, asOf)) continue;
      if (owner.roles.some((r) => managerial.has(r)) || focalPoints.has(owner.id)) continue;
      yield {
        subject: { kind: "risk", id: entry.id },
        path: ["riskRegister", i, "owner"],
        message: `risk ${entry.id} is owned by ${owner.id}, who holds no management role and is not an SEA focal point`,
        facts: { owner: owner.id, roles: owner.roles, focalPoint: false },
      };
    }
  },
});
