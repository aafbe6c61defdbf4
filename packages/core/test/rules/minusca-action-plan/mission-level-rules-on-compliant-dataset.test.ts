import { describe, expect, it } from "vitest";
import { evaluate, type MissionDatasetInput, type ObligationId } from "../../../src";
import { allRules } from "../../../src/rules";
import { AS_OF, compliantDataset } from "@psea/test-support";

const OWN: readonly ObligationId[] = ["DPKO-RC-a", "DPKO-RC-b", "DPKO-RC-c", "DPKO-RC-d", "DPKO-RC-e", "DPKO-GM-b", "DPKO-GM-e", "AP-CC1474", "AP-E1"];
const ownRuleIds = new Set(allRules.rules.filter((r) => r.obligations.some((o) => OWN.includes(o))).map((r) => r.id));
// Every DPKO guideline rule, not only these, must pass the shared compliant dataset.
const isOwn = (ids: readonly ObligationId[]) => ids.some((o) => o.startsWith("DPKO-") || o === "AP-CC1474" || o === "AP-E1");

function own(input: MissionDatasetInput) {
  const r = evaluate(allRules, input, { asOf: AS_OF });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.ruleErrors.filter((e) => ownRuleIds.has(e.ruleId))).toEqual([]);
  return r.findings.filter((f) => isOwn(f.obligationIds));
}

describe("DPKO-RC-a, DPKO-RC-b, DPKO-RC-c, DPKO-RC-d, DPKO-RC-e, DPKO-GM-b, DPKO-GM-e, AP-CC1474, AP-E1 in allRules", () => {
  it("allRules holds at least one rule for every one of these obligations", () => {
    for (const id of OWN) expect(allRules.rules.some((r) => r.obligations.includes(id)), id).toBe(true);
  });

  it("the shared compliant dataset yields no finding from these obligations' rules", () => {
    expect(own(compliantDataset())).toEqual([]);
  });

  it("a compliant dataset with a communication, a partner agreement and allegations yields none either", () => {
    const d: MissionDatasetInput = {
      ...compliantDataset(),
      communications: [
        ...(compliantDataset().communications ?? []).filter((c) => c.id === "C-RETALIATION"),
        { id: "C-1", title: "Where to report", issuedOn: "2018-03-01", issuer: "network", audience: ["local-population", "refugees"], topics: ["reporting", "focal-points"], languages: ["fr", "sg"] },
      ],
      partnerAgreements: [
        { id: "PA-1", partnerName: "Partner NGO", partnerKind: "ngo", startDate: "2018-02-01", informedOfStandardsOn: "2018-01-10", writtenUndertakingOn: "2018-01-20" },
      ],
      allegations: [
        {
          id: "A-1",
          receivedOn: "2018-02-01",
          intake: { channel: "hotline", channelId: "hotline-4044" },
          subjects: [{ ref: "S-1", category: "civilian-staff" }],
          conduct: { sexualActivity: "actual", exchange: ["money"] },
          investigation: { entity: "OIOS", referredOn: "2018-02-05", concludedOn: "2018-05-30" },
          headquarters: {
            notifiedOn: "2018-02-01",
            monitoring: [
              { milestone: "referral", on: "2018-02-10" },
              { milestone: "investigation", on: "2018-06-04" },
            ],
          },
        },
        {
          id: "A-R",
          receivedOn: "2018-04-01",
          intake: { channel: "rumour", headOfMissionLiaisonOn: "2018-04-03" },
          conduct: { sexualActivity: "actual" },
          headquarters: { notifiedOn: "2018-04-02" },
        },
      ],
    };
    expect(own(d)).toEqual([]);
  });
});
