import { describe, expect, it } from "vitest";
import { cite, defineRuleSet, type MissionDatasetInput } from "../../../src";
import { bulletinRules, nonFraternizationRule } from "../../../src/rules";
import { compliantDataset, person } from "@psea/test-support";
import { allegation, run, victim } from "./support";

const identity = (who: string) => ({
  name: `CANARY-${who}-NAME`,
  contact: `CANARY-${who}-CONTACT`,
  address: `CANARY-${who}-ADDRESS`,
  dateOfBirth: "2001-01-01",
  notes: `CANARY-${who}-NOTES`,
});
const complainant = (ref: string) => ({ ref, relation: "community-member" as const, identity: identity("COMPLAINANT") });

/** A mission in which every bulletin rule and exception has something to say, with identities planted everywhere. */
function leakyDataset(): MissionDatasetInput {
  const d = compliantDataset();
  d.mission = { ...d.mission, localAgeOfConsentYears: 15 };
  d.personnel = [...d.personnel!, person({ id: "P-HOO", roles: ["head-of-office"] })];
  d.allegations = [
    allegation({
      id: "A-1",
      complainant: complainant("C-1"),
      victims: [victim({ ref: "V-1", age: { kind: "known", years: 16 }, identity: identity("VICTIM") }), victim({ ref: "V-2", age: { kind: "unknown" }, identity: identity("VICTIM") })],
      conduct: { sexualActivity: "actual", exchange: ["money", "assistance"], subjectClaimedBeliefVictimAdult: true },
      recorded: { nature: "sexual-abuse", type: "rape" },
      outcome: { result: "substantiated", decidedOn: "2018-05-01" },
      actions: [{ kind: "referral-for-criminal-accountability", takenOn: "2018-04-20" }],
      closedOn: "2018-06-01",
    }),
    allegation({
      id: "A-2",
      complainant: complainant("C-2"),
      subjects: [{ ref: "S-9", category: "civilian-staff" }],
      victims: [
        victim({ ref: "V-3", beneficiary: true, identity: identity("VICTIM") }),
        victim({ ref: "V-4", beneficiary: true, age: { kind: "known", years: 17 }, marriageToSubject: { legallyMarried: true, overAgeOfMajorityInCitizenshipCountry: true }, identity: identity("VICTIM") }),
      ],
      conduct: { sexualActivity: "actual", relationship: "ongoing" },
      outcome: { result: "substantiated", decidedOn: "2018-05-01" },
      closedOn: "2018-06-10",
    }),
    allegation({ id: "A-3", complainant: complainant("C-3"), victims: [victim({ ref: "V-5", identity: identity("VICTIM") })], conduct: { sexualActivity: "actual" } }),
  ];
  d.discretionDecisions = [
    { id: "D-2", exception: "SGB-4.5", allegationId: "A-2", victimRef: "V-3", decidedOn: "2018-06-01", decidedBy: "P-HOM" },
    { id: "D-3", exception: "SGB-4.5", allegationId: "A-1", victimRef: "V-2", decidedOn: "2018-06-01", decidedBy: "P-HOM" },
  ];
  // No outreach recorded, so SGB 4.3 has something to say.
  d.communications = [];
  d.concerns = [{ id: "K-1", personnelId: "P-FP", becameAwareOn: "2018-04-01" }];
  d.partnerAgreements = [
    { id: "PA-1", partnerName: "Partner NGO", partnerKind: "ngo", startDate: "2018-02-01", failures: [{ kind: "prevention", recordedOn: "2018-04-01" }] },
  ];
  return d;
}

describe("confidentiality of the bulletin's findings (SGB-3.2b, SGB-4.4, SGB-4.5 and every other rule)", () => {
  it("never carries a victim's or complainant's identity in any finding, message, fact or explanation", () => {
    const input = leakyDataset();
    const before = JSON.stringify(input);
    const r = run(input);
    // Every rule and both exceptions took part, so the check is not vacuous.
    const ruleIds = new Set(r.findings.map((f) => f.ruleId));
    expect([...ruleIds].sort()).toEqual(bulletinRules.rules.map((x) => x.id).sort());
    expect(r.findings.filter((f) => f.explanation.exception).map((f) => f.explanation.exception!.exceptionId).sort()).toEqual([
      "sgb.4.4.marriage-carve-out",
      "sgb.4.5.adult-beneficiary-discretion",
    ]);
    expect(JSON.stringify(r)).not.toContain("CANARY");
    expect(JSON.stringify(r)).not.toContain("2001-01-01");
    expect(JSON.stringify(input)).toBe(before);
  });

  it("nor does a mission's non-fraternization profile", () => {
    const profile = nonFraternizationRule({ id: "mission.nf", citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 2 (e)", { verify: true }), categories: ["military-contingent", "civilian-staff"] });
    const r = run(leakyDataset(), { set: defineRuleSet({ id: "p", title: "p", rules: [...bulletinRules.rules, profile], exceptions: bulletinRules.exceptions }) });
    expect(r.findings.some((f) => f.ruleId === "mission.nf")).toBe(true);
    expect(JSON.stringify(r)).not.toContain("CANARY");
  });
});
