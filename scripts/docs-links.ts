// Checks every link of the generated documentation site: a link inside the site must reach a file
// of the site and, when it names an anchor, an element with that id; a source link must name a file
// of the repository under packages/<package>/src and a line that file has. Other external links are
// counted, never fetched (the check runs offline).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

export interface LinkProblem {
  readonly page: string;
  readonly href: string;
  readonly reason: string;
}

export interface LinkReport {
  readonly pages: number;
  readonly internal: number;
  readonly anchors: number;
  readonly sourceLinks: number;
  readonly external: number;
  readonly problems: readonly LinkProblem[];
}

export interface LinkCheckOptions {
  /** The generated site (typedoc's `out`). */
  readonly site: string;
  /** The repository root, where source links must resolve. */
  readonly repoRoot: string;
  /** Source links start with this; the rest is `<path>#L<line>`. */
  readonly sourcePrefix: string;
}

function pagesOf(dir: string, acc: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) pagesOf(p, acc);
    else if (name.endsWith(".html")) acc.push(p);
  }
  return acc;
}

const decode = (s: string) =>
  s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

/** The ids an HTML page defines (`id` and `name` attributes), and the links it holds (`href`, `src`). */
export function scanPage(html: string): { ids: Set<string>; links: string[] } {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\s(?:id|name)="([^"]*)"/g)) ids.add(decode(m[1]!));
  const links: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) links.push(decode(m[1]!));
  return { ids, links };
}

const lineCounts = new Map<string, number>();
function linesOf(file: string): number {
  let n = lineCounts.get(file);
  if (n === undefined) lineCounts.set(file, (n = readFileSync(file, "utf8").split("\n").length));
  return n;
}

/** Checks every page of the site. */
export function checkSiteLinks(options: LinkCheckOptions): LinkReport {
  const { site, repoRoot, sourcePrefix } = options;
  if (!existsSync(site)) throw new Error(`no documentation site at ${site}: run \`pnpm run docs:build\``);
  const pages = pagesOf(site);
  const scanned = new Map(pages.map((p) => [resolve(p), scanPage(readFileSync(p, "utf8"))]));
  const symbols = new Map<string, Set<string>>();
  const problems: LinkProblem[] = [];
  let internal = 0;
  let anchors = 0;
  let sourceLinks = 0;
  let external = 0;
  for (const [page, { links }] of scanned) {
    const at = relative(site, page);
    for (const href of links) {
      const problem = (reason: string) => problems.push({ page: at, href, reason });
      if (href.startsWith(sourcePrefix)) {
        sourceLinks++;
        const m = /^(packages\/[^/]+\/src\/[^#]+)#L(\d+)$/.exec(href.slice(sourcePrefix.length));
        if (!m) {
          problem("a source link must be <prefix>packages/<package>/src/<file>#L<line>");
          continue;
        }
        const file = join(repoRoot, m[1]!);
        if (!existsSync(file)) problem(`no file ${m[1]} in the repository`);
        else if (Number(m[2]) > linesOf(file)) problem(`${m[1]} has no line ${m[2]}`);
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) {
        external++;
        continue;
      }
      const [path = "", fragment] = href.split("#", 2) as [string, string | undefined];
      const target = path === "" ? page : resolve(dirname(page), decodeURIComponent(path.split("?")[0]!));
      internal++;
      if (!target.startsWith(resolve(site))) {
        problem("leads outside the site");
        continue;
      }
      if (!existsSync(target) || statSync(target).isDirectory()) {
        problem("no such file in the site");
        continue;
      }
      if (fragment === undefined || fragment === "") continue;
      anchors++;
      let ids = scanned.get(target)?.ids ?? symbols.get(target);
      // Icons are SVG symbols referenced by id.
      if (ids === undefined && target.endsWith(".svg")) symbols.set(target, (ids = scanPage(readFileSync(target, "utf8")).ids));
      if (ids === undefined) problem("an anchor into a file that is not a page");
      else if (!ids.has(decodeURIComponent(fragment))) problem(`no element with id "${fragment}"`);
    }
  }
  return { pages: pages.length, internal, anchors, sourceLinks, external, problems };
}
