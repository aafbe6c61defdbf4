import { addDuration, type ServiceMapReview } from "@psea/core";
import { minuscaActionPlan2018_2019, type StatusUpdate } from "@psea/core/action-plan";

const SERVICES = ["emergency-medical", "general-medical", "psychosocial", "legal", "material"] as const;

/**
 * The records a demo mission keeps beside its dataset for the reports: the action plan's monthly
 * status updates (AP-MATRIX) from January of the as-of year to its month, and a service map of
 * victim assistance (AP-E5 (i)) with one provider per region and some services missing, so the
 * dashboard's grid and gap table have something to show, with a review of the map a month before
 * the as-of date that lists those gaps and the advocacy undertaken. Deterministic for a seed.
 *
 * @category CLI
 * @example
 * const r = demoRecords(["North", "South"], "2019-03-31", 1);
 * r.serviceProviders.map((p) => p.region); // ["North", "South"]
 * r.actionPlanStatus.every((u) => u.year === 2019 && u.month <= 3); // true
 * r.serviceMapReviews[0]?.reviewedOn; // "2019-02-28"
 */
export function demoRecords(
  regions: readonly string[],
  asOf: string,
  seed: number,
): {
  actionPlanStatus: StatusUpdate[];
  serviceProviders: { id: string; name: string; services: (typeof SERVICES)[number][]; region: string }[];
  serviceMapReviews: ServiceMapReview[];
} {
  const year = Number(asOf.slice(0, 4));
  const lastMonth = Number(asOf.slice(5, 7));
  const activities = minuscaActionPlan2018_2019.pillars.flatMap((p) => p.goals.flatMap((g) => g.activities.map((a) => a.id)));
  const actionPlanStatus: StatusUpdate[] = [];
  activities.forEach((activityId, i) => {
    for (let month = 1; month <= lastMonth; month++) {
      // An activity only moves forward: not started, then ongoing; every fifth one stalls, the rest finish.
      const stage = ((i * 7 + seed) % 3) + Math.floor(month / 3);
      const status = stage === 0 ? "not-started" : stage < 3 ? "ongoing" : i % 5 === 0 ? "delayed" : "completed";
      actionPlanStatus.push({ activityId, year, month, status });
    }
  });
  const serviceProviders = [...new Set(regions)].sort().map((region, i) => ({
    id: `SP-${String(i + 1).padStart(2, "0")}`,
    name: `Service provider ${i + 1}`,
    region,
    // Each region lacks one or two services: the gaps the service map is there to show.
    services: SERVICES.filter((_, k) => (k + i + seed) % 4 !== 0),
  }));
  // The review lists every region's missing services as gaps, with advocacy on the day of the review.
  const reviewedOn = addDuration(asOf, "P1M", -1);
  const gaps = serviceProviders.flatMap((p) => SERVICES.filter((s) => !p.services.includes(s)).map((service) => ({ region: p.region, service, advocacyOn: reviewedOn })));
  return { actionPlanStatus, serviceProviders, serviceMapReviews: [{ reviewedOn, gaps }] };
}
