import { describe, expect, it } from "vitest";
import { generateMissionFixture } from "../../fixtures/src";
import { run } from "../src";
import { compliantRiskDataset, json, rosterRules } from "./support/datasets";
import { fakeIo } from "./support/fake-io";

const AS_OF = "2019-06-30";

async function validate(data: unknown, argv: string[] = [], asOf = AS_OF, options?: Parameters<typeof run>[2]) {
  const f = fakeIo({ "m.json": json(data) });
  const code = await run(["validate", "m.json", "--as-of", asOf, "--format", "json", ...argv], f.io, options);
  return { code, out: JSON.parse(f.stdout()) as Record<string, unknown> & { findings: { ruleId: string; obligationIds: string[]; severity: string; subject: { kind: string; id: string } }[] } };
}

describe("psea validate checks every rule the kit ships by default", () => {
  it("exits 0 on the synthetic mission without planted violations: no violation of any rule, AP-P2 and AP-P6 included", async () => {
    const { dataset } = generateMissionFixture({ seed: 2018, personnel: 400, violations: "none" });
    const { code, out } = await validate(dataset);
    expect(code).toBe(0);
    expect(out).toMatchObject({ ok: true, summary: { violations: 0 } });
    expect(out.findings.filter((f) => f.obligationIds.includes("AP-P2") || f.obligationIds.includes("AP-P6"))).toEqual([]);
  });

  it("finds the planted AP-P2 (overdue SEA training) and AP-P6 (stale camp assessment, off-limits list) violations", async () => {
    const fixture = generateMissionFixture({ seed: 2018, personnel: 400, violations: "some" });
    const { code, out } = await validate(fixture.dataset);
    expect(code).toBe(1);
    const found = (key: string) => {
      const p = fixture.planted.find((x) => x.key === key)!;
      return out.findings.filter((f) => f.severity === "violation" && f.obligationIds.includes(p.obligationId) && f.subject.id === p.subject.id).map((f) => f.ruleId);
    };
    expect(found("training-overdue")).toEqual(["ap.p2.required-training"]);
    expect(found("training-rate-below-target")).toEqual(["ap.p2.training-compliance-rate"]);
    expect(found("camp-risk-assessment-overdue")).toEqual(["ap.p6.camp-risk-assessment"]);
    expect(found("off-limits-list-overdue")).toEqual(["ap.p6.off-limits-list"]);
  });

  it("reports a mission with no off-limits list (AP-P6) in the table", async () => {
    const d = compliantRiskDataset();
    delete d.offLimitsList;
    const f = fakeIo({ "m.json": json(d) });
    expect(await run(["validate", "m.json", "--as-of", "2018-06-30"], f.io)).toBe(1);
    expect(f.stdout()).toMatch(/^violation\s+ap\.p6\.off-limits-list\s+AP-P6\s+mission MSN\s+the mission has no off-limits list$/m);
  });
});

describe("psea validate validates the risk sections (AP-P6), whatever rules it runs", () => {
  it("lists an invalid risk section by path instead of dropping it", async () => {
    const d = { ...compliantRiskDataset(), offLimitsList: { updatedOn: "last June" }, jointPatrols: [{ id: "JP-1", on: "2018-05-04", areas: [], participants: ["navy"] }] };
    const { code, out } = await validate(d, [], "2018-06-30");
    expect(code).toBe(2);
    expect(out).toMatchObject({ ok: false });
    const paths = (out["issues"] as { input: string; path: unknown[]; code: string }[]).map((i) => [i.input, i.path.join("."), i.code]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ["dataset", "offLimitsList.updatedOn", "invalid_format"],
        ["dataset", "jointPatrols.0.areas", "too_small"],
        ["dataset", "jointPatrols.0.participants.0", "invalid_value"],
      ]),
    );
  });

  it("checks risk ids and references to camps and offices, even with a rule set that reads no risk section", async () => {
    const d = compliantRiskDataset();
    d.campAssessments = [...d.campAssessments!, { id: "CRA-1", campId: "CAMP-X", assessedOn: "2018-04-01" }];
    d.camps = [...d.camps!, { id: "CAMP-S", name: "Camp South", officeId: "FO-9" }];
    const f = fakeIo({ "m.json": json(d) });
    expect(await run(["validate", "m.json", "--as-of", "2018-06-30", "--format", "json"], f.io, { ruleSet: rosterRules })).toBe(2);
    expect(JSON.parse(f.stdout())).toEqual({
      ok: false,
      issues: [
        { input: "dataset", path: ["campAssessments", 1, "id"], code: "duplicate-id", message: "duplicate id in campAssessments: each record's id must be unique" },
        { input: "dataset", path: ["campAssessments", 1, "campId"], code: "unknown-reference", message: "expected the id of a camp of this dataset" },
        { input: "dataset", path: ["camps", 1, "officeId"], code: "unknown-reference", message: "expected the id of an office of this dataset" },
      ],
    });
  });

  it("says a document that is not an object is invalid once, not once per parse", async () => {
    const f = fakeIo({ "m.json": "42" });
    expect(await run(["validate", "m.json", "--as-of", "2018-06-30"], f.io)).toBe(2);
    expect(f.stderr()).toBe("psea validate: the dataset file is not a valid mission dataset (1 problem):\n  Invalid input: expected object, received number [invalid_type]\n");
  });
});
