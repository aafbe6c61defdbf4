import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const demoDir = fileURLToPath(new URL("..", import.meta.url));

describe("main.ts (npm run demo)", () => {
  it("runs psea demo without a build step, prints the summary naming the dashboard and exits 0", () => {
    const out = mkdtempSync(join(tmpdir(), "psea-demo-main-"));
    try {
      const stdout = execFileSync(process.execPath, ["--conditions=@psea/source", "--import", "tsx", "src/main.ts", "--out", out, "--personnel", "400"], {
        cwd: demoDir,
        encoding: "utf8",
      });
      expect(stdout).toContain("Findings by severity");
      expect(stdout).toContain(`Dashboard: ${join(out, "dashboard.html")}`);
      for (const f of ["dataset.json", "dashboard.html", "findings.json", "findings.csv", "findings.md"]) expect(existsSync(join(out, f))).toBe(true);
      expect(readFileSync(join(out, "dashboard.html"), "utf8")).toContain("<svg");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it("exits 2 with the problem on a bad argument", () => {
    let status: number | null = null;
    try {
      execFileSync(process.execPath, ["--conditions=@psea/source", "--import", "tsx", "src/main.ts", "--seed", "nope"], { cwd: demoDir, stdio: "pipe" });
    } catch (e) {
      status = (e as { status: number | null }).status;
    }
    expect(status).toBe(2);
  }, 60_000);
});
