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
  id: RecordId.describe("The channel's id, unique among the mission's reporting channels; an allegation's intake.channelId refers to it."),
  kind: z
    .enum(["hotline", "email", "community-based-complaint-mechanism", "in-person", "web-form", "sms", "other"])
    .describe("How the channel is reached."),
  address: z.string().trim().min(1).describe("Where the channel is reached: a hotline number, a mailbox or a place, as published by the mission."),
  label: z.string().optional().describe("A display name for the channel."),
  confidential: z.boolean().default(true).describe("Reports through the channel are received confidentially; defaults to true."),
});
/**
 * @category Vocabulary
 * @example
 * const idOf = (reportingChannel: ReportingChannel) => reportingChannel.id;
 */
export type ReportingChannel = z.infer<typeof ReportingChannel>;

/** A named official; only officials are named, never victims or complainants. */
const Official = z.object({
  name: z.string().min(1).describe("The official's name (officials are named; victims and complainants never are)."),
  personnelId: RecordId.optional().describe("The official's personnel id, when the official is mission personnel; not checked against personnel."),
  since: IsoDate.optional().describe("First day in the post."),
});

/**
 * Whether one of the Code Cable 1474 mission-level measures is in place.
 *
 * @category Vocabulary
 * @example
 * MeasureStatus.parse({ inPlace: true, since: "2017-07-01" }).inPlace; // true
 */
export const MeasureStatus = z.object({
  inPlace: z.boolean().describe("The measure is in place as of the dataset's date."),
  since: IsoDate.optional().describe("First day the measure was in place."),
  reference: z.string().optional().describe("A document that records the measure, such as a code cable or SOP reference."),
});
/**
 * @category Vocabulary
 * @example
 * const inPlaceOf = (measureStatus: MeasureStatus) => measureStatus.inPlace;
 */
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
/**
 * @category Vocabulary
 * @example
 * const codeCable1474Measure: CodeCable1474Measure = "communication-strategy";
 */
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
  id: RecordId.describe("The mission's id; findings about the mission name it as their subject."),
  name: z.string().min(1).describe("The mission's name."),
  country: CountryCode.describe("The host country, as an ISO 3166-1 alpha-3 code."),
  /** Decides whether the Resident Coordinator reports to the IASC Working Group or the UNDG (DPKO RC f). */
  context: z.enum(["humanitarian", "development"]).describe("The country context, which decides whether the Resident Coordinator reports to the IASC Working Group or the UNDG (DPKO RC (f))."),
  /** A peacekeeping or peacebuilding mission is in place in the country (DPKO RC b). */
  missionPresent: z.boolean().describe("A peacekeeping or peacebuilding mission is in place in the country (DPKO RC (b))."),
  headOfMission: Official.optional().describe("The Head of Mission."),
  residentCoordinator: Official.optional().describe("The Resident Coordinator."),
  /** The recorded RC–Head of Mission agreement on respective responsibilities (DPKO RC b). */
  rcHomAgreement: z
    .object({
      agreedOn: IsoDate.describe("When the agreement was made."),
      reference: z.string().optional().describe("The document that records it."),
    })
    .optional()
    .describe("The recorded agreement between the Resident Coordinator and the Head of Mission on their respective responsibilities (DPKO RC (b))."),
  /** The in-country Network on SEA (DPKO RC c). */
  network: z
    .object({
      name: z.string().min(1).describe("The network's name."),
      establishedOn: IsoDate.describe("When the network was established."),
      reportsTo: z.enum(["resident-coordinator", "head-of-mission", "other"]).describe("Who the network reports to."),
      functioning: z.boolean().describe("The network is functioning as of the dataset's date."),
    })
    .optional()
    .describe("The in-country Network on SEA (DPKO RC (c))."),
  relevantLanguages: z.array(LanguageCode).min(1).describe("The languages communications must reach the local population in, as ISO 639 codes (DPKO RC (d)); at least one."),
  /** The local age of consent, recorded only to show it does not lower SGB 3.2(b)'s threshold. */
  localAgeOfConsentYears: z
    .number()
    .int()
    .min(0)
    .max(30)
    .optional()
    .describe("The local age of consent, recorded only to show it never lowers the age threshold of SGB 3.2(b)."),
  reportingChannels: z.array(ReportingChannel).default([]).describe("The channels complaints reach the mission through; an allegation's intake.channelId and a concern's channelId refer to their ids."),
  measures: z
    .partialRecord(CodeCable1474Measure, MeasureStatus)
    .default({})
    .describe("The status of each of Code Cable 1474's eight mission-level measures, keyed by measure; a measure left out is not recorded as in place."),
  /** First day the mission's SEA action plan and its cadences run from. */
  actionPlanStart: IsoDate.optional().describe(
    "First day of the mission's SEA action plan. It anchors every cadence rule (the ids in kitCadenceIds): a periodic cadence's windows are laid out from this day to the date of the check, and a per-event cadence checks the events dated from this day. Absent, each cadence rule reports one notice that the cadence is not scheduled, and no window is checked.",
  ),
});
/**
 * @category Vocabulary
 * @example
 * const input = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const mission: Mission = Mission.parse(input);
 * mission.relevantLanguages; // ["fr"]
 */
export type Mission = z.infer<typeof Mission>;
