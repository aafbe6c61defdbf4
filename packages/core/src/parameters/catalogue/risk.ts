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
  jointPatrolParticipants: defineParameter<(typeof PATROL_COMPONENTS)[number][]>({
    title: "Joint patrol participants",
    description: "Every joint patrol to a risk area includes each of these components.",
    schema: z.array(z.enum(PATROL_COMPONENTS)).min(1),
    values: [{ value: ["police", "cdt", "security"], effectiveFrom: PLAN_START, citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 6 (h)") }],
  }),
};
