import type { ConductFacts } from "../../vocabulary/allegation";

/**
 * Whether the conduct includes an exchange for sex (SGB 3.2(c)): something exchanged, or
 * transactional sex solicited, whether or not sex took place.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * involvesExchangeForSex({ exchange: ["assistance"], solicitation: false }); // true
 */
export function involvesExchangeForSex(conduct: Pick<ConductFacts, "exchange" | "solicitation">): boolean {
  return conduct.exchange.length > 0 || conduct.solicitation;
}
