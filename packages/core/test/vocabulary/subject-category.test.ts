import { describe, expect, it } from "vitest";
import { Allegation, isPersonnelCategory, Personnel, PersonnelCategory, SubjectCategory } from "../../src";

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
