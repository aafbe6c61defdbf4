import { evaluate, type PersonnelCategory, type PersonnelInput, type PersonnelRole } from "@psea/core";
import { describe, expect, it } from "vitest";
import { complianceReport, trainingRules } from "../src";
import { mission } from "./support";

const CATEGORIES: PersonnelCategory[] = ["military-contingent", "formed-police-unit", "civilian-staff", "un-volunteer", "individual-police"];
const ROLES: PersonnelRole[][] = [[], [], [], [], [], [], ["supervisor"], ["community-liaison-assistant"]];
const DAY = 86_400_000;
const iso = (days: number) => new Date(Date.UTC(2016, 0, 1) + days * DAY).toISOString().slice(0, 10);

/** 100,000 people, deterministic; every 50th never took the induction. */
function bigMission(n: number): PersonnelInput[] {
  const out: PersonnelInput[] = [];
  for (let i = 0; i < n; i++) {
    const arrival = iso((i * 7) % 1200);
    const roles = ROLES[i % ROLES.length]!;
    const trainings = i % 50 === 0 ? [] : [{ courseId: "sea-induction", completedOn: arrival }, { courseId: "sea-refresher", completedOn: iso(((i * 7) % 1200) + 200 + (i % 150)) }];
    if (roles.includes("community-liaison-assistant")) trainings.push({ courseId: "sea-community-liaison-assistant", completedOn: arrival });
    out.push({
      id: `P-${i}`,
      category: CATEGORIES[i % CATEGORIES.length]!,
      gender: i % 3 === 0 ? "female" : "male",
      officeId: `O-${i % 40}`,
      arrivalDate: arrival,
      roles,
      bulletinAcknowledgedOn: arrival,
      ...(roles.includes("supervisor") ? { pledgeSignedOn: arrival } : {}),
      trainings,
    });
  }
  return out;
}

describe("AP-P2 at scale", () => {
  const personnel = bigMission(100_000);
  const asOf = "2019-06-30";

  it("AP-P2 reports on 100,000 personnel", () => {
    const r = complianceReport(personnel, { asOf });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.training.overall.population).toBe(100_000);
    expect(r.rows.filter((row) => row.courseId === "sea-induction" && row.status === "never-taken")).toHaveLength(2000);
    expect(r.training.meetsTarget).toBe(false);
  }, 20_000);

  it("AP-P2 evaluates the rules on 100,000 personnel", () => {
    const r = evaluate(trainingRules, { mission, personnel }, { asOf });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const induction = r.findings.filter((f) => f.explanation.facts["courseId"] === "sea-induction");
    expect(induction).toHaveLength(2000);
    expect(r.findings.filter((f) => f.ruleId === "ap.p2.training-compliance-rate")).toHaveLength(1);
  }, 20_000);
});
