import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const demoDir = fileURLToPath(new URL("..", import.meta.url));

describe("main.ts", () => {
  it("runs without a build step, prints the summary and exits 0", () => {
    const out = mkdtempSync(join(tmpdir(), "psea-demo-main-"));
    try {
      const stdout = execFileSync(process.execPath, ["--conditions=@psea/source", "--import", "tsx", "src/main.ts", "--out", out, "--personnel", "400"], {
        cwd: demoDir,
        encoding: "utf8",
      });
      expect(stdout).toContain("Findings by severity");
      expect(stdout).toContain(`Reports written to ${out}`);
      for (const f of ["findings.json", "findings.csv", "summary.md", "report.html"]) expect(existsSync(join(out, f))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 30_000);

  it("exits 2 with a usage line on a bad argument", () => {
    let status: number | null = null;
    try {
      execFileSync(process.execPath, ["--conditions=@psea/source", "--import", "tsx", "src/main.ts", "--seed", "nope"], { cwd: demoDir, stdio: "pipe" });
    } catch (e) {
      status = (e as { status: number | null }).status;
    }
    expect(status).toBe(2);
  }, 30_000);
});
