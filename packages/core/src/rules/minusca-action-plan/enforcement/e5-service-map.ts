import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { addDuration } from "../../../time/duration";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import type { ServiceMapReview, ServiceProviderRecord, VictimServiceKind } from "../../../vocabulary/victim-services";

/**
 * The latest review of the service map on or before `asOf`, with its index; `undefined` when none.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * latestServiceMapReview([{ reviewedOn: "2018-01-10", gaps: [] }, { reviewedOn: "2018-05-10", gaps: [] }], "2018-03-01")?.index; // 0
 */
export function latestServiceMapReview(reviews: readonly ServiceMapReview[], asOf: string): { review: ServiceMapReview; index: number } | undefined {
  let latest: { review: ServiceMapReview; index: number } | undefined;
  reviews.forEach((review, index) => {
    if (review.reviewedOn <= asOf && (latest === undefined || review.reviewedOn >= latest.review.reviewedOn)) latest = { review, index };
  });
  return latest;
}

/**
 * The gaps of a service map: for each region and each of `services`, whether no mapped provider
 * offers it there (a provider without a region serves every region). Regions in sorted order.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * serviceMapGaps([{ id: "SP-1", name: "Clinic", services: ["legal"], region: "North" }], ["North", "South"], ["legal"]); // [{ region: "South", service: "legal" }]
 */
export function serviceMapGaps(
  providers: readonly ServiceProviderRecord[],
  regions: readonly string[],
  services: readonly VictimServiceKind[],
): { region: string; service: VictimServiceKind }[] {
  const gaps: { region: string; service: VictimServiceKind }[] = [];
  for (const region of [...new Set(regions)].sort()) {
    for (const service of services) {
      if (!providers.some((p) => (p.region === undefined || p.region === region) && p.services.includes(service))) gaps.push({ region, service });
    }
  }
  return gaps;
}

/**
 * AP Enforcement goal 5 (i), "map existing services": the mission keeps a service map of victim
 * assistance, and reviews it at least every `serviceMapReviewMaxInterval`. One finding for the
 * mission when no review is recorded by `asOf`, or when the latest one is older than the interval.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "e5i", title: "E5 (i)", rules: [serviceMapCurrent] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const r = evaluate(set, { mission, serviceMapReviews: [{ reviewedOn: "2018-01-10" }] }, { asOf: "2018-09-30" });
 * r.ok && r.findings[0]?.explanation.facts.dueOn; // "2018-07-10"
 */
export const serviceMapCurrent = defineRule({
  id: "ap.e5.service-map-current",
  title: "The mission's service map of victim assistance is kept and reviewed",
  obligations: ["AP-E5"],
  citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 5 (i)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, serviceProviders: true, serviceMapReviews: true }),
  parameters: ["serviceMapReviewMaxInterval"],
  *evaluate({ mission, serviceProviders, serviceMapReviews }, { asOf, params }) {
    const latest = latestServiceMapReview(serviceMapReviews, asOf);
    const interval = params.serviceMapReviewMaxInterval;
    const dueOn = latest ? addDuration(latest.review.reviewedOn, interval) : null;
    if (dueOn !== null && asOf <= dueOn) return;
    yield {
      subject: { kind: "mission", id: mission.id },
      path: latest ? ["serviceMapReviews", latest.index, "reviewedOn"] : ["serviceMapReviews"],
      message: latest
        ? `the service map was last reviewed on ${latest.review.reviewedOn}; the next review was due by ${dueOn} (every ${interval})`
        : `no review of the service map of victim assistance is recorded by ${asOf}`,
      facts: { lastReviewedOn: latest?.review.reviewedOn ?? null, interval, dueOn, providers: serviceProviders.length },
    };
  },
});

/**
 * AP Enforcement goal 5 (i), "ensure advocacy to address the gaps": in every region of the mission's
 * offices, each service of `mappedServiceKinds` no mapped provider offers is a gap, and the latest
 * review of the map (see {@link serviceMapCurrent}) lists it. A gap it does not list is a violation;
 * a listed gap with no advocacy recorded by `asOf` is a warning. Nothing is checked before a first review.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "e5i", title: "E5 (i)", rules: [serviceGapsIdentified] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const offices = [{ id: "FO", name: "FO", region: "North", kind: "field-office", significantStaffPresence: true }];
 * const serviceProviders = [{ id: "SP-1", name: "Clinic", services: ["emergency-medical", "general-medical", "psychosocial"] }];
 * const r = evaluate(set, { mission, offices, serviceProviders, serviceMapReviews: [{ reviewedOn: "2018-06-01" }] }, { asOf: "2018-06-30" });
 * r.ok && r.findings.map((f) => [f.subject.id, f.explanation.facts.service]); // [["North", "legal"]]
 */
export const serviceGapsIdentified = defineRule({
  id: "ap.e5.service-gaps-identified",
  title: "Every gap in the service map is identified, with advocacy to fill it",
  obligations: ["AP-E5"],
  citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 5 (i)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ offices: true, serviceProviders: true, serviceMapReviews: true }),
  parameters: ["mappedServiceKinds"],
  *evaluate({ offices, serviceProviders, serviceMapReviews }, { asOf, params }) {
    const latest = latestServiceMapReview(serviceMapReviews, asOf);
    if (!latest) return;
    const listed = latest.review.gaps;
    for (const gap of serviceMapGaps(serviceProviders, offices.map((o) => o.region), params.mappedServiceKinds)) {
      const k = listed.findIndex((g) => g.region === gap.region && g.service === gap.service);
      const entry = listed[k];
      if (entry === undefined) {
        yield {
          subject: { kind: "region", id: gap.region },
          path: ["serviceMapReviews", latest.index, "gaps"],
          message: `no mapped provider offers ${gap.service} in ${gap.region}, and the review of ${latest.review.reviewedOn} does not list the gap`,
          facts: { region: gap.region, service: gap.service, reviewedOn: latest.review.reviewedOn, listed: false, advocacyOn: null },
          concern: `e5:gap:${gap.region}:${gap.service}`,
        };
      } else if (entry.advocacyOn === undefined || entry.advocacyOn > asOf) {
        yield {
          subject: { kind: "region", id: gap.region },
          path: ["serviceMapReviews", latest.index, "gaps", k, "advocacyOn"],
          message: `the gap in ${gap.service} in ${gap.region} is listed, but no advocacy to fill it is recorded by ${asOf}`,
          facts: { region: gap.region, service: gap.service, reviewedOn: latest.review.reviewedOn, listed: true, advocacyOn: null },
          severity: "warning",
          concern: `e5:gap:${gap.region}:${gap.service}`,
        };
      }
    }
  },
});

/**
 * AP Enforcement goal 5 (j), "develop and maintain a service tracking table" (and 5 (h), referral to
 * service providers): every row referred by `asOf` names a provider on the service map that offers
 * the service (a violation otherwise), and every open row (pending or accepted) has had its status
 * recorded within `serviceTrackingUpdateMaxInterval` (a warning otherwise: the table is not maintained).
 *
 * @category Rules: MINUSCA action plan
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "e5j", title: "E5 (j)", rules: [serviceTrackingMaintained] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const allegations = [{ id: "A-1", receivedOn: "2018-05-01", intake: { channel: "hotline" }, conduct: { sexualActivity: "actual" } }];
 * const serviceProviders = [{ id: "SP-1", name: "Clinic", services: ["psychosocial"] }];
 * const serviceTracking = [{ id: "ST-1", allegationId: "A-1", service: "psychosocial", providerId: "SP-1",
 *   referredOn: "2018-05-03", status: "pending", statusOn: "2018-05-03" }];
 * const r = evaluate(set, { mission, allegations, serviceProviders, serviceTracking }, { asOf: "2018-06-30" });
 * r.ok && r.findings.map((f) => [f.severity, f.explanation.facts.dueOn]); // [["warning", "2018-06-03"]]
 */
export const serviceTrackingMaintained = defineRule({
  id: "ap.e5.service-tracking",
  title: "The service tracking table names mapped providers and is kept up to date",
  obligations: ["AP-E5"],
  citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 5 (h) and (j)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ serviceProviders: true, serviceTracking: true }),
  parameters: ["serviceTrackingUpdateMaxInterval"],
  *evaluate({ serviceProviders, serviceTracking }, { asOf, params }) {
    const interval = params.serviceTrackingUpdateMaxInterval;
    for (const [i, row] of serviceTracking.entries()) {
      if (row.referredOn > asOf) continue;
      const subject = { kind: "service-referral", id: row.id };
      const provider = serviceProviders.find((p) => p.id === row.providerId);
      if (!provider?.services.includes(row.service)) {
        yield {
          subject,
          path: ["serviceTracking", i, provider ? "service" : "providerId"],
          message: provider
            ? `referral ${row.id} sends a victim to provider ${row.providerId} for ${row.service}, which the service map does not list it as offering`
            : `referral ${row.id} names provider ${row.providerId}, which is not on the service map`,
          facts: { allegationId: row.allegationId, service: row.service, providerId: row.providerId, providerMapped: provider !== undefined },
          concern: "e5:tracking:mapped-provider",
        };
      }
      if (row.status !== "pending" && row.status !== "accepted") continue;
      const statusOn = row.statusOn <= asOf ? row.statusOn : row.referredOn;
      const dueOn = addDuration(statusOn, interval);
      if (asOf <= dueOn) continue;
      yield {
        subject,
        path: ["serviceTracking", i, "statusOn"],
        message: `referral ${row.id} has been ${row.status} since ${statusOn} with no status recorded since; an update was due by ${dueOn} (every ${interval})`,
        facts: { allegationId: row.allegationId, service: row.service, status: row.status, statusOn, interval, dueOn },
        severity: "warning",
        concern: "e5:tracking:maintained",
      };
    }
  },
});
