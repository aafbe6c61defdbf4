import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPolicyBook, type PolicyBook } from "../policy-book/render";
import { PolicySourceError, readPolicySources } from "../policy-book/source-paragraphs";
import { exampleKind, harvestFile } from "../policy-book/test-examples";

const root = join(import.meta.dirname, "../..");
const read = (p: string) => readFileSync(join(root, p), "utf8");

describe("docs/policy-book.md", () => {
  let book: PolicyBook;
  beforeAll(() => {
    book = buildPolicyBook(root);
  });

  it("matches the sources, the code and the tests (run `pnpm run docs:book` after changing one)", () => {
    expect(read("docs/policy-book.md")).toBe(book.markdown);
  });

  it("describes every obligation id of the catalogue under a paragraph, with its anchor", () => {
    const { obligations } = JSON.parse(read("../shared/policy/obligations.json")) as { obligations: { id: string }[] };
    expect(obligations.length).toBe(42);
    for (const { id } of obligations) {
      expect(book.markdown, id).toContain(`\n#### ${id} (`);
      expect(book.markdown, id).toContain(`<a id="obligation-${id.toLowerCase().replace(/[^a-z0-9]+/g, "-")}"></a>`);
    }
    expect(book.stats.obligationsDescribed).toBe(obligations.length);
  });

  it("walks every paragraph of the sources, each under its own anchor and heading", () => {
    for (const key of book.anchors.paragraphs) expect(book.markdown, key).toContain(`<a id="${key}"></a>\n\n### `);
    // Counted from the texts by a plainer reading than the book's own.
    const guidelines = read("../shared/seeds/dpko-implementation-guidelines-sgb-2003-13.txt");
    const lettered = guidelines.split("\n").filter((l) => /^(- )?[a-h]\) /.test(l.trim())).length;
    expect(book.anchors.paragraphs.filter((k) => /^dpko-(rc|gm|hq|st)-[a-h]$/.test(k))).toHaveLength(lettered);
    const plan = read("../shared/seeds/minusca-sea-action-plan-2018-2019.txt");
    const goals = plan.split("\n").filter((l) => /^\d\.\s?[A-Z]/.test(l)).length;
    expect(book.anchors.paragraphs.filter((k) => /^ap-[per]\d$/.test(k))).toHaveLength(goals);
    const coreBullets = plan.slice(plan.indexOf("C- Core Principles"), plan.indexOf("D- reference")).split("\n").filter((l) => l.startsWith("- ")).length;
    expect(book.anchors.paragraphs.filter((k) => /^ap-c-\d$/.test(k))).toHaveLength(coreBullets);
    const reference = read("../shared/policy/reference.md");
    const bulletin = reference.slice(reference.indexOf("## ST/SGB/2003/13"), reference.indexOf("## Who investigates"));
    const sections = [...bulletin.matchAll(/^\s*- \*\*(\d+(?:\.\d+)?)/gm)].map((m) => m[1]!);
    for (const s of sections.filter((x) => x !== "4" && x !== "3.2")) expect(book.anchors.paragraphs, s).toContain(`sgb-${s.replace(".", "-")}`);
    for (const l of "abcdef") expect(book.anchors.paragraphs).toContain(`sgb-3-2-${l}`);
  });

  it("lists a rule's parameters with value, date and citation, and the tests on both sides", () => {
    const child = book.markdown.slice(book.markdown.indexOf("#### SGB-3.2b ("), book.markdown.indexOf("#### SGB-3.2c ("));
    expect(child).toContain("rule `sgb.3.2b.child-victim`");
    expect(child).toContain("parameter `childAgeThresholdYears` (Child age threshold): `18`, in force from 2003-10-15, citing ST/SGB/2003/13, section 3.2(b)");
    const passing = child.slice(child.indexOf("Passing examples"), child.indexOf("Failing examples"));
    expect(passing).toContain("- “SGB-3.2b: passes a victim aged exactly the threshold (18)”");
    expect(child).toContain("“SGB-3.2b: fails a 16-year-old victim, ignoring the local age of consent and the subject's claimed belief”");
  });

  it("shows a passing and a failing example for the SGB-4.4 carve-out and the SGB-4.5 discretion", () => {
    for (const [from, to] of [
      ["#### SGB-4.4 (", "#### SGB-4.5 ("],
      ["#### SGB-4.5 (", "#### SGB-4.6 ("],
    ] as const) {
      const section = book.markdown.slice(book.markdown.indexOf(from), book.markdown.indexOf(to));
      const passing = section.slice(section.indexOf("Passing examples"), section.indexOf("Failing examples"));
      expect(section.indexOf("Passing examples"), from).toBeGreaterThan(0);
      expect(passing, from).toMatch(/“SGB-4\.[45]: (applies|lowers)/);
      expect(section.indexOf("Failing examples"), from).toBeGreaterThan(0);
    }
  });
});

describe("policy book: reading the tests", () => {
  it("reads which way a test goes from its title", () => {
    expect(exampleKind("SGB-3.2b: passes a victim aged exactly the threshold (18)")).toBe("passing");
    expect(exampleKind("AP-P2 fails a lapsed refresher as overdue")).toBe("failing");
    expect(exampleKind("SGB-1-SA: warns on a rape recorded as sexual exploitation")).toBe("failing");
    expect(exampleKind("passes at 100% and fails below the target")).toBe("both");
    expect(exampleKind("takes an overlaid window from the date it is in force")).toBe("other");
    expect(exampleKind("a straddling estimate is a warning, not a violation and not a pass")).toBe("failing");
  });

  it("reads an exception's own words: one that applies is the carve-out's passing side, one that does not its failing side", () => {
    expect(exampleKind("SGB-4.4: applies from the recorded facts alone, with no decision")).toBe("passing");
    expect(exampleKind("SGB-4.5: lowers the 3.2(d) warning to a notice for an adult beneficiary with a recorded decision")).toBe("passing");
    expect(exampleKind("SGB-4.4: never applies where the marriage is not legally valid")).toBe("failing");
    expect(exampleKind("SGB-4.4: does not lower the unknown-age warning: the age must be established first")).toBe("failing");
    expect(exampleKind("SGB-4.4: applies only to staff members: a UN Volunteer keeps the violation")).toBe("both");
    expect(exampleKind("a non-fraternization profile binding the category still applies")).toBe("other");
  });


  it("takes each test with its describe blocks, its title and the constants its body reads", () => {
    const dir = mkdtempSync(join(tmpdir(), "policy-book-"));
    try {
      const file = join(dir, "x.test.ts");
      writeFileSync(
        file,
        [
          'const RULE = "sgb.3.2b.child-victim";',
          'describe("SGB-3.2b: children", () => {',
          '  describe("inner", () => {',
          '    it("passes an adult", () => { expect(run(RULE)).toEqual([]); });',
          "  });",
          '  it.each([1, 2])("fails %s", (n) => { expect(n).toBe("x"); });',
          "});",
          `test(\`flags \${kind}\`, () => {});`,
        ].join("\n"),
      );
      const tests = harvestFile(file, dir);
      expect(tests.map((t) => [t.file, t.describe, t.title, t.kind])).toEqual([
        ["x.test.ts", ["SGB-3.2b: children", "inner"], "passes an adult", "passing"],
        ["x.test.ts", ["SGB-3.2b: children"], "fails %s", "failing"],
        ["x.test.ts", [], `flags \${kind}`, "failing"],
      ]);
      expect(tests[0]!.strings.has("sgb.3.2b.child-victim")).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("policy book: the sources", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "policy-book-repo-"));
    mkdirSync(join(dir, "repo"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("fails clearly, naming where it looked, when the source documents cannot be read", () => {
    const attempt = () => readPolicySources(join(dir, "repo"));
    expect(attempt).toThrow(PolicySourceError);
    expect(attempt).toThrow(/cannot read the obligation catalogue; looked for \.\.\/shared\/policy\/obligations\.json, docs\/policy\/obligations\.json/);
  });

  it("refuses an action plan whose goals are not the ones the book lists", () => {
    mkdirSync(join(dir, "shared/policy"), { recursive: true });
    mkdirSync(join(dir, "shared/seeds"), { recursive: true });
    for (const f of ["policy/obligations.json", "policy/reference.md", "seeds/dpko-implementation-guidelines-sgb-2003-13.txt"]) {
      writeFileSync(join(dir, "shared", f), read(`../shared/${f}`));
    }
    const plan = read("../shared/seeds/minusca-sea-action-plan-2018-2019.txt").replace("3. Establish SEA Task Force.", "3. Establish a Standing Task Force.");
    writeFileSync(join(dir, "shared/seeds/minusca-sea-action-plan-2018-2019.txt"), plan);
    expect(() => readPolicySources(join(dir, "repo"))).toThrow(/Prevention goal 3 opens 'Establish a Standing' in the seed/);
  });
});
