import { z } from "zod";
import { CountryCode, IsoDate, RecordId } from "./common";
import { HeadquartersRecord } from "./headquarters-monitoring";
import { SubjectCategory } from "./subject-category";

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
/**
 * @category Vocabulary
 * @example
 * const intakeChannelKind: IntakeChannelKind = "hotline";
 */
export type IntakeChannelKind = z.infer<typeof IntakeChannelKind>;

/**
 * What was exchanged for sex (SGB 3.2(c)); `assistance` covers assistance due to beneficiaries.
 *
 * @category Vocabulary
 * @example
 * ExchangeKind.parse("assistance"); // "assistance"
 */
export const ExchangeKind = z.enum(["money", "employment", "goods", "services", "assistance"]);
/**
 * @category Vocabulary
 * @example
 * const exchangeKind: ExchangeKind = "money";
 */
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
  name: z.string().optional().describe("Confidential: the person's name. No rule reads it; no output carries it."),
  contact: z.string().optional().describe("Confidential: how to reach the person. No rule reads it; no output carries it."),
  address: z.string().optional().describe("Confidential: where the person lives. No rule reads it; no output carries it."),
  dateOfBirth: IsoDate.optional().describe("Confidential: the person's date of birth, kept with the identity. A victim's age is recorded in age, never read from here."),
  notes: z.string().optional().describe("Confidential: free-text notes on the person. No rule reads them; no output carries them."),
});
/**
 * @category Confidentiality
 * @example
 * const identity: ConfidentialIdentity = { contact: "…" };
 * Object.keys(identity); // ["contact"]
 */
export type ConfidentialIdentity = z.infer<typeof ConfidentialIdentity>;

const KnownAge = z.object({ kind: z.literal("known").describe("The age is known."), years: z.number().int().min(0).max(120).describe("Age in whole years on the incident date.") });
const EstimatedAge = z.object({
  kind: z.literal("estimated").describe("The age is estimated as a range; a range that straddles the child threshold is possibly a child, never adult."),
  minYears: z.number().int().min(0).max(120).describe("Youngest the victim may have been at the incident."),
  maxYears: z.number().int().min(0).max(120).describe("Oldest the victim may have been at the incident."),
});
const UnknownAge = z.object({ kind: z.literal("unknown").describe("The age is unknown: its own state, never a silent adult.") });
const rangeInOrder = (a: { kind: string; minYears?: number; maxYears?: number }) => a.kind !== "estimated" || a.minYears! <= a.maxYears!;
const rangeMessage = { message: "an estimated age range needs minYears <= maxYears", path: ["maxYears"] };

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
export const VictimAge = z
  .discriminatedUnion("kind", [
    KnownAge,
    z.object({
      kind: z.literal("date-of-birth").describe("The age is computed to the day from a date of birth."),
      dateOfBirth: IsoDate.describe("Date of birth; confidential: used only to compute the age on the incident date."),
    }),
    EstimatedAge,
    UnknownAge,
  ])
  .refine(rangeInOrder, rangeMessage)
  .describe("The victim's age at the incident: known, from a date of birth, an estimated range, or unknown.");
/**
 * @category Vocabulary
 * @example
 * const isKnown = (victimAge: VictimAge) => victimAge.kind === "known";
 */
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
/**
 * @category Vocabulary
 * @example
 * const isKnown = (victimAgeWithoutBirthDate: VictimAgeWithoutBirthDate) => victimAgeWithoutBirthDate.kind === "known";
 */
export type VictimAgeWithoutBirthDate = z.infer<typeof VictimAgeWithoutBirthDate>;

/**
 * A victim, known to the record by a pseudonymous reference.
 *
 * @category Vocabulary
 * @example
 * Victim.parse({ ref: "V-1", age: { kind: "known", years: 16 }, sex: "female" }).beneficiary; // false
 */
export const Victim = z.object({
  ref: RecordId.describe("A pseudonymous reference to the victim, unique within the allegation; a discretion decision's victimRef refers to it. Never a name."),
  age: VictimAge,
  sex: z.enum(["female", "male", "unknown"]).describe("The victim's sex, as recorded."),
  /** A beneficiary of assistance (SGB 3.2(d)). */
  beneficiary: z.boolean().default(false).describe("The victim is a beneficiary of assistance (SGB 3.2(d)); defaults to false."),
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
  identity: ConfidentialIdentity.optional().describe("Confidential identity data, stored with the record; never read by a rule nor carried by any output."),
});
/**
 * @category Vocabulary
 * @example
 * const refOf = (victim: Victim) => victim.ref;
 */
export type Victim = z.infer<typeof Victim>;

/**
 * The structured facts of the alleged conduct, from which the classification is derived.
 *
 * @category Vocabulary
 * @example
 * ConductFacts.parse({ sexualActivity: "actual" }).exchange; // []
 */
export const ConductFacts = z.object({
  sexualActivity: z.enum(["none", "attempted", "actual"]).describe("Whether sexual activity was attempted or took place."),
  physicalIntrusion: z.enum(["none", "threatened", "actual"]).default("none").describe("Actual or threatened physical intrusion of a sexual nature (SGB section 1, sexual abuse); defaults to none."),
  force: z.boolean().default(false).describe("Force was used (SGB section 1, sexual abuse); defaults to false."),
  /** Unequal or coercive conditions (SGB section 1, sexual abuse). */
  coercion: z.boolean().default(false).describe("Unequal or coercive conditions (SGB section 1, sexual abuse); defaults to false."),
  exchange: z.array(ExchangeKind).default([]).describe("What was exchanged for sex (SGB 3.2(c)), assistance due to beneficiaries included."),
  /** Transactional sex was solicited, whether or not it took place. */
  solicitation: z.boolean().default(false).describe("Transactional sex was solicited, whether or not it took place; defaults to false."),
  relationship: z.enum(["none", "ongoing"]).default("none").describe("An ongoing sexual relationship between the subject and the victim; defaults to none."),
  /** Abuse of a position of vulnerability, differential power or trust (SGB section 1). */
  abuseOfPosition: z.boolean().default(false).describe("Abuse of a position of vulnerability, differential power or trust (SGB section 1); defaults to false."),
  /** Profit, monetary, social or political, from the exploitation of another. */
  profitFromExploitation: z.boolean().default(false).describe("Profit, monetary, social or political, from the sexual exploitation of another; defaults to false."),
  /** What the subject claims to have believed; recorded, never a defence (SGB 3.2(b)). */
  subjectClaimedBeliefVictimAdult: z.boolean().default(false).describe("The subject claims to have believed the victim was an adult: recorded, never a defence (SGB 3.2(b))."),
});
/**
 * @category Vocabulary
 * @example
 * const sexualActivityOf = (conductFacts: ConductFacts) => conductFacts.sexualActivity;
 */
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
/**
 * @category Vocabulary
 * @example
 * const allegationType: AllegationType = "rape";
 */
export type AllegationType = z.infer<typeof AllegationType>;

/**
 * Sexual exploitation or sexual abuse (SGB section 1).
 *
 * @category Vocabulary
 * @example
 * AllegationNature.options; // ["sexual-exploitation", "sexual-abuse"]
 */
export const AllegationNature = z.enum(["sexual-exploitation", "sexual-abuse"]);
/**
 * @category Vocabulary
 * @example
 * const allegationNature: AllegationNature = "sexual-exploitation";
 */
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
/**
 * @category Vocabulary
 * @example
 * const actionKind: ActionKind = "summary-dismissal";
 */
export type ActionKind = z.infer<typeof ActionKind>;

/**
 * The outcome of an investigation, as the UN publishes it.
 *
 * @category Vocabulary
 * @example
 * OutcomeResult.parse("substantiated"); // "substantiated"
 */
export const OutcomeResult = z.enum(["substantiated", "not-substantiated", "closed-other"]);
/**
 * @category Vocabulary
 * @example
 * const outcomeResult: OutcomeResult = "substantiated";
 */
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
  id: RecordId.describe("The allegation's id, unique among allegations; concerns and discretion decisions refer to it."),
  receivedOn: IsoDate.describe("When the allegation was received."),
  incidentDate: IsoDate.optional().describe("When the alleged conduct took place; a victim's age is computed on it."),
  intake: z
    .object({
      channel: IntakeChannelKind.describe("How the allegation reached the mission."),
      /** Which configured reporting channel it came through (Mission.reportingChannels). */
      channelId: RecordId.optional().describe("The configured reporting channel it came through: the id of one of mission.reportingChannels."),
      rumour: z.boolean().default(false).describe("It arrived as a rumour, which is still an allegation to record (DPKO RC (e)); defaults to false."),
      missionPersonnelMayBeInvolved: z.boolean().default(true).describe("Mission personnel may be involved; defaults to true."),
      /** When the Resident Coordinator liaised with the Head of Mission on a rumour (DPKO RC e). */
      headOfMissionLiaisonOn: IsoDate.optional().describe("When the Resident Coordinator liaised with the Head of Mission on a rumour (DPKO RC (e))."),
    })
    .describe("How and through which channel the allegation was received."),
  subjects: z
    .array(
      z.object({
        ref: RecordId.describe("A pseudonymous reference to the subject, unique within the allegation; an action's or paternity claim's subjectRef refers to it."),
        personnelId: RecordId.optional().describe("The subject's personnel id, when known: the id of a person in the dataset's personnel. Never given for a subject of category non-un-force (an input issue non-un-force-personnel-id)."),
        /** A category of mission personnel, or `non-un-force` (see {@link SubjectCategory}). */
        category: SubjectCategory.describe(
          "The subject's category: a personnel category, which decides the investigating entity, or non-un-force (never mission personnel; counted separately in public data).",
        ),
        contributingCountry: CountryCode.optional().describe("For uniformed subjects, the contributing country as an ISO 3166-1 alpha-3 code."),
      }),
    )
    .default([])
    .describe("The people the allegation is against."),
  victims: z.array(Victim).default([]).describe("The victims, each by a pseudonymous reference."),
  complainant: z
    .object({
      ref: RecordId.describe("A pseudonymous reference to the complainant. Never a name."),
      relation: z.enum(["victim", "witness", "colleague", "community-member", "partner", "other"]).describe("How the complainant relates to the matter."),
      identity: ConfidentialIdentity.optional().describe("Confidential identity data, stored with the record; never read by a rule nor carried by any output."),
    })
    .optional()
    .describe("Who reported the allegation, by a pseudonymous reference."),
  conduct: ConductFacts.describe("The structured facts of the alleged conduct; the nature and type of the allegation (SGB section 1) are derived from them."),
  /** The classification a host recorded by hand, checked against the derived one. */
  recorded: z
    .object({
      nature: AllegationNature.optional().describe("The nature a host recorded: sexual exploitation or sexual abuse."),
      type: AllegationType.optional().describe("The type a host recorded, as the UN publishes types."),
    })
    .default({})
    .describe(
      "The classification a host recorded by hand, checked against the one derived from conduct (rule sgb.1.recorded-classification). The derived classification is computed whether or not one is recorded: see classifyAllegation and the classification facts of the allegation's findings.",
    ),
  investigation: z
    .object({
      entity: z.string().min(1).describe("The investigating entity."),
      referredOn: IsoDate.describe("When the allegation was referred for investigation; the investigation deadline runs from it."),
      urgent: z.boolean().default(false).describe("The investigation is urgent, which shortens its deadline; defaults to false."),
      concludedOn: IsoDate.optional().describe("When the investigation was concluded; absent while it runs."),
      reportReviewedOn: IsoDate.optional().describe(
        "When the investigation report was reviewed and recommendations made (action plan, Enforcement goal 3 (b)); an outcome decided stands for it when absent.",
      ),
    })
    .optional()
    .describe("The investigation the allegation was referred to."),
  outcome: z
    .object({
      result: OutcomeResult.describe("The outcome, as the UN publishes it."),
      decidedOn: IsoDate.describe("When the outcome was decided."),
    })
    .optional()
    .describe("The outcome of the investigation."),
  actions: z
    .array(
      z.object({
        kind: ActionKind.describe("The final action or interim measure taken."),
        subjectRef: RecordId.optional().describe("The subject it was taken against: the ref of one of the allegation's subjects."),
        takenOn: IsoDate.describe("When it was taken."),
        /** The Office of Legal Affairs consultation a criminal referral requires (SGB section 5). */
        legalAffairsConsultedOn: IsoDate.optional().describe("When the Office of Legal Affairs was consulted, as a criminal referral requires (SGB section 5)."),
        /**
         * Who took the action: the UN, or the subject's contributing Member State (the UN publishes
         * Member State actions on uniformed personnel apart from its own). Absent means the UN.
         */
        takenBy: z
          .enum(["united-nations", "member-state"])
          .optional()
          .describe("Who took the action: the UN, or the subject's contributing Member State; absent means the UN."),
      }),
    )
    .default([])
    .describe("Final actions and interim measures taken on the allegation."),
  /**
   * Paternity claims arising from the allegation, tracked on their own in the UN's published data
   * (open and resolved, by contributing country). `subjectRef` names the subject the claim is against.
   */
  paternityClaims: z
    .array(
      z.object({
        subjectRef: RecordId.optional().describe("The subject the claim is against: the ref of one of the allegation's subjects."),
        recordedOn: IsoDate.describe("When the claim was recorded."),
        resolvedOn: IsoDate.optional().describe("When the claim was resolved; absent while open."),
      }),
    )
    .optional()
    .describe("Paternity claims arising from the allegation, tracked on their own in the UN's published data."),
  closedOn: IsoDate.optional().describe("When the allegation was closed; absent while open."),
  assessedOn: IsoDate.optional().describe(
    "When the preliminary assessment was completed (action plan, Enforcement goal 3 (a)); a referral for investigation stands for it when absent.",
  ),
  headquarters: HeadquartersRecord.optional().describe("What headquarters was told of the allegation and when, and the monitoring recorded at each milestone (DPKO guidelines, headquarters (f))."),
});
/**
 * @category Vocabulary
 * @example
 * const idOf = (allegation: Allegation) => allegation.id;
 */
export type Allegation = z.infer<typeof Allegation>;
/**
 * @category Vocabulary
 * @example
 * const idOf = (allegationInput: AllegationInput) => allegationInput.id;
 */
export type AllegationInput = z.input<typeof Allegation>;

/**
 * A staff member's concern or suspicion of SEA by a fellow worker, and whether it was reported (SGB 3.2(e)).
 *
 * @category Vocabulary
 * @example
 * ConcernRecord.parse({ id: "K-1", personnelId: "P-9", becameAwareOn: "2018-04-01" }).reportedOn; // undefined
 */
export const ConcernRecord = z.object({
  id: RecordId.describe("The concern's id."),
  personnelId: RecordId.describe("The staff member who had the concern: the id of a person in the dataset's personnel."),
  becameAwareOn: IsoDate.describe("When the staff member became aware of the concern or suspicion."),
  reportedOn: IsoDate.optional().describe("When it was reported through an established channel (SGB 3.2(e)); absent if not reported."),
  channelId: RecordId.optional().describe("The channel it was reported through: the id of one of mission.reportingChannels; not checked against them."),
  allegationId: RecordId.optional().describe("The allegation it led to: the id of an allegation of the dataset."),
});
/**
 * @category Vocabulary
 * @example
 * const idOf = (concernRecord: ConcernRecord) => concernRecord.id;
 */
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
  id: RecordId.describe("The decision's id; a finding lowered by it names it."),
  exception: z.enum(["SGB-4.5"]).describe("The exception used: SGB 4.5, the discretion for an adult beneficiary."),
  allegationId: RecordId.describe("The allegation it decides on: the id of an allegation of the dataset."),
  victimRef: RecordId.describe("The victim it concerns: the ref of one of that allegation's victims; one naming none of them is a finding of the SGB 4.5 conditions rule, not an input issue."),
  decidedOn: IsoDate.describe("When the decision was made."),
  decidedBy: RecordId.describe("Who decided: the id of a person in the dataset's personnel."),
  rationale: z.string().optional().describe("Why the discretion was used, without identifying a victim or complainant."),
});
/**
 * @category Vocabulary
 * @example
 * const idOf = (discretionDecision: DiscretionDecision) => discretionDecision.id;
 */
export type DiscretionDecision = z.infer<typeof DiscretionDecision>;
