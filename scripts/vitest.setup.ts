import { afterEach, beforeEach, vi } from "vitest";

// Library code must never write to the console: hosts own their logs, and a stray
// log line is exactly how a victim's identity would leak. Any call fails the test.
const methods = ["log", "info", "warn", "error", "debug", "trace"] as const;
const calls: string[] = [];

beforeEach(() => {
  calls.length = 0;
  for (const m of methods) {
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${m}(${args.map(String).join(" ")})`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) {
    const seen = calls.splice(0);
    throw new Error(`Unexpected console output:\n${seen.join("\n")}`);
  }
});
