import { z } from "zod";
import { CountryCode, IsoDate, RecordId } from "./common";
import { HeadquartersRecord } from "./headquarters-monitoring";
import { PersonnelCategory } from "./personnel";

/**
 * How an allegation reached the mission. A rumour is still an allegation to record (DPKO RC e).
 *
 * @category Vocabulary
 * @example
 * IntakeChannelKind.parse("rumour"); // "rumour"
 */
export const IntakeChannelKind = z.enum([
  "hotline",
  "email",
  "community-based-complaint-mechanism",
  "in-person",
  "partner-referral",
  "rumour",
  "other",
]);
/** @category Vocabulary */
export type IntakeChannelKind = z.infer<typeof IntakeChannelKind>;

/**
 * What was exchanged for sex (SGB 3.2(c)); `assistance` covers assistance due to beneficiaries.
 *
 * @category Vocabulary
 * @example
 * ExchangeKind.parse("assistance"); // "assistance"
 */
export const ExchangeKind = z.enum(["money", "employment", "goods", "services", "assistance"]);
/** @category Vocabulary */
export type ExchangeKind = z.infer<typeof ExchangeKind>;

/**
 * Confidential identity data. It may be stored with the record, but no rule reads it and
 * no report or finding ever carries it.
 *
 * @category Confidentiality
 * @example
 * ConfidentialIdentity.parse({ name: "…" }).name; // "…"
 */
export const ConfidentialIdentity = z.object({
  name: z.string().optional(),
  contact: z.string().optional(),
  address: z.string().optional(),
  dateOfBirth: IsoDate.optional(),
  notes: z.string().optional(),
});
/** @category Confidentiality */
export type ConfidentialIdentity = z.infer<typeof ConfidentialIdentity>;

/**
 * A victim's age at the time of the incident: a recorded age in years, a date of birth (the age on
 * the incident date is computed to the day), an estimated range, or unknown. Unknown is its own
 * state, never a silent adult. A date of birth identifies a person: it is read to compute the age
 * and never appears in a finding, report or log, where only the age it gives is shown.
 *
 * @category Vocabulary
 * @example
 * VictimAge.parse({ kind: "unknown" }).kind; // "unknown"
 * VictimAge.safeParse({ kind: "estimated", minYears: 19, maxYears: 16 }).success; // false
 */
const KnownAge = z.object({ kind: z.literal("known"), years: z.number().int().min(0).max(120).describe("Age in whole years on the incident date.") });
const EstimatedAge = z.object({
  kind: z.literal("estimated"),
  minYears: z.number().int().min(0).max(120).describe("Youngest the victim may have been at the incident."),
  maxYears: z.number().int().min(0).max(120).describe("Oldest the victim may have been at the incident."),
});
const UnknownAge = z.object({ kind: z.literal("unknown") });
const rangeInOrder = (a: { kind: string; minYears?: number; maxYears?: number }) => a.kind !== "estimated" || a.minYears! <= a.maxYears!;
const rangeMessage = { message: "an estimated age range needs minYears <= maxYears", path: ["maxYears"] };

export const VictimAge = z
  .discriminatedUnion("kind", [
    KnownAge,
    z.object({
      kind: z.literal("date-of-birth"),
      dateOfBirth: IsoDate.describe("Date of birth; confidential: used only to compute the age on the incident date."),
    }),
    EstimatedAge,
    UnknownAge,
  ])
  .refine(rangeInOrder, rangeMessage)
  .describe("The victim's age at the incident: known, from a date of birth, an estimated range, or unknown.");
/** @category Vocabulary */
export type VictimAge = z.infer<typeof VictimAge>;

/**
 * A victim's age as a case record keeps it: known, an estimated range, or unknown, never a date of
 * birth. A host computes the age on the incident date with `ageAtIncident` before recording it, so
 * the identifying date never enters a case's context or event log.
 *
 * @category Vocabulary
 * @example
 * VictimAgeWithoutBirthDate.safeParse({ kind: "date-of-birth", dateOfBirth: "2001-01-01" }).success; // false
 */
export const VictimAgeWithoutBirthDate = z
  .discriminatedUnion("kind", [KnownAge, EstimatedAge, UnknownAge])
  .refine(rangeInOrder, rangeMessage)
  .describe("The victim's age at the incident: known, an estimated range, or unknown.");
/** @category Vocabulary */
export type VictimAgeWithoutBirthDate = z.infer<typeof VictimAgeWithoutBirthDate>;

/**
 * A victim, known to the record by a pseudonymous reference.
 *
 * @category Vocabulary
 * @example
 * Victim.parse({ ref: "V-1", age: { kind: "known", years: 16 }, sex: "female" }).beneficiary; // false
 */
export const Victim = z.object({
  ref: RecordId,
  age: VictimAge,
  sex: z.enum(["female", "male", "unknown"]),
  /** A beneficiary of assistance (SGB 3.2(d)). */
  beneficiary: z.boolean().default(false),
  /**
   * Facts SGB 4.4 turns on: a marriage to a subject of the allegation, its legal validity, and the
   * victim's majority (or consent) in their country of citizenship. A fact left out is unknown, and
   * the carve-out never applies on an unknown.
   */
  marriageToSubject: z
    .object({
      subjectRef: RecordId.optional().describe("The subject the victim is married to; may be left out when the allegation has one subject."),
      legallyMarried: z.boolean().optional().describe("The marriage is legally valid."),
      overAgeOfMajorityInCitizenshipCountry: z
        .boolean()
        .optional()
        .describe("The victim was over the age of majority or consent in their country of citizenship."),
    })
    .optional()
    .describe("Facts SGB 4.4 turns on; see the marriage carve-out."),
  identity: ConfidentialIdentity.optional(),
});
/** @category Vocabulary */
export type Victim = z.infer<typeof Victim>;

/**
 * The structured facts of the alleged conduct, from which the classification is derived.
 *
 * @category Vocabulary
 * @example
 * ConductFacts.parse({ sexualActivity: "actual" }).exchange; // []
 */
export const ConductFacts = z.object({
  sexualActivity: z.enum(["none", "attempted", "actual"]),
  physicalIntrusion: z.enum(["none", "threatened", "actual"]).default("none"),
  force: z.boolean().default(false),
  /** Unequal or coercive conditions (SGB section 1, sexual abuse). */
  coercion: z.boolean().default(false),
  exchange: z.array(ExchangeKind).default([]),
  /** Transactional sex was solicited, whether or not it took place. */
  solicitation: z.boolean().default(false),
  relationship: z.enum(["none", "ongoing"]).default("none"),
  /** Abuse of a position of vulnerability, differential power or trust (SGB section 1). */
  abuseOfPosition: z.boolean().default(false),
  /** Profit, monetary, social or political, from the exploitation of another. */
  profitFromExploitation: z.boolean().default(false),
  /** What the subject claims to have believed; recorded, never a defence (SGB 3.2(b)). */
  subjectClaimedBeliefVictimAdult: z.boolean().default(false),
});
/** @category Vocabulary */
export type ConductFacts = z.infer<typeof ConductFacts>;

/**
 * Types of allegation as published by the UN, each under its nature.
 *
 * @category Vocabulary
 * @example
 * AllegationType.parse("transactional-sex"); // "transactional-sex"
 */
export const AllegationType = z.enum([
  "rape",
  "sexual-assault",
  "sexual-activity-with-minor",
  "transactional-sex",
  "solicitation-of-transactional-sex",
  "exploitative-relationship",
  "other-sexual-exploitation",
]);
/** @category Vocabulary */
export type AllegationType = z.infer<typeof AllegationType>;

/**
 * Sexual exploitation or sexual abuse (SGB section 1).
 *
 * @category Vocabulary
 * @example
 * AllegationNature.options; // ["sexual-exploitation", "sexual-abuse"]
 */
export const AllegationNature = z.enum(["sexual-exploitation", "sexual-abuse"]);
/** @category Vocabulary */
export type AllegationNature = z.infer<typeof AllegationNature>;

/**
 * Final actions and interim measures, across personnel categories.
 *
 * @category Vocabulary
 * @example
 * ActionKind.parse("repatriation"); // "repatriation"
 */
export const ActionKind = z.enum([
  "summary-dismissal",
  "dismissal",
  "separation",
  "disciplinary-measure",
  "administrative-measure",
  "contract-termination",
  "repatriation",
  "exclusion-from-future-service",
  "administrative-leave",
  "suspension-of-payments",
  "payments-withheld-to-trust-fund",
  "referral-for-criminal-accountability",
  "no-action-warranted",
]);
/** @category Vocabulary */
export type ActionKind = z.infer<typeof ActionKind>;

/**
 * The outcome of an investigation, as the UN publishes it.
 *
 * @category Vocabulary
 * @example
 * OutcomeResult.parse("substantiated"); // "substantiated"
 */
export const OutcomeResult = z.enum(["substantiated", "not-substantiated", "closed-other"]);
/** @category Vocabulary */
export type OutcomeResult = z.infer<typeof OutcomeResult>;

/**
 * An allegation record as a misconduct tracking system holds it.
 *
 * @category Vocabulary
 * @example
 * const a = Allegation.parse({
 *   id: "A-1", receivedOn: "2018-06-01",
 *   intake: { channel: "hotline", channelId: "hotline-4044" },
 *   subjects: [{ ref: "S-1", category: "military-contingent", contributingCountry: "XYZ" }],
 *   victims: [{ ref: "V-1", age: { kind: "known", years: 16 }, sex: "female" }],
 *   conduct: { sexualActivity: "actual", exchange: ["money"] },
 * });
 * a.actions; // []
 */
export const Allegation = z.object({
  id: RecordId,
  receivedOn: IsoDate,
  incidentDate: IsoDate.optional(),
  intake: z.object({
    channel: IntakeChannelKind,
    /** Which configured reporting channel it came through (Mission.reportingChannels). */
    channelId: RecordId.optional(),
    rumour: z.boolean().default(false),
    missionPersonnelMayBeInvolved: z.boolean().default(true),
    /** When the Resident Coordinator liaised with the Head of Mission on a rumour (DPKO RC e). */
    headOfMissionLiaisonOn: IsoDate.optional(),
  }),
  subjects: z
    .array(
      z.object({
        ref: RecordId,
        personnelId: RecordId.optional(),
        category: PersonnelCategory,
        contributingCountry: CountryCode.optional(),
      }),
    )
    .default([]),
  victims: z.array(Victim).default([]),
  complainant: z
    .object({
      ref: RecordId,
      relation: z.enum(["victim", "witness", "colleague", "community-member", "partner", "other"]),
      identity: ConfidentialIdentity.optional(),
    })
    .optional(),
  conduct: ConductFacts,
  /** The classification a host recorded by hand, checked against the derived one. */
  recorded: z.object({ nature: AllegationNature.optional(), type: AllegationType.optional() }).default({}),
  investigation: z
    .object({
      entity: z.string().min(1),
      referredOn: IsoDate,
      urgent: z.boolean().default(false),
      concludedOn: IsoDate.optional(),
      reportReviewedOn: IsoDate.optional().describe(
        "When the investigation report was reviewed and recommendations made (action plan, Enforcement goal 3 (b)); an outcome decided stands for it when absent.",
      ),
    })
    .optional(),
  outcome: z.object({ result: OutcomeResult, decidedOn: IsoDate }).optional(),
  actions: z
    .array(
      z.object({
        kind: ActionKind,
        subjectRef: RecordId.optional(),
        takenOn: IsoDate,
        /** The Office of Legal Affairs consultation a criminal referral requires (SGB section 5). */
        legalAffairsConsultedOn: IsoDate.optional(),
        /**
         * Who took the action: the UN, or the subject's contributing Member State (the UN publishes
         * Member State actions on uniformed personnel apart from its own). Absent means the UN.
         */
        takenBy: z.enum(["united-nations", "member-state"]).optional(),
      }),
    )
    .default([]),
  /**
   * Paternity claims arising from the allegation, tracked on their own in the UN's published data
   * (open and resolved, by contributing country). `subjectRef` names the subject the claim is against.
   */
  paternityClaims: z
    .array(z.object({ subjectRef: RecordId.optional(), recordedOn: IsoDate, resolvedOn: IsoDate.optional() }))
    .optional(),
  closedOn: IsoDate.optional(),
  assessedOn: IsoDate.optional().describe(
    "When the preliminary assessment was completed (action plan, Enforcement goal 3 (a)); a referral for investigation stands for it when absent.",
  ),
  headquarters: HeadquartersRecord.optional(),
});
/** @category Vocabulary */
export type Allegation = z.infer<typeof Allegation>;
/** @category Vocabulary */
export type AllegationInput = z.input<typeof Allegation>;

/**
 * A staff member's concern or suspicion of SEA by a fellow worker, and whether it was reported (SGB 3.2(e)).
 *
 * @category Vocabulary
 * @example
 * ConcernRecord.parse({ id: "K-1", personnelId: "P-9", becameAwareOn: "2018-04-01" }).reportedOn; // undefined
 */
export const ConcernRecord = z.object({
  id: RecordId,
  personnelId: RecordId,
  becameAwareOn: IsoDate,
  reportedOn: IsoDate.optional(),
  channelId: RecordId.optional(),
  allegationId: RecordId.optional(),
});
/** @category Vocabulary */
export type ConcernRecord = z.infer<typeof ConcernRecord>;

/**
 * A recorded use of the discretion that SGB 4.5 (adult beneficiary) allows: the exception never
 * applies without one. SGB 4.4 (marriage) is a mandatory carve-out that applies from the recorded
 * facts, so no decision is recorded for it.
 *
 * @category Vocabulary
 * @example
 * DiscretionDecision.parse({
 *   id: "D-1", exception: "SGB-4.5", allegationId: "A-1", victimRef: "V-1",
 *   decidedOn: "2018-07-01", decidedBy: "P-HOM",
 * }).exception; // "SGB-4.5"
 */
export const DiscretionDecision = z.object({
  id: RecordId,
  exception: z.enum(["SGB-4.5"]),
  allegationId: RecordId,
  victimRef: RecordId,
  decidedOn: IsoDate,
  decidedBy: RecordId,
  rationale: z.string().optional(),
});
/** @category Vocabulary */
export type DiscretionDecision = z.infer<typeof DiscretionDecision>;
