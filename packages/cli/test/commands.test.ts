import { recordSchemas } from "@psea/core";
import { allRules } from "@psea/core/rules";
import { partnerRules } from "@psea/partners";
import { riskRules } from "@psea/risk";
import { trainingRules } from "@psea/training";
import { describe, expect, it } from "vitest";
import pkg from "../package.json";
import { commands, datasetJsonSchema, datasetSchemas, pseaRuleSet, run, usage, type DatasetSchemaName } from "../src";
import { fakeIo } from "./support/fake-io";

describe("psea rules", () => {
  it("--format json lists every rule the kit ships (allRules, then AP-P2 training and AP-P6 risk rules) with its obligations, severity, citation and parameters", async () => {
    const f = fakeIo();
    expect(await run(["rules", "--format", "json"], f.io)).toBe(0);
    const listed = JSON.parse(f.stdout()) as { id: string; obligations: string[]; severity: string; citationText: string; parameters: string[] }[];
    expect(Array.isArray(listed)).toBe(true);
    expect(listed.map((r) => r.id)).toEqual([...allRules.rules, ...trainingRules.rules, ...riskRules.rules, ...partnerRules.rules].map((r) => r.id));
    expect(listed.map((r) => r.id)).toEqual(pseaRuleSet.rules.map((r) => r.id));
    expect(listed.find((r) => r.id === "ap.p2.required-training")).toMatchObject({ obligations: ["AP-P2"], severity: "violation", citationText: "MINUSCA-AP-2018-2019, Prevention goal 2 (a)-(d)" });
    expect(listed.find((r) => r.id === "ap.p6.off-limits-list")).toMatchObject({ obligations: ["AP-P6"], severity: "violation", parameters: ["offLimitsReviewPeriod"] });
    for (const r of pseaRuleSet.rules) {
      expect(listed.find((l) => l.id === r.id)).toMatchObject({ obligations: [...r.obligations], severity: r.severity, parameters: [...r.parameters] });
    }
    expect(listed.find((r) => r.id === "dpko.gm-c.focal-point-grade")).toMatchObject({
      obligations: ["DPKO-GM-c"],
      citationText: "DPKO-IG, General management responsibilities (c)",
      parameters: ["focalPointMinimumGrade", "gradeOrder", "gradeEquivalents"],
    });
  });

  it("prints a table with one line per rule by default", async () => {
    const f = fakeIo();
    expect(await run(["rules"], f.io)).toBe(0);
    const out = f.stdout();
    expect(out).toMatch(/^RULE\s+OBLIGATIONS\s+SEVERITY\s+PARAMETERS\s+CITATION\n/);
    expect(out).toMatch(/^dpko\.gm-c\.focal-point-grade\s+DPKO-GM-c\s+violation\s+focalPointMinimumGrade, gradeOrder, gradeEquivalents\s+DPKO-IG, General management responsibilities \(c\)$/m);
    expect(out).toMatch(/^ap\.p6\.camp-risk-assessment\s+AP-P6\s+violation\s+campRiskAssessmentPeriod\s+MINUSCA-AP-2018-2019, Prevention goal 6 \(c\)$/m);
    expect(out).toContain(`\n${pseaRuleSet.rules.length} rules\n`);
  });

  it("rejects an unknown format and positional arguments", async () => {
    expect(await run(["rules", "--format", "yaml"], fakeIo().io)).toBe(2);
    expect(await run(["rules", "extra"], fakeIo().io)).toBe(2);
  });
});

describe("psea schema", () => {
  it("prints the JSON Schema of the mission dataset by default, with the risk sections (AP-P6)", async () => {
    const f = fakeIo();
    expect(await run(["schema"], f.io)).toBe(0);
    const schema = JSON.parse(f.stdout());
    expect(schema).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema", title: "mission-dataset", type: "object" });
    expect(schema.required).toContain("mission");
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["personnel", "riskRegister", "camps", "campAssessments", "offLimitsList", "jointPatrols", "partnerAssessments"]));
    expect(schema.properties.camps.items.required).toEqual(expect.arrayContaining(["id", "name", "officeId"]));
  });

  it("prints the schema of every named record, the core's and the risk records", async () => {
    expect(Object.keys(datasetSchemas)).toEqual([...Object.keys(recordSchemas), "risk-register-entry", "camp", "camp-risk-assessment", "off-limits-list", "joint-patrol", "partner-assessment"]);
    for (const name of Object.keys(datasetSchemas)) {
      const f = fakeIo();
      expect(await run(["schema", name], f.io), name).toBe(0);
      expect(JSON.parse(f.stdout())).toMatchObject({ $schema: expect.stringContaining("json-schema.org"), title: name });
    }
  });

  it("gives every property of every schema a description, at any depth (risk and partner sections included)", () => {
    const undescribed = (node: unknown, path: string): string[] => {
      if (Array.isArray(node)) return node.flatMap((n, i) => undescribed(n, `${path}/${i}`));
      if (node === null || typeof node !== "object") return [];
      const o = node as Record<string, unknown>;
      const props = (o["properties"] ?? {}) as Record<string, { description?: unknown }>;
      const own = Object.entries(props)
        .filter(([, v]) => typeof v?.description !== "string" || v.description.trim() === "")
        .map(([k]) => `${path}/properties/${k}`);
      return [...own, ...Object.entries(o).flatMap(([k, v]) => undescribed(v, `${path}/${k}`))];
    };
    const names = Object.keys(datasetSchemas) as DatasetSchemaName[];
    expect(names.flatMap((name) => undescribed(datasetJsonSchema(name), name))).toEqual([]);
  });

  it("rejects an unknown name, listing the known ones", async () => {
    const f = fakeIo();
    expect(await run(["schema", "nope"], f.io)).toBe(2);
    expect(f.stderr()).toContain("psea schema: no such schema; expected one of: mission-dataset, mission,");
  });
});

describe("psea --help, --version and dispatch", () => {
  it("--help lists every command and exits 0", async () => {
    const f = fakeIo();
    expect(await run(["--help"], f.io)).toBe(0);
    expect(f.stdout()).toBe(usage());
    for (const name of Object.keys(commands)) expect(f.stdout()).toMatch(new RegExp(`^ {2}${name} `, "m"));
  });

  it("<command> --help and help <command> print the command's help", async () => {
    const a = fakeIo();
    const b = fakeIo();
    expect(await run(["validate", "--help"], a.io)).toBe(0);
    expect(await run(["help", "validate"], b.io)).toBe(0);
    expect(a.stdout()).toBe(b.stdout());
    expect(a.stdout()).toContain("Usage: psea validate <dataset.json> [--as-of YYYY-MM-DD] [--format table|json|jsonl] [--parameters overlay.json]");
    expect(a.stdout()).toContain("Exit codes: 0 no violation; 1 violations found; 2 bad input");
  });

  it("--version prints the package version", async () => {
    const f = fakeIo();
    expect(await run(["--version"], f.io)).toBe(0);
    expect(f.stdout()).toBe(`${pkg.version}\n`);
  });

  it("no command prints the usage on stderr and exits 2; an unknown command exits 2", async () => {
    const none = fakeIo();
    expect(await run([], none.io)).toBe(2);
    expect(none.stderr()).toBe(usage());
    const unknown = fakeIo();
    expect(await run(["frobnicate"], unknown.io)).toBe(2);
    expect(unknown.stderr()).toMatch(/^psea: no such command; expected one of: validate, /);
    expect(await run(["toString"], fakeIo().io)).toBe(2);
    expect(await run(["help", "nope"], fakeIo().io)).toBe(2);
  });
});
