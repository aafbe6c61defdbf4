import type { ComplaintMechanism } from "../../../vocabulary/complaint-mechanism";
import type { Office } from "../../../vocabulary/office";

/**
 * How far the high-risk regions of deployment are covered by a functional complaint mechanism.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * const c: ComplaintMechanismCoverage = { highRiskRegions: ["North"], coveredRegions: ["North"], uncoveredRegions: [], rate: 1 };
 * c.rate; // 1
 */
export interface ComplaintMechanismCoverage {
  /** Regions with at least one high-risk office, in the order the offices are listed. */
  readonly highRiskRegions: readonly string[];
  /** Those with a functional CBCM, or, where no CBCM is established, a functional Community Liaison Assistant in its place. */
  readonly coveredRegions: readonly string[];
  readonly uncoveredRegions: readonly string[];
  /** Covered over high-risk regions; 1 when there is no high-risk region. */
  readonly rate: number;
}

/**
 * Whether a mechanism works for its region on `asOf`: established by then and functional. A
 * Community Liaison Assistant serves only where no CBCM is established (Prevention goal 5 (e));
 * {@link complaintMechanismCoverage} applies that.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * coversRegion({ id: "C", region: "North", kind: "cbcm", functional: true, establishedOn: "2018-02-15", members: [], equipment: [] }, "2018-01-31"); // false
 */
export function coversRegion(mechanism: ComplaintMechanism, asOf: string): boolean {
  return mechanism.functional && mechanism.establishedOn <= asOf;
}

/**
 * The coverage of high-risk regions by functional complaint mechanisms as of a date (AP-P5 (i)): a
 * functional CBCM covers its region; a functional Community Liaison Assistant covers it only where
 * no CBCM is established by then (activity (e): CLAs are the partners "in areas where CBCM are not
 * established"), so an established CBCM that does not work leaves the region uncovered.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * const offices = [
 *   { id: "FO-1", name: "FO 1", region: "North", kind: "field-office", significantStaffPresence: true, highRisk: true },
 *   { id: "FO-2", name: "FO 2", region: "East", kind: "field-office", significantStaffPresence: true, highRisk: true },
 * ];
 * const mechanisms = [{ id: "C", region: "North", kind: "cbcm", functional: true, establishedOn: "2018-02-15", members: [], equipment: [] }];
 * complaintMechanismCoverage(offices, mechanisms, "2018-06-30"); // { highRiskRegions: ["North", "East"], coveredRegions: ["North"], uncoveredRegions: ["East"], rate: 0.5 }
 */
export function complaintMechanismCoverage(
  offices: readonly Office[],
  mechanisms: readonly ComplaintMechanism[],
  asOf: string,
): ComplaintMechanismCoverage {
  const highRiskRegions = [...new Set(offices.filter((o) => o.highRisk).map((o) => o.region))];
  const withCbcm = new Set(mechanisms.filter((m) => m.kind === "cbcm" && m.establishedOn <= asOf).map((m) => m.region));
  const served = new Set(mechanisms.filter((m) => coversRegion(m, asOf) && (m.kind === "cbcm" || !withCbcm.has(m.region))).map((m) => m.region));
  const coveredRegions = highRiskRegions.filter((r) => served.has(r));
  const uncoveredRegions = highRiskRegions.filter((r) => !served.has(r));
  return { highRiskRegions, coveredRegions, uncoveredRegions, rate: highRiskRegions.length === 0 ? 1 : coveredRegions.length / highRiskRegions.length };
}
