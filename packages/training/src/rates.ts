import type { PersonnelCategory } from "@psea/core";

/**
 * A share of a population that meets a requirement. `rate` is `compliant / population`, or `null`
 * when nobody is in the population (there is nothing to measure, rather than 0% or 100%).
 *
 * @category Training
 * @example
 * const r: ComplianceRate = { population: 4, compliant: 3, rate: 0.75 };
 * r.rate; // 0.75
 */
export interface ComplianceRate {
  readonly population: number;
  readonly compliant: number;
  readonly rate: number | null;
}

/**
 * A rate overall, by office and by personnel category. Keys are sorted, so equal inputs give equal JSON.
 *
 * @category Training
 * @example
 * const b: RateBreakdown = {
 *   overall: { population: 1, compliant: 1, rate: 1 },
 *   byOffice: { HQ: { population: 1, compliant: 1, rate: 1 } },
 *   byCategory: { "civilian-staff": { population: 1, compliant: 1, rate: 1 } },
 * };
 * Object.keys(b.byOffice); // ["HQ"]
 */
export interface RateBreakdown {
  readonly overall: ComplianceRate;
  readonly byOffice: Readonly<Record<string, ComplianceRate>>;
  readonly byCategory: Readonly<Partial<Record<PersonnelCategory, ComplianceRate>>>;
}

/** Counts [population, compliant] by key in one pass; rates are only divided out at the end. @internal */
export class Tally {
  private readonly overall: [number, number] = [0, 0];
  private readonly offices = new Map<string, [number, number]>();
  private readonly categories = new Map<string, [number, number]>();

  add(officeId: string, category: PersonnelCategory, compliant: boolean): void {
    const inc = (c: [number, number]) => {
      c[0] += 1;
      if (compliant) c[1] += 1;
    };
    inc(this.overall);
    inc(entry(this.offices, officeId));
    inc(entry(this.categories, category));
  }

  breakdown(): RateBreakdown {
    return {
      overall: toRate(this.overall),
      byOffice: toRecord(this.offices),
      byCategory: toRecord(this.categories) as Partial<Record<PersonnelCategory, ComplianceRate>>,
    };
  }
}

/** Counts [population, compliant] by one key, such as a course id. @internal */
export function entry(map: Map<string, [number, number]>, key: string): [number, number] {
  let c = map.get(key);
  if (!c) map.set(key, (c = [0, 0]));
  return c;
}

/** @internal */
export function toRate([population, compliant]: readonly [number, number]): ComplianceRate {
  return { population, compliant, rate: population === 0 ? null : compliant / population };
}

/** @internal */
export function toRecord(map: ReadonlyMap<string, readonly [number, number]>): Record<string, ComplianceRate> {
  const out: Record<string, ComplianceRate> = {};
  // Code-unit order, not locale order, so the report is the same on every host.
  for (const key of [...map.keys()].sort()) out[key] = toRate(map.get(key)!);
  return out;
}

/**
 * Whether a rate meets a target; an empty population has nothing below it.
 *
 * @category Training
 * @example
 * meetsTarget({ population: 4, compliant: 3, rate: 0.75 }, 1); // false
 * meetsTarget({ population: 0, compliant: 0, rate: null }, 1); // true
 */
export function meetsTarget(rate: ComplianceRate, target: number): boolean {
  return rate.rate === null || rate.rate >= target;
}
