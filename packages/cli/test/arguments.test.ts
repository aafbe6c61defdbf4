// A command line may hold anything, a name or a case number typed in the wrong place: every error
// about an argument says what was expected and never repeats the value received.
import { describe, expect, it } from "vitest";
import { run } from "../src";
import { fixtureKinds } from "@psea/test-support";
import { compliantDataset, json } from "./support/datasets";
import { fakeIo } from "./support/fake-io";

const CANARY = "Amina-Canary-7731";
const opts = { reportKinds: fixtureKinds };

describe("argument errors never echo the value received", () => {
  const cases: [argv: string[], expected: string][] = [
    [["validate", "m.json", "--as-of", CANARY], "--as-of: expected a calendar date as YYYY-MM-DD, such as 2019-06-30"],
    [["validate", "m.json", "--as-of", "2018-02-30"], "--as-of: expected a calendar date as YYYY-MM-DD, such as 2019-06-30"],
    [["validate", "m.json", "--format", CANARY], "--format: expected 'table', 'json' or 'jsonl'"],
    [["validate", "m.json", `--${CANARY}`], "psea validate: unknown option; expected one of: --format, --as-of, --parameters,"],
    [["rules", "--format", CANARY], "--format: expected 'table' or 'json'"],
    [["report", "cases", "m.json", "--as-of", CANARY], "--as-of: expected a calendar date as YYYY-MM-DD, such as 2019-06-30"],
    [["report", CANARY, "m.json"], "psea report: no such report kind; expected one of: dashboard, findings,"],
    [["report", "cases", "m.json", "--format", CANARY], "psea report: --format: expected 'json', 'csv', 'md', 'html'"],
    [["report", "cases", "m.json", "--audience", CANARY], "psea report: --audience: expected 'public' or 'internal'"],
    [["report", "cases", "m.json", "--as-of", "2019-06-30", "--format", "csv", "--table", CANARY], "psea report: no such table in the cases report; its tables:"],
    [["demo", "--as-of", CANARY], "psea demo: --as-of: expected a calendar date as YYYY-MM-DD, such as 2019-06-30"],
    [["demo", "--as-of", "2019-02-30"], "psea demo: --as-of: expected a calendar date as YYYY-MM-DD, such as 2019-06-30"],
    [["demo", "--seed", CANARY], "psea demo: --seed: expected a whole number of at least 0"],
    [["demo", "--personnel", CANARY], "psea demo: --personnel: expected a whole number of at least 1"],
    [["schema", CANARY], "psea schema: no such schema; expected one of: mission-dataset,"],
    [[CANARY], "psea: no such command; expected one of: validate,"],
  ];
  for (const [argv, expected] of cases) {
    it(argv.join(" ").replaceAll(CANARY, "<canary>"), async () => {
      const f = fakeIo({ "m.json": json(compliantDataset()) });
      expect(await run(argv, f.io, opts)).toBe(2);
      const printed = f.stdout() + f.stderr();
      expect(printed).toContain(expected);
      expect(printed).not.toContain(CANARY);
      if (argv.includes("2018-02-30") || argv.includes("2019-02-30")) expect(printed).not.toMatch(/0[29]-02-30/);
    });
  }
});
