// Five of the kit's rules encoded for the engines a host might choose instead: json-rules-engine
// (conditions in JSON, run per fact) and GoRules ZEN (a JSON decision model, run per fact by a
// native engine). Each engine gets the facts a host would compute from the dataset (dates as
// YYYYMMDD numbers, grades placed on the scale, ages at the incident); each returns findings as
// `ruleId|subject kind|subject id|path`, compared with the kit's before anything is timed.
import { ageAtIncident, defineRuleSet, evaluate, evaluateParsed, gradeOnScale, isOnStrength, normalizeGrade, parseDataset, type MissionDataset, type ParameterId } from "@psea/core";
import { bulletinAcknowledgement, childVictim, focalPointGender, focalPointGrade, writtenUndertaking } from "@psea/core/rules";
import { defaultParameterSet, resolveParameter } from "@psea/core/parameters";
import { ZenEngine, type ZenDecision } from "@gorules/zen-engine";
import { Engine } from "json-rules-engine";

/** The five rules, as the kit defines them. */
export const fiveRules = defineRuleSet({
  id: "bench-five",
  title: "Five rules the engines also encode",
  rules: [focalPointGrade, focalPointGender, writtenUndertaking, childVictim, bulletinAcknowledgement],
});

const day = (d: string | undefined, missing: number) => (d === undefined ? missing : Number(d.replaceAll("-", "")));
const NEVER = 99_999_999;

function param<T>(id: ParameterId, asOf: string): T {
  const r = resolveParameter(defaultParameterSet, id, asOf);
  if (!r.ok) throw new Error(`parameter ${id} not in force on ${asOf}`);
  return r.value as T;
}

/** One fact for an engine: which rule it is for, the finding it would give, and the values it is judged on. */
export interface Fact {
  readonly rule: "grade" | "gender" | "undertaking" | "child" | "bulletin";
  readonly finding: string;
  readonly [field: string]: unknown;
}

/** The facts a host would compute from a dataset for the five rules. */
export function factsOf(d: MissionDataset, asOf: string): Fact[] {
  const facts: Fact[] = [];
  const today = day(asOf, 0);
  const order = param<string[]>("gradeOrder", asOf);
  const equivalents = param<Record<string, string>>("gradeEquivalents", asOf);
  const minimum = param<string>("focalPointMinimumGrade", asOf);
  const scale = order.map(normalizeGrade);
  const minRank = scale.indexOf(normalizeGrade(minimum));
  const byId = new Map(d.personnel.map((p) => [p.id, p]));
  let women = 0;
  const counted = new Set<string>();
  const mission = d.mission.id;
  for (const role of ["focalPoint", "alternate"] as const) {
    const a = d.roster[role];
    if (!a || a.appointedOn > asOf) continue;
    const person = byId.get(a.personnelId);
    if (!person || !isOnStrength(person, asOf)) continue;
    const placed = person.grade === undefined ? undefined : gradeOnScale(person.grade, order, equivalents).scaleGrade;
    const gradeRank = placed === undefined ? -1 : scale.indexOf(placed);
    facts.push({ rule: "grade", finding: `dpko.gm-c.focal-point-grade|personnel|${a.personnelId}|roster.${role}.personnelId`, gradeRank, minRank });
    if (person.gender === "female" && !counted.has(person.id)) women++;
    counted.add(person.id);
  }
  facts.push({ rule: "gender", finding: `dpko.gm-c.focal-point-gender|mission|${mission}|roster`, women, minimumWomen: param<number>("focalPointPairMinimumWomen", asOf) });
  d.partnerAgreements.forEach((a, i) =>
    facts.push({
      rule: "undertaking",
      finding: `dpko.gm-e.written-undertaking|partner-agreement|${a.id}|partnerAgreements.${i}.writtenUndertakingOn`,
      startDay: day(a.startDate, 0),
      undertakingDay: day(a.writtenUndertakingOn, NEVER),
      today,
    }),
  );
  const threshold = param<number>("childAgeThresholdYears", asOf);
  d.allegations.forEach((a, i) =>
    a.victims.forEach((v, j) => {
      const age = ageAtIncident(v.age, a.incidentDate);
      const maxYears = age.kind === "known" ? age.years : age.kind === "estimated" ? age.maxYears : NEVER;
      facts.push({ rule: "child", finding: `sgb.3.2b.child-victim|allegation|${a.id}|allegations.${i}.victims.${j}.age`, maxYears, threshold });
    }),
  );
  d.personnel.forEach((p, i) =>
    facts.push({
      rule: "bulletin",
      finding: `dpko.gm-b.bulletin-acknowledgement|personnel|${p.id}|personnel.${i}.bulletinAcknowledgedOn`,
      arrivalDay: day(p.arrivalDate, 0),
      departureDay: day(p.departureDate, NEVER),
      acknowledgedDay: day(p.bulletinAcknowledgedOn, NEVER),
      today,
    }),
  );
  return facts;
}

/** The kit's findings in the engines' form. */
export function kitFindings(result: ReturnType<typeof evaluate>): string[] {
  if (!result.ok) throw new Error("the dataset did not parse");
  return result.findings.map((f) => `${f.ruleId}|${f.subject.kind}|${f.subject.id}|${f.path.join(".")}`).sort();
}

const fact = (name: string) => ({ fact: name });

/** json-rules-engine: one engine holding the five rules, each guarded by the fact's rule name. */
export function jsonRulesEngine(): (facts: readonly Fact[]) => Promise<string[]> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const rule = (name: Fact["rule"], all: Record<string, unknown>[]) => engine.addRule({ name, conditions: { all: [{ fact: "rule", operator: "equal", value: name }, ...all] } as never, event: { type: name } });
  rule("grade", [{ fact: "gradeRank", operator: "lessThan", value: fact("minRank") }]);
  rule("gender", [{ fact: "women", operator: "lessThan", value: fact("minimumWomen") }]);
  rule("undertaking", [
    { fact: "startDay", operator: "lessThanInclusive", value: fact("today") },
    { fact: "undertakingDay", operator: "greaterThan", value: fact("startDay") },
  ]);
  rule("child", [{ fact: "maxYears", operator: "lessThan", value: fact("threshold") }]);
  rule("bulletin", [
    { fact: "arrivalDay", operator: "lessThanInclusive", value: fact("today") },
    { fact: "departureDay", operator: "greaterThan", value: fact("today") },
    { fact: "acknowledgedDay", operator: "greaterThan", value: fact("today") },
  ]);
  return async (facts) => {
    const out: string[] = [];
    for (const f of facts) {
      const r = await engine.run(f as unknown as Record<string, unknown>);
      if (r.events.length > 0) out.push(f.finding);
    }
    return out.sort();
  };
}

/** GoRules ZEN: one decision model, an expression per rule, evaluated per fact. */
export function zenEngine(): { run: (facts: readonly Fact[]) => Promise<string[]>; dispose: () => void } {
  const engine = new ZenEngine();
  const expression = [
    "(rule == 'grade' and gradeRank < minRank)",
    "(rule == 'gender' and women < minimumWomen)",
    "(rule == 'undertaking' and startDay <= today and undertakingDay > startDay)",
    "(rule == 'child' and maxYears < threshold)",
    "(rule == 'bulletin' and arrivalDay <= today and departureDay > today and acknowledgedDay > today)",
  ].join(" or ");
  const jdm = {
    nodes: [
      { id: "in", type: "inputNode", name: "request", position: { x: 0, y: 0 } },
      { id: "rules", type: "expressionNode", name: "rules", position: { x: 200, y: 0 }, content: { expressions: [{ id: "violation", key: "violation", value: expression }] } },
      { id: "out", type: "outputNode", name: "response", position: { x: 400, y: 0 } },
    ],
    edges: [
      { id: "e1", sourceId: "in", targetId: "rules", type: "edge" },
      { id: "e2", sourceId: "rules", targetId: "out", type: "edge" },
    ],
  };
  const decision: ZenDecision = engine.createDecision(jdm);
  return {
    run: async (facts) => {
      const out: string[] = [];
      for (const f of facts) {
        const r = await decision.evaluate(f);
        if ((r.result as { violation?: boolean }).violation === true) out.push(f.finding);
      }
      return out.sort();
    },
    dispose: () => engine.dispose(),
  };
}

/** The kit, end to end (parse included) and on the rules alone (a dataset parsed once beforehand). */
export function kit(asOf: string) {
  return {
    endToEnd: (input: unknown) => evaluate(fiveRules, input, { asOf }),
    parse: (input: unknown) => {
      const p = parseDataset(fiveRules, input);
      if (!p.ok) throw new Error("the dataset did not parse");
      return p.value;
    },
    rulesAlone: (parsed: Parameters<typeof evaluateParsed>[1]) => evaluateParsed(fiveRules, parsed, { asOf }),
  };
}
