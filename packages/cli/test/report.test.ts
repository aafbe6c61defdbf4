import { describe, expect, it } from "vitest";
import { PERSONNEL_CSV_COLUMNS, pseaRuleSet, run } from "../src";
import { fixtureKinds, hostileKind, parseCsv } from "@psea/test-support";
import { canaryDataset, compliantDataset, json } from "./support/datasets";
import { fileIo } from "./support/file-io";

const reportKinds = { ...fixtureKinds, hostile: hostileKind };
const opts = { reportKinds };

describe("psea report <kind>", () => {
  const files = { "m.json": json(compliantDataset()) };

  it("writes a kind of the injected registry as JSON to standard output by default", async () => {
    const f = fileIo(files);
    expect(await run(["report", "prevention", "m.json", "--as-of", "2019-06-30"], f.io, opts)).toBe(0);
    const doc = JSON.parse(f.stdout());
    expect(doc).toMatchObject({ format: "psea-report", version: 1, kind: "prevention", title: "Prevention", asOf: "2019-06-30" });
    expect(doc.sections[0].tables[0].columns.map((c: { key: string }) => c.key)).toEqual(["office", "rate"]);
  });

  it("writes CSV per RFC 4180 with a BOM (or without, with --no-bom), one file per table with --out DIR", async () => {
    const f = fileIo(files);
    expect(await run(["report", "cases", "m.json", "--as-of", "2019-06-30", "--format", "csv"], f.io, opts)).toBe(0);
    expect(f.stdout().startsWith("\uFEFFMonth,Allegations\r\n")).toBe(true);
    const g = fileIo(files);
    expect(await run(["report", "cases", "m.json", "--as-of", "2019-06-30", "-f", "csv", "--no-bom", "--out", "out"], g.io, opts)).toBe(0);
    expect([...g.written.keys()]).toEqual(["out/cases-by-month.csv"]);
    expect(parseCsv(g.written.get("out/cases-by-month.csv")!)[0]).toEqual(["Month", "Allegations"]);
    expect(g.stderr()).toContain("out/cases-by-month.csv");
  });

  it("writes Markdown and HTML, the HTML with every chart as inline SVG", async () => {
    const md = fileIo(files);
    expect(await run(["report", "prevention", "m.json", "--as-of", "2019-06-30", "-f", "md"], md.io, opts)).toBe(0);
    expect(md.stdout()).toContain("| Office | Trained (%) |\n| --- | ---: |");
    const html = fileIo(files);
    expect(await run(["report", "prevention", "m.json", "--as-of", "2019-06-30", "-f", "html"], html.io, opts)).toBe(0);
    expect(html.stdout().match(/<svg [^>]*class="chart"/g)).toHaveLength(2);
  });

  it("the findings kind is always there and writes the whole list", async () => {
    const f = fileIo(files);
    expect(await run(["report", "findings", "m.json", "--as-of", "2019-06-30", "-f", "csv", "--no-bom"], f.io, opts)).toBe(0);
    expect(parseCsv(f.stdout())[0]![0]).toBe("number");
    const j = fileIo(files);
    expect(await run(["report", "findings", "m.json", "--as-of", "2019-06-30"], j.io)).toBe(0);
    expect(JSON.parse(j.stdout()).format).toBe("psea-findings-report");
  });

  it("rejects an unknown kind, listing the known ones, and a bad format", async () => {
    const f = fileIo(files);
    expect(await run(["report", "nope", "m.json"], f.io, opts)).toBe(2);
    expect(f.stderr()).toContain("psea report: no such report kind; expected one of: dashboard, findings, prevention, cases, hostile");
    expect(await run(["report", "cases", "m.json", "-f", "xml"], fileIo(files).io, opts)).toBe(2);
    expect(await run(["report", "dashboard", "m.json", "-f", "csv"], fileIo(files).io, opts)).toBe(2);
  });

  it("reads standard input with -, and accepts a UTF-8 byte order mark", async () => {
    const f = fileIo({}, `\uFEFF${json(compliantDataset())}`);
    expect(await run(["report", "cases", "-", "--as-of", "2019-06-30"], f.io, opts)).toBe(0);
    expect(JSON.parse(f.stdout()).kind).toBe("cases");
    const v = fileIo({ "bom.json": `\uFEFF${json(compliantDataset())}` });
    expect(await run(["validate", "bom.json", "--as-of", "2019-06-30", "-f", "json"], v.io)).not.toBe(2);
  });

  it("writes the dashboard with every report and the findings appendix", async () => {
    const f = fileIo(files);
    expect(await run(["report", "dashboard", "m.json", "--as-of", "2019-06-30", "--out", "out"], f.io, opts)).toBe(0);
    const page = f.written.get("out/dashboard.html")!;
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain("Appendix: findings by obligation");
    expect(page.match(/<svg [^>]*class="chart"/g)!.length).toBeGreaterThanOrEqual(5);
    expect(page).not.toMatch(/<script|<img|<a href="http/);
  });
});

describe("bad input is reported without echoing it", () => {
  it("a JSON syntax error gives the line and column, never the text", async () => {
    const text = `{\n  "mission": {\n    "name": Jane CANARY-Roe\n  }\n}`;
    for (const argv of [["validate", "m.json", "--as-of", "2019-06-30"], ["report", "findings", "m.json", "--as-of", "2019-06-30"], ["validate", "m.json", "--as-of", "2019-06-30", "-f", "json"]]) {
      const f = fileIo({ "m.json": text });
      expect(await run(argv, f.io, opts)).toBe(2);
      const all = f.stdout() + f.stderr();
      expect(all).toContain("the dataset file is not valid JSON: unexpected character at line 3, column 13");
      expect(all).not.toContain("m.json");
      expect(all).not.toContain("CANARY");
      expect(all).not.toContain("Jane");
    }
  });

  it("schema problems of a report never carry an identity", async () => {
    const d = canaryDataset();
    d.concerns = [{ id: "K-1", personnelId: "CANARY-VICTIM name", becameAwareOn: "2018-01-01" }];
    const f = fileIo({ "m.json": json(d) });
    expect(await run(["report", "findings", "m.json", "--as-of", "2019-06-30"], f.io, opts)).toBe(2);
    // The issue says what was expected and where, never the value received.
    expect(f.stderr()).toContain("concerns[0].personnelId: expected the id of a personnel of this dataset [unknown-reference]");
    expect(f.stdout() + f.stderr()).not.toContain("CANARY");
  });

  it("a CSV section with an unknown column names its position, not its text", async () => {
    const f = fileIo({ "m.json": json(compliantDataset()), "p.csv": "id,category,Jane CANARY,office_id\r\nP-1,civilian-staff,x,HQ\r\n" });
    expect(await run(["validate", "m.json", "--as-of", "2019-06-30", "--personnel", "p.csv"], f.io, opts)).toBe(2);
    expect(f.stderr()).toContain("the --personnel file: unknown column at position 3; expected columns: id, category,");
    expect(f.stderr()).not.toContain("CANARY");
    const bad = fileIo({ "m.json": json(compliantDataset()), "p.csv": 'id,category\r\n"P-1"x,CANARY\r\n' });
    expect(await run(["validate", "m.json", "--as-of", "2019-06-30", "--personnel", "p.csv"], bad.io, opts)).toBe(2);
    expect(bad.stderr()).toMatch(/the --personnel file is not valid CSV at line \d+ \(CSV_[A-Z_]+\)/);
    expect(bad.stderr()).not.toContain("p.csv");
    expect(bad.stderr()).not.toContain("CANARY");
  });
});

describe("CSV sections", () => {
  it("replace the personnel section and add training records, checked like JSON", async () => {
    const base = compliantDataset();
    const people = base.personnel!;
    const header = PERSONNEL_CSV_COLUMNS.join(",");
    const lines = people.map((p) =>
      [
        p.id,
        p.category,
        p.grade,
        p.gender,
        p.officeId,
        p.arrivalDate,
        p.departureDate,
        p.contributingCountry,
        (p.roles ?? []).join(";"),
        p.bulletinAcknowledgedOn,
        p.pledgeSignedOn,
        p.pledgeInEpasOn,
        p.noExcuseCardReceivedOn,
        p.reportingSopFamiliarizedOn,
      ]
        .map((v) => v ?? "")
        .join(","),
    );
    const training = ["personnel_id,course_id,completed_on", ...people.flatMap((p) => (p.trainings ?? []).map((t) => `${p.id},${t.courseId},${t.completedOn}`))];
    const withoutPeople = { ...base, personnel: [] };
    const fromJson = fileIo({ "m.json": json(base) });
    const fromCsv = fileIo({ "m.json": json(withoutPeople), "p.csv": `${[header, ...lines].join("\r\n")}\r\n`, "t.csv": `${training.join("\n")}\n` });
    const a = await run(["validate", "m.json", "--as-of", "2019-06-30", "-f", "json"], fromJson.io, { ruleSet: pseaRuleSet });
    const b = await run(["validate", "m.json", "--as-of", "2019-06-30", "-f", "json", "--personnel", "p.csv", "--training", "t.csv"], fromCsv.io, { ruleSet: pseaRuleSet });
    expect(b).toBe(a);
    const strip = (text: string) => JSON.parse(text).summary;
    expect(strip(fromCsv.stdout())).toEqual(strip(fromJson.stdout()));
  });

  it("a value the schema rejects is reported by path", async () => {
    const f = fileIo({ "m.json": json({ ...compliantDataset(), personnel: [] }), "p.csv": "id,category,gender,office_id,arrival_date\nP-1,general,female,HQ,2018-13-01\n" });
    expect(await run(["validate", "m.json", "--as-of", "2019-06-30", "--personnel", "p.csv"], f.io)).toBe(2);
    expect(f.stderr()).toContain("personnel[0].category:");
    expect(f.stderr()).toContain("personnel[0].arrivalDate:");
  });
});
