import { defineRuleSet, evaluate, type AnyRule } from "@psea/core";
import { describe, expect, it } from "vitest";
import {
  campRiskAssessment,
  highFactorRegisterEntry,
  highRiskLocationPatrol,
  highRiskMitigation,
  jointPatrolParticipants,
  mitigationFollowUp,
  offLimitsListCurrent,
  recommendationDueDate,
  riskEntryOwned,
  riskEntryScored,
  riskOwnedByManager,
} from "../src";
import { checklist, NORTH, scoringDataset, SOUTH } from "./support/checklists";
import { findings } from "./support/findings";
import { AS_OF, compliantRiskDataset, type RiskMissionInput, withRisk } from "@psea/test-support";

// AP Prevention goal 6 and SGB 3.2(f): what each risk finding says, and the first and last day each
// rule judges (a record dated asOf itself, the day before and after), one rule at a time.

const only = (rule: AnyRule) => defineRuleSet({ id: `only-${rule.id}`, title: rule.title, rules: [rule] });
const run = (rule: AnyRule, d: unknown, asOf = AS_OF) => findings(evaluate(only(rule), d, { asOf }));

type Camp = NonNullable<RiskMissionInput["camps"]>[number];
type Assessment = NonNullable<RiskMissionInput["campAssessments"]>[number];
type Mitigation = NonNullable<NonNullable<RiskMissionInput["riskRegister"]>[number]["mitigations"]>[number];

function camps(patch: Partial<Camp>, campAssessments: Assessment[] = []): RiskMissionInput {
  const d = compliantRiskDataset();
  d.camps = [{ ...d.camps![0]!, ...patch }];
  d.campAssessments = campAssessments;
  return d;
}

const assessed = (id: string, assessedOn: string): Assessment => ({ id, campId: "CAMP-N", assessedOn });

describe("AP-P6 (c) camp risk assessments: the days judged", () => {
  it("AP-P6 counts an assessment made on asOf itself", () => {
    const d = camps({ lastRiskAssessmentOn: "2017-06-01" }, [assessed("CRA-0", AS_OF)]);
    expect(run(campRiskAssessment, d)).toEqual([]);
    expect(run(campRiskAssessment, d, "2018-06-29").map((f) => f.explanation.facts["lastAssessedOn"])).toEqual(["2017-06-01"]);
  });

  it("AP-P6 takes the latest of several assessments listed newest first, and the first listed of two on one day", () => {
    const d = camps({}, [assessed("CRA-2", "2018-03-01"), assessed("CRA-1", "2017-10-01")]);
    expect(run(campRiskAssessment, d)).toEqual([]);
    expect(run(campRiskAssessment, d, "2018-09-02").map((f) => [f.path, f.explanation.facts["lastAssessedOn"]])).toEqual([
      [["campAssessments", 0, "assessedOn"], "2018-03-01"],
    ]);
    const twice = camps({}, [assessed("CRA-1", "2017-10-01"), assessed("CRA-2", "2017-10-01")]);
    expect(run(campRiskAssessment, twice).map((f) => f.path)).toEqual([["campAssessments", 0, "assessedOn"]]);
  });

  it("AP-P6 takes the later of two assessments listed oldest first", () => {
    const d = camps({}, [assessed("CRA-1", "2017-10-01"), assessed("CRA-2", "2018-03-01")]);
    expect(run(campRiskAssessment, d)).toEqual([]);
  });

  it("AP-P6 asks nothing of a camp opening after asOf, whatever its record", () => {
    expect(run(campRiskAssessment, camps({ openedOn: "2018-07-01", lastRiskAssessmentOn: "2017-06-01" }))).toEqual([]);
  });

  it("AP-P6 words a camp of unknown opening never assessed, with no due date", () => {
    const { openedOn: _openedOn, ...camp } = compliantRiskDataset().camps![0]!;
    const d = { ...compliantRiskDataset(), camps: [camp], campAssessments: [] };
    expect(run(campRiskAssessment, d).map((f) => f.message)).toEqual(["camp Camp North has no SEA risk assessment"]);
  });

  it("AP-P6 counts the camp's recorded date on asOf itself, and not one recorded after asOf", () => {
    expect(run(campRiskAssessment, camps({ lastRiskAssessmentOn: AS_OF }))).toEqual([]);
    const [f, ...rest] = run(campRiskAssessment, camps({ lastRiskAssessmentOn: "2018-07-01" }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      path: ["camps", 0, "lastRiskAssessmentOn"],
      message: "camp Camp North has no SEA risk assessment; the first was due by 2017-12-01",
      explanation: { facts: { officeId: "FO-1", openedOn: "2017-06-01", lastAssessedOn: null, dueOn: "2017-12-01" } },
    });
  });

  it("AP-P6 points at the assessment when it and the camp's record share the date", () => {
    const d = camps({ lastRiskAssessmentOn: "2017-10-01" }, [assessed("CRA-1", "2017-10-01")]);
    expect(run(campRiskAssessment, d).map((f) => [f.path, f.message])).toEqual([
      [["campAssessments", 0, "assessedOn"], "camp Camp North was last assessed for SEA risk on 2017-10-01; the next assessment was due by 2018-04-01"],
    ]);
  });

  it("AP-P6 judges a camp opened on asOf itself by the assessment on record", () => {
    expect(run(campRiskAssessment, camps({ openedOn: AS_OF, lastRiskAssessmentOn: "2017-06-01" })).map((f) => f.explanation.facts["dueOn"])).toEqual(["2017-12-01"]);
  });

  it("AP-P6 asks nothing of a camp closed on asOf, and judges one closed the day after", () => {
    expect(run(campRiskAssessment, camps({ closedOn: AS_OF }))).toEqual([]);
    expect(run(campRiskAssessment, camps({ closedOn: "2018-07-01" })).map((f) => f.subject)).toEqual([{ kind: "camp", id: "CAMP-N" }]);
  });
});

/** Camp South's latest checklist (and North's) of scoringDataset, with South's register entries for its high factors left out. */
function southUnregistered(): RiskMissionInput {
  const d = scoringDataset();
  d.riskRegister = d.riskRegister!.filter((r) => r.campId !== "CAMP-S");
  return d;
}

const SOUTH_FACTORS = ["communityProximity", "movementControl", "offLimitsPlacesNearby", "womenAndChildrenOnCamp"];

describe("AP-P6 (d) a closed high or critical risk", () => {
  it("AP-P6 asks no recommendation of a critical risk closed by asOf", () => {
    expect(run(highRiskMitigation, withRisk("R-1", { mitigations: [], closedOn: "2018-06-01" }))).toEqual([]);
    expect(run(highRiskMitigation, withRisk("R-1", { mitigations: [], closedOn: "2018-07-01" })).map((f) => f.subject.id)).toEqual(["R-1"]);
  });
});

describe("AP-P6 (c)-(d) the latest checklist of each open camp", () => {
  const factors = (d: unknown, asOf = AS_OF) => run(highFactorRegisterEntry, d, asOf).map((f) => f.explanation.facts["factor"]);

  it("AP-P6 judges a checklist made on asOf itself, and not one made after it", () => {
    const d = southUnregistered();
    d.campAssessments = [{ id: "CRA-S1", campId: "CAMP-S", assessedOn: AS_OF, riskIds: [], checklist: checklist(SOUTH) }];
    expect(factors(d)).toEqual(SOUTH_FACTORS);
    expect(factors(d, "2018-06-29")).toEqual([]);
  });

  it("AP-P6 judges the latest checklist when the newer is listed first, and the later listed of two made on one day", () => {
    const d = southUnregistered();
    const south = (id: string, assessedOn: string, answers: typeof SOUTH) => ({ id, campId: "CAMP-S", assessedOn, riskIds: [], checklist: checklist(answers) });
    d.campAssessments = [south("CRA-S2", "2018-05-01", NORTH), south("CRA-S1", "2018-03-10", SOUTH)];
    expect(factors(d)).toEqual([]);
    d.campAssessments = [south("CRA-S1", "2018-05-01", NORTH), south("CRA-S2", "2018-05-01", SOUTH)];
    expect(run(highFactorRegisterEntry, d).map((f) => [f.explanation.facts["assessmentId"], f.path[1]])).toEqual(SOUTH_FACTORS.map(() => ["CRA-S2", 1]));
  });

  it("AP-P6 judges a camp opened on asOf or closed the day after, and not one closed on asOf or opened the day after", () => {
    const withSouth = (patch: Partial<Camp>) => {
      const d = southUnregistered();
      d.camps = d.camps!.map((c) => (c.id === "CAMP-S" ? { ...c, ...patch } : c));
      return d;
    };
    expect(factors(withSouth({ openedOn: AS_OF }))).toEqual(SOUTH_FACTORS);
    expect(factors(withSouth({ closedOn: "2018-07-01" }))).toEqual(SOUTH_FACTORS);
    expect(factors(withSouth({ closedOn: AS_OF }))).toEqual([]);
    expect(factors(withSouth({ openedOn: "2018-07-01" }))).toEqual([]);
  });
});

describe("AP-P6 (c)-(d) a high-scoring factor's register entry", () => {
  it("AP-P6 words a factor whose entry has no standing recommendation", () => {
    const d = scoringDataset();
    d.riskRegister = d.riskRegister!.map((r) => (r.id === "R-S2" ? { ...r, mitigations: [] } : r));
    const [f, ...rest] = run(highFactorRegisterEntry, d);
    expect(rest).toEqual([]);
    expect(f!.message).toBe(
      "camp Camp South: 'curfew and movement control' scored 3 points in assessment CRA-S1 of 2018-03-10; its register entry has no standing mitigation recommendation",
    );
    expect(f!.explanation.facts).toMatchObject({ riskIds: ["R-S2"], standingMitigations: 0 });
  });

  it("AP-P6 counts a recommendation made on asOf itself, and not one made after it", () => {
    const d = scoringDataset();
    d.riskRegister = d.riskRegister!.map((r) => (r.id === "R-S2" ? { ...r, mitigations: r.mitigations!.map((m) => ({ ...m, recommendedOn: AS_OF })) } : r));
    expect(run(highFactorRegisterEntry, d)).toEqual([]);
    expect(run(highFactorRegisterEntry, d, "2018-06-29").map((f) => f.explanation.facts["riskIds"])).toEqual([["R-S2"]]);
  });

  it("AP-P6 does not count an entry for the same factor at another camp", () => {
    const d = scoringDataset();
    d.riskRegister = d.riskRegister!.map((r) => (r.id === "R-S2" ? { ...r, campId: "CAMP-N" } : r));
    expect(run(highFactorRegisterEntry, d).map((f) => [f.subject.id, f.explanation.facts["factor"], f.explanation.facts["riskIds"]])).toEqual([
      ["CAMP-S", "movementControl", []],
    ]);
  });

  it("AP-P6 judges nothing when run without dated parameters (outside the engine)", () => {
    const d = southUnregistered();
    const params = { riskFactorPoints: {}, riskFactorHighPoints: 0 };
    expect([...highFactorRegisterEntry.evaluate(d as never, { asOf: AS_OF, params } as never)]).toEqual([]);
    expect([...highRiskLocationPatrol.evaluate(d as never, { asOf: AS_OF, params } as never)]).toEqual([]);
  });
});

describe("AP-P6 (h) joint patrols of a high-risk camp", () => {
  const patrols = (...list: { id: string; on: string }[]) => {
    const d = scoringDataset();
    d.jointPatrols = [d.jointPatrols![0]!, ...list.map((p) => ({ ...p, areas: ["Camp South surroundings"], participants: ["police" as const, "cdt" as const, "security" as const], campIds: ["CAMP-S"] }))];
    return d;
  };

  it("AP-P6 words a camp never patrolled", () => {
    const [f] = run(highRiskLocationPatrol, patrols());
    expect(f!.message).toBe("camp Camp South scored high (12) in assessment CRA-S1 of 2018-03-10 and no joint patrol has covered it; one was due by 2018-04-10");
  });

  it("AP-P6 counts a patrol on asOf itself, and not one after it", () => {
    expect(run(highRiskLocationPatrol, patrols({ id: "JP-2", on: AS_OF }))).toEqual([]);
    expect(run(highRiskLocationPatrol, patrols({ id: "JP-2", on: "2018-07-01" })).map((f) => f.explanation.facts["lastPatrolOn"])).toEqual([null]);
  });

  it("AP-P6 takes the latest patrol whatever the order they are listed in", () => {
    const facts = (d: unknown) => run(highRiskLocationPatrol, d, "2018-08-01").map((f) => [f.explanation.facts["lastPatrolOn"], f.explanation.facts["dueOn"]]);
    expect(facts(patrols({ id: "JP-3", on: "2018-06-20" }, { id: "JP-2", on: "2018-06-15" }))).toEqual([["2018-06-20", "2018-07-20"]]);
    expect(facts(patrols({ id: "JP-2", on: "2018-06-15" }, { id: "JP-3", on: "2018-06-20" }))).toEqual([["2018-06-20", "2018-07-20"]]);
  });

  it("AP-P6 runs the period from the assessment when the last patrol came before it", () => {
    const [f] = run(highRiskLocationPatrol, patrols({ id: "JP-2", on: "2018-03-01" }));
    expect(f!.path).toEqual(["jointPatrols"]);
    expect(f!.explanation.facts).toMatchObject({ lastPatrolOn: "2018-03-01", dueOn: "2018-04-10" });
    expect(f!.message).toBe("camp Camp South scored high (12) in assessment CRA-S1 of 2018-03-10; its last joint patrol was on 2018-03-01 and the next was due by 2018-04-10");
  });
});

describe("AP-P6 (h) joint patrol participants", () => {
  const withPatrol = (on: string, participants: ("police" | "cdt" | "security" | "force")[]) => {
    const d = compliantRiskDataset();
    d.jointPatrols = [...d.jointPatrols!, { id: "JP-2", on, areas: ["Market"], participants }];
    return d;
  };

  it("AP-P6 words a patrol missing components, listing each", () => {
    expect(run(jointPatrolParticipants, withPatrol("2018-06-01", ["police"])).map((f) => f.message)).toEqual(["joint patrol JP-2 on 2018-06-01 had no cdt, security component"]);
  });

  it("AP-P6 judges a patrol held on asOf itself, and not one after it", () => {
    expect(run(jointPatrolParticipants, withPatrol(AS_OF, ["police"]))).toHaveLength(1);
    expect(run(jointPatrolParticipants, withPatrol("2018-07-01", ["police"]))).toEqual([]);
  });
});

describe("AP-P6 (i) the off-limits list: a list updated on asOf", () => {
  it("AP-P6 knows a list updated on asOf itself, and says where and what of one updated after it", () => {
    expect(run(offLimitsListCurrent, compliantRiskDataset(), "2018-04-01")).toEqual([]);
    const [f, ...rest] = run(offLimitsListCurrent, compliantRiskDataset(), "2018-03-31");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ subject: { kind: "mission", id: "MSN" }, path: ["offLimitsList", "updatedOn"], explanation: { facts: { updatedOn: "2018-04-01", dueOn: null, places: 1 } } });
  });
});

const mitigation = (m: Partial<Mitigation>): Mitigation => ({ id: "M-1", recommendation: "Light the perimeter", recommendedOn: "2018-03-12", addressedTo: "sea-emergency-action-team", status: "in-progress", ...m });

describe("AP-P6 (d)-(e) recommendation due dates", () => {
  const onFactor = (m: Partial<Mitigation>, patch: object = {}) => withRisk("R-1", { factor: "perimeter", mitigations: [mitigation(m)], ...patch });

  it("AP-P6 words a recommendation with no due date, with its facts", () => {
    const [f, ...rest] = run(recommendationDueDate, onFactor({}));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: "warning",
      subject: { kind: "risk-mitigation", id: "M-1" },
      path: ["riskRegister", 0, "mitigations", 0, "dueOn"],
      message: "recommendation M-1 on risk R-1, made on 2018-03-12 to sea-emergency-action-team, has no due date",
    });
    expect(f!.explanation.facts).toEqual({ riskId: "R-1", factor: "perimeter", addressedTo: "sea-emergency-action-team", recommendedOn: "2018-03-12", dueOn: null, status: "in-progress" });
  });

  it("AP-P6 asks nothing of a recommendation on an entry tied to no factor, a closed entry, or one implemented by asOf", () => {
    expect(run(recommendationDueDate, withRisk("R-1", { mitigations: [mitigation({})] }))).toEqual([]);
    expect(run(recommendationDueDate, onFactor({}, { closedOn: "2018-06-01" }))).toEqual([]);
    expect(run(recommendationDueDate, onFactor({ status: "implemented", implementedOn: "2018-06-01", dueOn: "2018-05-01" }))).toEqual([]);
  });
});

describe("AP-P6 (e) follow-up of a closed risk", () => {
  it("AP-P6 asks nothing of a recommendation on a risk closed by asOf", () => {
    expect(run(mitigationFollowUp, withRisk("R-1", { mitigations: [mitigation({})], closedOn: "2018-06-01" }))).toEqual([]);
    expect(run(mitigationFollowUp, withRisk("R-1", { mitigations: [mitigation({})], closedOn: "2018-07-01" }))).toHaveLength(1);
  });
});

describe("AP-P6 (b) the owner of a risk", () => {
  const withOwner = (patch: object) => {
    const d = compliantRiskDataset();
    d.personnel = d.personnel!.map((p) => (p.id === "P-FP" ? { ...p, ...patch } : p));
    return d;
  };

  it("AP-P6 words an owner who is not mission personnel", () => {
    expect(run(riskEntryOwned, withRisk("R-2", { owner: "P-NOBODY" })).map((f) => f.message)).toEqual(["risk R-2 is owned by P-NOBODY, who is not in the mission's personnel"]);
  });

  it("AP-P6 counts an owner arriving on asOf itself as on strength, and one arriving the day after as not yet arrived", () => {
    expect(run(riskEntryOwned, withOwner({ arrivalDate: AS_OF }))).toEqual([]);
    const [f] = run(riskEntryOwned, withOwner({ arrivalDate: "2018-07-01" }));
    expect(f).toMatchObject({
      message: "risk R-2 is owned by P-FP, who is not on strength on 2018-06-30 (not-yet-arrived)",
      explanation: { facts: { owner: "P-FP", ownerStatus: "not-yet-arrived" } },
    });
  });

  it("AP-P6 counts an owner departing on asOf itself as departed, and one departing the day after as on strength", () => {
    expect(run(riskEntryOwned, withOwner({ departureDate: AS_OF })).map((f) => f.explanation.facts["ownerStatus"])).toEqual(["departed"]);
    expect(run(riskEntryOwned, withOwner({ departureDate: "2018-07-01" }))).toEqual([]);
  });
});

describe("AP-P6 (b) the field of an unscored entry", () => {
  const path = (patch: object) => run(riskEntryScored, withRisk("R-2", patch)).map((f) => [f.path.at(-1), f.explanation.facts["code"]]);

  it("AP-P6 points at the impact when only it is missing, and at the likelihood when it is off the scale or both are missing", () => {
    expect(path({ impact: undefined })).toEqual([["impact", "unscored"]]);
    expect(path({ likelihood: 9 })).toEqual([["likelihood", "likelihood-out-of-scale"]]);
    expect(path({ likelihood: undefined, impact: undefined })).toEqual([["likelihood", "unscored"]]);
  });
});

describe("SGB-3.2f the owner of a risk is a manager or an SEA focal point", () => {
  /** Risk R-2 owned by P-ALT, the alternate focal point, who holds no management role. */
  const ownedByAlternate = (alternate: { appointedOn: string } | undefined, patch: object = {}) => {
    const d = withRisk("R-2", { owner: "P-ALT" });
    const { alternate: _alternate, ...roster } = d.roster!;
    d.roster = alternate === undefined ? roster : { ...roster, alternate: { personnelId: "P-ALT", ...alternate } };
    d.personnel = d.personnel!.map((p) => (p.id === "P-ALT" ? { ...p, ...patch } : p));
    return d;
  };

  it("SGB-3.2f words an owner with neither a management role nor a focal-point appointment", () => {
    const [f, ...rest] = run(riskOwnedByManager, ownedByAlternate(undefined));
    expect(rest).toEqual([]);
    expect(f!.message).toBe("risk R-2 is owned by P-ALT, who holds no management role and is not an SEA focal point");
  });

  it("SGB-3.2f counts a focal point appointed on asOf itself, and not one appointed the day after", () => {
    expect(run(riskOwnedByManager, ownedByAlternate({ appointedOn: AS_OF }))).toEqual([]);
    expect(run(riskOwnedByManager, ownedByAlternate({ appointedOn: "2018-07-01" })).map((f) => f.subject.id)).toEqual(["R-2"]);
  });

  it("SGB-3.2f leaves an owner off strength, or unknown, to the ownership rule", () => {
    expect(run(riskOwnedByManager, ownedByAlternate(undefined, { departureDate: "2018-06-01" }))).toEqual([]);
    expect(run(riskOwnedByManager, ownedByAlternate(undefined, { arrivalDate: "2018-07-01" }))).toEqual([]);
    expect(run(riskOwnedByManager, withRisk("R-2", { owner: "P-NOBODY" }))).toEqual([]);
  });

  it("SGB-3.2f counts an owner holding a management role from the parameter", () => {
    const d = ownedByAlternate(undefined, { roles: ["head-of-office"] });
    expect(run(riskOwnedByManager, d)).toEqual([]);
  });
});
