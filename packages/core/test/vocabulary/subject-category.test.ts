import { describe, expect, it } from "vitest";
import { Allegation, isPersonnelCategory, parseDataset, Personnel, PersonnelCategory, SubjectCategory } from "../../src";
import { allRules } from "../../src/rules";

describe("SubjectCategory: who an allegation names", () => {
  it("is every personnel category and non-un-force", () => {
    expect(SubjectCategory.options).toEqual([...PersonnelCategory.options, "non-un-force"]);
    expect(SubjectCategory.options.filter((c) => !isPersonnelCategory(c))).toEqual(["non-un-force"]);
  });

  it("an allegation may name a member of a non-UN force; a personnel record cannot be one", () => {
    const a = Allegation.safeParse({ id: "A-1", receivedOn: "2018-06-01", intake: { channel: "hotline" }, subjects: [{ ref: "S-1", category: "non-un-force" }], conduct: { sexualActivity: "actual" } });
    expect(a.success).toBe(true);
    const p = Personnel.safeParse({ id: "P-1", category: "non-un-force", gender: "male", officeId: "O", arrivalDate: "2018-01-01" });
    expect(p.success).toBe(false);
    expect(p.error?.issues.map((i) => i.path)).toEqual([["category"]]);
  });
});

describe("a non-UN force subject is never mission personnel: a personnelId on one is an input issue", () => {
  const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
  const personnel = [{ id: "P-SECRET-1", category: "military-contingent", gender: "male", officeId: "O", arrivalDate: "2018-01-01" }];
  const offices = [{ id: "O", name: "O", region: "R", kind: "headquarters", significantStaffPresence: true }];
  const dataset = (subject: Record<string, unknown>) => ({
    mission,
    offices,
    personnel,
    allegations: [{ id: "A-1", receivedOn: "2018-06-01", intake: { channel: "hotline" }, subjects: [{ ref: "S-1", ...subject }], conduct: { sexualActivity: "actual" } }],
  });

  it("fails a non-UN force subject carrying a personnelId, with a path and a code and no echo of the id", () => {
    const r = parseDataset(allRules, dataset({ category: "non-un-force", personnelId: "P-SECRET-1" }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path, i.code])).toEqual([[["allegations", 0, "subjects", 0, "personnelId"], "non-un-force-personnel-id"]]);
    expect(JSON.stringify(r.issues)).not.toContain("SECRET");
  });

  it("passes a non-UN force subject without a personnelId, and a contingent member with one", () => {
    expect(parseDataset(allRules, dataset({ category: "non-un-force", contributingCountry: "AAA" })).ok).toBe(true);
    expect(parseDataset(allRules, dataset({ category: "military-contingent", personnelId: "P-SECRET-1" })).ok).toBe(true);
  });
});
