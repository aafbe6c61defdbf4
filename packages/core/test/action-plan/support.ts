import type { ActionPlanInput } from "../../src/action-plan";

type ActivityInput = ActionPlanInput["pillars"][number]["goals"][number]["activities"][number];

/** A one-goal plan for 2018 (Prevention goal 1, two activities and one result); `activities` replaces the goal's. */
export function testPlan(activities: readonly ActivityInput[] = [{ id: "P1.a", text: "Broadcast." }, { id: "P1.b", text: "Publish." }]): ActionPlanInput {
  return {
    id: "AP-TEST",
    mission: "MSN",
    period: { from: "2018-01-01", to: "2018-12-31" },
    pillars: [
      {
        id: "prevention",
        title: "Prevention",
        objective: "Prevent SEA.",
        goals: [
          {
            number: 1,
            title: "Communicate.",
            activities: [...activities],
            expectedResults: [{ id: "P1.i", text: "Standards known." }],
            partners: { implementing: ["CDT"] },
          },
        ],
      },
    ],
  };
}
