import type { RuleSet } from "@psea/core";
import { describe, expectTypeOf, it } from "vitest";
import { EXIT, pseaRuleSet, run, type CliIo, type ExitCode } from "../src";

describe("CLI public types", () => {
  it("run takes arguments and injected io (the clock included) and resolves to an exit code", () => {
    expectTypeOf(run).parameter(0).toEqualTypeOf<readonly string[]>();
    expectTypeOf(run).parameter(1).toEqualTypeOf<CliIo>();
    expectTypeOf(run).returns.resolves.toEqualTypeOf<ExitCode>();
    expectTypeOf<CliIo["now"]>().toEqualTypeOf<() => Date>();
    // Never called: only the compiler sees it.
    const withoutIo = () =>
      // @ts-expect-error: io is required, so tests and hosts decide where output goes
      run(["rules"]);
    expectTypeOf(withoutIo).toBeFunction();
  });

  it("exit codes are the documented literals", () => {
    expectTypeOf(EXIT.violations).toEqualTypeOf<1>();
    expectTypeOf<0>().toExtend<ExitCode>();
    expectTypeOf(pseaRuleSet).toEqualTypeOf<RuleSet>();
  });
});
