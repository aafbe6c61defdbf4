import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import { isOnStrength } from "../../../vocabulary/personnel";

/**
 * AP Enforcement goal 5, expected result (ii): the pledge is made one of the goals in supervisors'
 * and managers' e-PAS work plans. Each person on strength on `asOf` holding one of `managementRoles`
 * with no `pledgeInEpasOn` on or before it is a violation. Signing the pledge is SGB 3.2(f)'s check.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * pledgeInEpas.parameters; // ["managementRoles"]
 */
export const pledgeInEpas = defineRule({
  id: "ap.e5.pledge-in-epas",
  title: "Every manager's e-PAS work plan includes the SEA pledge",
  obligations: ["AP-E5"],
  citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 5, expected result (ii)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ personnel: true }),
  parameters: ["managementRoles"],
  *evaluate({ personnel }, { asOf, params }) {
    const roles: readonly string[] = params.managementRoles;
    for (const [i, p] of personnel.entries()) {
      if (!isOnStrength(p, asOf) || !p.roles.some((r) => roles.includes(r))) continue;
      if (p.pledgeInEpasOn !== undefined && p.pledgeInEpasOn <= asOf) continue;
      yield {
        subject: { kind: "personnel", id: p.id },
        path: ["personnel", i, "pledgeInEpasOn"],
        message: `manager ${p.id} has no SEA pledge recorded in their e-PAS work plan by ${asOf}`,
        facts: { roles: p.roles.filter((r) => roles.includes(r)), pledgeSignedOn: p.pledgeSignedOn ?? null, pledgeInEpasOn: p.pledgeInEpasOn ?? null },
      };
    }
  },
});
