import { describe, expect, it } from "vitest";
import { evaluateRisk } from "../src";
import { findings } from "./support/findings";
import { AS_OF, withRisk } from "@psea/test-support";

// AP Prevention goal 6 (d) and (e): the wording of the mitigation findings and the last day a
// recommendation is still within its follow-up window.

const run = (d: unknown, asOf = AS_OF) => findings(evaluateRisk(d, { asOf }));

type Mitigation = { id: string; recommendation: string; recommendedOn: string; addressedTo: "sea-emergency-action-team" | "cdt"; status: "open" | "in-progress" | "implemented" | "rejected"; implementedOn?: string };
const mitigation = (m: Partial<Mitigation>): Mitigation => ({ id: "M-1", recommendation: "Light the perimeter", recommendedOn: "2018-03-12", addressedTo: "sea-emergency-action-team", status: "in-progress", ...m });

describe("AP-P6 (e) mitigation follow-up", () => {
  it("words a recommendation still open past its window, and is met on the due date itself", () => {
    const d = withRisk("R-1", { mitigations: [mitigation({ status: "open" })] });
    const fs = run(d).filter((f) => f.ruleId === "ap.p6.mitigation-follow-up");
    expect(fs.map((f) => f.message)).toEqual(["recommendation M-1 on risk R-1, made on 2018-03-12 to sea-emergency-action-team, is still open past 2018-06-12"]);
    expect(run(d, "2018-06-12").filter((f) => f.ruleId === "ap.p6.mitigation-follow-up")).toEqual([]);
    expect(run(d, "2018-06-13").filter((f) => f.ruleId === "ap.p6.mitigation-follow-up")).toHaveLength(1);
  });

  it("words one implemented only after asOf as not implemented", () => {
    const d = withRisk("R-1", { mitigations: [mitigation({ status: "implemented", implementedOn: "2018-07-20", addressedTo: "cdt" })] });
    const [f] = run(d).filter((x) => x.ruleId === "ap.p6.mitigation-follow-up");
    expect(f!.message).toBe("recommendation M-1 on risk R-1, made on 2018-03-12 to cdt, is still not implemented past 2018-06-12");
  });
});

describe("AP-P6 (d) a standing recommendation for every high or critical risk", () => {
  it("words a critical risk with none, counting a rejected one apart", () => {
    const d = withRisk("R-1", { mitigations: [mitigation({ status: "rejected" })] });
    const [f] = run(d).filter((x) => x.ruleId === "ap.p6.high-risk-mitigation");
    expect(f!.message).toBe("critical risk R-1 (score 20) has no standing mitigation recommendation");
    expect(f!.subject).toEqual({ kind: "risk", id: "R-1" });
    expect(f!.path).toEqual(["riskRegister", 0, "mitigations"]);
    expect(f!.explanation.facts).toEqual({ score: 20, level: "critical", standing: 0, rejected: 1 });
  });

  it("counts a recommendation made on asOf, not one made after it", () => {
    const d = withRisk("R-1", { mitigations: [mitigation({ recommendedOn: AS_OF, status: "open" })] });
    expect(run(d).filter((x) => x.ruleId === "ap.p6.high-risk-mitigation")).toEqual([]);
    const [f] = run(d, "2018-06-29").filter((x) => x.ruleId === "ap.p6.high-risk-mitigation");
    expect(f!.explanation.facts).toMatchObject({ standing: 0, rejected: 0 });
  });
});
