import { describe, expect, it } from "vitest";
import { openingEntry, replayWith, type EventLogEntry } from "../../src/persistence";
import { fakeReducer, type FakeState } from "./support/fake-reducer";

const input = { caseRef: "A-1", receivedOn: "2018-06-01" };
const events = [
  { type: "note", at: "2018-06-01" },
  { type: "assess", at: "2018-06-03" },
  { type: "refer", at: "2018-06-05", entity: "OIOS" },
  { type: "note", at: "2018-07-01" },
];

function log(): EventLogEntry[] {
  return [openingEntry("A-1", input), ...events.map((event, i) => ({ caseId: "A-1", seq: i + 2, event }))];
}

describe("replayWith", () => {
  it("folds the log to the same state as applying the events one by one", () => {
    const opened = fakeReducer.open(input);
    if (!opened.ok) throw new Error("fixture");
    let live: FakeState = opened.state;
    for (const event of events) {
      const r = fakeReducer.apply(live, event);
      if (!r.ok) throw new Error("fixture");
      live = r.state;
    }
    const replayed = replayWith(fakeReducer, log());
    expect(replayed).toEqual({ ok: true, caseId: "A-1", version: 5, state: live });
    expect(live.value).toBe("investigation");
  });

  it("does not change the log it is given", () => {
    const entries = log();
    const before = structuredClone(entries);
    replayWith(fakeReducer, entries);
    expect(entries).toEqual(before);
  });

  it("reports a gap in seq", () => {
    const entries = log().filter((e) => e.seq !== 3);
    expect(replayWith(fakeReducer, entries)).toEqual({
      ok: false,
      issues: [{ path: [2, "seq"], code: "seq-gap", message: "expected seq 3: a log runs from 1 with no gap" }],
    });
  });

  it("reports entries of another case", () => {
    const entries = log();
    entries[2] = { ...entries[2]!, caseId: "A-2" };
    const r = replayWith(fakeReducer, entries);
    expect(!r.ok && r.issues.map((i) => [i.path, i.code])).toEqual([[[2, "caseId"], "mixed-case"]]);
  });

  it("reports a log that does not start with the opening", () => {
    const entries = log().slice(1).map((e) => ({ ...e, seq: e.seq - 1 }));
    const r = replayWith(fakeReducer, entries);
    expect(!r.ok && r.issues.map((i) => [i.path, i.code])).toEqual([[[0, "event"], "not-opened"]]);
  });

  it("stops at an event the reducer refuses, with the machine's reason", () => {
    const entries = [...log(), { caseId: "A-1", seq: 6, event: { type: "assess", at: "2018-08-01" } }];
    const r = replayWith(fakeReducer, entries);
    expect(r).toEqual({
      ok: false,
      issues: [{ path: [5, "event", "type"], code: "event-rejected", message: "seq 6: not-allowed: assess in investigation" }],
    });
  });

  it("reports an opening input the reducer refuses", () => {
    const r = replayWith(fakeReducer, [openingEntry("A-1", { caseRef: "A-1" })]);
    expect(!r.ok && r.issues.map((i) => [i.path, i.code])).toEqual([[[0, "event", "input", "receivedOn"], "open-rejected"]]);
  });

  it.each([
    ["an empty log", [], [[[], "too_small"]]],
    ["not an array", { seq: 1 }, [[[], "invalid_type"]]],
    ["a seq of 0", [{ caseId: "A-1", seq: 0, event: {} }], [[[0, "seq"], "too_small"]]],
  ])("returns issues, never throws, for %s", (_label, entries, expected) => {
    const r = replayWith(fakeReducer, entries);
    expect(!r.ok && r.issues.map((i) => [i.path, i.code])).toEqual(expected);
  });
});
