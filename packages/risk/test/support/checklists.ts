import { defaultParameters } from "@psea/core/parameters";
import type { RiskChecklistInput } from "../../src";
import { compliantRiskDataset, type RiskMissionInput } from "@psea/test-support";

type Answers = { [F in keyof RiskChecklistInput]: RiskChecklistInput[F]["answer"] };

/** A checklist from its answers, each with the same evidence. */
export function checklist(answers: Answers): RiskChecklistInput {
  const evidence = { source: "site-visit" as const, reference: "Assessment visit report" };
  return Object.fromEntries(Object.entries(answers).map(([k, answer]) => [k, { answer, evidence }])) as RiskChecklistInput;
}

/**
 * Camp North, low: 2,500 m from the town (1 point × 2), movement control fair (1 × 3), alcohol
 * restricted (1 × 2); likelihood 7 of 54 → level 1 + round(7/54 × 4) = 2; impact 0 of 15 → 1; score 2, low.
 */
export const NORTH: Answers = {
  communityProximity: 2500,
  perimeter: "good",
  movementControl: "fair",
  alcoholAvailability: "restricted",
  welfareFacilities: "good",
  nonFraternizationBriefings: true,
  complaintMechanismReachable: true,
  offLimitsPlacesNearby: false,
  womenAndChildrenOnCamp: false,
  monthsSinceRotation: 4,
  allegationHistory: { allegations: 0, personnelOnStrength: 600, since: "2017-06-01" },
};

/**
 * Camp South, high: likelihood 6 + 2 + 9 + 2 + 1 + 0 + 6 + 2 + 6 = 34 of 54 → 1 + round(2.52) = 4;
 * impact 9 of 15 → 1 + round(2.4) = 3; score 12, high. High factors (3 points): communityProximity,
 * movementControl, offLimitsPlacesNearby, womenAndChildrenOnCamp.
 */
export const SOUTH: Answers = {
  communityProximity: 300,
  perimeter: "fair",
  movementControl: "poor",
  alcoholAvailability: "restricted",
  welfareFacilities: "fair",
  nonFraternizationBriefings: true,
  complaintMechanismReachable: true,
  offLimitsPlacesNearby: true,
  womenAndChildrenOnCamp: true,
  monthsSinceRotation: 10,
  allegationHistory: { allegations: 1, personnelOnStrength: 800, since: "2017-06-01" },
};

export const SOUTH_HIGH_FACTORS = ["communityProximity", "movementControl", "offLimitsPlacesNearby", "womenAndChildrenOnCamp"] as const;

export const defaultWeights = defaultParameters.riskFactorWeights.values[0]!.value;
export const citation = { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 6 (c)" } as const;

/**
 * The compliant risk dataset with two camps of the same contributing country scored from their
 * checklists on 2018-03-10: North low, South high with a register entry, a recommendation due by
 * 2018-09-30 and a joint patrol for each of its high factors. Every AP-P6 rule passes on AS_OF.
 */
export function scoringDataset(): RiskMissionInput {
  const d = compliantRiskDataset();
  d.camps = [...d.camps!, { id: "CAMP-S", name: "Camp South", officeId: "FO-1", contingent: "XYZ", unit: "Battalion 2", openedOn: "2017-06-01" }];
  d.campAssessments = [
    { id: "CRA-N1", campId: "CAMP-N", assessedOn: "2018-03-10", assessedBy: "P-FFP", riskIds: [], checklist: checklist(NORTH) },
    { id: "CRA-S1", campId: "CAMP-S", assessedOn: "2018-03-10", assessedBy: "P-FFP", riskIds: [], checklist: checklist(SOUTH) },
  ];
  d.riskRegister = [
    ...d.riskRegister!,
    ...SOUTH_HIGH_FACTORS.map((factor, i) => ({
      id: `R-S${i + 1}`,
      description: `Camp South: ${factor}`,
      category: "gender-based-violence" as const,
      campId: "CAMP-S",
      officeId: "FO-1",
      factor,
      likelihood: 4,
      impact: 3,
      owner: "P-FFP",
      identifiedOn: "2018-03-10",
      mitigations: [
        { id: `M-S${i + 1}`, recommendation: "Mitigate", recommendedOn: "2018-05-20", addressedTo: "sea-emergency-action-team" as const, status: "in-progress" as const, dueOn: "2018-09-30" },
      ],
    })),
  ];
  d.jointPatrols = [...d.jointPatrols!, { id: "JP-2", on: "2018-06-15", areas: ["Camp South surroundings"], participants: ["police", "cdt", "security"], campIds: ["CAMP-S"] }];
  return d;
}
