import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pseaRuleSet } from "@psea/cli";
import { describe, expect, it } from "vitest";
import { renderRuleFacts, ruleFactsFromCode } from "../rule-facts";

// Reading the code with the TypeScript compiler takes tens of seconds on a loaded machine.
const SLOW = 300_000;

describe("docs/rule-facts.md", () => {
  it(
    "lists the fact keys of every rule and exception, read from the code (run `pnpm run docs:reference` after changing a rule)",
    () => {
      const facts = ruleFactsFromCode();
      const doc = renderRuleFacts(facts);
      expect(readFileSync(join(import.meta.dirname, "../../docs/rule-facts.md"), "utf8")).toBe(doc);
      // Every rule's facts are found, and none has keys only known at run time.
      expect(doc).not.toContain("(not found in the code)");
      expect(doc).not.toContain("known only at run time");
      for (const r of pseaRuleSet.rules) expect(doc).toContain(`| \`${r.id}\` |`);
      // The keys are those the rule builds: the exchange rule's, as its findings show them.
      expect(facts.get("sgb.3.2c.exchange-for-sex")?.keys).toEqual(["exchange", "solicitation", "sexualActivity", "assistanceDueToBeneficiaries"]);
    },
    SLOW,
  );
});
