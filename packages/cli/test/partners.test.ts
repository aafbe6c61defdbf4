import { describe, expect, it } from "vitest";
import { run } from "../src";
import { compliantDataset, json } from "./support/datasets";
import { fakeIo } from "./support/fake-io";

const AS_OF = "2018-06-30";

async function validate(data: unknown) {
  const f = fakeIo({ "m.json": json(data) });
  const code = await run(["validate", "m.json", "--as-of", AS_OF, "--format", "json"], f.io);
  return { code, out: JSON.parse(f.stdout()) as { ok: boolean; issues?: { path: (string | number)[]; code: string }[]; findings?: { ruleId: string; subject: { id: string } }[] }, text: f.stdout() + f.stderr() };
}

const agreement = { id: "PA-1", partnerName: "Partner NGO", partnerKind: "ngo", startDate: "2018-03-01", informedOfStandardsOn: "2018-01-10", writtenUndertakingOn: "2018-02-01" };

describe("psea validate reads the partnerAssessments section (DPKO-GM-e, SGB-6)", () => {
  it("runs the partner rules: an arrangement started without an assessment is a DPKO-GM-e violation", async () => {
    const { code, out } = await validate({ ...compliantDataset(), partnerAgreements: [agreement] });
    expect(code).toBe(1);
    expect(out.findings?.filter((f) => f.ruleId.startsWith("partners.")).map((f) => [f.ruleId, f.subject.id])).toEqual([["partners.gm-e.assessment-before-arrangement", "PA-1"]]);
  });

  it("passes the arrangement once a final assessment covers it", async () => {
    const ratings = ["policy", "management-and-hr", "training", "reporting", "assistance-and-referrals", "investigations"].map((standardId) => ({ standardId, score: 3 }));
    ratings[0] = { ...ratings[0]!, evidence: [{ kind: "written-undertaking", reference: "DOC-1", on: "2018-02-01" }] } as (typeof ratings)[number];
    const partnerAssessments = [{ id: "PCA-1", partnerId: "IP-1", agreementIds: ["PA-1"], status: "final", finalizedOn: "2018-02-15", ratings }];
    const { out } = await validate({ ...compliantDataset(), partnerAgreements: [agreement], partnerAssessments });
    expect(out.findings?.filter((f) => f.ruleId.startsWith("partners."))).toEqual([]);
  });

  it("lists an invalid assessment by path and code, never quoting it", async () => {
    const partnerAssessments = [{ id: "PCA-1", partnerId: "IP-1", status: "approved", survivorName: "CANARY-PARTNER-7" }];
    const { code, out, text } = await validate({ ...compliantDataset(), partnerAgreements: [agreement], partnerAssessments });
    expect(code).toBe(2);
    expect(out.issues?.map((i) => [i.path.join("."), i.code])).toEqual(expect.arrayContaining([["partnerAssessments.0.status", "invalid_value"], ["partnerAssessments.0", "unrecognized_keys"]]));
    expect(text).not.toContain("CANARY-PARTNER-7");
    expect(text).not.toContain("survivorName");
  });
});
