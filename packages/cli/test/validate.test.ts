import { defineRuleSet } from "@psea/core";
import { bulletinRules, focalPointGrade } from "@psea/core/rules";
import { describe, expect, it } from "vitest";
import { run } from "../src";
import { alternateBelowGrade, compliantDataset, json, rosterRules } from "./support/datasets";
import { fakeIo } from "./support/fake-io";

const opts = { ruleSet: rosterRules };

describe("psea validate: exit codes", () => {
  it("exits 0 and says there are no findings for a compliant dataset (DPKO-GM-c)", async () => {
    const f = fakeIo({ "m.json": json(compliantDataset()) });
    expect(await run(["validate", "m.json", "--as-of", "2018-06-30"], f.io, opts)).toBe(0);
    expect(f.stdout()).toBe("m.json as of 2018-06-30: 3 rules evaluated, 0 violations, 0 warnings, 0 notices\n\nNo findings.\n");
    expect(f.stderr()).toBe("");
  });

  it("exits 1 and prints a table of findings when there is a violation (DPKO-GM-c)", async () => {
    const f = fakeIo({ "m.json": json(alternateBelowGrade()) });
    expect(await run(["validate", "m.json", "--as-of", "2018-06-30"], f.io, opts)).toBe(1);
    const lines = f.stdout().split("\n");
    expect(lines[0]).toBe("m.json as of 2018-06-30: 3 rules evaluated, 1 violation, 0 warnings, 0 notices");
    expect(lines[2]).toMatch(/^SEVERITY\s+RULE\s+OBLIGATION\s+SUBJECT\s+MESSAGE$/);
    expect(lines[3]).toMatch(/^violation\s+dpko\.gm-c\.focal-point-grade\s+DPKO-GM-c\s+personnel P-ALT\s+the Alternate is at grade P-3, below the minimum P-4$/);
    expect(lines[3]!.indexOf("DPKO-GM-c")).toBe(lines[2]!.indexOf("OBLIGATION"));
  });

  it("SGB-4.4: shows in the table the exception that lowered a finding, and its basis", async () => {
    const d = compliantDataset() as Record<string, unknown>;
    d["allegations"] = [
      {
        id: "A-1",
        receivedOn: "2018-03-01",
        incidentDate: "2018-02-20",
        intake: { channel: "hotline" },
        subjects: [{ ref: "S-1", category: "civilian-staff" }],
        victims: [{ ref: "V-1", age: { kind: "known", years: 17 }, sex: "female", marriageToSubject: { legallyMarried: true, overAgeOfMajorityInCitizenshipCountry: true } }],
        conduct: { sexualActivity: "actual", relationship: "ongoing" },
      },
    ];
    const f = fakeIo({ "m.json": json(d) });
    const marriageSet = defineRuleSet({ id: "b", title: "b", rules: bulletinRules.rules.filter((r) => r.id === "sgb.3.2b.child-victim"), exceptions: bulletinRules.exceptions.filter((e) => e.obligation === "SGB-4.4") });
    await run(["validate", "m.json", "--as-of", "2018-06-30"], f.io, { ruleSet: marriageSet });
    expect(f.stdout()).toMatch(/^notice\s+sgb\.3\.2b\.child-victim\s.*\[SGB-4\.4 applied on the recorded facts; was violation\]$/m);
    // The same exception, with the facts that made it apply, in the Markdown and HTML findings reports.
    for (const format of ["md", "html"]) {
      const r = fakeIo({ "m.json": json(d) });
      await run(["report", "findings", "m.json", "--as-of", "2018-06-30", "--format", format, "--out", "-"], r.io, { ruleSet: marriageSet });
      expect(r.stdout(), format).toMatch(/SGB-4\.4; ST\/SGB\/2003\/13, section 4\.4\) applied on the recorded facts .*legallyMarried=true.*; was violation/);
    }
  });

  it("SGB-1: prints each allegation's derived classification, recorded or not, in the table and the JSON", async () => {
    const d = compliantDataset() as Record<string, unknown>;
    const base = { receivedOn: "2018-03-01", intake: { channel: "hotline" }, subjects: [{ ref: "S-1", category: "civilian-staff" }] };
    d["allegations"] = [
      { ...base, id: "A-1", victims: [{ ref: "V-1", age: { kind: "known", years: 25 }, sex: "female" }], conduct: { sexualActivity: "actual", exchange: ["money"] } },
      { ...base, id: "A-2", victims: [{ ref: "V-2", age: { kind: "known", years: 25 }, sex: "female" }], conduct: { sexualActivity: "actual", physicalIntrusion: "actual", force: true }, recorded: { nature: "sexual-exploitation" } },
    ];
    const t = fakeIo({ "m.json": json(d) });
    await run(["validate", "m.json", "--as-of", "2018-06-30"], t.io, opts);
    const table = t.stdout().split("Allegations as classified from their facts (SGB section 1):\n")[1]!.split("\n");
    expect(table[0]).toMatch(/^ALLEGATION\s+DERIVED\s+RECORDED\s+AGREES\s+BASIS$/);
    expect(table[1]).toMatch(/^A-1\s+sexual-exploitation \/ transactional-sex\s+none\s+exchange of money for sex$/);
    expect(table[2]).toMatch(/^A-2\s+sexual-abuse \/ rape\s+sexual-exploitation \/ -\s+no\s+actual physical intrusion; by force$/);
    const j = fakeIo({ "m.json": json(d) });
    await run(["validate", "m.json", "--as-of", "2018-06-30", "--format", "json"], j.io, opts);
    expect(JSON.parse(j.stdout()).classifications).toMatchObject([
      { allegationId: "A-1", kind: "classified", nature: "sexual-exploitation", type: "transactional-sex", recordedNature: null, agrees: null },
      { allegationId: "A-2", nature: "sexual-abuse", type: "rape", recordedNature: "sexual-exploitation", agrees: false },
    ]);
  });

  it("SGB-1: a mission's overlay of adultBeneficiaryRelationshipClassification changes the derived classification", async () => {
    const d = compliantDataset() as Record<string, unknown>;
    d["allegations"] = [
      { id: "A-1", receivedOn: "2018-03-01", intake: { channel: "hotline" }, victims: [{ ref: "V-1", age: { kind: "known", years: 30 }, sex: "female", beneficiary: true }], conduct: { sexualActivity: "actual", relationship: "ongoing" } },
    ];
    const overlay = { adultBeneficiaryRelationshipClassification: [{ value: "exploitative-relationship", effectiveFrom: "2018-01-01", citation: { document: "MINUSCA-AP-2018-2019", clause: "non-fraternization policy" } }] };
    const plain = fakeIo({ "m.json": json(d) });
    await run(["validate", "m.json", "--as-of", "2018-06-30", "--format", "json"], plain.io, opts);
    expect(JSON.parse(plain.stdout()).classifications[0]).toMatchObject({ kind: "discouraged-relationship", nature: null });
    const overlaid = fakeIo({ "m.json": json(d), "o.json": json(overlay) });
    await run(["validate", "m.json", "--as-of", "2018-06-30", "--format", "json", "--parameters", "o.json"], overlaid.io, opts);
    expect(JSON.parse(overlaid.stdout()).classifications[0]).toMatchObject({ kind: "classified", nature: "sexual-exploitation", type: "exploitative-relationship" });
  });

  it("prints the evaluation result with --format json", async () => {
    const f = fakeIo({ "m.json": json(alternateBelowGrade()) });
    expect(await run(["validate", "m.json", "--as-of", "2018-06-30", "--format", "json"], f.io, opts)).toBe(1);
    const result = JSON.parse(f.stdout());
    expect(result).toMatchObject({ ok: true, asOf: "2018-06-30", summary: { rulesEvaluated: 3, violations: 1 } });
    expect(result.findings[0]).toMatchObject({
      ruleId: "dpko.gm-c.focal-point-grade",
      obligationIds: ["DPKO-GM-c"],
      severity: "violation",
      subject: { kind: "personnel", id: "P-ALT" },
      path: ["roster", "alternate", "personnelId"],
      explanation: { facts: { grade: "P-3", comparison: "below" } },
    });
  });

  it("applies a parameter overlay from --parameters", async () => {
    const overlay = {
      focalPointMinimumGrade: [{ value: "P-5", effectiveFrom: "2018-06-01", citation: { document: "DPKO-IG", clause: "General management responsibilities (c)" } }],
    };
    const f = fakeIo({ "m.json": json(compliantDataset()), "o.json": json(overlay) });
    expect(await run(["validate", "m.json", "--as-of", "2018-06-30", "-p", "o.json", "-f", "json"], f.io, opts)).toBe(1);
    const result = JSON.parse(f.stdout());
    expect(result.findings.map((x: { subject: { id: string } }) => x.subject.id)).toEqual(["P-ALT"]);
    expect(result.findings[0].explanation.parameters[0]).toMatchObject({ id: "focalPointMinimumGrade", value: "P-5", layer: "overlay" });
  });

  it("checks as of the injected clock when --as-of is not given, and says so", async () => {
    const f = fakeIo({ "m.json": json(compliantDataset()) }, new Date(2018, 6, 4, 15, 30));
    expect(await run(["validate", "m.json"], f.io, opts)).toBe(0);
    expect(f.stdout()).toContain("m.json as of 2018-07-04 (today, from the system clock; pass --as-of to fix the date)");
  });

  it("exits 2 when a rule could not run and nothing was violated, and lists the rule", async () => {
    const f = fakeIo({ "m.json": json(compliantDataset()) });
    const gradeOnly = defineRuleSet({ id: "grade", title: "grade", rules: [focalPointGrade] });
    expect(await run(["validate", "m.json", "--as-of", "2001-01-01"], f.io, { ruleSet: gradeOnly })).toBe(2);
    expect(f.stdout()).toContain("Rules that could not run (the check is incomplete):\n  dpko.gm-c.focal-point-grade: no value of 'focalPointMinimumGrade' is in force on 2001-01-01 [parameter-not-in-force]");
  });

  it("exits 1 when there are violations even if another rule could not run", async () => {
    const f = fakeIo({ "m.json": json(compliantDataset()) });
    expect(await run(["validate", "m.json", "--as-of", "2001-01-01"], f.io, opts)).toBe(1);
    expect(f.stdout()).toMatch(/^violation\s+dpko\.gm-c\.field-focal-points\s+DPKO-GM-c\s+office FO-1 /m);
    expect(f.stdout()).toContain("dpko.gm-c.focal-point-grade: no value of 'focalPointMinimumGrade' is in force on 2001-01-01");
  });
});

describe("psea validate: bad input exits 2 with every problem listed by path", () => {
  it("lists every invalid field of the dataset by path", async () => {
    const d = compliantDataset() as Record<string, unknown> & { personnel: Record<string, unknown>[] };
    d.personnel[3]!["grade"] = 7;
    (d["mission"] as Record<string, unknown>)["name"] = undefined;
    const f = fakeIo({ "m.json": json(d) });
    expect(await run(["validate", "m.json", "--as-of", "2018-06-30"], f.io, opts)).toBe(2);
    expect(f.stdout()).toBe("");
    const err = f.stderr();
    expect(err).toContain("psea validate: the dataset file is not a valid mission dataset (2 problems):\n");
    expect(err).toMatch(/^ {2}personnel\[3\]\.grade: .*expected string.*\[invalid_type\]$/m);
    expect(err).toMatch(/^ {2}mission\.name: .*expected string.*\[invalid_type\]$/m);
  });

  it("checks the whole dataset, including sections no rule reads", async () => {
    const f = fakeIo({ "m.json": json({ ...compliantDataset(), allegations: [{ id: "A-1" }] }) });
    expect(await run(["validate", "m.json", "--as-of", "2018-06-30", "--format", "json"], f.io, opts)).toBe(2);
    const out = JSON.parse(f.stdout());
    expect(out.ok).toBe(false);
    expect(out.issues).toContainEqual(expect.objectContaining({ input: "dataset", path: ["allegations", 0, "receivedOn"], code: "invalid_type" }));
  });

  it("lists the first thousand problems of a dataset with many more, and says so", async () => {
    const f = fakeIo({ "m.json": json({ ...compliantDataset(), personnel: Array.from({ length: 5000 }, () => 0) }) });
    expect(await run(["validate", "m.json", "--as-of", "2018-06-30", "--format", "json"], f.io, opts)).toBe(2);
    const issues = JSON.parse(f.stdout()).issues as { path: unknown[]; code: string }[];
    expect(issues.filter((i) => i.path[0] === "personnel")).toHaveLength(1000);
    expect(issues).toContainEqual(expect.objectContaining({ input: "dataset", path: [], code: "too-many-issues" }));
  });

  it("checks references between records", async () => {
    const d = { ...compliantDataset(), concerns: [{ id: "K-1", personnelId: "NOBODY", becameAwareOn: "2018-01-01" }] };
    const f = fakeIo({ "m.json": json(d) });
    expect(await run(["validate", "m.json", "--as-of", "2018-06-30", "--format", "json"], f.io, opts)).toBe(2);
    expect(JSON.parse(f.stdout())).toEqual({
      ok: false,
      issues: [{ input: "dataset", path: ["concerns", 0, "personnelId"], code: "unknown-reference", message: "expected the id of a personnel of this dataset" }],
    });
  });

  it("reports an unreadable file", async () => {
    const f = fakeIo();
    expect(await run(["validate", "missing.json", "--as-of", "2018-06-30"], f.io, opts)).toBe(2);
    expect(f.stderr()).toMatch(/^psea validate: cannot read the dataset file: ENOENT/);
    expect(f.stderr()).not.toContain("missing.json");
  });

  it("reports invalid JSON", async () => {
    const f = fakeIo({ "m.json": "{ not json" });
    expect(await run(["validate", "m.json", "--as-of", "2018-06-30", "--format", "json"], f.io, opts)).toBe(2);
    expect(JSON.parse(f.stdout()).issues).toEqual([expect.objectContaining({ input: "dataset", path: [], code: "invalid-json" })]);
  });

  it("reports a bad date together with the other problems", async () => {
    const f = fakeIo({ "o.json": json({ noSuchParameter: [] }) });
    expect(await run(["validate", "m.json", "--as-of", "2018-02-30", "--parameters", "o.json"], f.io, opts)).toBe(2);
    const err = f.stderr();
    expect(err).toContain("psea validate: the command line is not valid (1 problem):\n  --as-of: expected a calendar date as YYYY-MM-DD, such as 2019-06-30 [invalid-as-of]");
    expect(err).toContain("cannot read the dataset file");
    expect(err).toContain("psea validate: the --parameters file is not a valid parameter overlay (1 problem):\n  noSuchParameter: expected the id of a parameter of the catalogue [unknown-parameter]");
  });

  it("rejects an invalid overlay value by path", async () => {
    const overlay = { focalPointMinimumGrade: [{ value: 4, effectiveFrom: "2018-06-01", citation: { document: "DPKO-IG", clause: "c" } }] };
    const f = fakeIo({ "m.json": json(compliantDataset()), "o.json": json(overlay) });
    expect(await run(["validate", "m.json", "--as-of", "2018-06-30", "--parameters", "o.json"], f.io, opts)).toBe(2);
    expect(f.stderr()).toMatch(/^ {2}focalPointMinimumGrade\[0\]\.value: /m);
  });

  it("rejects a bad format, a missing file argument, an unknown option and an extra argument", async () => {
    for (const argv of [
      ["validate", "m.json", "--format", "xml"],
      ["validate"],
      ["validate", "m.json", "--nope"],
      ["validate", "a.json", "b.json"],
      ["validate", "m.json", "--as-of"],
    ]) {
      const f = fakeIo({ "m.json": json(compliantDataset()) });
      expect(await run(argv, f.io, opts), argv.join(" ")).toBe(2);
      expect(f.stderr(), argv.join(" ")).toMatch(/^psea validate: /);
    }
  });
});
