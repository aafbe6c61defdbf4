// Every output channel, error paths included, with identity planted wherever a caller could put
// it: in identity fields, as values of the wrong type, as extra fields, in a parameter overlay, in
// a stored row, in a rule's error and in JSON text. No result, issue, reason, log entry or restored
// state may carry the canary.
import { InMemoryCaseStore, applyEvent, caseReducer, exampleCase, exampleCaseOpening, openCase, replay, restoreCase, restoreCaseState, serializeCase } from "@psea/cases";
import { defineRule, defineRuleSet, evaluate, MissionDatasetShape } from "@psea/core";
import { allRules } from "@psea/core/rules";
import { createParameterSet } from "@psea/core/parameters";
import { generateMission } from "@psea/fixtures";
import { evaluateRisk, parseRiskDataset } from "@psea/risk";
import { complianceReport } from "@psea/training";
import { describe, expect, it } from "vitest";

const CANARY = "CANARY Amina Zoungoula";
const AS_OF = "2019-06-30";
const dataset = generateMission({ seed: 7, personnel: 20, asOf: AS_OF, violations: "some" }) as Record<string, unknown>;

function clean(output: unknown): void {
  const text = JSON.stringify(output, (_k, v: unknown) => (v instanceof Map || v instanceof Set ? [...v] : v)) ?? "";
  expect(text).not.toContain("CANARY");
  expect(text).not.toContain("Zoungoula");
}

describe("no identity leaves through any channel, error paths included", () => {
  it("evaluate: issues for values of the wrong type, unknown references and extra fields", () => {
    const personnel = (dataset["personnel"] as Record<string, unknown>[]).map((p, i) => (i === 0 ? { ...p, officeId: CANARY, gender: CANARY } : p));
    const mission = { ...(dataset["mission"] as object), country: CANARY, context: CANARY };
    clean(evaluate(allRules, { ...dataset, personnel, mission }, { asOf: AS_OF }));
    clean(evaluate(allRules, { ...dataset, personnel: [...(dataset["personnel"] as unknown[]), (dataset["personnel"] as { id: string }[])[0]].map((p, i) => (i === 0 ? { ...(p as object), id: CANARY } : p)) }, { asOf: AS_OF }));
    clean(evaluate(allRules, dataset, { asOf: CANARY }));
    clean(evaluate(allRules, CANARY, { asOf: AS_OF }));
  });

  it("evaluate: a parameter overlay with the canary as values and extra fields", () => {
    const overlay = { newsletterPeriod: [{ value: CANARY, effectiveFrom: CANARY, citation: { document: CANARY, clause: CANARY, [CANARY]: CANARY }, [CANARY]: 1 }] };
    clean(evaluate(allRules, dataset, { asOf: AS_OF, parameters: overlay }));
    clean(createParameterSet(overlay));
    clean(createParameterSet({ newsletterPeriod: [{ value: "P1M", effectiveFrom: "2019-01-01", citation: { document: "MINUSCA-AP-2018-2019", clause: "x" }, victim: CANARY }] }));
  });

  it("evaluate: a rule that fails with the data in its error's message", () => {
    const leaky = defineRule({
      id: "test.leaky",
      title: "leaky",
      obligations: ["SGB-3.2b"],
      citation: { document: "ST/SGB/2003/13", clause: "3.2(b)" },
      severity: "violation",
      reads: MissionDatasetShape.pick({ mission: true }),
      parameters: [],
      evaluate() {
        throw new Error(`cannot read ${CANARY}`);
      },
    });
    const r = evaluate(defineRuleSet({ id: "t", title: "t", rules: [leaky] }), dataset, { asOf: AS_OF });
    expect(r.ok && r.ruleErrors.length).toBe(1);
    clean(r);
  });

  it("risk and training entry points", () => {
    clean(parseRiskDataset({ camps: [{ id: "C-1", name: "n", officeId: CANARY }], campAssessments: [{ id: "A", campId: CANARY, assessedOn: CANARY }] }));
    clean(evaluateRisk({ ...dataset, camps: [{ id: CANARY }, { id: CANARY }] }, { asOf: AS_OF }));
    clean(complianceReport([{ id: CANARY }, { id: CANARY, gender: CANARY }], { asOf: AS_OF }));
  });

  it("cases: an opening with identity, extra fields and bad values; its issues, its log", async () => {
    const opening = {
      ...exampleCaseOpening(),
      victims: [{ ref: "V-1", age: { kind: "unknown" }, sex: "female", identity: { name: CANARY } }],
    };
    clean(openCase({ ...opening, victimName: CANARY }));
    clean(openCase({ ...opening, receivedOn: CANARY, victims: [{ ref: "V-1", age: CANARY, sex: CANARY }] }));
    clean(openCase({ ...opening, subjects: [{ ref: CANARY, category: "civilian-staff" }, { ref: CANARY, category: "civilian-staff" }] }));
    clean(openCase({ ...opening, parameters: { newsletterPeriod: [{ value: "P1M", effectiveFrom: "2019-01-01", citation: { document: "MINUSCA-AP-2018-2019", clause: "x" }, note2: CANARY }] } }));

    const store = new InMemoryCaseStore(caseReducer);
    const r = await store.open("A-1", opening);
    expect(r.ok).toBe(true);
    clean(r);
    clean(await store.open("A-2", { ...opening, id: "A-2", victimName: CANARY }));
    clean(await store.append("A-1", 1, [{ type: "VICTIM_RECORDED", at: "2018-06-03", victim: { ref: "V-2", age: { kind: "unknown" }, sex: "female", identity: { name: CANARY } } }]));
    const log = await store.readLog("A-1");
    expect(log.ok && log.entries.length).toBe(2);
    clean(log);
  });

  it("cases: refusal reasons and replay errors", () => {
    const state = exampleCase();
    clean(applyEvent(state, { type: "REGISTERED", at: CANARY }));
    clean(applyEvent(state, { type: CANARY, at: "2018-06-02" }));
    clean(applyEvent(state, { type: "VICTIM_STATUS_UPDATE_GIVEN", at: "2018-06-02", victimRef: CANARY }));
    {
      // A state that is not the machine's comes back as given: only the reason is output.
      const r = applyEvent({ value: CANARY, context: { caseId: CANARY } } as never, { type: "REGISTERED", at: "2018-06-02" });
      clean(!r.ok && r.reason);
    }
    const opening = { caseId: "A-1", seq: 1, event: { type: "case-opened", input: exampleCaseOpening() } };
    clean(replay([opening, { caseId: CANARY, seq: 2, event: { type: "REGISTERED", at: "2018-06-02" } }]));
    clean(replay([opening, { caseId: "A-1", seq: 2, event: { type: "REGISTERED", at: CANARY } }]));
    clean(replay([{ caseId: "A-1", seq: 1, event: { type: "case-opened", input: { ...exampleCaseOpening(), id: CANARY } } }]));
  });

  it("cases: restore errors, and identity planted in a stored context is stripped", () => {
    clean(restoreCase(`{"caseId": "${CANARY}"`));
    clean(restoreCase(`${CANARY}`));
    const s = serializeCase({ caseId: "A-1", version: 2, state: exampleCase("registered") });
    if (!s.ok) throw new Error("serialize");
    const snapshot = JSON.parse(JSON.stringify(s.snapshot)) as { state: { value: unknown; context: Record<string, unknown> } };
    const context = snapshot.state.context;
    context["victimName"] = CANARY;
    (context["victims"] as Record<string, unknown>[])[0]!["identity"] = { name: CANARY };
    (context["victims"] as Record<string, unknown>[])[0]!["name"] = CANARY;
    context["complainant"] = { ref: "C-1", relation: "victim", identity: { name: CANARY } };
    (context["assistance"] as Record<string, unknown>)["identity"] = CANARY;
    const restored = restoreCaseState(snapshot);
    expect(restored.ok).toBe(true);
    clean(restored);
    clean(restoreCaseState({ ...snapshot, state: { ...snapshot.state, value: CANARY } }));
    clean(restoreCaseState({ ...snapshot, state: { ...snapshot.state, context: { ...context, receivedOn: CANARY } } }));
  });
});
