import type { FocalPointRoster } from "../../../vocabulary/focal-point-roster";
import { isOnStrength, type Personnel } from "../../../vocabulary/personnel";

/**
 * The two senior roles of DPKO GM (c).
 * @category Rules: DPKO guidelines
 * @example
 * const focalPointRole: FocalPointRole = "focalPoint";
 */
export type FocalPointRole = "focalPoint" | "alternate";

/** How a role reads in a message. */
export const focalPointRoleName: Readonly<Record<FocalPointRole, string>> = { focalPoint: "Focal Point", alternate: "Alternate" };

/**
 * The Focal Point and the Alternate in post on `asOf`: appointed on or before it, and on strength.
 * An appointment dated after `asOf`, or held by someone not on strength, does not count. Shared by
 * the GM (c) rules so that each judges the same pair.
 *
 * @category Rules: DPKO guidelines
 * @example
 * const roster = { focalPoint: { personnelId: "P-1", appointedOn: "2018-01-15" }, fieldFocalPoints: [] };
 * const personnel = [{ id: "P-1", arrivalDate: "2018-01-01" }] as never;
 * focalPointsInPost(roster, personnel, "2018-01-14").map((a) => a.role); // []
 * focalPointsInPost(roster, personnel, "2018-06-30").map((a) => a.role); // ["focalPoint"]
 */
export function focalPointsInPost(
  roster: FocalPointRoster,
  personnel: readonly Personnel[],
  asOf: string,
): { role: FocalPointRole; personnelId: string; appointedOn: string; person: Personnel }[] {
  const out: { role: FocalPointRole; personnelId: string; appointedOn: string; person: Personnel }[] = [];
  for (const role of ["focalPoint", "alternate"] as const) {
    const a = roster[role];
    if (!a || a.appointedOn > asOf) continue;
    const person = personnel.find((p) => p.id === a.personnelId);
    if (person && isOnStrength(person, asOf)) out.push({ role, personnelId: a.personnelId, appointedOn: a.appointedOn, person });
  }
  return out;
}
