import { cite, defineRule, defineRuleSet, MissionDatasetShape } from "@psea/core";
import { describe, expect, it } from "vitest";
import { run } from "../src";
import { CANARY_COMPLAINANT, CANARY_VICTIM, canaryDataset, json } from "./support/datasets";
import { fakeIo } from "./support/fake-io";

async function validate(argv: string[], data: unknown, ruleSet?: Parameters<typeof run>[2]) {
  const f = fakeIo({ "m.json": json(data) });
  const code = await run(["validate", "m.json", "--as-of", "2018-06-30", ...argv], f.io, ruleSet);
  return { code, all: f.stdout() + f.stderr(), stdout: f.stdout() };
}

/** A rule that wrongly copies identities into its message and facts. */
const leaky = defineRule({
  id: "test.leaky",
  title: "Leaks identities",
  obligations: ["SGB-3.2b"],
  citation: cite("ST/SGB/2003/13", "section 3.2(b)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ allegations: true }),
  parameters: [],
  *evaluate({ allegations }) {
    for (const a of allegations) {
      const v = a.victims[0]!;
      yield {
        subject: { kind: "allegation", id: a.id },
        path: ["allegations", 0],
        message: `victim ${v.identity?.name ?? ""} reported by ${a.complainant?.identity?.name ?? ""}\u001b[2J`,
        facts: { name: v.identity?.name ?? null, identity: v.identity as never, contact: a.complainant?.identity?.contact ?? null },
      };
    }
  },
});
const leakySet = defineRuleSet({ id: "leaky", title: "Leaky", rules: [leaky] });

describe("psea validate never prints a victim's or complainant's identity (canary)", () => {
  for (const format of ["table", "json", "jsonl"]) {
    it(`every rule the kit ships (the default), --format ${format}`, async () => {
      const r = await validate(["--format", format], canaryDataset());
      expect(r.code).toBe(1);
      expect(r.stdout).toContain("P-ALT");
      expect(r.all).not.toContain("CANARY");
    });

    it(`a rule that copies identities into its message and facts, --format ${format}`, async () => {
      const r = await validate(["--format", format], canaryDataset(), { ruleSet: leakySet });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain("[redacted]");
      expect(r.all).not.toContain(CANARY_VICTIM);
      expect(r.all).not.toContain(CANARY_COMPLAINANT);
      expect(r.all).not.toContain("\u001b");
    });

    it(`problems with an invalid dataset, --format ${format}`, async () => {
      const d = canaryDataset();
      d.concerns = [{ id: "K-1", personnelId: `${CANARY_VICTIM} name`, becameAwareOn: "2018-01-01" }];
      const r = await validate(["--format", format], d);
      expect(r.code).toBe(2);
      expect(r.all).toContain("expected the id of a personnel of this dataset");
      expect(r.all).not.toContain("CANARY");
    });
  }
});
