import { describe, expect, it } from "vitest";
import { buildPublicData, publicDataReport, suppressCrossTab, crossTab, type CrossTab, type PublicCount, type PublicDataReport } from "../../src";
import { allegation, dataset } from "./support";

function build(input: unknown, options: Parameters<typeof buildPublicData>[1] = { asOf: "2019-12-31", audience: "internal" }): PublicDataReport {
  const r = buildPublicData(input, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
}

describe("buildPublicData: the counting rule", () => {
  it("counts a report naming contingent members of two contributing countries as two allegations", () => {
    const r = build(dataset([allegation("2018-06-03", [{ ref: "S-1", category: "military-contingent", contributingCountry: "AAA" }, { ref: "S-2", category: "military-contingent", contributingCountry: "BBB" }])]));
    expect(r.views.allegations.total).toBe(2);
    expect(r.records.map((x) => [x.category, x.contributingCountry, x.perpetrators])).toEqual([
      ["MC", "AAA", 1],
      ["MC", "BBB", 1],
    ]);
  });

  it("counts a report naming a staff member and a UN Volunteer as two allegations", () => {
    const r = build(dataset([allegation("2018-06-03", [{ ref: "S-1", category: "civilian-staff" }, { ref: "S-2", category: "un-volunteer" }])]));
    expect(r.views.allegations.total).toBe(2);
    expect(r.records.map((x) => x.category)).toEqual(["INT", "UNV"]);
  });

  it("counts two contingent members of the same country in one report as one allegation with two perpetrators", () => {
    const r = build(dataset([allegation("2018-06-03", [{ ref: "S-1", category: "military-contingent", contributingCountry: "AAA" }, { ref: "S-2", category: "military-contingent", contributingCountry: "AAA" }])]));
    expect(r.views.allegations.total).toBe(1);
    expect(r.views.perpetrators.total).toBe(2);
    expect(r.records).toHaveLength(1);
  });

  it("dates an allegation by the month it was received and counts a report without an identified subject once", () => {
    const r = build(dataset([allegation("2018-06-30", [])]));
    expect(r.records.map((x) => [x.month, x.year, x.category, x.perpetrators])).toEqual([["2018-06", 2018, "UNKNOWN", 0]]);
  });

  it("maps civilian staff to NS by a national grade and to INT otherwise, and never splits civilians by country", () => {
    const d = dataset(
      [allegation("2018-06-03", [{ ref: "S-1", category: "civilian-staff", personnelId: "P-NS" }, { ref: "S-2", category: "civilian-staff", personnelId: "P-INT" }, { ref: "S-3", category: "civilian-staff" }])],
      {
        offices: [{ id: "O", name: "O", region: "R", kind: "headquarters", significantStaffPresence: true }],
        personnel: [
          { id: "P-NS", category: "civilian-staff", grade: "G-5", gender: "male", officeId: "O", arrivalDate: "2017-01-01", contributingCountry: "CAF" },
          { id: "P-INT", category: "civilian-staff", grade: "P-3", gender: "male", officeId: "O", arrivalDate: "2017-01-01", contributingCountry: "FRA" },
        ],
      },
    );
    const r = build(d);
    expect(r.records.map((x) => [x.category, x.contributingCountry, x.perpetrators])).toEqual([
      ["NS", null, 1],
      ["INT", null, 2],
    ]);
  });
});

describe("buildPublicData: implementing partners and non-UN forces, counted apart from UN personnel", () => {
  const nonUn = (ref: string, contributingCountry?: string) => ({ ref, category: "non-un-force" as const, ...(contributingCountry ? { contributingCountry } : {}) });

  it("counts a report naming a member of a non-UN force and a contingent member as two allegations", () => {
    const r = build(dataset([allegation("2018-06-03", [nonUn("S-1"), { ref: "S-2", category: "military-contingent", contributingCountry: "AAA" }])]));
    expect(r.views.allegations.total).toBe(2);
    expect(r.records.map((x) => [x.category, x.contributingCountry, x.perpetrators])).toEqual([
      ["NON_UN_FORCE", null, 1],
      ["MC", "AAA", 1],
    ]);
  });

  it("counts a report naming implementing-partner personnel and a staff member as two allegations", () => {
    const r = build(dataset([allegation("2018-06-03", [{ ref: "S-1", category: "non-un-partner" }, { ref: "S-2", category: "civilian-staff" }])]));
    expect(r.records.map((x) => [x.category, x.perpetrators])).toEqual([
      ["IP", 1],
      ["INT", 1],
    ]);
  });

  it("counts two members of non-UN forces in one report as one allegation with two perpetrators, whatever their State: no country contributed them", () => {
    const r = build(dataset([allegation("2018-06-03", [nonUn("S-1", "AAA"), nonUn("S-2", "BBB")])]));
    expect(r.views.allegations.total).toBe(1);
    expect(r.views.perpetrators.total).toBe(2);
    expect(r.records.map((x) => [x.category, x.contributingCountry, x.perpetrators])).toEqual([["NON_UN_FORCE", null, 2]]);
  });

  it("gives implementing partners and non-UN forces their own columns, apart from UN personnel and from each other", () => {
    const r = build(
      dataset([
        allegation("2018-06-03", [nonUn("S-1")]),
        allegation("2018-07-03", [nonUn("S-1")]),
        allegation("2018-07-04", [{ ref: "S-1", category: "non-un-partner" }]),
        allegation("2018-08-03", [{ ref: "S-1", category: "military-contingent", contributingCountry: "AAA" }]),
      ]),
    );
    expect(r.views.allegations.columns.map((c) => [c.key, c.label])).toEqual([
      ["MC", "Military contingent (MC)"],
      ["IP", "Implementing partners"],
      ["NON_UN_FORCE", "Non-UN forces"],
    ]);
    expect(r.views.allegations.columnTotals).toEqual([1, 1, 2]);
    expect(r.views.byMonth.columnTotals).toEqual([1, 1, 2]);
  });

  it("filters on the non-UN force category; the nationality filter (uniformed UN personnel) never picks one", () => {
    const d = dataset([allegation("2018-06-03", [nonUn("S-1", "AAA")]), allegation("2018-06-04", [{ ref: "S-1", category: "military-contingent", contributingCountry: "AAA" }])]);
    const records = (filters: object) => build(d, { asOf: "2019-12-31", audience: "internal", filters }).records.map((x) => x.category);
    expect(records({ category: "NON_UN_FORCE" })).toEqual(["NON_UN_FORCE"]);
    expect(records({ nationality: "AAA" })).toEqual(["MC"]);
  });

  it("counts actions and paternity claims against a member of a non-UN force with their allegation, under no contributing country", () => {
    const a = allegation("2018-01-02", [nonUn("S-1", "AAA"), { ref: "S-2", category: "military-contingent", contributingCountry: "AAA" }], {
      actions: [{ kind: "referral-for-criminal-accountability", subjectRef: "S-1", takenOn: "2018-04-02", legalAffairsConsultedOn: "2018-03-30" }],
      paternityClaims: [{ subjectRef: "S-1", recordedOn: "2018-03-01" }, { subjectRef: "S-2", recordedOn: "2018-03-02" }],
    });
    const r = build(dataset([a]));
    expect(r.records.map((x) => [x.category, x.criminalReferral, x.paternityClaims])).toEqual([
      ["NON_UN_FORCE", true, { open: 1, resolved: 0 }],
      ["MC", false, { open: 1, resolved: 0 }],
    ]);
    expect(r.views.paternityClaims.rows.map((x) => x.key)).toEqual(["AAA", "none"]);
    expect(r.views.paternityClaims.cells).toEqual([
      [1, 0],
      [1, 0],
    ]);
  });
});

describe("buildPublicData: victims, investigations, actions", () => {
  it("puts victims in groups by age at the incident and sex", () => {
    const victims = [
      { ref: "V-a", age: { kind: "known", years: 15 }, sex: "female" },
      { ref: "V-b", age: { kind: "known", years: 18 }, sex: "female" },
      { ref: "V-c", age: { kind: "unknown" }, sex: "female" },
      { ref: "V-d", age: { kind: "known", years: 17 }, sex: "male" },
      { ref: "V-e", age: { kind: "known", years: 40 }, sex: "male" },
      { ref: "V-f", age: { kind: "unknown" }, sex: "male" },
      { ref: "V-g", age: { kind: "known", years: 12 }, sex: "unknown" },
    ] as const;
    const r = build(dataset([allegation("2018-06-03", [{ ref: "S-1", category: "un-volunteer" }], { victims: victims.map((v) => ({ ...v })) })]));
    expect(r.records[0]!.victims).toEqual({ women: 1, girls: 1, "female-age-unknown": 1, men: 1, boys: 1, "male-age-unknown": 1, unknown: 1 });
    expect(r.views.victims.rowTotals).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it("groups a victim recorded by date of birth by the age on the incident date, to the day", () => {
    const victims = [
      { ref: "V-18", age: { kind: "date-of-birth", dateOfBirth: "2000-06-03" }, sex: "female" },
      { ref: "V-17", age: { kind: "date-of-birth", dateOfBirth: "2000-06-04" }, sex: "female" },
      { ref: "V-m17", age: { kind: "date-of-birth", dateOfBirth: "2000-06-04" }, sex: "male" },
      { ref: "V-range", age: { kind: "estimated", minYears: 16, maxYears: 19 }, sex: "male" },
    ] as const;
    const r = build(dataset([allegation("2018-07-01", [{ ref: "S-1", category: "un-volunteer" }], { incidentDate: "2018-06-03", victims: victims.map((v) => ({ ...v })) })]));
    // Turning 18 on the incident day counts as adult, the day before as a child; a range straddling 18 is never adult.
    expect(r.records[0]!.victims).toEqual({ women: 1, girls: 1, "female-age-unknown": 0, men: 0, boys: 1, "male-age-unknown": 1, unknown: 0 });
  });

  it("puts a victim recorded by date of birth in the age-unknown group when the incident date is not recorded", () => {
    const r = build(dataset([allegation("2018-07-01", [{ ref: "S-1", category: "un-volunteer" }], { victims: [{ ref: "V-1", age: { kind: "date-of-birth", dateOfBirth: "1990-01-01" }, sex: "female" }] })]));
    expect(r.records[0]!.victims["female-age-unknown"]).toBe(1);
    expect(r.records[0]!.victims.women).toBe(0);
  });

  it("gives days to complete exactly, in calendar days from referral to conclusion, and only once concluded", () => {
    const inv = (referredOn: string, concludedOn?: string) =>
      allegation("2018-01-02", [{ ref: "S", category: "civilian-staff" }], { investigation: { entity: "OIOS", referredOn, ...(concludedOn ? { concludedOn } : {}) } });
    const r = build(dataset([inv("2018-01-31", "2018-03-01"), inv("2020-02-28", "2020-03-01"), inv("2018-01-05", "2018-07-04"), inv("2018-02-01")]), { asOf: "2020-12-31", audience: "internal" });
    expect(r.records.map((x) => x.daysToComplete)).toEqual([29, 2, 180, null]);
    expect(r.completedInvestigations).toEqual([{ entity: "OIOS", completed: 3, averageDays: 70.3, longestDays: 180 }]);
  });

  it("reads investigating entities and public status as of the date", () => {
    const a = allegation("2018-01-02", [{ ref: "S", category: "military-contingent", contributingCountry: "AAA" }], {
      investigation: { entity: "National Investigation Officer (contributing country)", referredOn: "2018-01-10", concludedOn: "2018-05-01" },
      outcome: { result: "substantiated", decidedOn: "2018-05-10" },
    });
    expect(build(dataset([a]), { asOf: "2018-01-05", audience: "internal" }).records[0]).toMatchObject({ investigatingEntity: "NONE", status: "preliminary-assessment", daysToComplete: null });
    expect(build(dataset([a]), { asOf: "2018-02-01", audience: "internal" }).records[0]).toMatchObject({ investigatingEntity: "NIO", status: "pending-member-state-investigation" });
    expect(build(dataset([a]), { asOf: "2018-06-01", audience: "internal" }).records[0]).toMatchObject({ status: "substantiated", daysToComplete: 111 });
  });

  it("counts interim, final and Member State actions and criminal referrals with the subject's counted allegation, and paternity claims by country", () => {
    const a = allegation("2018-01-02", [{ ref: "S-1", category: "civilian-staff" }, { ref: "S-2", category: "formed-police-unit", contributingCountry: "BBB" }], {
      actions: [
        { kind: "administrative-leave", subjectRef: "S-1", takenOn: "2018-01-05" },
        { kind: "repatriation", subjectRef: "S-2", takenOn: "2018-02-01" },
        { kind: "dismissal", subjectRef: "S-2", takenOn: "2018-04-01", takenBy: "member-state" },
        { kind: "referral-for-criminal-accountability", subjectRef: "S-2", takenOn: "2018-04-02", legalAffairsConsultedOn: "2018-03-30" },
        { kind: "dismissal", subjectRef: "S-1", takenOn: "2030-01-01" },
      ],
      paternityClaims: [{ subjectRef: "S-2", recordedOn: "2018-03-01" }, { subjectRef: "S-2", recordedOn: "2018-03-02", resolvedOn: "2018-09-01" }],
    });
    const r = build(dataset([a]));
    expect(r.records.map((x) => [x.category, x.actions, x.criminalReferral])).toEqual([
      ["INT", { interim: 1, final: 0, "member-state": 0, "criminal-referral": 0 }, false],
      ["FPU", { interim: 0, final: 1, "member-state": 1, "criminal-referral": 1 }, true],
    ]);
    expect(r.views.paternityClaims.rows.map((x) => x.key)).toEqual(["BBB"]);
    expect(r.views.paternityClaims.cells).toEqual([[1, 1]]);
  });
});

describe("buildPublicData: filters and audience", () => {
  const d = dataset([
    allegation("2018-06-03", [{ ref: "S-1", category: "military-contingent", contributingCountry: "AAA" }]),
    allegation("2019-02-03", [{ ref: "S-1", category: "military-contingent", contributingCountry: "BBB" }]),
    allegation("2019-03-03", [{ ref: "S-1", category: "un-volunteer" }]),
  ]);

  it("filters by year, mission, category and nationality of uniformed personnel", () => {
    const total = (filters: object) => build(d, { asOf: "2019-12-31", audience: "internal", filters }).views.allegations.total;
    expect(total({})).toBe(3);
    expect(total({ year: 2019 })).toBe(2);
    expect(total({ mission: "OTHER" })).toBe(0);
    expect(total({ category: "MC" })).toBe(2);
    expect(total({ nationality: "BBB" })).toBe(1);
  });

  it("leaves record-level rows out of a public report and suppresses its small counts", () => {
    const r = build(d, { asOf: "2019-12-31" });
    expect(r.audience).toBe("public");
    expect(r.records).toEqual([]);
    expect(r.views.allegations.total).toBe("<5");
    expect(r.minimumCellSize).toMatchObject({ id: "publicDataMinimumCellSize", value: 5, effectiveFrom: "2017-02-28" });
    expect(build(d, { asOf: "2019-12-31", audience: "public", parameters: { publicDataMinimumCellSize: [{ value: 3, effectiveFrom: "2019-01-01", citation: { document: "A/71/818", clause: "x" } }] } }).views.allegations.total).toBe(3);
  });

  it("returns issues with a path and a code, never echoing what it received", () => {
    const secret = "SECRET-VALUE-1";
    const r = buildPublicData({ mission: { id: secret }, allegations: [{ id: secret, receivedOn: secret }] }, { asOf: secret, filters: { nationality: secret } as never, audience: secret as never });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(["asOf", "audience", "filters", "mission", "allegations"]));
    expect(JSON.stringify(r.issues)).not.toContain(secret);
  });

  it("never throws and never mutates its input", () => {
    const input = structuredClone(d);
    const frozen = JSON.stringify(input);
    build(input);
    expect(JSON.stringify(input)).toBe(frozen);
    for (const bad of [null, 1, "x", [], { mission: null }, { allegations: {} }]) expect(buildPublicData(bad, { asOf: "2019-01-01" }).ok).toBe(false);
    expect(buildPublicData(d, undefined as never).ok).toBe(false);
  });

  it("is a report kind whose sections carry charts with a text alternative", () => {
    const r = publicDataReport.build(d, { asOf: "2019-12-31", audience: "internal" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const sections = publicDataReport.sections(r.report);
    const charts = sections.flatMap((s) => s.charts);
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.vegaLite).toMatchObject({ title: c.title, description: c.description });
    }
    expect(sections.flatMap((s) => s.tables).some((t) => t.id === "public-data.records")).toBe(true);
  });
});

/** Every exact table that agrees with what a suppressed table shows (values 0..max). */
function consistentTables(shown: CrossTab, minimum: number, max: number): number[][][] {
  const R = shown.rows.length;
  const C = shown.columns.length;
  const fits = (s: PublicCount, v: number) => (typeof s === "number" ? s === v : s === "suppressed" ? v >= minimum : v > 0 && v < minimum);
  const out: number[][][] = [];
  const cells = Array.from({ length: R * C }, () => 0);
  const walk = (k: number) => {
    if (k === R * C) {
      const t = Array.from({ length: R }, (_, i) => cells.slice(i * C, i * C + C));
      const rows = t.map((r) => r.reduce((a, b) => a + b, 0));
      const cols = Array.from({ length: C }, (_, j) => t.reduce((a, r) => a + r[j]!, 0));
      const total = rows.reduce((a, b) => a + b, 0);
      if (rows.every((v, i) => fits(shown.rowTotals[i]!, v)) && cols.every((v, j) => fits(shown.columnTotals[j]!, v)) && fits(shown.total, total)) out.push(t);
      return;
    }
    const s = shown.cells[Math.floor(k / C)]![k % C]!;
    for (let v = 0; v <= max; v++) {
      if (!fits(s, v)) continue;
      cells[k] = v;
      walk(k + 1);
    }
  };
  walk(0);
  return out;
}

describe("small-cell suppression", () => {
  const keys = (...k: string[]) => k.map((key) => ({ key, label: key }));

  it("cannot be undone from totals: a lone small count takes a second count of its row and column with it", () => {
    const exact = crossTab("t", "t", keys("a", "b"), keys("x", "y", "z"), [
      [2, 10, 7],
      [9, 8, 12],
    ]);
    const s = suppressCrossTab(exact, 5);
    expect(s.cells[0]![0]).toBe("<5");
    // Shown alone with its totals, the 2 would be 19 - 10 - 7.
    expect(s.cells[0]!.filter((c) => typeof c === "string").length).toBeGreaterThanOrEqual(2);
    expect(s.total).toBe(48);
    const solutions = consistentTables(s, 5, 20);
    expect(solutions.length).toBeGreaterThan(1);
    expect(new Set(solutions.map((t) => t[0]![0])).size).toBeGreaterThan(1);
  });

  it("leaves no row, column or totals line with exactly one hidden count, on tables of every shape", async () => {
    const fc = await import("fast-check");
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }).chain((r) => fc.integer({ min: 1, max: 4 }).chain((c) => fc.array(fc.array(fc.nat(12), { minLength: c, maxLength: c }), { minLength: r, maxLength: r }))), (m) => {
        const t = suppressCrossTab(crossTab("t", "t", keys(...m.map((_, i) => `r${i}`)), keys(...m[0]!.map((_, j) => `c${j}`)), m), 5);
        const hidden = (v: PublicCount) => typeof v === "string";
        const grid = [...t.cells.map((r, i) => [...r, t.rowTotals[i]!]), [...t.columnTotals, t.total]];
        for (const row of grid) expect(row.filter(hidden).length).not.toBe(1);
        for (let j = 0; j < grid[0]!.length; j++) expect(grid.map((r) => r[j]!).filter(hidden).length).not.toBe(1);
        // Every count below the minimum is hidden, and nothing else is changed.
        grid.flat().forEach((v) => typeof v === "number" && expect(v === 0 || v >= 5).toBe(true));
      }),
      { numRuns: 300 },
    );
  });

  it("hides the same shared totals in every table that counts the same allegations", () => {
    const d = dataset([
      ...Array.from({ length: 6 }, () => allegation("2018-06-03", [{ ref: "S", category: "military-contingent", contributingCountry: "AAA" }])),
      allegation("2018-07-03", [{ ref: "S", category: "un-volunteer" }]),
    ]);
    const r = build(d, { asOf: "2019-12-31" });
    const byCode = (t: CrossTab) => Object.fromEntries(t.columns.map((c, j) => [c.key, t.columnTotals[j]]));
    expect(byCode(r.views.allegations)).toEqual(byCode(r.views.byMonth));
    expect(r.views.allegations.total).toEqual(r.views.byMonth.total);
    expect(r.views.allegations.total).toEqual(r.views.investigations.total);
    expect(byCode(r.views.allegations)["UNV"]).toBe("<5");
  });
});

describe("buildPublicData: SGB-1, a consensual relationship with an adult beneficiary counts under the parameter in force", () => {
  const relationship = () =>
    allegation("2018-06-03", [{ ref: "S-1", category: "civilian-staff" }], {
      victims: [{ ref: "V-r", age: { kind: "known", years: 30 }, sex: "female", beneficiary: true }],
      conduct: { sexualActivity: "actual", relationship: "ongoing" },
    });
  const overlay = (effectiveFrom: string) => ({
    overlay: {
      adultBeneficiaryRelationshipClassification: [
        { value: "exploitative-relationship" as const, effectiveFrom, citation: { document: "MINUSCA-AP-2018-2019" as const, clause: "non-fraternization policy" } },
      ],
    },
  });

  it("passes: under the default (a 3.2(d) matter) it is not counted as SE or SA", () => {
    const r = build(dataset([relationship()]));
    expect(r.records.map((x) => [x.nature, x.type])).toEqual([["unknown", "unknown"]]);
    expect(r.adultBeneficiaryRelationship).toMatchObject({ id: "adultBeneficiaryRelationshipClassification", value: "sgb-3.2d-matter" });
  });

  it("fails to count it as a 3.2(d) matter once a mission overlays exploitative-relationship: it is SE, exploitative relationship", () => {
    const r = build(dataset([relationship()]), { asOf: "2019-12-31", audience: "internal", parameters: overlay("2018-01-01") });
    expect(r.records.map((x) => [x.nature, x.type])).toEqual([["SE", "exploitative-relationship"]]);
    expect(r.adultBeneficiaryRelationship).toMatchObject({ value: "exploitative-relationship", effectiveFrom: "2018-01-01" });
    expect(r.views.allegations.rows.map((x) => x.key)).toEqual(["exploitative-relationship"]);
  });

  it("uses the value in force on the report's asOf: an overlay dated after it does not apply", () => {
    const r = build(dataset([relationship()]), { asOf: "2019-12-31", audience: "internal", parameters: overlay("2020-01-01") });
    expect(r.records.map((x) => x.type)).toEqual(["unknown"]);
  });

  it("takes a recorded type's nature from the type, never from a derivation it contradicts", () => {
    const r = build(dataset([allegation("2018-06-03", [{ ref: "S-1", category: "civilian-staff" }], { recorded: { type: "rape" } })]));
    expect(r.records.map((x) => [x.nature, x.type])).toEqual([["SA", "rape"]]);
  });
});

describe("buildPublicData: a member of a non-UN force is never counted as mission personnel", () => {
  it("fails a non-UN force subject carrying a personnelId as an input issue with a fixed message", () => {
    const r = buildPublicData(dataset([allegation("2018-06-03", [{ ref: "S-1", category: "non-un-force", personnelId: "P-SECRET" }])]), { asOf: "2019-12-31" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      { path: ["allegations", 0, "subjects", 0, "personnelId"], code: "non-un-force-personnel-id", message: "a member of a non-UN force is never mission personnel and carries no personnel id" },
    ]);
  });
});
