import { describe, expect, it } from "vitest";
import { compliantDataset, person } from "@psea/test-support";
import { run, single } from "./support";

const RULE = "sgb.3.2f.manager-prevention-links";
const trained = [{ courseId: "SEA-INDUCTION", completedOn: "2018-02-01" }];

function withPerson(p: Parameters<typeof person>[0]) {
  const d = compliantDataset();
  d.personnel = [...d.personnel!, person(p)];
  return d;
}

describe("SGB-3.2f: managers are linked to the prevention measures", () => {
  it("SGB-3.2f: passes a head of office with a signed pledge and SEA training", () => {
    expect(run(withPerson({ id: "P-HOO", officeId: "FO-1", roles: ["head-of-office"], pledgeSignedOn: "2018-03-01", trainings: trained })).findings).toEqual([]);
  });

  it("SGB-3.2f: passes personnel without a management role, and managers not on strength", () => {
    expect(run(withPerson({ id: "P-CLA", roles: ["community-liaison-assistant"] })).findings).toEqual([]);
    expect(run(withPerson({ id: "P-OLD", roles: ["manager"], departureDate: "2018-05-01" })).findings).toEqual([]);
    expect(run(withPerson({ id: "P-NEW", roles: ["manager"], arrivalDate: "2018-07-15" })).findings).toEqual([]);
  });

  it("SGB-3.2f: fails a chief of section without a pledge, saying which link is missing", () => {
    const f = single(run(withPerson({ id: "P-COS", roles: ["chief-of-section"], trainings: trained })));
    expect(f).toMatchObject({
      ruleId: RULE,
      obligationIds: ["SGB-3.2f"],
      severity: "violation",
      subject: { kind: "personnel", id: "P-COS" },
      path: ["personnel", 4, "pledgeSignedOn"],
      explanation: { facts: { missingLink: "pledge", roles: ["chief-of-section"], pledgeSignedOn: null } },
    });
  });

  it("SGB-3.2f: fails each missing link separately; a pledge dated after asOf is missing", () => {
    const r = run(withPerson({ id: "P-SUP", roles: ["supervisor", "human-rights-officer"], pledgeSignedOn: "2018-08-01" }));
    expect(r.findings.map((f) => [f.path, f.explanation.facts["missingLink"], f.explanation.facts["roles"]])).toEqual([
      [["personnel", 4, "pledgeSignedOn"], "pledge", ["supervisor"]],
      [["personnel", 4, "trainings"], "training", ["supervisor"]],
    ]);
  });

  it("SGB-3.2f: asks no pledge before the action plan introduced it (effective-dated parameter)", () => {
    const early = { id: "P-M", roles: ["manager" as const], arrivalDate: "2017-01-01", trainings: [{ courseId: "SEA-1", completedOn: "2017-02-01" }] };
    expect(run(withPerson(early), { asOf: "2017-06-30" }).findings).toEqual([]);
    const f = single(run(withPerson(early), { asOf: "2018-06-30" }));
    expect(f.explanation.facts["missingLink"]).toBe("pledge");
    expect(f.explanation.parameters.find((p) => p.id === "managerPreventionLinks")).toMatchObject({
      value: ["pledge", "training"],
      effectiveFrom: "2018-01-01",
      citation: { document: "MINUSCA-AP-2018-2019" },
    });
  });
});
