import type { AllegationInput, MissionDatasetInput } from "@psea/core";

export const MISSION = { id: "MSN", name: "Test Mission", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] } as const;

let n = 0;
/** An allegation received on a date with the given subjects; transactional sex with one adult woman unless told otherwise. */
export function allegation(receivedOn: string, subjects: AllegationInput["subjects"], extra: Partial<AllegationInput> = {}): AllegationInput {
  n += 1;
  return {
    id: `A-${n}`,
    receivedOn,
    intake: { channel: "hotline" },
    subjects,
    victims: [{ ref: `V-${n}`, age: { kind: "known", years: 30 }, sex: "female" }],
    conduct: { sexualActivity: "actual", exchange: ["money"] },
    ...extra,
  };
}

export function dataset(allegations: AllegationInput[], extra: Partial<MissionDatasetInput> & Record<string, unknown> = {}): MissionDatasetInput & Record<string, unknown> {
  return { mission: { ...MISSION, relevantLanguages: ["fr"] }, allegations, ...extra };
}
