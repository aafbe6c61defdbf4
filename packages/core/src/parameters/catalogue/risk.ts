import { z } from "zod";
import { IsoDuration } from "../../time/duration";
import { ComplaintMechanismEquipment, ComplaintMechanismMemberGroup } from "../../vocabulary/complaint-mechanism";
import { cite } from "../citation";
import { defineParameter } from "../types";

/** The MINUSCA plan covers 2018-2019; later plans overlay their own values. */
const PLAN_START = "2018-01-01";

const LEVELS = ["low", "medium", "high", "critical"] as const;
type Level = (typeof LEVELS)[number];
const PATROL_COMPONENTS = ["police", "cdt", "security", "force", "military-police", "other"] as const;

/** How well a control is in place, worst first: perimeter, movement control, welfare facilities. */
const CONTROL_LEVELS = ["poor", "fair", "good"] as const;
/** How readily something is to be had, least first: alcohol. */
const AVAILABILITY_LEVELS = ["none", "restricted", "unrestricted"] as const;
/** The risk dimension of the register's scale a checklist factor bears on. */
const DIMENSIONS = ["likelihood", "impact"] as const;

const Points = z.number().int().min(0).max(10);
const BooleanPoints = z.strictObject({ kind: z.literal("boolean"), whenTrue: Points, whenFalse: Points });
const ordinalPoints = <const L extends readonly [string, ...string[]]>(levels: L) =>
  z.strictObject({ kind: z.literal("ordinal"), points: z.strictObject(Object.fromEntries(levels.map((l) => [l, Points])) as { [K in L[number]]: typeof Points }) });
const NumberPoints = z.strictObject({
  kind: z.literal("number"),
  bands: z
    .array(z.strictObject({ from: z.number().min(0), points: Points }))
    .min(1)
    // Every answer from 0 up falls in exactly one band: the last whose `from` it reaches.
    .refine((bands) => bands[0]?.from === 0, "the first band must start at 0")
    .refine((bands) => bands.every((b, i) => i === 0 || b.from > bands[i - 1]!.from), "bands must rise in from"),
});
const Weight = z.strictObject({ dimension: z.enum(DIMENSIONS), weight: z.number().int().min(0).max(10) });

/**
 * The factors of the camp SEA risk-assessment checklist, in the order an assessment lists them: the
 * keys of the weight and points parameters, and of `RiskFactorId` in `@psea/risk`.
 *
 * @category Parameters
 * @example
 * riskChecklistFactors.length; // 11
 */
export const riskChecklistFactors = [
  "communityProximity",
  "perimeter",
  "movementControl",
  "alcoholAvailability",
  "welfareFacilities",
  "nonFraternizationBriefings",
  "complaintMechanismReachable",
  "offLimitsPlacesNearby",
  "womenAndChildrenOnCamp",
  "monthsSinceRotation",
  "allegationHistory",
] as const;

const RiskFactorPoints = z.strictObject({
  communityProximity: NumberPoints,
  perimeter: ordinalPoints(CONTROL_LEVELS),
  movementControl: ordinalPoints(CONTROL_LEVELS),
  alcoholAvailability: ordinalPoints(AVAILABILITY_LEVELS),
  welfareFacilities: ordinalPoints(CONTROL_LEVELS),
  nonFraternizationBriefings: BooleanPoints,
  complaintMechanismReachable: BooleanPoints,
  offLimitsPlacesNearby: BooleanPoints,
  womenAndChildrenOnCamp: BooleanPoints,
  monthsSinceRotation: NumberPoints,
  allegationHistory: NumberPoints,
});
const RiskFactorWeights = z.strictObject(Object.fromEntries(riskChecklistFactors.map((f) => [f, Weight])) as { [K in (typeof riskChecklistFactors)[number]]: typeof Weight });

/** The default scoring model is the kit's starting point: the UN toolkit's own matrix is not public. */
const MODEL_NOTE = "A mission-set starting point: the UN SEA risk management toolkit's own matrix is not public. Overlay the mission's framework values from the date it adopts them.";

const RiskLevelBands = z
  .array(z.object({ level: z.enum(LEVELS), minScore: z.number().int().min(1) }))
  .min(1)
  // A score must always fall in exactly one band, and a higher score never in a lower level.
  .refine((bands) => bands[0]?.minScore === 1, "the first band must start at score 1")
  .refine(
    (bands) => bands.every((b, i) => i === 0 || (b.minScore > bands[i - 1]!.minScore && LEVELS.indexOf(b.level) > LEVELS.indexOf(bands[i - 1]!.level))),
    "bands must rise in both minScore and level",
  );

/**
 * Parameters of community-based complaint mechanisms (Prevention goal 5) and of SEA risk
 * management (Prevention goal 6, read by `@psea/risk`).
 *
 * @category Parameters
 * @example
 * riskParameters.riskScale.values[0]?.value; // { likelihoodLevels: 5, impactLevels: 5 }
 */
export const riskParameters = {
  cbcmRequiredMemberGroups: defineParameter<ComplaintMechanismMemberGroup[]>({
    title: "CBCM member groups",
    description: "Every community-based complaint mechanism has representatives of each of these groups.",
    schema: z.array(ComplaintMechanismMemberGroup).min(1),
    values: [
      {
        value: ["youth", "women", "local-authorities", "local-organizations"],
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 5 (a)"),
        note: "The plan's list ends with 'etc.'; the four named groups are required, others are welcome.",
      },
    ],
  }),
  cbcmRequiredEquipment: defineParameter<ComplaintMechanismEquipment[]>({
    title: "CBCM equipment",
    description: "Every community-based complaint mechanism is equipped with each of these.",
    schema: z.array(ComplaintMechanismEquipment).min(1),
    values: [
      {
        value: ["prepaid-phone", "notebooks", "pens", "sensitization-material"],
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 5 (c)"),
      },
    ],
  }),
  riskScale: defineParameter({
    title: "SEA risk scale",
    description: "The number of likelihood and impact levels a risk register entry is scored on; its score is likelihood × impact.",
    schema: z.object({ likelihoodLevels: z.number().int().min(2).max(10), impactLevels: z.number().int().min(2).max(10) }),
    values: [
      {
        value: { likelihoodLevels: 5, impactLevels: 5 },
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6 (a)-(b), SEA risk management toolkit", { verify: true }),
        note: "The toolkit's own likelihood-by-impact matrix was not found; 5×5 is the default. Overlay riskLevelBands with the scale.",
      },
    ],
  }),
  riskLevelBands: defineParameter<{ level: Level; minScore: number }[]>({
    title: "SEA risk level bands",
    description: "The lowest score of each risk level, rising; a score takes the level of the last band it reaches.",
    schema: RiskLevelBands,
    values: [
      {
        value: [
          { level: "low", minScore: 1 },
          { level: "medium", minScore: 5 },
          { level: "high", minScore: 10 },
          { level: "critical", minScore: 20 },
        ],
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6 (a)-(b), SEA risk management toolkit", { verify: true }),
        note: "Usual bands of a 5×5 matrix (1-4, 5-9, 10-19, 20-25), pending the toolkit's.",
      },
    ],
  }),
  riskLevelsRequiringMitigation: defineParameter<Level[]>({
    title: "Risk levels requiring a mitigation recommendation",
    description: "A risk register entry at one of these levels has at least one standing mitigation recommendation.",
    schema: z.array(z.enum(LEVELS)).min(1),
    values: [
      {
        value: ["high", "critical"],
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6 (d)", { verify: true }),
        note: "The plan asks for recommendations on mitigating factors without a threshold; high and above is taken.",
      },
    ],
  }),
  campRiskAssessmentPeriod: defineParameter({
    title: "Camp risk assessment period",
    description: "Every camp's SEA risk assessment is renewed within this period of the last one (or of the camp's opening).",
    schema: IsoDuration,
    values: [
      {
        value: "P6M",
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6 (c)", { verify: true }),
        note: "Activity (c) sets no period; the goal's only stated one (off-limits list, bi-annual) is taken. Overlay the mission's risk framework value.",
      },
    ],
  }),
  mitigationFollowUpWindow: defineParameter({
    title: "Mitigation follow-up window",
    description: "A mitigation recommendation not implemented or rejected within this period of being made is flagged for follow-up.",
    schema: IsoDuration,
    values: [
      {
        value: "P3M",
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6 (e)", { verify: true }),
        note: "Activity (e) sets no period; missions report on risk to headquarters quarterly [verify], so one quarter is taken.",
      },
    ],
  }),
  riskFactorWeights: defineParameter<z.output<typeof RiskFactorWeights>>({
    title: "SEA risk factor weights",
    description:
      "The weight of each camp risk-assessment checklist factor and the dimension of the risk scale (likelihood or impact) it bears on. A dimension's level is 1 + round(weighted points / weighted maximum × (levels - 1)).",
    schema: RiskFactorWeights,
    values: [
      {
        value: {
          communityProximity: { dimension: "likelihood", weight: 2 },
          perimeter: { dimension: "likelihood", weight: 2 },
          movementControl: { dimension: "likelihood", weight: 3 },
          alcoholAvailability: { dimension: "likelihood", weight: 2 },
          welfareFacilities: { dimension: "likelihood", weight: 1 },
          nonFraternizationBriefings: { dimension: "likelihood", weight: 2 },
          complaintMechanismReachable: { dimension: "impact", weight: 2 },
          offLimitsPlacesNearby: { dimension: "likelihood", weight: 2 },
          womenAndChildrenOnCamp: { dimension: "impact", weight: 3 },
          monthsSinceRotation: { dimension: "likelihood", weight: 1 },
          allegationHistory: { dimension: "likelihood", weight: 3 },
        },
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6 (a)-(c), SEA risk management toolkit", { verify: true }),
        note: MODEL_NOTE,
      },
    ],
  }),
  riskFactorPoints: defineParameter<z.output<typeof RiskFactorPoints>>({
    title: "SEA risk factor points",
    description:
      "The points each answer of a camp risk-assessment checklist factor scores: a yes/no answer, a level, or a number (distance in metres, months since rotation, allegations per 1,000 personnel on strength) by the last band it reaches.",
    schema: RiskFactorPoints,
    values: [
      {
        value: {
          communityProximity: { kind: "number", bands: [{ from: 0, points: 3 }, { from: 500, points: 2 }, { from: 2000, points: 1 }, { from: 5000, points: 0 }] },
          perimeter: { kind: "ordinal", points: { poor: 3, fair: 1, good: 0 } },
          movementControl: { kind: "ordinal", points: { poor: 3, fair: 1, good: 0 } },
          alcoholAvailability: { kind: "ordinal", points: { none: 0, restricted: 1, unrestricted: 3 } },
          welfareFacilities: { kind: "ordinal", points: { poor: 3, fair: 1, good: 0 } },
          nonFraternizationBriefings: { kind: "boolean", whenTrue: 0, whenFalse: 3 },
          complaintMechanismReachable: { kind: "boolean", whenTrue: 0, whenFalse: 3 },
          offLimitsPlacesNearby: { kind: "boolean", whenTrue: 3, whenFalse: 0 },
          womenAndChildrenOnCamp: { kind: "boolean", whenTrue: 3, whenFalse: 0 },
          monthsSinceRotation: { kind: "number", bands: [{ from: 0, points: 0 }, { from: 6, points: 1 }, { from: 9, points: 2 }, { from: 12, points: 3 }] },
          allegationHistory: { kind: "number", bands: [{ from: 0, points: 0 }, { from: 0.5, points: 1 }, { from: 1, points: 2 }, { from: 2, points: 3 }] },
        },
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6 (a)-(c), SEA risk management toolkit", { verify: true }),
        note: MODEL_NOTE,
      },
    ],
  }),
  riskFactorHighPoints: defineParameter({
    title: "High-scoring risk factor",
    description: "A checklist factor scoring at least these points is high-scoring: it has an open register entry for its camp with a standing mitigation recommendation.",
    schema: z.number().int().min(1).max(10),
    values: [
      {
        value: 3,
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6 (c)-(d)", { verify: true }),
        note: "The worst answer of every factor under the default points. The plan asks for recommendations on mitigating factors without a threshold.",
      },
    ],
  }),
  riskLevelsRequiringJointPatrol: defineParameter<Level[]>({
    title: "Risk levels requiring joint patrols",
    description: "A camp whose latest checklist assessment scores at one of these levels is a risk area that joint patrols visit.",
    schema: z.array(z.enum(LEVELS)).min(1),
    values: [
      {
        value: ["high", "critical"],
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6 (h)", { verify: true }),
        note: "The plan names 'risk areas' without a threshold; high and above is taken, as for mitigation.",
      },
    ],
  }),
  riskAreaPatrolPeriod: defineParameter({
    title: "Risk-area joint patrol period",
    description: "A high-risk camp has a joint patrol covering it within this period before the check.",
    schema: IsoDuration,
    values: [
      {
        value: "P1M",
        effectiveFrom: PLAN_START,
        citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6 (h)", { verify: true }),
        note: "The plan asks for 'regular' joint patrols without a period; monthly is taken.",
      },
    ],
  }),
  jointPatrolParticipants: defineParameter<(typeof PATROL_COMPONENTS)[number][]>({
    title: "Joint patrol participants",
    description: "Every joint patrol to a risk area includes each of these components.",
    schema: z.array(z.enum(PATROL_COMPONENTS)).min(1),
    values: [{ value: ["police", "cdt", "security"], effectiveFrom: PLAN_START, citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6 (h)") }],
  }),
};
