import fc from "fast-check";
import { describe, it } from "vitest";
import { persistedEqualsLive } from "./support/persistence-property";
import { addDays, fakeDueItems, fakeReducer } from "./support/fake-reducer";

const opening = fc.record({ caseRef: fc.constantFrom("A-1", "A-2"), receivedOn: fc.constantFrom("2018-01-31", "2018-06-01") });

// Day offsets from receipt, sorted so most candidates are in date order (some are refused anyway).
const candidates = fc
  .array(
    fc.record({
      type: fc.constantFrom("assess", "refer", "note", "close"),
      day: fc.nat({ max: 200 }),
      entity: fc.constantFrom("OIOS", "TCC"),
    }),
    { maxLength: 12 },
  )
  .map((list) =>
    list
      .sort((a, b) => a.day - b.day)
      .map(({ type, day, entity }) => ({ type, at: addDays("2018-01-31", day), ...(type === "refer" ? { entity } : {}) })),
  );

describe("persistence properties (reference reducer)", () => {
  it("persisting and restoring at random points gives the live state and due items; replay equals live", () => {
    fc.assert(
      persistedEqualsLive({
        reducer: fakeReducer,
        history: fc.record({ opening, candidates }),
        asOf: fc.nat({ max: 400 }).map((d) => addDays("2018-01-31", d)),
        dueItems: fakeDueItems,
      }),
      { numRuns: 1000 },
    );
  });
});
