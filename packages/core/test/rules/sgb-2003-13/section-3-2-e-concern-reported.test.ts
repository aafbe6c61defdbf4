import { describe, expect, it } from "vitest";
import type { MissionDatasetInput } from "../../../src";
import { datasetWith, run, single } from "./support";

const RULE = "sgb.3.2e.concern-reported";
type ConcernInput = NonNullable<MissionDatasetInput["concerns"]>[number];

const concern = (c: Partial<ConcernInput> = {}): ConcernInput => ({ id: "K-1", personnelId: "P-FFP", becameAwareOn: "2018-04-01", ...c });

describe("SGB-3.2e: concerns of SEA are reported through established reporting mechanisms", () => {
  it("SGB-3.2e, DPKO-ST-h: passes a concern reported through one of the mission's channels", () => {
    expect(run(datasetWith({ concerns: [concern({ reportedOn: "2018-04-02", channelId: "hotline-4445" })] })).findings).toEqual([]);
  });

  it("SGB-3.2e: passes a concern the person becomes aware of only after asOf", () => {
    expect(run(datasetWith({ concerns: [concern({ becameAwareOn: "2018-07-01" })] })).findings).toEqual([]);
  });

  it("SGB-3.2e, DPKO-ST-h: fails a concern never reported, in one finding tagged with both clauses", () => {
    expect(single(run(datasetWith({ concerns: [concern()] })))).toMatchObject({
      ruleId: RULE,
      obligationIds: ["SGB-3.2e", "DPKO-ST-h"],
      severity: "violation",
      subject: { kind: "concern", id: "K-1" },
      path: ["concerns", 0, "reportedOn"],
      explanation: { facts: { personnelId: "P-FFP", becameAwareOn: "2018-04-01", reported: false } },
    });
  });

  it("SGB-3.2e: fails a concern reported only after asOf", () => {
    expect(single(run(datasetWith({ concerns: [concern({ reportedOn: "2018-07-02", channelId: "email" })] }))).path).toEqual(["concerns", 0, "reportedOn"]);
  });

  it("SGB-3.2e: fails a report through a channel that is not one of the mission's, naming the established ones", () => {
    const f = single(run(datasetWith({ concerns: [concern({ id: "K-2", reportedOn: "2018-04-03", channelId: "personal-phone" })] })));
    expect(f).toMatchObject({
      subject: { kind: "concern", id: "K-2" },
      path: ["concerns", 0, "channelId"],
      explanation: { facts: { reported: true, reportedOn: "2018-04-03", channelId: "personal-phone", establishedChannels: ["hotline-4044", "hotline-4445", "email"] } },
    });
  });

  it("SGB-3.2e: fails a report that does not record its channel", () => {
    expect(single(run(datasetWith({ concerns: [concern({ reportedOn: "2018-04-03" })] })))).toMatchObject({
      path: ["concerns", 0, "channelId"],
      explanation: { facts: { channelId: null } },
    });
  });
});
