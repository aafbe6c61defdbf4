import type { MissionDatasetInput } from "@psea/core";
import type { RiskDatasetInput } from "@psea/risk";
import { AS_OF, compliantDataset } from "./mission-dataset";

export { AS_OF };

export type RiskMissionInput = MissionDatasetInput & RiskDatasetInput;

/**
 * The core's compliant mission with risk sections in which every AP-P6 rule passes on AS_OF
 * (2018-06-30): a camp assessed in March, a critical risk with an implemented recommendation, a
 * low one, an off-limits list updated in April and a patrol of Police, CDT and Security.
 */
export function compliantRiskDataset(): RiskMissionInput {
  return {
    ...compliantDataset(),
    camps: [{ id: "CAMP-N", name: "Camp North", officeId: "FO-1", contingent: "XYZ", unit: "Battalion 1", openedOn: "2017-06-01" }],
    campAssessments: [{ id: "CRA-1", campId: "CAMP-N", assessedOn: "2018-03-10", assessedBy: "P-FFP", riskIds: ["R-1"] }],
    riskRegister: [
      {
        id: "R-1",
        description: "Local minors around the camp perimeter at night",
        category: "gender-based-violence",
        campId: "CAMP-N",
        officeId: "FO-1",
        likelihood: 4,
        impact: 5,
        owner: "P-FFP",
        identifiedOn: "2018-03-10",
        mitigations: [
          {
            id: "M-1",
            recommendation: "Light and fence the perimeter; patrol it at night",
            recommendedOn: "2018-03-12",
            addressedTo: "sea-emergency-action-team",
            status: "implemented",
            implementedOn: "2018-05-01",
          },
        ],
      },
      { id: "R-2", description: "Personnel off duty in town after curfew", category: "reputational", likelihood: 2, impact: 2, owner: "P-FP", identifiedOn: "2018-04-01" },
    ],
    offLimitsList: {
      updatedOn: "2018-04-01",
      places: [{ id: "OL-1", name: "Bar X", location: "Quartier Y", addedOn: "2018-01-15", reason: "transactional sex reported" }],
    },
    jointPatrols: [{ id: "JP-1", on: "2018-05-04", areas: ["Quartier Y"], participants: ["police", "cdt", "security"] }],
  };
}

/** The compliant dataset with one risk register entry replaced by `patch`. */
export function withRisk(id: string, patch: Partial<NonNullable<RiskDatasetInput["riskRegister"]>[number]>): RiskMissionInput {
  const d = compliantRiskDataset();
  d.riskRegister = d.riskRegister!.map((r) => (r.id === id ? { ...r, ...patch } : r));
  return d;
}
