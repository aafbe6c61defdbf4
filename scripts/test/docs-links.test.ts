import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkSiteLinks, scanPage } from "../docs-links";

const PREFIX = "https://github.com/psea-policy-kit/psea-policy-kit/blob/main/";
const root = join(import.meta.dirname, "../..");

describe("docs link check", () => {
  let dir: string;
  let site: string;
  const page = (path: string, body: string) => {
    mkdirSync(join(site, path, ".."), { recursive: true });
    writeFileSync(join(site, path), `<!DOCTYPE html><html><body>${body}</body></html>`);
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "docs-links-"));
    site = join(dir, "api");
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads ids and links from a page, entities decoded", () => {
    const { ids, links } = scanPage('<a id="x" href="a.html#b&amp;c"></a><h2 name="y"></h2><img src="i.svg">');
    expect([...ids]).toEqual(["x", "y"]);
    expect(links).toEqual(["a.html#b&c", "i.svg"]);
  });

  it("passes a site whose links, anchors and source links all resolve", () => {
    const lines = readFileSync(join(root, "packages/core/src/index.ts"), "utf8").split("\n").length;
    page("index.html", `<a href="documents/book.html#sec-1">book</a><a href="#top" id="top"></a><a href="${PREFIX}packages/core/src/index.ts#L${lines}">src</a><a href="https://zod.dev">zod</a><a href="mailto:x@y.org">m</a>`);
    page("documents/book.html", '<h3 id="sec-1">1</h3><a href="../index.html">home</a>');
    const r = checkSiteLinks({ site, repoRoot: root, sourcePrefix: PREFIX });
    expect(r).toEqual({ pages: 2, internal: 3, anchors: 2, sourceLinks: 1, external: 2, problems: [] });
  });

  it("reports a missing page, a missing anchor, a link out of the site and source links that lead nowhere", () => {
    page(
      "index.html",
      [
        '<a href="documents/none.html">gone</a>',
        '<a href="documents/book.html#sec-2">no anchor</a>',
        '<a href="../README.md">outside</a>',
        `<a href="${PREFIX}src/index.ts#L1">no package path</a>`,
        `<a href="${PREFIX}packages/core/src/nothing.ts#L1">no file</a>`,
        `<a href="${PREFIX}packages/core/src/index.ts#L99999">no line</a>`,
      ].join(""),
    );
    page("documents/book.html", '<h3 id="sec-1">1</h3>');
    const r = checkSiteLinks({ site, repoRoot: root, sourcePrefix: PREFIX });
    expect(r.problems.map((p) => [p.page, p.reason])).toEqual([
      ["index.html", "no such file in the site"],
      ["index.html", 'no element with id "sec-2"'],
      ["index.html", "leads outside the site"],
      ["index.html", "a source link must be <prefix>packages/<package>/src/<file>#L<line>"],
      ["index.html", "no file packages/core/src/nothing.ts in the repository"],
      ["index.html", "packages/core/src/index.ts has no line 99999"],
    ]);
  });

  it("says how to build the site when there is none", () => {
    expect(() => checkSiteLinks({ site: join(dir, "none"), repoRoot: root, sourcePrefix: PREFIX })).toThrow(/pnpm run docs:build/);
  });
});
