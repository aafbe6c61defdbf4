import fc from "fast-check";
import { describe, it } from "vitest";
import { caseReducer, dueItems } from "../../src";
import { candidateHistory, seededRandom } from "@psea/test-support";
import { persistedEqualsLive } from "./support/persistence-property";

const day = 86_400_000;
const asOf = fc.integer({ min: Date.UTC(2018, 0, 1) / day, max: Date.UTC(2021, 11, 31) / day }).map((d) => new Date(d * day).toISOString().slice(0, 10));

describe("persistence properties (allegation machine)", () => {
  it("valid event sequences persisted and restored at random points give the live state and the same dueItems; replay equals live", () => {
    fc.assert(
      persistedEqualsLive({
        reducer: caseReducer,
        history: fc.nat().map((seed) => candidateHistory(seededRandom(seed), seed)),
        asOf,
        dueItems,
      }),
      { numRuns: 1000 },
    );
  });
});
