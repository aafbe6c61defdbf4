import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EventLogEntry } from "../../src/persistence";
import { wellFormed } from "../../src/persistence/replay-log";

const Log = z.array(EventLogEntry).min(1);

const caseId = fc.oneof(fc.constantFrom("A-1", " A-1", "A-1 ", "", "x".repeat(200), "x".repeat(201), "\tA"), fc.string(), fc.anything());
const seq = fc.oneof(fc.integer({ min: -3, max: 40 }), fc.double(), fc.constantFrom(1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, "2"), fc.anything());
const event = fc.oneof(fc.constant(undefined), fc.constant({ type: "REGISTERED", at: "2018-06-02" }), fc.anything());
const entry = fc.oneof(fc.record({ caseId, seq, event }, { requiredKeys: [] }), fc.record({ caseId: fc.constant("A-1"), seq: fc.nat({ max: 9 }).map((n) => n + 1), event }), fc.anything());

describe("replay's hand check of a log's rows", () => {
  it("accepts only what EventLogEntry accepts, and what zod would give back unchanged (fast-check, 3,000 runs)", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(fc.array(entry, { maxLength: 4 }), fc.anything()), (entries) => {
        if (!wellFormed(entries)) return;
        accepted++;
        const parsed = Log.safeParse(entries);
        expect(parsed.success).toBe(true);
        if (!parsed.success) return;
        parsed.data.forEach((row, i) => {
          const given = entries[i]!;
          expect(row.caseId).toBe(given.caseId);
          expect(row.seq).toBe(given.seq);
          expect(row.event).toBe(given.event);
        });
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: well-formed logs come up.
    expect(accepted).toBeGreaterThan(30);
  });

  it("recognises a store's log, and leaves the rest to zod", () => {
    expect(wellFormed([{ caseId: "A-1", seq: 1, event: { type: "case-opened", input: {} } }, { caseId: "A-1", seq: 2, event: null }])).toBe(true);
    for (const bad of [[], {}, [null], [{ caseId: " A-1", seq: 1, event: {} }], [{ caseId: "A-1", seq: 0, event: {} }], [{ caseId: "A-1", seq: 1 }], [new Map()]]) {
      expect(wellFormed(bad)).toBe(false);
    }
  });
});
