import type { MissionDatasetInput, PersonnelInput } from "@psea/core";

export const AS_OF = "2018-06-30";

/** The default windows, as the catalogue states them in 2018. */
export const WINDOWS = { inductionWindow: "P1M", refresherPeriod: "P1Y", roleTrainingWindow: "P3M" } as const;

export const mission = { id: "MSN", name: "Test Mission", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr", "sg"] } as const;

export const offices: NonNullable<MissionDatasetInput["offices"]> = [
  { id: "HQ", name: "Headquarters", region: "Capital", kind: "headquarters", significantStaffPresence: true },
  { id: "FO-1", name: "Field Office One", region: "North", kind: "field-office", significantStaffPresence: true },
];

/** A person on strength since 2018-01-02 who took the induction on time; the refresher is not yet due. */
export function person(p: Partial<PersonnelInput> & { id: string }): PersonnelInput {
  return {
    category: "civilian-staff",
    gender: "female",
    officeId: "HQ",
    arrivalDate: "2018-01-02",
    bulletinAcknowledgedOn: "2018-01-03",
    trainings: [{ courseId: "sea-induction", completedOn: "2018-01-10" }],
    ...p,
  };
}

/** A mission where every AP-P2 check passes on {@link AS_OF}; tests change one thing. */
export function compliantMission(): MissionDatasetInput & { personnel: PersonnelInput[] } {
  return {
    mission: { ...mission, relevantLanguages: [...mission.relevantLanguages] },
    offices,
    personnel: [
      person({ id: "P-HOM", gender: "male", roles: ["head-of-mission"], pledgeSignedOn: "2018-01-20" }),
      person({
        id: "P-CLA",
        officeId: "FO-1",
        roles: ["community-liaison-assistant"],
        trainings: [
          { courseId: "sea-induction", completedOn: "2018-01-10" },
          { courseId: "sea-community-liaison-assistant", completedOn: "2018-03-01" },
        ],
      }),
      person({
        id: "P-VET",
        category: "military-contingent",
        gender: "male",
        officeId: "FO-1",
        arrivalDate: "2016-05-01",
        bulletinAcknowledgedOn: "2016-05-02",
        trainings: [
          { courseId: "sea-induction", completedOn: "2016-05-10" },
          { courseId: "sea-refresher", completedOn: "2017-09-01" },
        ],
      }),
    ],
  };
}
