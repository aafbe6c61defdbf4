import { describe, expect, it } from "vitest";
import { minuscaActionPlan2018_2019, parseActionPlan, planActivities } from "../../src/action-plan";

describe("AP-MATRIX the MINUSCA 2018-2019 plan as data", () => {
  it("AP-MATRIX parses against the schema", () => {
    const r = parseActionPlan(minuscaActionPlan2018_2019);
    expect(r.ok && r.value).toEqual(minuscaActionPlan2018_2019);
  });

  it("AP-MATRIX has the three pillars with Prevention goals 1-6, Enforcement goals 1-5 and Remedial goal 1", () => {
    expect(minuscaActionPlan2018_2019.pillars.map((p) => [p.id, p.goals.map((g) => g.number)])).toEqual([
      ["prevention", [1, 2, 3, 4, 5, 6]],
      ["enforcement", [1, 2, 3, 4, 5]],
      ["remedial", [1]],
    ]);
  });

  it("AP-MATRIX keeps every activity, lettered in order, of every goal", () => {
    const letters = (pillar: number) => minuscaActionPlan2018_2019.pillars[pillar]!.goals.map((g) => g.activities.map((a) => a.id.split(".")[1]).join(""));
    expect(letters(0)).toEqual(["abcdefghi", "abcde", "ab", "abc", "abcde", "abcdefghi"]);
    expect(letters(1)).toEqual(["abcde", "abc", "abcde", "ab", "abcdefghij"]);
    expect(letters(2)).toEqual(["abcd"]);
    expect(planActivities(minuscaActionPlan2018_2019)).toHaveLength(62);
  });

  it("AP-MATRIX keeps the expected results and the plan's own status and comments", () => {
    const goal = (pillar: number, n: number) => minuscaActionPlan2018_2019.pillars[pillar]!.goals.find((g) => g.number === n)!;
    expect(goal(0, 1).expectedResults.map((r) => r.id)).toEqual(["P1.i", "P1.ii", "P1.iii", "P1.iv", "P1.v", "P1.vi"]);
    expect(goal(0, 1).status).toBe("Ongoing");
    expect(goal(0, 3).comments).toBe("Monthly meetings to be held.");
    expect(goal(1, 1).status).toBe("Continuing");
    expect(goal(1, 3).partners.leading).toEqual(["CDT"]);
    expect(goal(2, 1).expectedResults.map((r) => r.id)).toEqual(["R1.i", "R1.ii", "R1.iii"]);
  });

  it("AP-R1 keeps expected result (i), illegible in the source, as an entry marked illegible rather than dropping or inventing it", () => {
    const remedial = minuscaActionPlan2018_2019.pillars[2]!.goals[0]!;
    expect(remedial.expectedResults[0]).toEqual({ id: "R1.i", text: "[illegible in the source]", illegible: true });
    expect(remedial.expectedResults.filter((r) => r.illegible)).toHaveLength(1);
  });

  it("AP-MATRIX keeps only the readable words where the source cannot be read, with '…' and an illegible marker, and restores none", () => {
    const [prevention, enforcement, remedial] = minuscaActionPlan2018_2019.pillars.map((p) => p.goals);
    const goal = (goals: typeof prevention, n: number) => goals!.find((g) => g.number === n)!;
    const result = (goals: typeof prevention, n: number, id: string) => goal(goals, n).expectedResults.find((r) => r.id === id)!;
    // Seed l.62-66: the line between "channels" and "by" is blank.
    expect(result(prevention, 1, "P1.ii")).toEqual({
      id: "P1.ii",
      text: "Available reporting mechanisms and channels … by MINUSCA, its partners and communities, including the 4044 hotline.",
      illegible: true,
    });
    // Seed l.67-70: only marks stand before "every town hall meeting".
    expect(result(prevention, 1, "P1.iii")).toEqual({ id: "P1.iii", text: "… every town hall meeting in the field and at HQ.", illegible: true });
    // Seed l.73-76: marks stand between "well informed on the" and "the mechanisms".
    expect(result(prevention, 1, "P1.iv").text).toContain("well informed on the … the mechanisms");
    // Seed l.98: cut line ends.
    expect(result(prevention, 2, "P2.ii")).toMatchObject({ text: "UN personnel understand their responsibilities … preventing and responding to misconduct … notably SEA.", illegible: true });
    // Seed l.97-99: the partners column starts at "in Programs", the status column reads "= … of led".
    expect(goal(prevention, 2).partners).toEqual({ leading: [], implementing: ["… in Programs", "Country representative (CR)", "CDT"], illegible: true });
    expect(goal(prevention, 2)).toMatchObject({ status: "… of led", statusIllegible: true });
    // Seed l.103: the result starts at "response efforts"; "(k) Relevant information," is cut.
    expect(result(prevention, 3, "P3.i")).toEqual({ id: "P3.i", text: "… response efforts coordinated across the UN in CAR.", illegible: true });
    expect(result(prevention, 3, "P3.ii")).toEqual({ id: "P3.ii", text: "Relevant information, …", illegible: true });
    // Seed l.150: activity (e) is cut after "duly".
    const e1e = goal(enforcement, 1).activities.find((a) => a.id === "E1.e")!;
    expect(e1e).toMatchObject({ illegible: true });
    expect(e1e.text).toMatch(/against duly …$/);
    // Seed l.152: HRD is printed twice; kept as printed.
    expect(goal(enforcement, 2).activities[0]!.text).toBe("Establish IRT with members from HRD, CRSV, HRD, CP, UNPOL, Force.");
    // Seed l.176: the partners column's last line is garbled.
    expect(goal(enforcement, 3).partners).toMatchObject({ implementing: expect.arrayContaining(["…"]), illegible: true });
    // Seed l.224: the title is cut after "victim-centered".
    expect(goal(remedial, 1)).toMatchObject({ title: "Design a victim-centered …", titleIllegible: true });

    // No words the seed does not have at these places (references cite documents by their full titles).
    const all = JSON.stringify(minuscaActionPlan2018_2019, (key, value: unknown) => (key === "references" ? undefined : value));
    for (const invented of ["SEA prevention and response", "channels known by", "Anti SEA messages reiterated", "assistance programme", "responsibilities in preventing", "duly authorized", "members from HRD, CRSV, HR, CP"]) expect(all).not.toContain(invented);
    // Every text with a "…" is marked illegible, and every marked text shows where words are lost.
    for (const g of minuscaActionPlan2018_2019.pillars.flatMap((p) => p.goals)) {
      for (const item of [...g.activities, ...g.expectedResults]) expect(item.text.includes("…"), item.id).toBe(item.illegible === true && !item.text.includes("illegible in the source"));
      expect([...g.partners.leading, ...g.partners.implementing].some((x) => x.includes("…"))).toBe(g.partners.illegible === true);
      expect(g.title.includes("…")).toBe(g.titleIllegible === true);
      expect((g.status ?? "").includes("…")).toBe(g.statusIllegible === true);
    }
  });

  it("AP-MATRIX records the activities the cadences encode, in the plan's words", () => {
    const text = new Map(planActivities(minuscaActionPlan2018_2019).map((a) => [a.id, a.text]));
    expect(text.get("P1.c")).toContain("quarterly newsletter in French and English");
    expect(text.get("P1.h")).toBe("Issue weekly radio broadcasts on SEA, in French and in Sango.");
    expect(text.get("P4.a")).toContain("weekly meeting between CDT and Force Commander");
    expect(text.get("P4.b")).toContain("monthly meetings between CDT and Police Commissioner");
    expect(text.get("P6.f")).toContain("weekly prevention meetings");
    expect(text.get("E3.e")).toContain("bi-weekly meetings between CDT, OIOS and SIU");
    expect(text.get("R1.a")).toContain("monthly meetings");
  });
});
