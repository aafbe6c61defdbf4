import { z } from "zod";
import { IsoDate, RecordId } from "./common";

/**
 * The services a victim is referred to (action plan, Remedial actions goal 1 (c): emergency or
 * general medical assistance, psychosocial and legal services; material support under the Trust Fund,
 * Enforcement goal 5 (f)). `@psea/cases` refers victims to the same kinds.
 *
 * @category Vocabulary
 * @example
 * VictimServiceKind.parse("psychosocial"); // "psychosocial"
 */
export const VictimServiceKind = z
  .enum(["emergency-medical", "general-medical", "psychosocial", "legal", "material"])
  .describe("A service a victim is referred to: emergency-medical, general-medical, psychosocial, legal or material.");
/**
 * @category Vocabulary
 * @example
 * const victimServiceKind: VictimServiceKind = "emergency-medical";
 */
export type VictimServiceKind = z.infer<typeof VictimServiceKind>;

/**
 * One provider on the mission's service map (action plan, Enforcement goal 5 (i)): the services it
 * offers and the region it serves. A provider without a region serves the whole mission.
 *
 * @category Vocabulary
 * @example
 * ServiceProviderRecord.parse({ id: "SP-1", name: "Clinic", services: ["emergency-medical"], region: "North" }).region; // "North"
 */
export const ServiceProviderRecord = z.object({
  id: RecordId.describe("The provider's id, unique in the dataset; service tracking entries and case referrals name it."),
  name: z.string().trim().min(1).describe("The provider's name (an organisation, never a victim)."),
  services: z.array(VictimServiceKind).min(1).describe("The services the provider offers."),
  region: z.string().trim().min(1).optional().describe("The region it serves, as in Office.region; absent for a provider serving the whole mission."),
});
/**
 * @category Vocabulary
 * @example
 * const idOf = (serviceProviderRecord: ServiceProviderRecord) => serviceProviderRecord.id;
 */
export type ServiceProviderRecord = z.infer<typeof ServiceProviderRecord>;

/**
 * A review of the service map (action plan, Enforcement goal 5 (i), "map existing services and ensure
 * advocacy to address the gaps"): when the map was checked against what exists, and the gaps found,
 * each with the advocacy undertaken to fill it.
 *
 * @category Vocabulary
 * @example
 * ServiceMapReview.parse({ reviewedOn: "2018-06-01", gaps: [{ region: "North", service: "legal" }] }).gaps[0]?.service; // "legal"
 */
export const ServiceMapReview = z.object({
  reviewedOn: IsoDate.describe("When the service map was reviewed against the services that exist."),
  gaps: z
    .array(
      z.object({
        region: z.string().trim().min(1).describe("The region without the service, as in Office.region."),
        service: VictimServiceKind.describe("The service no mapped provider offers there."),
        advocacyOn: IsoDate.optional().describe("When advocacy to fill the gap was last undertaken."),
      }),
    )
    .default([])
    .describe("The gaps the review identified: a region and a service no provider offers there."),
});
/**
 * @category Vocabulary
 * @example
 * const reviewedOnOf = (serviceMapReview: ServiceMapReview) => serviceMapReview.reviewedOn;
 */
export type ServiceMapReview = z.infer<typeof ServiceMapReview>;

/**
 * One row of the mission's service tracking table (action plan, Enforcement goal 5 (j)): a referral
 * of a victim of an allegation to a mapped provider and where it stands. The victim is not named nor
 * referenced: the row tracks a service, not a person.
 *
 * @category Vocabulary
 * @example
 * ServiceTrackingEntry.parse({ id: "ST-1", allegationId: "A-1", service: "legal", providerId: "SP-1",
 *   referredOn: "2018-06-03", status: "pending", statusOn: "2018-06-03" }).status; // "pending"
 */
export const ServiceTrackingEntry = z.object({
  id: RecordId.describe("The row's id, unique in the table."),
  allegationId: RecordId.describe("The allegation whose victim was referred."),
  service: VictimServiceKind.describe("The service the victim was referred to."),
  providerId: RecordId.describe("The provider on the service map the victim was referred to."),
  referredOn: IsoDate.describe("When the referral was made."),
  status: z.enum(["pending", "accepted", "rejected", "completed"]).describe("Where the referral stands: pending, accepted, rejected or completed."),
  statusOn: IsoDate.describe("When the status was last recorded."),
});
/**
 * @category Vocabulary
 * @example
 * const idOf = (serviceTrackingEntry: ServiceTrackingEntry) => serviceTrackingEntry.id;
 */
export type ServiceTrackingEntry = z.infer<typeof ServiceTrackingEntry>;
