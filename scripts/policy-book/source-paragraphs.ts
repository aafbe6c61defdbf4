// The paragraphs of the three instruments the policy book walks: the bulletin (by section, as the
// domain reference gives it), the DPKO implementation guidelines and the MINUSCA action plan (from
// the seed texts). The seeds sit outside the repository (`../shared` from its root, a link in CI):
// when they cannot be read, the book is not built and the error says where they were looked for.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The instruments walked, by the keys the kit's citations use. */
export type BookDocument = "ST/SGB/2003/13" | "DPKO-IG" | "MINUSCA-AP-2018-2019";

export interface SourceParagraph {
  readonly document: BookDocument;
  /** Unique in the book; also the HTML anchor of the paragraph's heading. */
  readonly key: string;
  /** How the paragraph is named in citations: "section 3.2(b)", "General management responsibilities (c)". */
  readonly label: string;
  /** The heading of the part the paragraph belongs to, when the instrument has parts. */
  readonly part: string | undefined;
  /** The paragraph's words, one entry per line or bullet, as the source gives them. */
  readonly text: readonly string[];
}

export interface PolicySources {
  readonly paragraphs: readonly SourceParagraph[];
  /** Where each input was read from, relative to the repository root. */
  readonly read: Readonly<Record<"obligations" | "reference" | "guidelines" | "actionPlan", string>>;
  readonly obligations: readonly CatalogueObligation[];
}

export interface CatalogueObligation {
  readonly id: string;
  readonly kind: string;
  readonly source: string;
  readonly summary: string;
  readonly check: string;
}

export class PolicySourceError extends Error {
  override readonly name = "PolicySourceError";
}

function readFirst(what: string, candidates: readonly string[], root: string): { path: string; text: string } {
  for (const c of candidates) {
    const p = join(root, c);
    if (existsSync(p)) return { path: c, text: readFileSync(p, "utf8") };
  }
  throw new PolicySourceError(
    `policy book: cannot read ${what}; looked for ${candidates.join(", ")} from the repository root. ` +
      "The source documents live in ../shared (a sibling of the repository, linked in CI).",
  );
}

const normalize = (s: string) => s.replace(/\s+/g, " ").trim();

// ---- ST/SGB/2003/13, from the domain reference -------------------------------------------------

interface Bullet {
  readonly text: string;
  readonly children: Bullet[];
}

function bulletsOf(lines: readonly string[]): Bullet[] {
  const top: Bullet[] = [];
  for (const line of lines) {
    const m = /^(\s*)- (.*)$/.exec(line);
    if (!m) continue;
    const b: Bullet = { text: m[2]!.trim(), children: [] };
    if (m[1]!.length === 0) top.push(b);
    else top.at(-1)?.children.push(b);
  }
  return top;
}

const plain = (s: string) => s.replace(/\*\*/g, "").replace(/\*/g, "").trim();

/**
 * The bulletin's sections as the domain reference lists them. Section 3.2's six standards are given
 * there as restated in the action plan's section C, so their words come from that section.
 */
function bulletinParagraphs(reference: string, coreBullets: readonly string[]): SourceParagraph[] {
  const start = reference.search(/^## ST\/SGB\/2003\/13\b/m);
  if (start < 0) throw new PolicySourceError("policy book: the domain reference has no 'ST/SGB/2003/13' section");
  const rest = reference.slice(start).split("\n").slice(1);
  const end = rest.findIndex((l) => l.startsWith("## "));
  const bullets = bulletsOf(end < 0 ? rest : rest.slice(0, end));
  const doc = "ST/SGB/2003/13" as const;
  const out: SourceParagraph[] = [];
  for (const b of bullets) {
    const head = /^\*\*(\d+(?:\.\d+)?)\s*([^*]*?)[.:]?\*\*\s*(.*)$/.exec(b.text);
    if (!head) throw new PolicySourceError(`policy book: unexpected bulletin entry in the domain reference: ${b.text.slice(0, 40)}`);
    const [, number, title, tail] = head;
    if (number === "3.2") {
      // (a)-(f): the action plan's restatement, with the reference's note on a standard where it has one.
      "abcdef".split("").forEach((letter, i) => {
        const notes = b.children.map((c) => plain(c.text)).filter((t) => t.startsWith(`3.2(${letter})`));
        const restated = coreBullets[i];
        if (restated === undefined) throw new PolicySourceError("policy book: the action plan's section C has fewer than six bullets");
        out.push({
          document: doc,
          key: `sgb-3-2-${letter}`,
          label: `section 3.2(${letter})`,
          part: "3.2 Standards of conduct",
          text: [`As restated in the MINUSCA action plan, section C, bullet ${i + 1}: “${restated}”`, ...notes],
        });
      });
      continue;
    }
    const ownText = [tail ?? "", ...b.children.filter((c) => !/^\*\*\d/.test(c.text)).map((c) => c.text)].map(plain).filter((t) => t.length > 0);
    const subsections = b.children.map((c) => /^\*\*(\d+\.\d+):?\*\*:?\s*(.*)$/.exec(c.text)).filter((m): m is RegExpExecArray => m !== null);
    if (subsections.length === 0) {
      out.push({ document: doc, key: `sgb-${number!.replace(/\./g, "-")}`, label: `section ${number}`, part: plain(title!) || undefined, text: ownText });
      continue;
    }
    for (const m of subsections) {
      out.push({ document: doc, key: `sgb-${m[1]!.replace(/\./g, "-")}`, label: `section ${m[1]}`, part: `${number} ${plain(title!)}`, text: [plain(m[2]!)] });
    }
  }
  return out;
}

// ---- DPKO implementation guidelines, from the seed ---------------------------------------------

const DPKO_PARTS: readonly { readonly code: string; readonly match: RegExp }[] = [
  { code: "rc", match: /Resident Coordinators/ },
  { code: "gm", match: /^General management/ },
  { code: "hq", match: /Headquarters/ },
  { code: "st", match: /^Responsibilities of staff/ },
];

/** How the kit's citations name each part of the guidelines. */
export const dpkoPartLabels: Readonly<Record<string, string>> = {
  rc: "Responsibilities of HoM and RC",
  gm: "General management responsibilities",
  hq: "Responsibilities of DPKO Headquarters officials",
  st: "Responsibilities of staff",
};

function guidelinesParagraphs(text: string): SourceParagraph[] {
  const lines = text.split("\n").map((l) => l.trim()).filter((l) => l.length > 0);
  const doc = "DPKO-IG" as const;
  const out: SourceParagraph[] = [{ document: doc, key: "dpko-title", label: "title", part: undefined, text: [lines[0]!] }];
  const footnotes: SourceParagraph[] = [];
  let part: { code: string; heading: string } | undefined;
  for (const line of lines.slice(1)) {
    const para = /^(?:- )?([a-h])\)\s+(.*)$/.exec(line);
    if (para) {
      if (!part) throw new PolicySourceError(`policy book: guidelines paragraph ${para[1]}) comes before any part heading`);
      out.push({ document: doc, key: `dpko-${part.code}-${para[1]}`, label: `${dpkoPartLabels[part.code]} (${para[1]})`, part: part.heading, text: [para[2]!] });
      continue;
    }
    if (line.startsWith("¹")) {
      // Printed mid-page; it belongs to the first part's heading, and is walked after the last part.
      footnotes.push({ document: doc, key: "dpko-footnote-1", label: "footnote 1", part: "Footnote", text: [line.slice(1).trim()] });
      continue;
    }
    const p = DPKO_PARTS.find((d) => d.match.test(line));
    if (!p) throw new PolicySourceError(`policy book: unexpected line in the guidelines seed: ${line.slice(0, 40)}`);
    part = { code: p.code, heading: line.replace(/[¹:]+$/g, "").replace(/¹/g, "").trim() };
  }
  return [...out, ...footnotes];
}

// ---- MINUSCA action plan, from the seed --------------------------------------------------------

/**
 * The plan's goals. The seed is a table flattened to text, with each goal's title broken across the
 * first column; the titles are written out here and checked against the seed (each goal's opening
 * words must be there, under its pillar, and the seed must hold no goal that is not listed).
 */
export const actionPlanGoals: readonly { readonly pillar: "Prevention" | "Enforcement" | "Remedial actions"; readonly goals: readonly string[] }[] = [
  {
    pillar: "Prevention",
    goals: [
      "Implement an effective SEA Communication and outreach Strategy.",
      "Design and implement a comprehensive training plan which incorporates trends of misconduct, risk areas and personnel at risk.",
      "Establish SEA Task Force.",
      "Strengthen coordination with Police and Force on SEA.",
      "Establish SEA Community Based Complaint Mechanisms (CBCM) in all regions.",
      "Establish and manage an effective risk management to SEA.",
    ],
  },
  {
    pillar: "Enforcement",
    goals: [
      "Strengthen internal reporting mechanisms.",
      "Establish a SEA Immediate Response Team (IRT).",
      "Enhance case management processes.",
      "Strengthen accountability on addressing SEA at the mission level.",
      "Ensure commitment by all managers and supervisors to all efforts by the Mission to prevent and respond to SEA.",
    ],
  },
  // The seed's table cuts this title off after "victim-centered".
  { pillar: "Remedial actions", goals: ["Design a victim-centered …"] },
];

const PILLAR_START: Readonly<Record<string, RegExp>> = {
  Prevention: /^# Prevention\b/m,
  Enforcement: /\bEnforcement\b.*ending impunity/m,
  "Remedial actions": /^# Remedial Actions\b/m,
};
const PILLAR_CODE: Readonly<Record<string, string>> = { Prevention: "p", Enforcement: "e", "Remedial actions": "r" };

function sectionText(seed: string, heading: RegExp, next: RegExp): string {
  const from = seed.search(heading);
  if (from < 0) throw new PolicySourceError(`policy book: the action plan seed has no section matching ${heading}`);
  const body = seed.slice(from).split("\n").slice(1).join("\n");
  const to = body.search(next);
  return to < 0 ? body : body.slice(0, to);
}

/** The six bullets of the plan's section C (core principles), which restate the bulletin's 3.2(a)-(f). */
function coreBulletsOf(seed: string): { intro: string; bullets: string[] } {
  const c = sectionText(seed, /^#+ .*C- Core Principles/m, /^#+ /m);
  const lines = c.split("\n").map((l) => l.trim()).filter((l) => l.length > 0);
  return { intro: normalize(lines.filter((l) => !l.startsWith("- ")).join(" ")), bullets: lines.filter((l) => l.startsWith("- ")).map((l) => normalize(l.slice(2))) };
}

function actionPlanParagraphs(seed: string, core: { intro: string; bullets: string[] }): SourceParagraph[] {
  const doc = "MINUSCA-AP-2018-2019" as const;
  const text = (s: string) => normalize(s.replace(/\*\*/g, ""));
  const title = /^# (MINUSCA ACTION PLAN.*)$/m.exec(seed)?.[1];
  if (!title || !/^# MATRIX OF ACTIVITIES/m.test(seed)) throw new PolicySourceError("policy book: the action plan seed has no title or matrix heading");
  const out: SourceParagraph[] = [
    { document: doc, key: "ap-matrix", label: "Matrix of activities", part: undefined, text: [text(title), "Matrix of activities"] },
    { document: doc, key: "ap-a", label: "section A", part: "A - Context", text: [text(sectionText(seed, /^#+ A - Context/m, /^#+ /m))] },
    { document: doc, key: "ap-b", label: "section B", part: "B - Purpose", text: [text(sectionText(seed, /^#+ .*B\*\* - Purpose/m, /^#+ /m))] },
    { document: doc, key: "ap-c", label: "section C", part: "C - Core Principles", text: [core.intro] },
    ...core.bullets.map((b, i) => ({ document: doc, key: `ap-c-${i + 1}`, label: `section C, bullet ${i + 1}`, part: "C - Core Principles", text: [b] })),
  ];
  const d = sectionText(seed, /^#+ .*D- reference materials/m, /^# /m);
  const refs = d.split("\n").map((l) => l.trim()).filter((l) => l.startsWith("- ")).map((l) => normalize(l.slice(2)));
  out.push({ document: doc, key: "ap-d", label: "section D", part: "D - Reference materials", text: refs });

  // Goals: each listed goal must open a line of its pillar's part of the seed, and every goal line there must be listed.
  const starts = actionPlanGoals.map((p) => ({ ...p, at: seed.search(PILLAR_START[p.pillar]!) }));
  for (const [i, p] of starts.entries()) {
    if (p.at < 0) throw new PolicySourceError(`policy book: the action plan seed has no ${p.pillar} pillar`);
    const part = seed.slice(p.at, starts[i + 1]?.at ?? seed.length);
    const heading = normalize(part.split("\n")[0]!.replace(/^#\s*/, "").replace(/\t+/g, " "));
    const found = [...part.matchAll(/^(\d)\.\s?([A-Z][^\t]*)/gm)].map((m) => ({ n: Number(m[1]), opening: normalize(m[2]!) }));
    if (found.length !== p.goals.length || found.some((f, j) => f.n !== j + 1)) {
      throw new PolicySourceError(`policy book: the ${p.pillar} pillar of the action plan seed has goals ${found.map((f) => f.n).join(", ")}; the book lists ${p.goals.length}`);
    }
    const code = PILLAR_CODE[p.pillar]!;
    out.push({ document: doc, key: `ap-${code}`, label: `${p.pillar} pillar`, part: p.pillar, text: [p.pillar === "Enforcement" ? "Enforcement: enhance the reporting, and accountability – ending impunity" : heading] });
    p.goals.forEach((goal, j) => {
      const opening = found[j]!.opening.split(" ").slice(0, 3).join(" ");
      if (!normalize(goal).startsWith(opening)) throw new PolicySourceError(`policy book: ${p.pillar} goal ${j + 1} opens '${opening}' in the seed, not '${goal.slice(0, 30)}'`);
      out.push({ document: doc, key: `ap-${code}${j + 1}`, label: `${p.pillar} goal ${j + 1}`, part: p.pillar, text: [`${j + 1}. ${goal}`] });
    });
  }
  return out;
}

/**
 * Reads the obligation catalogue, the domain reference and the two seeds, as `scripts/rules-coverage.ts`
 * finds the catalogue (`../shared` first, then the copy in `docs/policy`).
 */
export function readPolicySources(root: string): PolicySources {
  const obligations = readFirst("the obligation catalogue", ["../shared/policy/obligations.json", "docs/policy/obligations.json"], root);
  const reference = readFirst("the domain reference (reference.md)", ["../shared/policy/reference.md"], root);
  const guidelines = readFirst("the DPKO guidelines seed", ["../shared/seeds/dpko-implementation-guidelines-sgb-2003-13.txt"], root);
  const actionPlan = readFirst("the MINUSCA action plan seed", ["../shared/seeds/minusca-sea-action-plan-2018-2019.txt"], root);
  const core = coreBulletsOf(actionPlan.text);
  if (core.bullets.length !== 6) throw new PolicySourceError(`policy book: the action plan's section C has ${core.bullets.length} bullets, not six`);
  const paragraphs = [...bulletinParagraphs(reference.text, core.bullets), ...guidelinesParagraphs(guidelines.text), ...actionPlanParagraphs(actionPlan.text, core)];
  const seen = new Set<string>();
  for (const p of paragraphs) {
    if (seen.has(p.key)) throw new PolicySourceError(`policy book: two paragraphs share the key ${p.key}`);
    seen.add(p.key);
  }
  const catalogue = JSON.parse(obligations.text) as { obligations: CatalogueObligation[] };
  return {
    paragraphs,
    obligations: catalogue.obligations,
    read: { obligations: obligations.path, reference: reference.path, guidelines: guidelines.path, actionPlan: actionPlan.path },
  };
}
