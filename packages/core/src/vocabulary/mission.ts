import { z } from "zod";
import { CountryCode, IsoDate, LanguageCode, RecordId } from "./common";

/**
 * How a complaint can reach the mission. Channels are data: hotline numbers and
 * addresses belong to the mission configuration, never to code.
 *
 * @category Vocabulary
 * @example
 * ReportingChannel.parse({ id: "hotline-4044", kind: "hotline", address: "4044" }).confidential; // true
 */
export const ReportingChannel = z.object({
  id: RecordId,
  kind: z.enum(["hotline", "email", "community-based-complaint-mechanism", "in-person", "web-form", "sms", "other"]),
  address: z.string().trim().min(1),
  label: z.string().optional(),
  confidential: z.boolean().default(true),
});
/** @category Vocabulary */
export type ReportingChannel = z.infer<typeof ReportingChannel>;

/** A named official; only officials are named, never victims or complainants. */
const Official = z.object({ name: z.string().min(1), personnelId: RecordId.optional(), since: IsoDate.optional() });

/**
 * Whether one of the Code Cable 1474 mission-level measures is in place.
 *
 * @category Vocabulary
 * @example
 * MeasureStatus.parse({ inPlace: true, since: "2017-07-01" }).inPlace; // true
 */
export const MeasureStatus = z.object({
  inPlace: z.boolean(),
  since: IsoDate.optional(),
  reference: z.string().optional(),
});
/** @category Vocabulary */
export type MeasureStatus = z.infer<typeof MeasureStatus>;

/**
 * The eight mission-level measures listed by Code Cable 1474.
 *
 * @category Vocabulary
 * @example
 * CodeCable1474Measure.options.length; // 8
 */
export const CodeCable1474Measure = z.enum([
  "communication-strategy",
  "communication-campaign",
  "standing-task-force",
  "focal-point",
  "complaints-reception-mechanism",
  "immediate-response-team",
  "investigation-timeline-compliance",
  "conduct-discipline-working-group",
]);
/** @category Vocabulary */
export type CodeCable1474Measure = z.infer<typeof CodeCable1474Measure>;

/**
 * A mission and the country it serves: the configuration every structural rule reads.
 *
 * @category Vocabulary
 * @example
 * const m = Mission.parse({
 *   id: "MINUSCA", name: "MINUSCA", country: "CAF", context: "humanitarian", missionPresent: true,
 *   relevantLanguages: ["fr", "sg"],
 *   reportingChannels: [{ id: "h1", kind: "hotline", address: "4044" }],
 * });
 * m.measures; // {}
 */
export const Mission = z.object({
  id: RecordId,
  name: z.string().min(1),
  country: CountryCode,
  /** Decides whether the Resident Coordinator reports to the IASC Working Group or the UNDG (DPKO RC f). */
  context: z.enum(["humanitarian", "development"]),
  /** A peacekeeping or peacebuilding mission is in place in the country (DPKO RC b). */
  missionPresent: z.boolean(),
  headOfMission: Official.optional(),
  residentCoordinator: Official.optional(),
  /** The recorded RC–Head of Mission agreement on respective responsibilities (DPKO RC b). */
  rcHomAgreement: z.object({ agreedOn: IsoDate, reference: z.string().optional() }).optional(),
  /** The in-country Network on SEA (DPKO RC c). */
  network: z
    .object({
      name: z.string().min(1),
      establishedOn: IsoDate,
      reportsTo: z.enum(["resident-coordinator", "head-of-mission", "other"]),
      functioning: z.boolean(),
    })
    .optional(),
  relevantLanguages: z.array(LanguageCode).min(1),
  /** The local age of consent, recorded only to show it does not lower SGB 3.2(b)'s threshold. */
  localAgeOfConsentYears: z.number().int().min(0).max(30).optional(),
  reportingChannels: z.array(ReportingChannel).default([]),
  measures: z.partialRecord(CodeCable1474Measure, MeasureStatus).default({}),
  /** First day the mission's SEA action plan and its cadences run from. */
  actionPlanStart: IsoDate.optional(),
});
/** @category Vocabulary */
export type Mission = z.infer<typeof Mission>;
