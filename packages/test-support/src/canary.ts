import type { MissionDatasetInput } from "@psea/core";
import { compliantDataset } from "./mission-dataset";

export const CANARY_VICTIM = "CANARY-VICTIM";
export const CANARY_COMPLAINANT = "CANARY-COMPLAINANT";

/** A valid mission with one finding (an alternate below grade) and an allegation carrying planted identities. */
export function canaryDataset(): MissionDatasetInput {
  const d = compliantDataset();
  d.personnel = d.personnel!.map((p) => (p.id === "P-ALT" ? { ...p, grade: "P-3" } : p));
  d.allegations = [
    {
      id: "A-1",
      receivedOn: "2018-05-02",
      intake: { channel: "hotline", channelId: "hotline-4044" },
      subjects: [{ ref: "S-1", category: "military-contingent", contributingCountry: "XYZ" }],
      victims: [
        {
          ref: "V-1",
          age: { kind: "known", years: 16 },
          sex: "female",
          identity: { name: `${CANARY_VICTIM} name`, contact: `${CANARY_VICTIM}-contact`, address: `${CANARY_VICTIM} address`, notes: CANARY_VICTIM },
        },
      ],
      complainant: { ref: "C-1", relation: "community-member", identity: { name: `${CANARY_COMPLAINANT} name`, contact: CANARY_COMPLAINANT } },
      conduct: { sexualActivity: "actual", exchange: ["money"] },
    },
  ];
  return d;
}
