import { cite, type Citation } from "@psea/core";

/**
 * The action plan clause a risk rule encodes.
 *
 * @category Risk rules
 * @example
 * goal6("(c)"); // { document: "MINUSCA-AP-2018-2019", clause: "Prevention goal 6 (c)" }
 */
export function goal6(clause: string): Citation {
  return cite("MINUSCA-AP-2018-2019", `Prevention goal 6 ${clause}`);
}
