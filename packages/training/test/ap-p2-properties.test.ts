import fc from "fast-check";
import type { PersonnelInput } from "@psea/core";
import { describe, expect, it } from "vitest";
import { complianceReport, isBehind, seaCourses, type ComplianceRate, type RateBreakdown } from "../src";

const DAY = 86_400_000;
const iso = (days: number) => new Date(Date.UTC(2015, 0, 1) + days * DAY).toISOString().slice(0, 10);
const date = fc.integer({ min: 0, max: 5 * 365 }).map(iso);
const courseIds = [...seaCourses.map((c) => c.id), "unrelated-course"];

const onePerson = fc.record(
  {
    category: fc.constantFrom("civilian-staff", "un-volunteer", "military-contingent", "formed-police-unit", "non-un-partner"),
    gender: fc.constantFrom("female", "male"),
    officeId: fc.constantFrom("HQ", "FO-1", "FO-2"),
    arrivalDate: date,
    departureDate: date,
    roles: fc.subarray(["head-of-office", "supervisor", "community-liaison-assistant", "human-rights-officer", "scpi-focal-point"] as const),
    bulletinAcknowledgedOn: date,
    pledgeSignedOn: date,
    trainings: fc.array(fc.record({ courseId: fc.constantFrom(...courseIds), completedOn: date }), { maxLength: 4 }),
  },
  { requiredKeys: ["category", "gender", "officeId", "arrivalDate", "roles", "trainings"] },
);
const personnel = fc.array(onePerson, { maxLength: 25 }).map((ps) => ps.map((p, i): PersonnelInput => ({ id: `P-${i}`, ...p, roles: [...p.roles] })));
// The plan's parameters are in force from 2018-01-01 (day 1096).
const asOf = fc.integer({ min: 1096, max: 5 * 365 }).map(iso);

function rates(b: RateBreakdown): ComplianceRate[] {
  return [b.overall, ...Object.values(b.byOffice), ...Object.values(b.byCategory).filter((r): r is ComplianceRate => r !== undefined)];
}

function ok(input: unknown, on: string) {
  const r = complianceReport(input, { asOf: on });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

describe("AP-P2 complianceReport (properties)", () => {
  it("AP-P2 every rate is within [0, 1] (or null when nobody is counted) and the groups add up", () => {
    fc.assert(
      fc.property(personnel, asOf, (ps, on) => {
        const r = ok(ps, on);
        for (const b of [r.training, r.bulletinAcknowledgement, r.managersPledge]) {
          for (const x of [...rates(b), ...(b === r.training ? Object.values(r.training.byCourse) : [])]) {
            expect(x.compliant).toBeLessThanOrEqual(x.population);
            if (x.population === 0) expect(x.rate).toBeNull();
            else expect(x.rate! >= 0 && x.rate! <= 1).toBe(true);
          }
          const sum = (rs: Readonly<Record<string, ComplianceRate | undefined>>) => Object.values(rs).reduce((n, x) => n + (x?.population ?? 0), 0);
          expect(sum(b.byOffice)).toBe(b.overall.population);
          expect(sum(b.byCategory)).toBe(b.overall.population);
        }
        const rows = r.rows.length;
        expect(Object.values(r.training.statusCounts).reduce((a, b) => a + b, 0)).toBe(rows);
      }),
      { numRuns: 300 },
    );
  });

  it("AP-P2 adding a completed training never lowers a training rate nor puts a course behind", () => {
    fc.assert(
      fc.property(personnel, asOf, fc.nat(), fc.constantFrom(...courseIds), date, (ps, on, pick, courseId, completedOn) => {
        fc.pre(ps.length > 0);
        const i = pick % ps.length;
        const more = ps.map((p, j) => (j === i ? { ...p, trainings: [...(p.trainings ?? []), { courseId, completedOn }] } : p));
        const before = ok(ps, on);
        const after = ok(more, on);
        const pairs: [ComplianceRate | undefined, ComplianceRate | undefined][] = [
          [before.training.overall, after.training.overall],
          ...Object.keys(before.training.byOffice).map((k) => [before.training.byOffice[k], after.training.byOffice[k]] as [ComplianceRate | undefined, ComplianceRate | undefined]),
          ...Object.keys(before.training.byCourse).map((k) => [before.training.byCourse[k], after.training.byCourse[k]] as [ComplianceRate | undefined, ComplianceRate | undefined]),
        ];
        for (const [b, a] of pairs) {
          expect(a?.population).toBe(b?.population);
          expect(a!.compliant).toBeGreaterThanOrEqual(b!.compliant);
        }
        expect(after.rows.length).toBe(before.rows.length);
        after.rows.forEach((row, k) => {
          if (isBehind(row.status)) expect(isBehind(before.rows[k]!.status)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("AP-P2 never throws on arbitrary input, and answers a report or issues with paths", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), personnel.map((ps) => ps as unknown)), fc.oneof(asOf, fc.string()), (input, on) => {
        const r = complianceReport(input, { asOf: on });
        if (!r.ok) expect(r.issues.every((i) => Array.isArray(i.path) && typeof i.code === "string")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
