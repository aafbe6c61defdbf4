import { z } from "zod";
import { IsoDate, RecordId } from "../vocabulary/common";

/**
 * The three pillars of a SEA action plan (AP-MATRIX).
 *
 * @category Action plan
 * @example
 * PillarId.options; // ["prevention", "enforcement", "remedial"]
 */
export const PillarId = z.enum(["prevention", "enforcement", "remedial"]);
/**
 * @category Action plan
 * @example
 * const pillarId: PillarId = "prevention";
 */
export type PillarId = z.infer<typeof PillarId>;

/**
 * The letter that prefixes the activity and result ids of each pillar: `P1.a`, `E3.e`, `R1.ii`.
 *
 * @category Action plan
 * @example
 * pillarLetter.enforcement; // "E"
 */
export const pillarLetter = { prevention: "P", enforcement: "E", remedial: "R" } as const satisfies Record<PillarId, string>;

const Text = z.string().trim().min(1);

// One marker for every text the plan's source cannot fully be read in. The text keeps only the words
// that can be read, with "…" where words are lost, so the kit never presents a reconstruction as the plan's.
const illegible = (what: string) =>
  z
    .literal(true)
    .optional()
    .describe(`All or part of ${what} cannot be read in the source; the text keeps the readable words, with "…" where words are lost, and nothing is derived from the lost words.`);

/**
 * A related activity of a goal, lettered as in the plan: `P1.a` is Prevention goal 1, activity (a).
 *
 * @category Action plan
 * @example
 * ActionPlanActivity.parse({ id: "P1.h", text: "Issue weekly radio broadcasts on SEA, in French and in Sango." }).id; // "P1.h"
 */
export const ActionPlanActivity = z.object({
  id: z.string().regex(/^[PER]\d+\.[a-z]{1,2}$/, "expected an activity id such as 'P1.a'"),
  text: Text,
  illegible: illegible("this activity"),
});
/**
 * @category Action plan
 * @example
 * import { minuscaActionPlan2018_2019 } from "@psea/core/action-plan";
 * const activity: ActionPlanActivity | undefined = minuscaActionPlan2018_2019.pillars[0]?.goals[0]?.activities[0];
 * activity?.id; // "P1.a"
 */
export type ActionPlanActivity = z.infer<typeof ActionPlanActivity>;

/**
 * An expected result of a goal, numbered in roman numerals as in the plan: `P1.vi`. Results and
 * activities are separate lists, so `P1.i` may name both activity (i) and result (i).
 *
 * @category Action plan
 * @example
 * ExpectedResult.parse({ id: "P2.i", text: "100% MINUSCA personnel trained on SEA." }).id; // "P2.i"
 * ExpectedResult.parse({ id: "P3.i", text: "… response efforts coordinated across the UN in CAR.", illegible: true }).illegible; // true
 */
export const ExpectedResult = z.object({
  id: z.string().regex(/^[PER]\d+\.[ivxlc]+$/, "expected a result id such as 'P1.i'"),
  text: Text,
  /** Set where all or part of the result cannot be read: `text` keeps the readable words with "…" where words are lost, or says the whole is illegible. */
  illegible: illegible("this result"),
});
/**
 * @category Action plan
 * @example
 * const idOf = (expectedResult: ExpectedResult) => expectedResult.id;
 */
export type ExpectedResult = z.infer<typeof ExpectedResult>;

/**
 * Who leads and who implements a goal.
 *
 * @category Action plan
 * @example
 * ActionPlanPartners.parse({ implementing: ["CDT"] }).leading; // []
 * ActionPlanPartners.parse({ implementing: ["… in Programs", "CDT"], illegible: true }).illegible; // true
 */
export const ActionPlanPartners = z.object({
  leading: z.array(Text).default([]),
  implementing: z.array(Text).default([]),
  /** Set where part of the partners column cannot be read: an entry keeps its readable words with "…", or is "…" alone. */
  illegible: illegible("the partners column"),
});
/**
 * @category Action plan
 * @example
 * const leadingOf = (actionPlanPartners: ActionPlanPartners) => actionPlanPartners.leading;
 */
export type ActionPlanPartners = z.infer<typeof ActionPlanPartners>;

/**
 * A goal of a pillar: its activities, expected results, partners and the plan's own status note.
 *
 * @category Action plan
 * @example
 * const g = ActionPlanGoal.parse({ number: 3, title: "Establish SEA Task Force.", activities: [{ id: "P3.a", text: "…" }], partners: {} });
 * g.references; // []
 * ActionPlanGoal.parse({ number: 1, title: "Design a victim-centered …", titleIllegible: true, activities: [{ id: "R1.a", text: "…" }], partners: {} }).titleIllegible; // true
 */
export const ActionPlanGoal = z.object({
  number: z.number().int().positive(),
  title: Text,
  /** Set where part of the title cannot be read: `title` keeps the readable words with "…" where words are lost. */
  titleIllegible: illegible("the title"),
  references: z.array(Text).default([]),
  activities: z.array(ActionPlanActivity).min(1),
  expectedResults: z.array(ExpectedResult).default([]),
  partners: ActionPlanPartners,
  /** The status of implementation as the plan states it ("Ongoing"). */
  status: z.string().optional(),
  /** Set where part of the status cannot be read: `status` keeps the readable words with "…" where words are lost. */
  statusIllegible: illegible("the status"),
  /** The plan's comments and follow-up column. */
  comments: z.string().optional(),
});
/**
 * @category Action plan
 * @example
 * import { minuscaActionPlan2018_2019 } from "@psea/core/action-plan";
 * const goal: ActionPlanGoal | undefined = minuscaActionPlan2018_2019.pillars[0]?.goals[0];
 * goal?.number; // 1
 */
export type ActionPlanGoal = z.infer<typeof ActionPlanGoal>;

/**
 * A pillar of the plan with its objective and goals.
 *
 * @category Action plan
 * @example
 * ActionPlanPillar.shape.id.options.length; // 3
 */
export const ActionPlanPillar = z.object({
  id: PillarId,
  title: Text,
  objective: Text,
  goals: z.array(ActionPlanGoal).min(1),
});
/**
 * @category Action plan
 * @example
 * import { minuscaActionPlan2018_2019 } from "@psea/core/action-plan";
 * const pillars: readonly ActionPlanPillar[] = minuscaActionPlan2018_2019.pillars;
 * pillars.map((p) => p.id); // ["prevention", "enforcement", "remedial"]
 */
export type ActionPlanPillar = z.infer<typeof ActionPlanPillar>;

type Ctx = z.core.$RefinementCtx<{ period: { from: string; to: string }; pillars: ActionPlanPillar[] }>;

function issue(ctx: Ctx, path: (string | number)[], code: string, message: string): void {
  ctx.addIssue({ code: "custom", path, message, params: { code } });
}

function checkPlan(plan: { period: { from: string; to: string }; pillars: ActionPlanPillar[] }, ctx: Ctx): void {
  if (plan.period.to < plan.period.from) issue(ctx, ["period", "to"], "invalid-period", "the plan period ends before it starts");
  const pillars = new Set<string>();
  plan.pillars.forEach((pillar, p) => {
    if (pillars.has(pillar.id)) issue(ctx, ["pillars", p, "id"], "duplicate-pillar", "expected each pillar once: this pillar appears earlier in the plan");
    pillars.add(pillar.id);
    const goals = new Set<number>();
    pillar.goals.forEach((goal, g) => {
      if (goals.has(goal.number)) issue(ctx, ["pillars", p, "goals", g, "number"], "duplicate-goal", "expected each goal number once in its pillar: this number appears earlier in the pillar");
      goals.add(goal.number);
      // Ids carry their pillar and goal so that a status recorded against `P1.h` cannot land elsewhere.
      const prefix = `${pillarLetter[pillar.id]}${goal.number}.`;
      for (const [list, items] of [["activities", goal.activities], ["expectedResults", goal.expectedResults]] as const) {
        const seen = new Set<string>();
        items.forEach((item, i) => {
          const path = ["pillars", p, "goals", g, list, i, "id"];
          if (!item.id.startsWith(prefix)) issue(ctx, path, "id-outside-goal", `expected an id starting with its pillar's letter and goal number (${prefix})`);
          if (seen.has(item.id)) issue(ctx, path, "duplicate-id", "expected each id once in its goal's list: this id appears earlier in it");
          seen.add(item.id);
        });
      }
    });
  });
}

/**
 * A mission's SEA action plan (AP-MATRIX): pillars, goals, activities, expected results and
 * partners. Ids are checked to be unique and to belong to their pillar and goal.
 *
 * @category Action plan
 * @example
 * ActionPlan.safeParse({ id: "x", mission: "M", period: { from: "2018-01-01", to: "2019-12-31" }, pillars: [] }).success; // false
 */
export const ActionPlan = z
  .object({
    id: RecordId,
    /** The mission the plan belongs to, by id. */
    mission: RecordId,
    period: z.object({ from: IsoDate, to: IsoDate }),
    pillars: z.array(ActionPlanPillar).min(1),
  })
  .superRefine(checkPlan);
/**
 * @category Action plan
 * @example
 * import { minuscaActionPlan2018_2019 } from "@psea/core/action-plan";
 * const plan: ActionPlan = minuscaActionPlan2018_2019;
 * plan.period; // { from: "2018-01-01", to: "2019-12-31" }
 */
export type ActionPlan = z.infer<typeof ActionPlan>;
/**
 * The accepted input form of an action plan, where defaulted lists may be left out. @category Action plan
 * @example
 * const idOf = (actionPlanInput: ActionPlanInput) => actionPlanInput.id;
 */
export type ActionPlanInput = z.input<typeof ActionPlan>;
