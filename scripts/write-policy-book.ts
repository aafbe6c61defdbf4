// `pnpm run docs:book`: writes docs/policy-book.md from the sources, the code and the tests.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildPolicyBook } from "./policy-book/render";

const root = join(import.meta.dirname, "..");
const book = buildPolicyBook(root);
writeFileSync(join(root, "docs/policy-book.md"), book.markdown);
const s = book.stats;
process.stdout.write(
  `docs/policy-book.md: ${s.paragraphs} paragraphs, ${s.obligationsDescribed}/${s.obligations} obligations, ${s.rules} rules and exceptions, ` +
    `${s.cadences} cadences, ${s.parameters} parameters; examples ${s.examples.passing} passing, ${s.examples.failing} failing, ${s.examples.other} other\n`,
);
