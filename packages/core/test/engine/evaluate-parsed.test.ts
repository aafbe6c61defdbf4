import { describe, expect, it } from "vitest";
import { cite, defineRule, defineRuleSet, evaluate, evaluateParsed, MissionDatasetShape, parseDataset, personnelById, sharedIndex, type ParsedDataset } from "../../src";
import { allRules } from "../../src/rules";
import { AS_OF, compliantDataset } from "@psea/test-support";

describe("parseDataset and evaluateParsed", () => {
  it("give the result evaluate gives, for a compliant dataset and one with findings", () => {
    const compliant = compliantDataset();
    const withFindings = { ...compliant, personnel: (compliant.personnel ?? []).map((p) => ({ ...p, bulletinAcknowledgedOn: undefined })) };
    for (const input of [compliant, withFindings]) {
      const parsed = parseDataset(allRules, input);
      if (!parsed.ok) throw new Error("the dataset did not parse");
      expect(evaluateParsed(allRules, parsed.value, { asOf: AS_OF })).toEqual(evaluate(allRules, input, { asOf: AS_OF }));
    }
  });

  it("report the issues evaluate reports for bad input", () => {
    const bad = { ...compliantDataset(), personnel: [{ id: 7 }] };
    const parsed = parseDataset(allRules, bad);
    const evaluated = evaluate(allRules, bad, { asOf: AS_OF });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues).toEqual(!evaluated.ok && evaluated.issues);
  });

  it("validate a value that did not come from parseDataset, as evaluate does", () => {
    const forged = { personnel: [{ id: 7 }] } as unknown as ParsedDataset;
    const r = evaluateParsed(allRules, forged, { asOf: AS_OF });
    expect(r.ok).toBe(false);
  });

  it("check extra sections and run an extra refinement", () => {
    const parsed = parseDataset(allRules, compliantDataset(), {
      sections: MissionDatasetShape.shape,
      refine: (_data, ctx) => ctx.addIssue({ code: "custom", path: ["mission"], message: "refused", params: { code: "refused" } }),
    });
    expect(!parsed.ok && parsed.issues.map((i) => i.code)).toEqual(["refused"]);
  });

  it("never mutate the input", () => {
    const input = compliantDataset();
    const before = JSON.stringify(input);
    parseDataset(allRules, input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe("shared indexes", () => {
  it("are built once per evaluation and not kept after it", () => {
    let builds = 0;
    const owner: unknown[] = [];
    const build = () => ++builds;
    expect(sharedIndex(owner, "k", build)).toBe(1);
    expect(sharedIndex(owner, "k", build)).toBe(2); // outside an evaluation: built each time
    const personnel = [{ id: "A" }, { id: "B" }];
    expect(personnelById(personnel).get("B")).toBe(personnel[1]);
  });

  it("are shared by the rules of one evaluation", () => {
    let builds = 0;
    const rule = (id: string) =>
      defineRule({
        id,
        title: id,
        obligations: ["DPKO-GM-b"],
        citation: cite("DPKO-IG", "General management responsibilities (b)"),
        severity: "notice",
        reads: MissionDatasetShape.pick({ personnel: true }),
        parameters: [],
        *evaluate({ personnel }) {
          sharedIndex(personnel, "count", () => ++builds);
        },
      });
    const set = defineRuleSet({ id: "s", title: "s", rules: [rule("a"), rule("b")] });
    evaluate(set, { personnel: [] }, { asOf: AS_OF });
    expect(builds).toBe(1);
    evaluate(set, { personnel: [] }, { asOf: AS_OF });
    expect(builds).toBe(2);
  });
});
