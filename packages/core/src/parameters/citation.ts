/**
 * The instruments the kit encodes or relies on, by short key.
 *
 * @category Parameters
 * @example
 * sourceDocuments["ST/SGB/2003/13"].title; // "Special measures for protection from sexual exploitation and sexual abuse"
 */
export const sourceDocuments = {
  "ST/SGB/2003/13": { title: "Special measures for protection from sexual exploitation and sexual abuse", issued: "2003-10-09" },
  "DPKO-IG": { title: "DPKO Implementation Guidelines for Peacekeeping Operations on ST/SGB/2003/13", issued: undefined },
  "MINUSCA-AP-2018-2019": { title: "MINUSCA Action Plan on Sexual Exploitation and Abuse 2018-2019", issued: "2018-01-01" },
  "CC-1474": { title: "Code Cable 1474 (USG/DFS), SEA mission-level measures", issued: "2016-06-30" },
  "A/69/779": { title: "Report of the Secretary-General on special measures for protection from SEA", issued: "2015-02-13" },
  "A/71/818": { title: "Report of the Secretary-General on special measures for protection from SEA: a new approach", issued: "2017-02-28" },
  "A/RES/62/214": { title: "UN Comprehensive Strategy on Assistance and Support to Victims of SEA", issued: "2008-03-07" },
  "A/RES/70/286": { title: "General Assembly resolution 70/286 (Trust Fund in Support of Victims)", issued: "2016-06-17" },
  "ST/SGB/2017/2": {
    title: "Protection against retaliation for reporting misconduct and for cooperating with duly authorized audits or investigations",
    issued: "2017-01-20",
  },
  "MOU-TCC": { title: "Model memorandum of understanding with troop-contributing countries", issued: undefined },
  "UN-IP-PSEA": { title: "UN Implementing Partner PSEA Capacity Assessment (common assessment of UN entities)", issued: undefined },
} as const satisfies Record<string, { title: string; issued: string | undefined }>;

/**
 * A key of {@link sourceDocuments}. @category Parameters
 * @example
 * const sourceDocument: SourceDocument = "ST/SGB/2003/13";
 */
export type SourceDocument = keyof typeof sourceDocuments;

/**
 * Where a rule or parameter comes from: an instrument and a clause in it.
 *
 * @category Parameters
 * @example
 * const citation: Citation = cite("DPKO-IG", "General management responsibilities (c)");
 * citation.document; // "DPKO-IG"
 */
export interface Citation {
  readonly document: SourceDocument;
  readonly clause: string;
  /** Set when the wording could not be confirmed against the official text. */
  readonly verify?: true;
}

/**
 * Builds a citation.
 *
 * @category Parameters
 * @example
 * cite("ST/SGB/2003/13", "section 3.2(b)"); // { document: "ST/SGB/2003/13", clause: "section 3.2(b)" }
 */
export function cite(document: SourceDocument, clause: string, options: { verify?: boolean } = {}): Citation {
  return options.verify ? { document, clause, verify: true } : { document, clause };
}

/**
 * A citation as one line of text.
 *
 * @category Parameters
 * @example
 * formatCitation(cite("DPKO-IG", "General management responsibilities (c)")); // "DPKO-IG, General management responsibilities (c)"
 */
export function formatCitation(citation: Citation): string {
  return `${citation.document}, ${citation.clause}${citation.verify ? " [verify]" : ""}`;
}
