import { z } from "zod";
import { IsoDate, LanguageCode, RecordId } from "./common";

/**
 * Who a communication on SEA is addressed to.
 *
 * @category Vocabulary
 * @example
 * CommunicationAudience.parse("local-population"); // "local-population"
 */
export const CommunicationAudience = z.enum(["staff", "local-population", "beneficiaries", "refugees"]);
/**
 * @category Vocabulary
 * @example
 * const communicationAudience: CommunicationAudience = "staff";
 */
export type CommunicationAudience = z.infer<typeof CommunicationAudience>;

/**
 * What a communication on SEA covers: prevention, how to report, victims' channels of recourse,
 * the focal points' existence and role, zero tolerance, protection against retaliation for reporting
 * (ST/SGB/2017/2, action plan Enforcement goal 1 (d)-(e)).
 *
 * @category Vocabulary
 * @example
 * CommunicationTopic.parse("focal-points"); // "focal-points"
 */
export const CommunicationTopic = z.enum(["prevention", "reporting", "recourse-channels", "focal-points", "zero-tolerance", "protection-from-retaliation"]);
/**
 * @category Vocabulary
 * @example
 * const communicationTopic: CommunicationTopic = "prevention";
 */
export type CommunicationTopic = z.infer<typeof CommunicationTopic>;

/**
 * A communication on SEA to staff or to local populations (DPKO RC d).
 *
 * @category Vocabulary
 * @example
 * Communication.parse({
 *   id: "C-1", title: "Where to report", issuedOn: "2018-05-01", issuer: "network",
 *   audience: ["local-population"], topics: ["reporting"], languages: ["fr", "sg"],
 * }).channel; // "other"
 */
export const Communication = z.object({
  id: RecordId.describe("The communication's id, unique among communications."),
  title: z.string().min(1).describe("The communication's title."),
  issuedOn: IsoDate.describe("When it was issued."),
  issuer: z.enum(["network", "mission", "agency", "partner", "other"]).describe("Who issued it: the in-country network, the mission, an agency, a partner or another body."),
  issuerName: z.string().optional().describe("The issuing body's name."),
  audience: z.array(CommunicationAudience).min(1).describe("Who it is addressed to; at least one audience."),
  topics: z.array(CommunicationTopic).min(1).describe("What it covers; at least one topic."),
  languages: z.array(LanguageCode).min(1).describe("The languages it was issued in, as ISO 639 codes; checked against the mission's relevantLanguages."),
  channel: z
    .enum(["radio", "newsletter", "poster", "sms", "town-hall", "web", "card", "broadcast", "focus-group", "other"])
    .default("other")
    .describe("The medium it went out through; defaults to other."),
});
/**
 * @category Vocabulary
 * @example
 * const idOf = (communication: Communication) => communication.id;
 */
export type Communication = z.infer<typeof Communication>;
