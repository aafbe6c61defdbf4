import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { createTracker, trackerMatrix, minuscaActionPlan2018_2019, planActivities, recordStatus, activityStatusOn, trackerMonthSummary, ActivityStatus, type ActionPlanTracker, type RecordStatusResult } from "../../src/action-plan";

const plan = minuscaActionPlan2018_2019;

function record(t: ActionPlanTracker, update: unknown): ActionPlanTracker {
  const r = recordStatus(t, update);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.tracker;
}

describe("AP-MATRIX monthly tracking", () => {
  it("AP-MATRIX records a status per activity per month and reads it back", () => {
    const t = record(createTracker(plan), { activityId: "P1.h", year: 2018, month: 3, status: "ongoing", comment: "Radio Guira, weekly slot" });
    expect(activityStatusOn(t, "P1.h", 2018, 3)).toBe("ongoing");
    expect(activityStatusOn(t, "P1.h", 2018, 4)).toBeUndefined();
    expect(activityStatusOn(t, "P1.h", 2019, 3)).toBeUndefined();
    expect(activityStatusOn(record(t, { activityId: "P1.h", year: 2018, month: 3, status: "delayed" }), "P1.h", 2018, 3)).toBe("delayed");
  });

  it("AP-MATRIX is immutable: the old tracker and the update are left as they were", () => {
    const t0 = createTracker(plan);
    const update = Object.freeze({ activityId: "E3.e", year: 2019, month: 12, status: "completed" as const });
    const t1 = record(t0, update);
    expect(t0.entries).toEqual({});
    expect(Object.isFrozen(t1.entries)).toBe(true);
    expect(update).toEqual({ activityId: "E3.e", year: 2019, month: 12, status: "completed" });
    expect(t1.plan).toBe(plan);
  });

  it("AP-MATRIX rejects an unknown activity with its path", () => {
    expect(recordStatus(createTracker(plan), { activityId: "P7.a", year: 2018, month: 1, status: "ongoing" })).toEqual({
      ok: false,
      error: { code: "unknown-activity", path: ["activityId"], message: "expected the id of one of the plan's activities" },
    });
  });

  it("AP-MATRIX rejects a bad month, a bad status and a month outside the plan period", () => {
    const t = createTracker(plan);
    const err = (u: unknown) => {
      const r = recordStatus(t, u);
      return r.ok ? undefined : [r.error.path, r.error.code];
    };
    expect(err({ activityId: "P1.a", year: 2018, month: 13, status: "ongoing" })).toEqual([["month"], "too_big"]);
    expect(err({ activityId: "P1.a", year: 2018, month: 0, status: "ongoing" })).toEqual([["month"], "too_small"]);
    expect(err({ activityId: "P1.a", year: 2018, month: 2.5, status: "ongoing" })).toEqual([["month"], "invalid_type"]);
    expect(err({ activityId: "P1.a", year: 2018, month: 1, status: "done" })).toEqual([["status"], "invalid_value"]);
    expect(err({ activityId: "P1.a", year: 2020, month: 1, status: "ongoing" })).toEqual([["month"], "outside-plan-period"]);
    expect(err(null)).toEqual([[], "invalid_type"]);
  });

  it("AP-MATRIX renders a year as one row per activity × 12 months", () => {
    let t = createTracker(plan);
    t = record(t, { activityId: "P1.a", year: 2018, month: 1, status: "ongoing" });
    t = record(t, { activityId: "P1.a", year: 2018, month: 2, status: "completed", comment: "Strategy adopted" });
    t = record(t, { activityId: "R1.d", year: 2018, month: 12, status: "cancelled" });
    const m = trackerMatrix(t, 2018);
    expect(m.planId).toBe("MINUSCA-AP-2018-2019");
    expect(m.rows).toHaveLength(62);
    expect(m.rows.every((r) => r.months.length === 12)).toBe(true);
    expect(m.rows[0]).toMatchObject({ pillar: "prevention", goal: 1, activityId: "P1.a", activity: "Review and update SEA communication strategy.", activityIllegible: false });
    expect(m.rows.filter((r) => r.activityIllegible).map((r) => r.activityId)).toEqual(["E1.e"]);
    expect(m.rows[0]!.months.slice(0, 3)).toEqual([
      { month: 1, status: "ongoing", comment: null },
      { month: 2, status: "completed", comment: "Strategy adopted" },
      { month: 3, status: null, comment: null },
    ]);
    expect(m.rows.at(-1)).toMatchObject({ activityId: "R1.d", months: expect.arrayContaining([{ month: 12, status: "cancelled", comment: null }]) });
    expect(trackerMatrix(t, 2019).rows.flatMap((r) => r.months).every((c) => c.status === null)).toBe(true);
  });

  it("AP-MATRIX summarises a month by status", () => {
    let t = createTracker(plan);
    for (const [activityId, status] of [["P1.a", "ongoing"], ["P1.b", "ongoing"], ["E1.a", "completed"], ["R1.a", "delayed"]] as const) {
      t = record(t, { activityId, year: 2019, month: 6, status });
    }
    expect(trackerMonthSummary(t, 2019, 6)).toEqual({
      year: 2019,
      month: 6,
      activities: 62,
      byStatus: { "not-started": 0, ongoing: 2, completed: 1, delayed: 1, cancelled: 0 },
      notRecorded: 58,
    });
  });

  it("AP-MATRIX property: after any sequence of updates each month shows the last status recorded for it", () => {
    const ids = planActivities(plan).map((a) => a.id);
    const update = fc.record({
      activityId: fc.constantFrom(...ids),
      year: fc.constantFrom(2018, 2019),
      month: fc.integer({ min: 1, max: 12 }),
      status: fc.constantFrom(...ActivityStatus.options),
    });
    fc.assert(
      fc.property(fc.array(update, { maxLength: 40 }), (updates) => {
        const t = updates.reduce(record, createTracker(plan));
        const last = new Map(updates.map((u) => [`${u.activityId}|${u.year}|${u.month}`, u.status]));
        for (const u of updates) expect(activityStatusOn(t, u.activityId, u.year, u.month)).toBe(last.get(`${u.activityId}|${u.year}|${u.month}`));
        const s = trackerMonthSummary(t, 2018, 1);
        expect(Object.values(s.byStatus).reduce((a, b) => a + b, 0) + s.notRecorded).toBe(62);
      }),
      { numRuns: 100 },
    );
  });

  it("AP-MATRIX types: the result of recordStatus is a discriminated union", () => {
    expectTypeOf<Extract<RecordStatusResult, { ok: false }>["error"]["code"]>().toEqualTypeOf<string>();
    expectTypeOf(activityStatusOn).returns.toEqualTypeOf<ActivityStatus | undefined>();
  });
});
