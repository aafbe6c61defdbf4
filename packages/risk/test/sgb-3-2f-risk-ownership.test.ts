import { describe, expect, it } from "vitest";
import { evaluateRisk } from "../src";
import { findings } from "./support/findings";
import { AS_OF, compliantRiskDataset, withRisk } from "@psea/test-support";

const run = (d: unknown) => findings(evaluateRisk(d, { asOf: AS_OF }));

/** The compliant mission with one more staff member, who holds no role and is on no roster. */
function withPlainStaff(owner: string) {
  const d = withRisk("R-2", { owner }) as { personnel: Record<string, unknown>[]; riskRegister: Record<string, unknown>[] };
  d.personnel = [
    ...d.personnel,
    { id: "P-STAFF", category: "civilian-staff", gender: "male", officeId: "HQ", arrivalDate: "2018-01-02", bulletinAcknowledgedOn: "2018-01-03" },
  ];
  return d;
}

describe("SGB-3.2f managers own the SEA risks", () => {
  it("SGB-3.2f passes risks owned by SEA focal points and the Head of Mission", () => {
    expect(run(compliantRiskDataset())).toEqual([]);
    expect(run(withRisk("R-2", { owner: "P-HOM" }))).toEqual([]);
  });

  it("SGB-3.2f warns of an open risk owned by staff with no management role and no focal-point appointment", () => {
    const [f, ...rest] = run(withPlainStaff("P-STAFF"));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "sgb.3.2f.risk-owned-by-manager",
      obligationIds: ["SGB-3.2f", "DPKO-GM-a", "AP-P6"],
      severity: "warning",
      citation: { document: "ST/SGB/2003/13", clause: "section 3.2(f)" },
      subject: { kind: "risk", id: "R-2" },
      path: ["riskRegister", 1, "owner"],
      explanation: { facts: { owner: "P-STAFF", roles: [], focalPoint: false } },
    });
    expect(f!.explanation.parameters.map((p) => p.id)).toEqual(["managementRoles"]);
  });

  it("SGB-3.2f asks nothing of a closed risk", () => {
    const d = withPlainStaff("P-STAFF");
    d.riskRegister = d.riskRegister.map((r) => (r["id"] === "R-2" ? { ...r, closedOn: "2018-06-01" } : r));
    expect(run(d)).toEqual([]);
  });
});
