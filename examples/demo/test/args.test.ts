import { describe, expect, it } from "vitest";
import { DEMO_DEFAULTS, parseDemoArgs } from "../src/args";

describe("parseDemoArgs", () => {
  it("uses the defaults and the default output directory", () => {
    expect(parseDemoArgs([], "/x/reports")).toEqual({ ok: true, options: { ...DEMO_DEFAULTS, outDir: "/x/reports" } });
  });

  it("reads --out, --seed, --personnel and --as-of, or the directory as a positional", () => {
    expect(parseDemoArgs(["--out", "/tmp/a", "--seed", "7", "--personnel", "300", "--as-of", "2019-01-31"], "d")).toEqual({
      ok: true,
      options: { seed: 7, personnel: 300, asOf: "2019-01-31", outDir: "/tmp/a" },
    });
    expect(parseDemoArgs(["/tmp/b"], "d")).toMatchObject({ ok: true, options: { outDir: "/tmp/b" } });
  });

  it("returns an error, never throws, on bad input", () => {
    expect(parseDemoArgs(["--seed", "x"], "d")).toEqual({ ok: false, error: "--seed must be an integer of at least 0, got 'x'" });
    expect(parseDemoArgs(["--personnel", "0"], "d").ok).toBe(false);
    expect(parseDemoArgs(["--as-of", "June"], "d").ok).toBe(false);
    expect(parseDemoArgs(["--bogus"], "d").ok).toBe(false);
    expect(parseDemoArgs(["a", "b"], "d").ok).toBe(false);
  });
});
