import { defaultReportKinds, pseaRuleSet, runDemo, type CliIo } from "@psea/cli";
import { beforeAll, describe, expect, it } from "vitest";

const CANARY = "CANARY-d3m0-9b1";

function memoryIo() {
  const files = new Map<string, string>();
  const io: CliIo = {
    readFile: () => "",
    stdout: () => {},
    stderr: () => {},
    now: () => new Date(0),
    writeFile: async (path, chunks) => {
      let text = "";
      for await (const c of chunks) text += c;
      files.set(path, text);
    },
  };
  return { io, files };
}

async function demo(canary?: string) {
  const m = memoryIo();
  const ctx = { io: m.io, ruleSet: pseaRuleSet, reportKinds: defaultReportKinds(pseaRuleSet) };
  const result = await runDemo({ outDir: "out", seed: 2018, personnel: 600, asOf: "2019-06-30", quiet: true, ...(canary ? { canary } : {}) }, m.io, ctx);
  return { result, files: m.files };
}

describe("psea demo, as npm run demo runs it", () => {
  let first: Awaited<ReturnType<typeof demo>>;
  beforeAll(async () => {
    first = await demo(CANARY);
  }, 120_000);

  it("writes the dataset, the dashboard and the findings, and names the dashboard in its summary", () => {
    expect([...first.files.keys()]).toEqual(expect.arrayContaining(["out/dataset.json", "out/dashboard.html", "out/findings.json", "out/findings.csv", "out/findings.md"]));
    expect(first.result.summary).toContain("Dashboard: out/dashboard.html");
    expect(first.result.summary).toMatch(/^ {2}AP-P2\s+2$/m);
    expect(JSON.parse(first.files.get("out/dataset.json")!).mission.id).toBeTruthy();
  });

  it("never lets a victim's or complainant's identity into the summary or any report (only the dataset holds them)", () => {
    expect(first.files.get("out/dataset.json")).toContain(CANARY);
    expect(first.result.summary).not.toContain(CANARY);
    for (const [path, text] of first.files) if (path !== "out/dataset.json") expect(text, path).not.toContain(CANARY);
  });

  it("is deterministic: the same options write the same files", async () => {
    const again = await demo(CANARY);
    expect(again.result.summary).toBe(first.result.summary);
    for (const [path, text] of first.files) expect(again.files.get(path), path).toBe(text);
  }, 120_000);
});
