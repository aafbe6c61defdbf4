import { pseaRuleSet } from "@psea/cli";
import { evaluate } from "@psea/core";
import { generateMission } from "@psea/fixtures";
import { buildFindingsReport } from "@psea/reports";
import { describe, expect, it } from "vitest";
import { formatSummary, topFindings } from "../src/summary";

const dataset = generateMission({ seed: 5, personnel: 300, violations: "some" });
const result = evaluate(pseaRuleSet, dataset, { asOf: "2019-06-30" });
if (!result.ok) throw new Error("fixture did not validate");
const report = buildFindingsReport(result, { title: "t", asOf: "2019-06-30" });
const counts = { missionName: "M", seed: 5, personnel: 300, offices: 12, allegations: 40, partnerAgreements: 25 };

describe("formatSummary", () => {
  const text = formatSummary(report, counts, 5);

  it("states the totals by severity as the report counts them", () => {
    for (const s of ["violation", "warning", "notice"] as const) {
      expect(text).toMatch(new RegExp(`^  ${s}\\s+${report.totals.bySeverity[s]}$`, "m"));
    }
  });

  it("lists every obligation with findings, most findings first", () => {
    const listed = [...text.matchAll(/^ {2}((?:SGB|DPKO|AP)-\S+)\s+(\d+)$/gm)].map((m) => Number(m[2]));
    expect(listed).toHaveLength(report.totals.byObligation.length);
    expect(listed).toEqual([...listed].sort((a, b) => b - a));
  });

  it("shows at most the limit of top findings, one per rule, each with its citation", () => {
    const top = topFindings(report, 5);
    expect(new Set(top.map((f) => f.ruleId)).size).toBe(top.length);
    expect(top[0]?.severity).toBe("violation");
    for (const f of top) expect(text).toContain(`cite: ${f.citation}`);
    expect(text.match(/cite: /g)).toHaveLength(5);
  });
});
