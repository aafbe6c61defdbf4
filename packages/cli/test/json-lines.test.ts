import { describe, expect, it } from "vitest";
import { run } from "../src";
import { alternateBelowGrade, compliantDataset, json, rosterRules } from "./support/datasets";
import { fakeIo } from "./support/fake-io";

const opts = { ruleSet: rosterRules };
const lines = (text: string) =>
  text
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe("--format jsonl: one JSON value a line", () => {
  it("psea validate writes the report, then a line per finding, with the same findings as --format json", async () => {
    const l = fakeIo({ "m.json": json(alternateBelowGrade()) });
    expect(await run(["validate", "m.json", "--as-of", "2018-06-30", "--format", "jsonl"], l.io, opts)).toBe(1);
    const records = lines(l.stdout());
    expect(records.map((r) => r["record"])).toEqual(["report", "finding"]);
    expect(records[0]).toMatchObject({ format: "psea-findings-report", asOf: "2018-06-30", totals: { findings: 1, rulesEvaluated: 3 } });
    const j = fakeIo({ "m.json": json(alternateBelowGrade()) });
    await run(["validate", "m.json", "--as-of", "2018-06-30", "--format", "json"], j.io, opts);
    const full = JSON.parse(j.stdout()) as { findings: { ruleId: string; message: string; subject: unknown }[] };
    expect(records.slice(1).map((r) => [r["ruleId"], r["message"], r["subject"]])).toEqual(full.findings.map((f) => [f.ruleId, f.message, f.subject]));
  });

  it("psea validate with no finding writes the report line alone, and lists bad input one issue a line", async () => {
    const ok = fakeIo({ "m.json": json(compliantDataset()) });
    expect(await run(["validate", "m.json", "--as-of", "2018-06-30", "-f", "jsonl"], ok.io, opts)).toBe(0);
    expect(lines(ok.stdout()).map((r) => r["record"])).toEqual(["report"]);
    const bad = fakeIo({ "m.json": json({ ...compliantDataset(), personnel: [{ id: 1 }] }) });
    expect(await run(["validate", "m.json", "--as-of", "2018-06-30", "-f", "jsonl"], bad.io, opts)).toBe(2);
    const issues = lines(bad.stdout());
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) expect(i).toMatchObject({ record: "issue", input: "dataset", path: expect.any(Array), code: expect.any(String) });
  });

  it("psea validate refuses another format, naming jsonl", async () => {
    const f = fakeIo({ "m.json": json(compliantDataset()) });
    expect(await run(["validate", "m.json", "-f", "xml"], f.io, opts)).toBe(2);
    expect(f.stderr()).toContain("expected 'table', 'json' or 'jsonl'");
  });

  it("psea report findings writes findings.jsonl; other kinds refuse jsonl", async () => {
    const f = fakeIo({ "m.json": json(alternateBelowGrade()) });
    expect(await run(["report", "findings", "m.json", "--as-of", "2018-06-30", "-f", "jsonl"], f.io, opts)).toBe(0);
    expect(lines(f.stdout()).map((r) => r["record"])).toEqual(["report", "finding"]);
    const other = fakeIo({ "m.json": json(alternateBelowGrade()) });
    expect(await run(["report", "dashboard", "m.json", "--as-of", "2018-06-30", "-f", "jsonl"], other.io, opts)).toBe(2);
  });
});
