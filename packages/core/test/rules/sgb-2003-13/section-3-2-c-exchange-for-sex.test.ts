import { describe, expect, it } from "vitest";
import { ExchangeKind } from "../../../src";
import { allegation, datasetWith, run, single, victim } from "./support";

const RULE = "sgb.3.2c.exchange-for-sex";

describe("SGB-3.2c: no exchange of money, employment, goods, services or assistance for sex", () => {
  it("SGB-3.2c: passes conduct with no exchange and no solicitation", () => {
    const a = allegation({ id: "A-1", conduct: { sexualActivity: "actual", physicalIntrusion: "actual", coercion: true, exchange: [], solicitation: false } });
    expect(run(datasetWith({ allegations: [a] })).findings).toEqual([]);
  });

  it.each(ExchangeKind.options)("SGB-3.2c: fails an exchange of %s for sex", (kind) => {
    const a = allegation({ id: "A-1", conduct: { sexualActivity: "actual", exchange: [kind] } });
    expect(single(run(datasetWith({ allegations: [a] })))).toMatchObject({
      ruleId: RULE,
      obligationIds: ["SGB-3.2c"],
      severity: "violation",
      subject: { kind: "allegation", id: "A-1" },
      path: ["allegations", 0, "conduct", "exchange"],
      explanation: { facts: { exchange: [kind], solicitation: false, sexualActivity: "actual", assistanceDueToBeneficiaries: kind === "assistance" } },
    });
  });

  it("SGB-3.2c: fails assistance due to a beneficiary, as exchange and not as a mere relationship (no 3.2(d) warning)", () => {
    const a = allegation({
      id: "A-1",
      victims: [victim({ ref: "V-1", beneficiary: true })],
      conduct: { sexualActivity: "actual", exchange: ["assistance"], relationship: "ongoing" },
    });
    const f = single(run(datasetWith({ allegations: [a] })));
    expect([f.ruleId, f.message]).toEqual([RULE, "allegation A-1: exchange of assistance for sex is prohibited, including assistance due to beneficiaries"]);
  });

  it("SGB-3.2c: fails transactional sex solicited even where no sex took place", () => {
    const a = allegation({ id: "A-1", conduct: { sexualActivity: "none", solicitation: true } });
    expect(single(run(datasetWith({ allegations: [a] })))).toMatchObject({
      ruleId: RULE,
      path: ["allegations", 0, "conduct", "solicitation"],
      explanation: { facts: { exchange: [], solicitation: true, sexualActivity: "none" } },
    });
  });
});
