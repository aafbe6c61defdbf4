// The canary property at the CLI: synthetic missions (any seed) with canaries in every victim's and
// complainant's identity and in each allegation's free-text notes; every kind, in every format,
// the dashboard and the demo, to standard output or files: no output, no message carries them.
import { generateMission } from "@psea/fixtures";
import type { ReportKind } from "@psea/reports";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../src";
import { fixtureKinds } from "@psea/test-support";
import { fileIo } from "./support/file-io";

const CANARY = "CANARY-c1i-42";

/** A badly written kind that copies identities into its text: the CLI's mask must catch it. */
const leakyKind: ReportKind<string[]> = {
  id: "leaky",
  title: "Leaky",
  build(input) {
    const allegations = (input as { allegations?: { victims?: { identity?: { name?: string } }[] }[] }).allegations ?? [];
    return { ok: true, report: allegations.flatMap((a) => (a.victims ?? []).map((v) => v.identity?.name ?? "")) };
  },
  sections: (names) => [
    {
      id: "leak",
      title: `Victims ${names[0] ?? ""}`,
      figures: [{ label: names[0] ?? "none", value: names[1] ?? null }],
      charts: [
        {
          id: "leak",
          title: names[0] ?? "",
          description: names.join(", "),
          vegaLite: { data: { values: names.map((n, i) => ({ n, i })) }, mark: "bar", encoding: { x: { field: "n", type: "nominal", title: names[0] ?? "" }, y: { field: "i", type: "quantitative" } } },
        },
      ],
      tables: [{ id: "names", title: "Names", columns: [{ key: "n", label: "Name" }], rows: names.map((n) => ({ n })) }],
    },
  ],
};

const reportKinds = { ...fixtureKinds, leaky: leakyKind };

function dataset(seed: number): string {
  const d = generateMission({ seed, personnel: 60, asOf: "2019-06-30", violations: "some", canary: CANARY });
  const allegations = (d.allegations ?? []).map((a) => ({ ...a, notes: `reported by ${CANARY} at the market` }));
  return JSON.stringify({ ...d, allegations });
}

describe("no CLI output carries a planted identity (canary property)", () => {
  it("every kind in every format, and the dashboard, to standard output and to files", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), async (seed) => {
        const files = { "m.json": dataset(seed) };
        const runs: string[][] = [["report", "dashboard", "m.json", "--as-of", "2019-06-30", "--out", "out"]];
        for (const kind of ["findings", ...Object.keys(reportKinds)]) {
          for (const format of ["json", "csv", "md", "html"]) runs.push(["report", kind, "m.json", "--as-of", "2019-06-30", "-f", format]);
          runs.push(["report", kind, "m.json", "--as-of", "2019-06-30", "-f", "csv", "--out", "out"]);
        }
        runs.push(["report", "findings", "m.json", "--as-of", "2019-06-30", "-f", "jsonl"], ["report", "findings", "m.json", "--as-of", "2019-06-30", "-f", "jsonl", "--out", "out"]);
        runs.push(["validate", "m.json", "--as-of", "2019-06-30"], ["validate", "m.json", "--as-of", "2019-06-30", "-f", "json"], ["validate", "m.json", "--as-of", "2019-06-30", "-f", "jsonl"]);
        for (const argv of runs) {
          const f = fileIo(files);
          const code = await run(argv, f.io, { reportKinds });
          expect([0, 1], argv.join(" ")).toContain(code);
          expect(f.stdout() + f.stderr(), argv.join(" ")).not.toContain(CANARY);
          for (const [path, text] of f.written) expect(text, `${argv.join(" ")} ${path}`).not.toContain(CANARY);
          // The leaky kind did copy identities: they were masked, not absent.
          if (argv[1] === "leaky" && argv.includes("json")) expect(f.stdout()).toContain("[redacted]");
        }
      }),
      { numRuns: 2 },
    );
  }, 300_000);

  it("the error paths: a dataset the schema rejects, and text that is not JSON", async () => {
    const d = JSON.parse(dataset(7)) as { personnel: { grade?: unknown }[] };
    d.personnel[0]!.grade = `${CANARY} grade`;
    const broken = dataset(7).replace('"allegations":', `"allegations": ${CANARY}`);
    for (const text of [JSON.stringify(d), broken]) {
      for (const argv of [["report", "leaky", "m.json", "--as-of", "2019-06-30"], ["report", "dashboard", "m.json", "--as-of", "2019-06-30"], ["validate", "m.json", "--as-of", "2019-06-30", "-f", "json"]]) {
        const f = fileIo({ "m.json": text });
        const code = await run(argv, f.io, { reportKinds });
        expect(f.stdout() + f.stderr(), argv.join(" ")).not.toContain(CANARY);
        if (text === broken) expect(code).toBe(2);
      }
    }
  }, 120_000);
});
