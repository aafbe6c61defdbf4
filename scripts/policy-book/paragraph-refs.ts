// Which paragraphs of the walked instruments a citation, or an obligation's `source` field, points at.
// Citations are the kit's own (`cite(document, clause)`); the obligation catalogue writes its
// sources in a shorthand ("SGB 3.2(b); AP section C bullet 2; DPKO h)").
import type { Citation } from "@psea/core";

const DPKO_GROUP: readonly (readonly [RegExp, string])[] = [
  [/\bRC\b|HoM|Resident Coordinator/, "rc"],
  [/\bHQ\b|Headquarters/, "hq"],
  [/\bstaff\b/i, "st"],
  [/General/, "gm"],
];

function bulletinKeys(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(/(?:section\s+)?\b(\d)(?:\.(\d))?\s*(?:\(([a-f])\))?/g)) {
    const [, major, minor, letter] = m;
    if (minor === undefined) keys.push(`sgb-${major}`);
    else if (letter !== undefined) keys.push(`sgb-${major}-${minor}-${letter}`);
    else keys.push(`sgb-${major}-${minor}`);
  }
  return keys;
}

function guidelinesKeys(text: string, paragraphs: ReadonlySet<string>): string[] {
  const letters = [...text.matchAll(/(?:\(|\b)([a-h])\)/g)].map((m) => m[1]!);
  const group = DPKO_GROUP.find(([re]) => re.test(text))?.[1];
  return letters.flatMap((l) => {
    if (group !== undefined) return [`dpko-${group}-${l}`];
    // "DPKO h)": the letter alone names the paragraph when only one part has it.
    const only = ["rc", "gm", "hq", "st"].map((g) => `dpko-${g}-${l}`).filter((k) => paragraphs.has(k));
    return only.length === 1 ? only : [];
  });
}

function actionPlanKeys(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(/\b(Prevention|Enforcement|Remedial actions?)\s+goal\s+(\d)/gi)) {
    keys.push(`ap-${m[1]![0]!.toLowerCase()}${m[2]}`);
  }
  for (const m of text.matchAll(/\bsection\s+([A-D])\b(?:[^;]*?\bbullet\s+(\d))?/g)) keys.push(m[2] ? `ap-${m[1]!.toLowerCase()}-${m[2]}` : `ap-${m[1]!.toLowerCase()}`);
  if (/Matrix of activities/i.test(text)) keys.push("ap-matrix");
  return keys;
}

const only = (keys: readonly string[], paragraphs: ReadonlySet<string>) => [...new Set(keys)].filter((k) => paragraphs.has(k));

/** The paragraphs a citation of the kit points at; none for instruments the book does not walk. */
export function citedParagraphs(citation: Citation, paragraphs: ReadonlySet<string>): string[] {
  switch (citation.document) {
    case "ST/SGB/2003/13":
      return only(bulletinKeys(citation.clause.split(";")[0]!), paragraphs);
    case "DPKO-IG":
      return only(guidelinesKeys(citation.clause, paragraphs), paragraphs);
    case "MINUSCA-AP-2018-2019":
      return only(actionPlanKeys(citation.clause), paragraphs);
    case "CC-1474":
      // Code Cable 1474's eight measures are listed in the plan's section D.
      return only(["ap-d"], paragraphs);
    default:
      return [];
  }
}

/** The paragraphs an obligation's `source` names, first the one its id is drawn from. */
export function obligationParagraphs(source: string, paragraphs: ReadonlySet<string>): string[] {
  const keys: string[] = [];
  for (const raw of source.split(";")) {
    const part = raw.trim();
    if (/^SGB\b/.test(part)) keys.push(...bulletinKeys(part.replace(/^SGB\s+/, "")));
    else if (/^DPKO\b/.test(part)) keys.push(...guidelinesKeys(part.replace(/^DPKO\s+(guidelines,\s*)?/, ""), paragraphs));
    else if (/^AP\b/.test(part)) {
      if (/Code Cable 1474/.test(part)) keys.push("ap-d");
      else keys.push(...actionPlanKeys(part));
    }
  }
  return only(keys, paragraphs);
}
