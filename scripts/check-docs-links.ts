// The last step of `pnpm run docs:build`: every link of the generated site resolves (see docs-links.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSiteLinks } from "./docs-links";

const root = join(import.meta.dirname, "..");
const config = JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8")) as { out: string; sourceLinkTemplate: string };
const prefix = config.sourceLinkTemplate.slice(0, config.sourceLinkTemplate.indexOf("{path}"));
const report = checkSiteLinks({ site: join(root, config.out), repoRoot: root, sourcePrefix: prefix });
for (const p of report.problems.slice(0, 50)) process.stderr.write(`${p.page}: ${p.href}: ${p.reason}\n`);
if (report.problems.length > 50) process.stderr.write(`... and ${report.problems.length - 50} more\n`);
process.stdout.write(
  `docs links: ${report.pages} pages; ${report.internal} links inside the site (${report.anchors} to an anchor), ` +
    `${report.sourceLinks} source links, ${report.external} other external links not fetched; ${report.problems.length} broken\n`,
);
process.exit(report.problems.length === 0 && report.sourceLinks > 0 ? 0 : 1);
