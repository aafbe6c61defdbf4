import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pseaRuleSet } from "@psea/cli";
import { afterAll, describe, expect, it } from "vitest";
import { REPORT_FILES, runDemo } from "../src/run-demo";

const CANARY = "CANARY-d3m0-9b1";
const dir = mkdtempSync(join(tmpdir(), "psea-demo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("runDemo", () => {
  const result = runDemo({ seed: 2018, personnel: 600, asOf: "2019-06-30", outDir: dir, canary: CANARY });

  it("writes the four reports into the directory it is given", () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.files).toEqual(REPORT_FILES.map((f) => join(dir, f)));
    const json = JSON.parse(readFileSync(join(dir, "findings.json"), "utf8")) as { format: string; asOf: string; findings: unknown[] };
    expect(json).toMatchObject({ format: "psea-findings-report", asOf: "2019-06-30" });
    expect(json.findings.length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, "findings.csv"), "utf8").split("\n")[0]).toContain("severity");
    expect(readFileSync(join(dir, "summary.md"), "utf8")).toMatch(/^# PSEA compliance/);
    expect(readFileSync(join(dir, "report.html"), "utf8").toLowerCase()).toContain("<html");
  });

  it("summarises by severity and obligation, with top findings and their citations", () => {
    expect(result.summary).toMatch(/violation\s+\d+/);
    expect(result.summary).toContain("Findings by obligation");
    expect(result.summary).toContain("DPKO-GM-c");
    expect(result.summary).toContain("cite: DPKO-IG, General management responsibilities (c)");
    expect(result.ok && result.violations).toBeGreaterThan(0);
  });

  it("evaluates every rule psea validate runs, so the planted AP-P2 training and AP-P6 risk violations are reported", () => {
    expect(result.summary).toContain(`${pseaRuleSet.rules.length} rules evaluated as of 2019-06-30`);
    expect(result.summary).toMatch(/^ {2}AP-P2\s+2$/m);
    expect(result.summary).toMatch(/^ {2}AP-P6\s+2$/m);
    const json = JSON.parse(readFileSync(join(dir, "findings.json"), "utf8")) as { findings: { ruleId: string; severity: string }[] };
    const ruleIds = json.findings.filter((f) => f.severity === "violation").map((f) => f.ruleId);
    for (const id of ["ap.p2.required-training", "ap.p2.training-compliance-rate", "ap.p6.camp-risk-assessment", "ap.p6.off-limits-list"]) expect(ruleIds).toContain(id);
  });

  it("never lets a victim's or complainant's identity into the summary or any report", () => {
    expect(result.summary).not.toContain(CANARY);
    for (const f of REPORT_FILES) expect(readFileSync(join(dir, f), "utf8")).not.toContain(CANARY);
    expect(result.summary).not.toContain("@contact.example");
  });

  it("is deterministic: the same options write the same reports", () => {
    const again = mkdtempSync(join(tmpdir(), "psea-demo-"));
    try {
      const second = runDemo({ seed: 2018, personnel: 600, asOf: "2019-06-30", outDir: again, canary: CANARY });
      expect(second.summary.replace(again, dir)).toBe(result.summary);
      for (const f of REPORT_FILES) expect(readFileSync(join(again, f), "utf8")).toBe(readFileSync(join(dir, f), "utf8"));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
