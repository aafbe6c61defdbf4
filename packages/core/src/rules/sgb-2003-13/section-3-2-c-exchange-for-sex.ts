import { defineRule } from "../../engine/define-rule";
import { cite } from "../../parameters/citation";
import { MissionDatasetShape } from "../../vocabulary/dataset";
import { involvesExchangeForSex } from "./conduct";
import { withinBulletinScope } from "./section-2-scope";

/**
 * SGB 3.2(c): exchange of money, employment, goods or services for sex, including assistance due
 * to beneficiaries, is prohibited. Any exchange recorded, or transactional sex solicited, is a
 * violation.
 * An allegation naming only members of non-UN forces is outside the bulletin (section 2,
 * {@link withinBulletinScope}) and is left out.
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * exchangeForSex.id; // "sgb.3.2c.exchange-for-sex"
 */
export const exchangeForSex = defineRule({
  id: "sgb.3.2c.exchange-for-sex",
  title: "No exchange of money, employment, goods, services or assistance for sex",
  obligations: ["SGB-3.2c"],
  citation: cite("ST/SGB/2003/13", "section 3.2(c)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ allegations: true }),
  parameters: [],
  *evaluate({ allegations }) {
    for (const [i, a] of allegations.entries()) {
      const c = a.conduct;
      if (!involvesExchangeForSex(c) || !withinBulletinScope(a)) continue;
      const what = c.exchange.length > 0 ? `exchange of ${c.exchange.join(", ")} for sex` : "transactional sex solicited";
      yield {
        subject: { kind: "allegation", id: a.id },
        path: ["allegations", i, "conduct", c.exchange.length > 0 ? "exchange" : "solicitation"],
        message: `allegation ${a.id}: ${what} is prohibited${c.exchange.includes("assistance") ? ", including assistance due to beneficiaries" : ""}`,
        facts: {
          exchange: [...c.exchange],
          solicitation: c.solicitation,
          sexualActivity: c.sexualActivity,
          assistanceDueToBeneficiaries: c.exchange.includes("assistance"),
        },
        concern: "sgb.3.2c.exchange-for-sex",
      };
    }
  },
});
